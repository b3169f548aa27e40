import { badInput } from '../errors';

/** Longest comment, in characters (after trimming). */
export const COMMENT_BODY_MAX = 10_000;
/** Longest quote of the selected text a thread keeps, in characters. */
export const COMMENT_QUOTE_MAX = 1_000;

/**
 * A comment's text as stored: trimmed at both ends (inner line breaks are the writer's), 1 to
 * `COMMENT_BODY_MAX` characters. Throws BAD_USER_INPUT naming `field` otherwise.
 */
export function cleanCommentBody(value: string, field = 'body'): string {
  const clean = value.replace(/\r\n?/g, '\n').trim();
  if (!clean) throw badInput(field, 'Write a comment');
  if ([...clean].length > COMMENT_BODY_MAX) throw badInput(field, `Use at most ${COMMENT_BODY_MAX} characters`);
  return clean;
}

/**
 * The selected text a thread quotes: whitespace runs folded to one space (a selection across
 * paragraphs reads as one line), at most `COMMENT_QUOTE_MAX` characters; it may be empty (a
 * selection of only an image or a live figure). Throws BAD_USER_INPUT naming `field` when too long.
 */
export function cleanCommentQuote(value: string, field = 'quote'): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if ([...clean].length > COMMENT_QUOTE_MAX) throw badInput(field, `Quote at most ${COMMENT_QUOTE_MAX} characters`);
  return clean;
}

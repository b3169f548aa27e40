import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { cleanCommentBody, cleanCommentQuote, COMMENT_BODY_MAX, COMMENT_QUOTE_MAX } from './comment-rules';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} ${error.field}`;
    throw error;
  }
  return 'accepted';
};

describe('comment bodies', () => {
  it.each([
    ['  Eens, zie §3.  ', 'Eens, zie §3.'],
    ['eerste regel\r\ntweede regel', 'eerste regel\ntweede regel'],
    ['x'.repeat(COMMENT_BODY_MAX), 'x'.repeat(COMMENT_BODY_MAX)],
    // Counted in characters, not UTF-16 units: 10 000 emoji fit.
    ['😀'.repeat(COMMENT_BODY_MAX), '😀'.repeat(COMMENT_BODY_MAX)],
  ])('keeps %j as %j', (input, stored) => {
    expect(cleanCommentBody(input)).toBe(stored);
  });

  it.each([[''], ['   \n\t '], ['x'.repeat(COMMENT_BODY_MAX + 1)]])('refuses %j with BAD_USER_INPUT on the field', (input) => {
    expect(fieldOf(() => cleanCommentBody(input))).toBe('BAD_USER_INPUT body');
    expect(fieldOf(() => cleanCommentBody(input, 'reply'))).toBe('BAD_USER_INPUT reply');
  });
});

describe('comment quotes', () => {
  it.each([
    ['de  magneten\nuit China', 'de magneten uit China'],
    ['', ''],
    ['q'.repeat(COMMENT_QUOTE_MAX), 'q'.repeat(COMMENT_QUOTE_MAX)],
  ])('keeps %j as %j', (input, stored) => {
    expect(cleanCommentQuote(input)).toBe(stored);
  });

  it('refuses a quote longer than the limit', () => {
    expect(fieldOf(() => cleanCommentQuote('q'.repeat(COMMENT_QUOTE_MAX + 1)))).toBe('BAD_USER_INPUT quote');
  });
});

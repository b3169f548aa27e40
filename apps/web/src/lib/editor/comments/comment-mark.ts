import { Mark, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { COMMENT_MARK } from '@routekaart/domain/src/documents/document-schema';
import { allAnchors, anchorRanges, threadAt } from './comment-anchors';

/**
 * CommentMark — the anchor of a comment thread in the text.
 *
 * Usage (the editor page): `extensions: [StarterKit…, CommentMark]`, and give the same editor to
 * `<CommentsPanel {documentId} {editor} {canComment} />`. The mark is named `comment` (COMMENT_MARK
 * in libs/domain, the contract the server's diff and export read) with one attribute, `threadId`,
 * the id of a `DocumentCommentThread` (the panel creates the thread through the API, then sets the
 * mark). It lives in the Yjs document, so it moves with edits, reaches every co-editor and is saved
 * and restored with versions. It renders as `<span class="comment-anchor" data-thread-id="…">`.
 *
 * Besides the mark, a plugin decorates the anchors of open threads (`comment-anchor-open`; the
 * panel tells it which are resolved through `setResolvedCommentThreads`) and the anchor of the
 * thread the caret is in (`comment-anchor-active`). The panel ships global styles for both.
 *
 * Commands: `setCommentThread(threadId)` marks the selection; `unsetCommentThread(threadId)` removes
 * that thread's mark everywhere (after its last comment was deleted); `setResolvedCommentThreads(ids)`.
 */
declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		comment: {
			/** Marks the current selection as the anchor of the thread. */
			setCommentThread: (threadId: string) => ReturnType;
			/** Removes the thread's anchor from the whole document. */
			unsetCommentThread: (threadId: string) => ReturnType;
			/** Which threads are resolved, so their anchors stop standing out. */
			setResolvedCommentThreads: (threadIds: readonly string[]) => ReturnType;
		};
	}
}

interface DecorationState {
	resolved: ReadonlySet<string>;
	decorations: DecorationSet;
}

const commentDecorations = new PluginKey<DecorationState>('commentDecorations');

/**
 * Inline decorations over the anchors of open threads. Highlighting by decoration rather than by
 * the mark's own element lets a resolved thread's anchor stay in the text, unhighlighted.
 */
function openDecorations(state: Pick<EditorState, 'doc'>, resolved: ReadonlySet<string>): DecorationSet {
	const decorations: Decoration[] = [];
	for (const [threadId, ranges] of allAnchors(state.doc)) {
		if (resolved.has(threadId)) continue;
		for (const r of ranges) decorations.push(Decoration.inline(r.from, r.to, { class: 'comment-anchor-open' }));
	}
	return DecorationSet.create(state.doc, decorations);
}

export const CommentMark = Mark.create({
	name: COMMENT_MARK,

	// Typing at either edge of an anchor does not extend the comment to the new text.
	inclusive: false,

	addAttributes() {
		return {
			threadId: {
				default: null,
				parseHTML: (element: HTMLElement) => element.getAttribute('data-thread-id'),
				renderHTML: (attributes: Record<string, unknown>) =>
					typeof attributes.threadId === 'string' ? { 'data-thread-id': attributes.threadId } : {},
			},
		};
	},

	parseHTML() {
		return [{ tag: 'span[data-thread-id]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return ['span', mergeAttributes({ class: 'comment-anchor' }, HTMLAttributes), 0];
	},

	addCommands() {
		return {
			setCommentThread:
				(threadId) =>
				({ commands }) =>
					commands.setMark(this.name, { threadId }),
			unsetCommentThread:
				(threadId) =>
				({ tr, state, dispatch }) => {
					const ranges = anchorRanges(state.doc, threadId);
					if (ranges.length === 0) return false;
					if (dispatch) {
						for (const r of ranges) {
							state.doc.nodesBetween(r.from, r.to, (node, pos) => {
								for (const mark of node.marks) {
									if (mark.type.name === this.name && mark.attrs.threadId === threadId) {
										tr.removeMark(Math.max(pos, r.from), Math.min(pos + node.nodeSize, r.to), mark);
									}
								}
							});
						}
					}
					return true;
				},
			setResolvedCommentThreads:
				(threadIds) =>
				({ tr, dispatch }) => {
					if (dispatch) tr.setMeta(commentDecorations, new Set(threadIds)).setMeta('addToHistory', false);
					return true;
				},
		};
	},

	addProseMirrorPlugins() {
		return [
			new Plugin<DecorationState>({
				key: commentDecorations,
				state: {
					init: (_config, state) => ({ resolved: new Set(), decorations: openDecorations(state, new Set()) }),
					apply: (tr, previous, _old, state) => {
						const resolved = (tr.getMeta(commentDecorations) as ReadonlySet<string> | undefined) ?? previous.resolved;
						// Recomputed only when the text or the resolved set changed, not on caret moves.
						if (resolved !== previous.resolved || tr.docChanged) return { resolved, decorations: openDecorations(state, resolved) };
						return previous;
					},
				},
				props: {
					decorations: (state) => {
						const base = commentDecorations.getState(state)?.decorations ?? DecorationSet.empty;
						const active = threadAt(state.doc, state.selection.head);
						if (!active) return base;
						const ranges = anchorRanges(state.doc, active);
						return base.add(
							state.doc,
							ranges.map((r) => Decoration.inline(r.from, r.to, { class: 'comment-anchor-active' })),
						);
					},
				},
			}),
		];
	},
});

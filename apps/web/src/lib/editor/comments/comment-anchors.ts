import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import { COMMENT_MARK } from '@routekaart/domain/src/documents/document-schema';

/**
 * Where comment threads are anchored in a ProseMirror document: the text carrying the `comment`
 * mark with a given `threadId`. Pure functions of the document (unit-tested with a small schema in
 * comment-anchors.spec.ts); the mark extension and the panel build on them.
 */

export interface AnchorRange {
	from: number;
	to: number;
}

/** The thread ids of the comment marks in `marks`. */
export function threadIdsOf(marks: readonly Mark[]): string[] {
	return marks.filter((m) => m.type.name === COMMENT_MARK && typeof m.attrs.threadId === 'string').map((m) => m.attrs.threadId as string);
}

/**
 * The text ranges of one thread's anchor, in document order, adjacent pieces joined (a bold word
 * inside the anchor splits it into several text nodes).
 */
export function anchorRanges(doc: PmNode, threadId: string): AnchorRange[] {
	const ranges: AnchorRange[] = [];
	doc.descendants((node, pos) => {
		if (!node.isText) return true;
		if (!threadIdsOf(node.marks).includes(threadId)) return false;
		const last = ranges[ranges.length - 1];
		if (last && last.to === pos) last.to = pos + node.nodeSize;
		else ranges.push({ from: pos, to: pos + node.nodeSize });
		return false;
	});
	return ranges;
}

/** Every thread anchored in the document, with its ranges (for highlighting resolved ones alike). */
export function allAnchors(doc: PmNode): Map<string, AnchorRange[]> {
	const byThread = new Map<string, AnchorRange[]>();
	doc.descendants((node, pos) => {
		if (!node.isText) return true;
		for (const threadId of threadIdsOf(node.marks)) {
			const ranges = byThread.get(threadId) ?? [];
			const last = ranges[ranges.length - 1];
			if (last && last.to === pos) last.to = pos + node.nodeSize;
			else ranges.push({ from: pos, to: pos + node.nodeSize });
			byThread.set(threadId, ranges);
		}
		return false;
	});
	return byThread;
}

/**
 * The thread the caret is in: the comment mark at the selection's head. The mark does not extend
 * to text typed at its edges, so ProseMirror's own "marks here" leaves out a caret at either edge;
 * a reader there is still at the anchor, so the text just before, then just after, counts too.
 */
export function threadAt(doc: PmNode, pos: number): string | null {
	const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
	for (const marks of [$pos.marks(), $pos.nodeBefore?.isText ? $pos.nodeBefore.marks : [], $pos.nodeAfter?.isText ? $pos.nodeAfter.marks : []]) {
		const ids = threadIdsOf(marks);
		if (ids.length) return ids[0]!;
	}
	return null;
}

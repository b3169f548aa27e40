import { Schema, type Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { allAnchors, anchorRanges, threadAt } from './comment-anchors';

// A minimal schema with the same comment mark as the editor's (name and attribute).
const schema = new Schema({
	nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
	marks: { comment: { attrs: { threadId: { default: null } }, inclusive: false }, bold: {} },
});
const comment = (threadId: string) => schema.marks.comment!.create({ threadId });
const bold = schema.marks.bold!.create();
const p = (...parts: PmNode[]) => schema.nodes.paragraph!.create(null, parts);
const text = (value: string, ...marks: ReturnType<typeof comment>[]) => schema.text(value, marks);

// "Magneten uit China" with "uit China" commented as t1 ("China" also bold), and "Tweede" as t2.
const doc = schema.nodes.doc!.create(null, [
	p(text('Magneten '), text('uit ', comment('t1')), text('China', comment('t1'), bold)),
	p(text('Tweede', comment('t2')), text(' alinea')),
]);

describe('comment anchors', () => {
	it('finds a thread’s anchor as one range across differently formatted pieces', () => {
		expect(anchorRanges(doc, 't1')).toEqual([{ from: 10, to: 19 }]);
		expect(doc.textBetween(10, 19)).toBe('uit China');
		expect(anchorRanges(doc, 'unknown')).toEqual([]);
	});

	it('lists every anchored thread', () => {
		expect([...allAnchors(doc).entries()]).toEqual([
			['t1', [{ from: 10, to: 19 }]],
			['t2', [{ from: 21, to: 27 }]],
		]);
	});

	it('names the thread the caret is in, also at either edge of the anchor, and none outside', () => {
		expect(threadAt(doc, 12)).toBe('t1');
		expect(threadAt(doc, 10)).toBe('t1');
		expect(threadAt(doc, 19)).toBe('t1');
		expect(threadAt(doc, 3)).toBeNull();
		expect(threadAt(doc, 9)).toBeNull();
		expect(threadAt(doc, 22)).toBe('t2');
		expect(threadAt(doc, 30)).toBeNull();
	});
});

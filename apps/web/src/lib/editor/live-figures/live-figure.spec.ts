import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EMPTY_LIVE_FIGURE_ATTRIBUTES, LIVE_FIGURE_NODE } from '@routekaart/domain/src/documents/document-schema';
import { LiveFigure } from './live-figure';

describe('the live figure node', () => {
	const schema = getSchema([StarterKit.configure({ undoRedo: false }), LiveFigure]);
	const type = schema.nodes[LIVE_FIGURE_NODE];

	it('is a block atom under the contract’s name, so the server’s diff and export find it', () => {
		expect(type).toBeDefined();
		expect(type.isBlock).toBe(true);
		expect(type.isAtom).toBe(true);
		expect(type.spec.draggable).toBe(true);
	});

	it('has every stored attribute of the contract, null when unused', () => {
		expect(Object.keys(type.spec.attrs ?? {}).sort()).toEqual(Object.keys(EMPTY_LIVE_FIGURE_ATTRIBUTES).sort());
		expect(type.create().attrs).toEqual(EMPTY_LIVE_FIGURE_ATTRIBUTES);
	});

	it('renders its reference, and only its reference, as data attributes', () => {
		const node = type.create({ ...EMPTY_LIVE_FIGURE_ATTRIBUTES, figure: 'dependencies', productGroupId: 'pg', limit: 5 });
		const spec = type.spec.toDOM?.(node) as [string, Record<string, string>];
		expect(spec[0]).toBe('div');
		expect(spec[1]).toEqual({ 'data-live-figure': '', 'data-figure': 'dependencies', 'data-product-group-id': 'pg', 'data-limit': '5' });
	});
});

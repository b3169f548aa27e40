import { mergeAttributes, Node } from '@tiptap/core';
import { mount, unmount } from 'svelte';
import {
	EMPTY_LIVE_FIGURE_ATTRIBUTES,
	LIVE_FIGURE_NODE,
	liveFigureAttributes,
	type LiveFigureAttributes,
	type LiveFigureRef,
} from '@routekaart/domain/src/documents/document-schema';
import LiveFigureView from './LiveFigureView.svelte';
import { LiveFigureFeed } from './live-figure-feed';
import { reactiveProps } from './live-figure-props.svelte';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		liveFigure: {
			/** Inserts a live figure block holding `ref` (a reference, never numbers) at the selection. */
			insertLiveFigure: (ref: LiveFigureRef) => ReturnType;
		};
	}
}

export interface LiveFigureOptions {
	/**
	 * The Svelte contexts the block's component needs (GraphQL client, i18n, session): pass
	 * `getAllContexts()` from the component that creates the editor. A node view is mounted outside
	 * Svelte's component tree, so it does not inherit them.
	 */
	context: Map<unknown, unknown> | null;
	/** Follow supply-link changes over graphql-ws (one connection per editor); off in tests without a server. */
	live: boolean;
	/** The document's roadmap: the agreements, risks and intervention matrix blocks show it. */
	roadmapId: string | null;
}

export interface LiveFigureStorage {
	/** Created with the first block of the editor that follows changes, disposed with the editor. */
	feed: LiveFigureFeed | null;
}

/** HTML attribute of each stored attribute: `data-product-group-id` for `productGroupId`. */
const DATA_ATTRIBUTE: Record<keyof LiveFigureAttributes, string> = {
	figure: 'data-figure',
	productGroupId: 'data-product-group-id',
	itemId: 'data-item-id',
	dependencyKind: 'data-dependency-kind',
	limit: 'data-limit',
	materialId: 'data-material-id',
	scenarioId: 'data-scenario-id',
};

const ATTRIBUTE_NAMES = Object.keys(EMPTY_LIVE_FIGURE_ATTRIBUTES) as (keyof LiveFigureAttributes)[];

/** Controls inside the block (refresh, retry) take their own events; the editor handles the rest (select, drag). */
const INTERACTIVE = 'button, a, input, select, textarea, summary';

/**
 * LiveFigure — the `liveFigure` block of a roadmap document (LIVE_FIGURE_NODE in libs/domain, the
 * contract the server's diff and export read). It stores the reference as attributes
 * (LiveFigureAttributes, every one present, null when unused) and renders LiveFigureView, which asks
 * for the figures with the reader's own session when the block is shown. Stored in HTML as
 * `<div data-live-figure data-figure="…" data-product-group-id="…" …>`.
 */
export const LiveFigure = Node.create<LiveFigureOptions, LiveFigureStorage>({
	name: LIVE_FIGURE_NODE,
	group: 'block',
	atom: true,
	draggable: true,
	selectable: true,

	addOptions() {
		return { context: null, live: true, roadmapId: null };
	},

	addStorage() {
		return { feed: null };
	},

	addAttributes() {
		return Object.fromEntries(
			ATTRIBUTE_NAMES.map((name) => [
				name,
				{
					default: null,
					parseHTML: (element: HTMLElement) => {
						const value = element.getAttribute(DATA_ATTRIBUTE[name]);
						if (value === null || value === '') return null;
						if (name === 'limit') return Number.isFinite(Number(value)) ? Number(value) : value;
						return value;
					},
					renderHTML: (attributes: Record<string, unknown>) => {
						const value = attributes[name];
						return value === null || value === undefined ? {} : { [DATA_ATTRIBUTE[name]]: String(value) };
					},
				},
			]),
		);
	},

	parseHTML() {
		return [{ tag: 'div[data-live-figure]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return ['div', mergeAttributes({ 'data-live-figure': '' }, HTMLAttributes)];
	},

	addCommands() {
		return {
			insertLiveFigure:
				(ref) =>
				({ commands }) =>
					commands.insertContent({ type: this.name, attrs: { ...liveFigureAttributes(ref) } }),
		};
	},

	addNodeView() {
		const { context, live, roadmapId } = this.options;
		const storage = this.storage;
		return ({ node }) => {
			const dom = document.createElement('div');
			dom.setAttribute('data-live-figure', '');
			dom.className = 'live-figure-node';
			dom.contentEditable = 'false';

			if (live && !storage.feed) storage.feed = new LiveFigureFeed();
			const props = reactiveProps({ attributes: { ...node.attrs } as Partial<LiveFigureAttributes>, feed: storage.feed, roadmapId });
			let component: ReturnType<typeof mount> | null = null;
			try {
				component = mount(LiveFigureView, { target: dom, props, context: context ?? new Map() });
			} catch (error) {
				// Without the app's contexts the block cannot ask for figures; say so instead of breaking the editor.
				console.error('LiveFigure: mount failed; configure the extension with getAllContexts()', error);
				dom.textContent = '⚠';
			}

			return {
				dom,
				update: (updated) => {
					if (updated.type !== node.type) return false;
					props.attributes = { ...updated.attrs } as Partial<LiveFigureAttributes>;
					return true;
				},
				stopEvent: (event) => event.target instanceof Element && event.target.closest(INTERACTIVE) !== null,
				// The component changes its own DOM as figures arrive; none of that is document content.
				ignoreMutation: (mutation) => mutation.type !== 'selection',
				destroy: () => {
					if (component) void unmount(component);
				},
			};
		};
	},

	onDestroy() {
		this.storage.feed?.dispose();
		this.storage.feed = null;
	},
});

/**
 * Live figures in a roadmap document: blocks that hold a reference (which figure, of what), never the
 * numbers; each reader's browser renders them with that reader's own permissions when they look.
 *
 * Wiring in the editor (e.g. Editor.svelte):
 *
 * ```svelte
 * <script lang="ts">
 *   import { getAllContexts } from 'svelte';
 *   import { LiveFigure, InsertLiveFigureDialog } from '$lib/editor/live-figures';
 *   // Node views are mounted outside Svelte's tree: hand them the app's contexts (GraphQL client,
 *   // i18n, session). Call getAllContexts() during component initialisation.
 *   const contexts = getAllContexts();
 *   const editor = new Editor({ extensions: [StarterKit.configure({ undoRedo: false }), Collaboration…,
 *     LiveFigure.configure({ context: contexts })] });
 *   let inserting = $state(false);
 * </script>
 *
 * <button type="button" onclick={() => (inserting = true)} disabled={!editable}>{t('liveFigure.menu')}</button>
 * {#if inserting}
 *   <InsertLiveFigureDialog {roadmapId}
 *     onInsert={(ref) => { inserting = false; editor.chain().focus().insertLiveFigure(ref).run(); }}
 *     onCancel={() => { inserting = false; editor.commands.focus(); }} />
 * {/if}
 * ```
 *
 * The node is named LIVE_FIGURE_NODE ('liveFigure') with the attributes of LiveFigureAttributes
 * (libs/domain document-schema), so it is stored in the Yjs fragment by the Collaboration extension
 * and read back by the server's diff and export. `LiveFigure.configure({ live: false })` leaves out
 * the graphql-ws feed (blocks then refresh on their button and when they scroll back into view).
 *
 * Reading a rendered block in a browser test: `[data-testid="live-figure"]` with `data-state`
 * (loading | shown | hidden | invalid | error) and `data-figure`; the header `[data-testid="live-figure-title"]`;
 * rows `[data-testid="live-figure-row"]` with cells `[data-field="label" | "kind" | "platform" | "score"]`
 * (scenario: platform, firstShortfall, worst, shortItems; agreements: title, responsible, dueDate,
 * deliverable, status; risks: title, level, status, owner; the intervention matrix's quadrants are
 * `[data-testid="live-figure-quadrant"]` with `data-quadrant`); the refresh button by its accessible name.
 *
 * The agreements, risks and intervention matrix blocks show the document's roadmap: configure
 * `LiveFigure.configure({ context, roadmapId })`; they ask again on any `roadmapActivityAdded`.
 */
export { LiveFigure, type LiveFigureOptions, type LiveFigureStorage } from './live-figure';
export { default as InsertLiveFigureDialog } from './InsertLiveFigureDialog.svelte';
export { default as LiveFigureView } from './LiveFigureView.svelte';
export { LiveFigureFeed } from './live-figure-feed';

/**
 * The shape of a roadmap document as the browser editor (Tiptap through y-prosemirror) stores it in
 * Yjs, and as the server reads it back for diffs and exports. Both sides import these names so an
 * editor node and its exporter can never disagree on what a block is called.
 *
 * A live figure holds a *reference* (which figure, of what), never numbers: every reader's browser and
 * every exporter renders it with their own permissions at the moment they look.
 */

/** The Yjs XML fragment the editor binds to (Tiptap's Collaboration default). */
export const DOCUMENT_FRAGMENT = 'default';

/** Node name of a live figure block. Its attributes are `LiveFigureAttributes`. */
export const LIVE_FIGURE_NODE = 'liveFigure';

/** Mark name of a comment anchor; its one attribute `threadId` names a `DocumentCommentThread`. */
export const COMMENT_MARK = 'comment';

/**
 * `agreements`, `risks` and `interventionMatrix` are of the document's own roadmap (a document
 * belongs to one), so their blocks store no id: a copied block shows the roadmap it is pasted in.
 */
export const LIVE_FIGURE_KINDS = ['dependencies', 'material', 'scenario', 'agreements', 'risks', 'interventionMatrix'] as const;
export type LiveFigureKind = (typeof LIVE_FIGURE_KINDS)[number];

export const LIVE_DEPENDENCY_KINDS = ['MATERIAL', 'COUNTRY', 'ITEM'] as const;
export type LiveDependencyKind = (typeof LIVE_DEPENDENCY_KINDS)[number];

export const LIVE_FIGURE_MAX_ROWS = 50;
export const LIVE_FIGURE_DEFAULT_ROWS = 10;

/** A parsed live figure reference. */
export type LiveFigureRef =
  | {
      figure: 'dependencies';
      /** The product group whose platforms are exploded, or null with `itemId` set. */
      productGroupId: string | null;
      /** One platform (or any item) exploded instead of a product group. */
      itemId: string | null;
      /** Only this kind of dependency, or all kinds. */
      dependencyKind: LiveDependencyKind | null;
      /** Top N rows by score. */
      limit: number;
    }
  | { figure: 'material'; materialId: string }
  | { figure: 'scenario'; scenarioId: string }
  /** The roadmap's agreements (agreed, ongoing and done interventions), by due date. */
  | { figure: 'agreements' }
  /** The roadmap's risk register, top N by level (likelihood x impact). */
  | { figure: 'risks'; limit: number }
  /** The roadmap's interventions by impact x effort quadrant. */
  | { figure: 'interventionMatrix' };

/**
 * The node attributes as stored in Yjs (every one present, null when unused), so a block written by
 * one browser version is read by the next.
 */
export interface LiveFigureAttributes {
  figure: string | null;
  productGroupId: string | null;
  itemId: string | null;
  dependencyKind: string | null;
  limit: number | string | null;
  materialId: string | null;
  scenarioId: string | null;
}

export const EMPTY_LIVE_FIGURE_ATTRIBUTES: LiveFigureAttributes = {
  figure: null,
  productGroupId: null,
  itemId: null,
  dependencyKind: null,
  limit: null,
  materialId: null,
  scenarioId: null,
};

export function liveFigureAttributes(ref: LiveFigureRef): LiveFigureAttributes {
  switch (ref.figure) {
    case 'dependencies':
      return {
        ...EMPTY_LIVE_FIGURE_ATTRIBUTES,
        figure: ref.figure,
        productGroupId: ref.productGroupId,
        itemId: ref.itemId,
        dependencyKind: ref.dependencyKind,
        limit: ref.limit,
      };
    case 'material':
      return { ...EMPTY_LIVE_FIGURE_ATTRIBUTES, figure: ref.figure, materialId: ref.materialId };
    case 'scenario':
      return { ...EMPTY_LIVE_FIGURE_ATTRIBUTES, figure: ref.figure, scenarioId: ref.scenarioId };
    case 'risks':
      return { ...EMPTY_LIVE_FIGURE_ATTRIBUTES, figure: ref.figure, limit: ref.limit };
    case 'agreements':
    case 'interventionMatrix':
      return { ...EMPTY_LIVE_FIGURE_ATTRIBUTES, figure: ref.figure };
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Reads stored attributes back; null when they do not make a figure (an unknown kind from a newer
 * editor, a missing id), which readers show as "this figure cannot be shown" rather than failing.
 */
export function parseLiveFigure(attributes: Partial<Record<keyof LiveFigureAttributes, unknown>>): LiveFigureRef | null {
  const figure = text(attributes.figure);
  switch (figure) {
    case 'dependencies': {
      const productGroupId = text(attributes.productGroupId);
      const itemId = text(attributes.itemId);
      if (!productGroupId && !itemId) return null;
      const kind = text(attributes.dependencyKind);
      const dependencyKind = (LIVE_DEPENDENCY_KINDS as readonly string[]).includes(kind ?? '') ? (kind as LiveDependencyKind) : null;
      return { figure, productGroupId: itemId ? null : productGroupId, itemId, dependencyKind, limit: rowLimit(attributes.limit) };
    }
    case 'material': {
      const materialId = text(attributes.materialId);
      return materialId ? { figure, materialId } : null;
    }
    case 'scenario': {
      const scenarioId = text(attributes.scenarioId);
      return scenarioId ? { figure, scenarioId } : null;
    }
    case 'risks':
      return { figure, limit: rowLimit(attributes.limit) };
    case 'agreements':
    case 'interventionMatrix':
      return { figure };
    case null:
    default:
      return null;
  }
}

/** A stored row limit: a whole number from 1 to the maximum, else the default. */
function rowLimit(value: unknown): number {
  const requested = Number(value);
  return Number.isInteger(requested) && requested > 0 ? Math.min(requested, LIVE_FIGURE_MAX_ROWS) : LIVE_FIGURE_DEFAULT_ROWS;
}

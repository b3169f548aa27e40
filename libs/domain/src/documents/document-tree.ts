import { COMMENT_MARK, LIVE_FIGURE_NODE, parseLiveFigure, type LiveFigureRef } from './document-schema';

/**
 * A roadmap document as exporters see it: a small typed block model read from the plain JSON form
 * of the Yjs XML fragment (the API turns the Y.XmlFragment into `DocJsonNode`s, so this stays pure).
 * Only what the editor writes is modelled; an unknown node keeps its text as a paragraph, so content
 * from a newer editor is never silently dropped.
 */

/** An XML element of the fragment: node name, attributes, children. */
export interface DocJsonElement {
  type: string;
  attrs: Record<string, unknown>;
  content: DocJsonNode[];
}

/** A run of text with the formatting attributes y-prosemirror stores for its marks. */
export interface DocJsonText {
  text: string;
  /** Mark name (possibly `name--hash` for marks that may overlap) -> mark attributes. */
  marks: Record<string, unknown>;
}

export type DocJsonNode = DocJsonElement | DocJsonText;

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** The link target, when the run is a link (http, https or mailto only). */
  link: string | null;
}

export type Inline = TextRun | { kind: 'break' };

/** A live figure resolved for one reader: a table, or nothing to show. */
export type FigureContent =
  | { status: 'ok'; title: string; columns: string[]; rows: string[][]; notes: string[] }
  /** Not visible to the reader, or not there: the two are told apart to no one. */
  | { status: 'hidden' }
  /** The stored reference does not make a figure (e.g. written by a newer editor). */
  | { status: 'invalid' };

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: TableRowBlock[] }
  | { kind: 'rule' }
  /** `content` is filled in by whoever resolves figures (with the reader's permissions). */
  | { kind: 'figure'; ref: LiveFigureRef | null; content: FigureContent | null };

export interface TableRowBlock {
  cells: { header: boolean; blocks: Block[] }[];
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function isText(node: DocJsonNode): node is DocJsonText {
  return typeof (node as DocJsonText).text === 'string';
}

/** The mark name of a y-prosemirror formatting key (`comment--abc123` -> `comment`). */
function markName(key: string): string {
  const at = key.indexOf('--');
  return at === -1 ? key : key.slice(0, at);
}

function textRun(node: DocJsonText): TextRun {
  const run: TextRun = { kind: 'text', text: node.text, bold: false, italic: false, underline: false, strike: false, code: false, link: null };
  for (const [key, value] of Object.entries(node.marks ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    switch (markName(key)) {
      case 'bold':
        run.bold = true;
        break;
      case 'italic':
        run.italic = true;
        break;
      case 'underline':
        run.underline = true;
        break;
      case 'strike':
        run.strike = true;
        break;
      case 'code':
        run.code = true;
        break;
      case 'link': {
        const href = typeof value === 'object' ? (value as { href?: unknown }).href : null;
        run.link = typeof href === 'string' && SAFE_LINK.test(href.trim()) ? href.trim() : null;
        break;
      }
      case COMMENT_MARK:
      default:
        // Comments are left out of exports; unknown marks keep their text unformatted.
        break;
    }
  }
  return run;
}

const sameFormat = (a: TextRun, b: TextRun) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.code === b.code && a.link === b.link;

/** Inline content of a text block: runs with the same formatting merged (a comment mark splits runs). */
function inlines(nodes: readonly DocJsonNode[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (!node.text) continue;
      const run = textRun(node);
      const last = out.at(-1);
      if (last?.kind === 'text' && sameFormat(last, run)) last.text += run.text;
      else out.push(run);
    } else if (node.type === 'hardBreak') {
      out.push({ kind: 'break' });
    } else {
      out.push(...inlines(node.content));
    }
  }
  return out;
}

/** The plain text of nodes (for code blocks and unknown nodes). */
export function plainText(nodes: readonly DocJsonNode[]): string {
  return nodes.map((n) => (isText(n) ? n.text : n.type === 'hardBreak' ? '\n' : plainText(n.content))).join('');
}

function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}

function block(node: DocJsonNode): Block[] {
  if (isText(node)) return node.text ? [{ kind: 'paragraph', content: inlines([node]) }] : [];
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', content: inlines(node.content) }];
    case 'heading':
      return [{ kind: 'heading', level: headingLevel(node.attrs.level), content: inlines(node.content) }];
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs.start);
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          start: Number.isInteger(start) && start >= 0 ? start : 1,
          items: node.content.map((item) => (isText(item) ? block(item) : blocks(item.content))),
        },
      ];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: blocks(node.content) }];
    case 'codeBlock':
      return [{ kind: 'code', text: plainText(node.content) }];
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'table':
      return [
        {
          kind: 'table',
          rows: node.content.filter((row): row is DocJsonElement => !isText(row)).map((row) => ({
            cells: row.content
              .filter((cell): cell is DocJsonElement => !isText(cell))
              .map((cell) => ({ header: cell.type === 'tableHeader', blocks: blocks(cell.content) })),
          })),
        },
      ];
    case LIVE_FIGURE_NODE:
      return [{ kind: 'figure', ref: parseLiveFigure(node.attrs), content: null }];
    default: {
      // An element this exporter does not know: its blocks if it has any, else its text.
      const children = node.content;
      if (children.some((c) => !isText(c) && c.type !== 'hardBreak')) return blocks(children);
      const content = inlines(children);
      return content.length ? [{ kind: 'paragraph', content }] : [];
    }
  }
}

function blocks(nodes: readonly DocJsonNode[]): Block[] {
  return nodes.flatMap(block);
}

/** The block model of a document's fragment (its top-level nodes). */
export function documentBlocks(fragment: readonly DocJsonNode[]): Block[] {
  return blocks(fragment);
}

/** Every live figure block, depth first in document order (to resolve them and fill `content`). */
export function figureBlocks(all: readonly Block[]): Extract<Block, { kind: 'figure' }>[] {
  const out: Extract<Block, { kind: 'figure' }>[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'figure':
          out.push(b);
          break;
        case 'list':
          b.items.forEach(walk);
          break;
        case 'quote':
          walk(b.blocks);
          break;
        case 'table':
          for (const row of b.rows) for (const cell of row.cells) walk(cell.blocks);
          break;
        case 'heading':
        case 'paragraph':
        case 'code':
        case 'rule':
          break;
      }
    }
  };
  walk(all);
  return out;
}

/** The text of inline content without formatting. */
export function inlineText(content: readonly Inline[], lineBreak = '\n'): string {
  return content.map((i) => (i.kind === 'break' ? lineBreak : i.text)).join('');
}

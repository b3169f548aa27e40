import * as Y from 'yjs';

/**
 * Reading and rewriting the content of a document's Yjs state without knowing its editor schema.
 * Root types of a decoded update are untyped until asked for, so their kind is read from their
 * content: XML elements (ProseMirror / Tiptap through y-prosemirror), text, map entries, or a list.
 */
type RootKind = 'xml' | 'text' | 'map' | 'array';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rootKind(root: Y.AbstractType<any>): RootKind {
  if (root instanceof Y.XmlFragment) return 'xml';
  if (root instanceof Y.Text) return 'text';
  if (root instanceof Y.Map) return 'map';
  if (root instanceof Y.Array) return 'array';
  for (let item = root._start; item; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentType) {
      const type = content.type;
      if (type instanceof Y.XmlElement || type instanceof Y.XmlText || type instanceof Y.XmlHook) return 'xml';
      return 'array';
    }
    if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return 'text';
    if (!(content instanceof Y.ContentDeleted)) return 'array';
  }
  if (root._map.size > 0) return 'map';
  return 'xml';
}

type TypedRoot =
  | { name: string; kind: 'xml'; type: Y.XmlFragment }
  | { name: string; kind: 'text'; type: Y.Text }
  | { name: string; kind: 'map'; type: Y.Map<unknown> }
  | { name: string; kind: 'array'; type: Y.Array<unknown> };

/** The root types of a document, typed by their content, sorted by name. */
function roots(doc: Y.Doc, kinds: Map<string, RootKind> = new Map()): TypedRoot[] {
  const names = [...new Set([...doc.share.keys(), ...kinds.keys()])].sort();
  return names.map((name) => typed(doc, name, kinds.get(name) ?? rootKind(doc.share.get(name) ?? doc.get(name))));
}

function typed(doc: Y.Doc, name: string, kind: RootKind): TypedRoot {
  switch (kind) {
    case 'xml':
      return { name, kind, type: doc.getXmlFragment(name) };
    case 'text':
      return { name, kind, type: doc.getText(name) };
    case 'map':
      return { name, kind, type: doc.getMap(name) };
    case 'array':
      return { name, kind, type: doc.getArray(name) };
  }
}

export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * The document as plain text lines, for diffs: one line per block of rich text (headings marked
 * with `#`, list items with `-`), text roots line by line, maps and lists as JSON.
 */
export function documentLines(state: Uint8Array): string[] {
  const doc = docFromState(state);
  try {
    const all = roots(doc);
    const lines: string[] = [];
    for (const root of all) {
      if (all.length > 1) lines.push(`[${root.name}]`);
      switch (root.kind) {
        case 'xml':
          for (const node of root.type.toArray()) lines.push(...xmlLines(node));
          break;
        case 'text':
          lines.push(...root.type.toString().split('\n'));
          break;
        case 'map':
          for (const [key, value] of [...root.type.entries()].sort(([a], [b]) => a.localeCompare(b))) lines.push(`${key}: ${JSON.stringify(toJson(value))}`);
          break;
        case 'array':
          for (const value of root.type.toArray()) lines.push(JSON.stringify(toJson(value)));
          break;
      }
    }
    return lines;
  } finally {
    doc.destroy();
  }
}

const BLOCK_PREFIX: Record<string, (el: Y.XmlElement) => string> = {
  heading: (el) => '#'.repeat(Number(el.getAttribute('level') ?? 1) || 1) + ' ',
  listItem: () => '- ',
  taskItem: () => '- ',
  codeBlock: () => '    ',
  blockquote: () => '> ',
};

function xmlLines(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string[] {
  if (node instanceof Y.XmlText) return [node.toString() === '' ? '' : textOf(node)];
  if (!(node instanceof Y.XmlElement)) return [];
  const children = node.toArray();
  const prefix = BLOCK_PREFIX[node.nodeName]?.(node) ?? '';
  if (children.every((child) => child instanceof Y.XmlText)) {
    return [prefix + children.map((child) => textOf(child as Y.XmlText)).join('')];
  }
  const lines = children.flatMap((child) => xmlLines(child));
  return prefix && lines.length ? [prefix + lines[0], ...lines.slice(1)] : lines;
}

function textOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

function toJson(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';
export interface DiffLine {
  kind: DiffKind;
  text: string;
}

/** A line diff (longest common subsequence) from `before` to `after`. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  // Common head and tail first: typical edits touch a few lines, which keeps the table small.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const out: DiffLine[] = before.slice(0, head).map((text) => ({ kind: 'SAME', text }));
  if (a.length * b.length > 4_000_000) {
    // Too large to align line by line: show it as replaced.
    out.push(...a.map((text) => ({ kind: 'REMOVED' as const, text })), ...b.map((text) => ({ kind: 'ADDED' as const, text })));
  } else {
    const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        out.push({ kind: 'SAME', text: a[i] });
        i++;
        j++;
      } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.push({ kind: 'REMOVED', text: a[i++] });
      } else {
        out.push({ kind: 'ADDED', text: b[j++] });
      }
    }
  }
  out.push(...before.slice(before.length - tail).map((text) => ({ kind: 'SAME' as const, text })));
  return out;
}

/**
 * The Yjs update that makes `current` look like `version`: every root is emptied and refilled with
 * copies of the version's content, as one change by a fresh client id. Applied like any edit, so it
 * merges with concurrent edits and can itself be undone by restoring again.
 */
export function restoreUpdate(current: Uint8Array, version: Uint8Array): Uint8Array {
  const target = docFromState(current);
  const source = docFromState(version);
  try {
    const kinds = new Map<string, RootKind>();
    for (const root of roots(source)) kinds.set(root.name, root.kind);
    for (const root of roots(target)) if (!kinds.has(root.name)) kinds.set(root.name, root.kind);
    const sourceRoots = new Map(roots(source, kinds).map((r) => [r.name, r]));
    let update: Uint8Array = new Uint8Array([0, 0]);
    target.on('update', (u: Uint8Array) => (update = u));
    target.transact(() => {
      for (const root of roots(target, kinds)) {
        const from = sourceRoots.get(root.name);
        switch (root.kind) {
          case 'xml': {
            root.type.delete(0, root.type.length);
            const nodes = from?.kind === 'xml' ? from.type.toArray().map((n) => n.clone()) : [];
            if (nodes.length) root.type.insert(0, nodes as (Y.XmlElement | Y.XmlText)[]);
            break;
          }
          case 'text':
            root.type.delete(0, root.type.length);
            if (from?.kind === 'text') root.type.applyDelta(from.type.toDelta());
            break;
          case 'map': {
            const values = from?.kind === 'map' ? from.type : new Y.Map<unknown>();
            for (const key of [...root.type.keys()]) if (!values.has(key)) root.type.delete(key);
            for (const [key, value] of values.entries()) root.type.set(key, value instanceof Y.AbstractType ? value.clone() : value);
            break;
          }
          case 'array':
            root.type.delete(0, root.type.length);
            if (from?.kind === 'array') root.type.insert(0, from.type.toArray().map((v) => (v instanceof Y.AbstractType ? v.clone() : v)));
            break;
        }
      }
    });
    return update;
  } finally {
    target.destroy();
    source.destroy();
  }
}

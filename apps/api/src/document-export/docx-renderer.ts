// Types only: this thread describes the document as data, the worker loads docx (1 MB of code, which
// the API would otherwise hold from start-up for five constant objects) and builds it.
import type * as Docx from 'docx';
import type { Block, ExportLabels, FigureContent, Inline } from '@routekaart/domain';
import { renderInWorker } from './render-worker';

/** What a rendered export is made from (the same for every format). */
export interface RenderInput {
  title: string;
  blocks: readonly Block[];
  labels: ExportLabels;
  /** "5 december 2026 19:22". */
  figuresAsOf: string;
}

/** A value of one of docx's constant objects (`HeadingLevel`, `WidthType`, ...), written as its literal and checked against it. */
type ValueOf<T> = T[keyof T];
const HEADINGS: ValueOf<typeof Docx.HeadingLevel>[] = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'];
const PERCENT: ValueOf<typeof Docx.WidthType> = 'pct';
const SINGLE_LINE: ValueOf<typeof Docx.BorderStyle> = 'single';
const DECIMAL: ValueOf<typeof Docx.LevelFormat> = 'decimal';
const ALIGN_START: ValueOf<typeof Docx.AlignmentType> = 'start';
const ORDERED = 'ordered-list';
/** Left indent per nesting level of lists and quotes, in twentieths of a point. */
const INDENT = 720;

/**
 * The document is built here as plain data and made into `docx` components, laid out and zipped in
 * a worker thread (`renderInWorker`), so a long roadmap does not hold up the API's main thread.
 * `make('Paragraph', options)` stands for `new Paragraph(options)`: typed like the constructor,
 * revived into it by the worker.
 */
const COMPONENTS = ['Document', 'Paragraph', 'TextRun', 'ExternalHyperlink', 'Table', 'TableRow', 'TableCell'] as const;
type ComponentName = (typeof COMPONENTS)[number];
type Components = Pick<typeof Docx, ComponentName>;
type Paragraph = Docx.Paragraph;
type Table = Docx.Table;

function make<N extends ComponentName>(name: N, options: ConstructorParameters<Components[N]>[0]): InstanceType<Components[N]> {
  return { $docx: name, options } as unknown as InstanceType<Components[N]>;
}

const WORKER = `
const docx = require(workerData.docx);
const components = new Set(workerData.components);
const revive = (value) => {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.$docx === 'string') {
    if (!components.has(value.$docx)) throw new Error('not a component of the export: ' + value.$docx);
    return new docx[value.$docx](revive(value.options));
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
};
return docx.Packer.toBuffer(revive(workerData.document));
`;

interface Context {
  /** List nesting depth (0 outside lists). */
  depth: number;
  /** Left indent in steps of INDENT: inside quotes and under a list item's first paragraph. */
  indent: number;
  italics: boolean;
  /**
   * Each ordered list is its own numbering instance: its items count on across the list (a nested
   * list and all), and the next list starts again.
   */
  nextInstance: { value: number };
  /** The first numbers of ordered lists that do not start at 1 (each gets a numbering definition). */
  starts: Set<number>;
}

/** The numbering definition of ordered lists starting at `start`. */
const orderedReference = (start: number) => (start === 1 ? ORDERED : `${ORDERED}-from-${start}`);

function runs(content: readonly Inline[], italics = false): Docx.ParagraphChild[] {
  return content.map((i) => {
    if (i.kind === 'break') return make('TextRun', { break: 1 });
    const run = make('TextRun', {
      text: i.text,
      bold: i.bold || undefined,
      italics: i.italic || italics || undefined,
      underline: i.underline ? {} : undefined,
      strike: i.strike || undefined,
      font: i.code ? 'Courier New' : undefined,
      style: i.link ? 'Hyperlink' : undefined,
    });
    return i.link ? make('ExternalHyperlink', { link: i.link, children: [run] }) : run;
  });
}

function indentOf(ctx: Context) {
  return ctx.indent ? { indent: { left: INDENT * ctx.indent } } : {};
}

function figure(content: FigureContent | null, labels: ExportLabels): (Paragraph | Table)[] {
  if (content?.status !== 'ok') {
    const text = content?.status === 'invalid' ? labels.invalidFigure : labels.notVisible;
    return [make('Paragraph', { children: [make('TextRun', { text, italics: true })] })];
  }
  const out: (Paragraph | Table)[] = [make('Paragraph', { children: [make('TextRun', { text: content.title, bold: true })], keepNext: true })];
  if (content.rows.length) {
    out.push(simpleTable([content.columns, ...content.rows], true));
  } else {
    out.push(make('Paragraph', { children: [make('TextRun', { text: labels.noRows, italics: true })] }));
  }
  for (const note of content.notes) out.push(make('Paragraph', { children: [make('TextRun', { text: note, italics: true })] }));
  return out;
}

function simpleTable(rows: readonly (readonly string[])[], header: boolean): Table {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return make('Table', {
    width: { size: 100, type: PERCENT },
    rows: rows.map(
      (row, r) =>
        make('TableRow', {
          tableHeader: header && r === 0,
          children: Array.from(
            { length: width },
            (_, c) => make('TableCell', { children: [make('Paragraph', { children: [make('TextRun', { text: row[c] ?? '', bold: header && r === 0 })] })] }),
          ),
        }),
    ),
  });
}

function blocks(list: readonly Block[], labels: ExportLabels, ctx: Context): (Paragraph | Table)[] {
  return list.flatMap((b) => block(b, labels, ctx));
}

function block(b: Block, labels: ExportLabels, ctx: Context): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [make('Paragraph', { heading: HEADINGS[b.level - 1], children: runs(b.content), ...indentOf(ctx) })];
    case 'paragraph':
      return [make('Paragraph', { children: runs(b.content, ctx.italics), ...indentOf(ctx) })];
    case 'list': {
      const level = Math.min(ctx.depth, 8);
      if (b.ordered && b.start !== 1) ctx.starts.add(b.start);
      const marker = b.ordered ? { numbering: { reference: orderedReference(b.start), level, instance: ctx.nextInstance.value++ } } : { bullet: { level } };
      return b.items.flatMap((item) => {
        // The item's first paragraph carries the bullet or number; what follows is indented under it.
        const [first, ...rest] = item;
        const textFirst = first?.kind === 'paragraph' || first?.kind === 'heading';
        const head = make('Paragraph', { children: textFirst ? runs(first.content, ctx.italics) : [], ...marker });
        const inner: Context = { ...ctx, depth: ctx.depth + 1, indent: level + 1 };
        return [head, ...blocks(textFirst ? rest : item, labels, inner)];
      });
    }
    case 'quote':
      return blocks(b.blocks, labels, { ...ctx, indent: ctx.indent + 1, italics: true });
    case 'code':
      return b.text.split('\n').map((line) => make('Paragraph', { children: [make('TextRun', { text: line, font: 'Courier New' })], ...indentOf(ctx) }));
    case 'table': {
      if (!b.rows.length) return [];
      const width = Math.max(1, ...b.rows.map((r) => r.cells.length));
      return [
        make('Table', {
          width: { size: 100, type: PERCENT },
          rows: b.rows.map(
            (row) =>
              make('TableRow', {
                tableHeader: row.cells.length > 0 && row.cells.every((c) => c.header),
                children: Array.from({ length: width }, (_, i) => {
                  const cell = row.cells[i];
                  const children = cell ? blocks(cell.blocks, labels, { ...ctx, depth: 0, indent: 0, italics: false }) : [];
                  return make('TableCell', { children: children.length ? children : [make('Paragraph', { children: [] })] });
                }),
              }),
          ),
        }),
      ];
    }
    case 'rule':
      return [make('Paragraph', { children: [], border: { bottom: { style: SINGLE_LINE, size: 6, color: 'auto', space: 1 } } })];
    case 'figure':
      return figure(b.content, labels);
  }
}

/** The export as a Word document (Office Open XML). */
export async function renderDocx(input: RenderInput): Promise<Buffer> {
  const ctx: Context = { depth: 0, indent: 0, italics: false, nextInstance: { value: 1 }, starts: new Set() };
  const children = blocks(input.blocks, input.labels, ctx);
  children.push(make('Paragraph', { children: [make('TextRun', { text: input.labels.figuresAsOf(input.figuresAsOf), italics: true })] }));
  const document = make('Document', {
    title: input.title,
    creator: 'Routekaart',
    numbering: {
      config: [1, ...ctx.starts].map((start) => ({
        reference: orderedReference(start),
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: DECIMAL,
          text: `%${level + 1}.`,
          alignment: ALIGN_START,
          start,
          style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [{ children }],
  });
  return renderInWorker('DOCX', WORKER, { docx: require.resolve('docx'), components: COMPONENTS, document });
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, ExportLabels, FigureContent, Inline } from '@routekaart/domain';

/** What a rendered export is made from (the same for every format). */
export interface RenderInput {
  title: string;
  blocks: readonly Block[];
  labels: ExportLabels;
  /** "5 december 2026 19:22". */
  figuresAsOf: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const ORDERED = 'ordered-list';
/** Left indent per nesting level of lists and quotes, in twentieths of a point. */
const INDENT = 720;

interface Context {
  /** List nesting depth (0 outside lists). */
  depth: number;
  /** Left indent in steps of INDENT: inside quotes and under a list item's first paragraph. */
  indent: number;
  italics: boolean;
  /** Each ordered list is its own numbering instance, so its numbers start again. */
  nextInstance: { value: number };
}

function runs(content: readonly Inline[], italics = false): ParagraphChild[] {
  return content.map((i) => {
    if (i.kind === 'break') return new TextRun({ break: 1 });
    const run = new TextRun({
      text: i.text,
      bold: i.bold || undefined,
      italics: i.italic || italics || undefined,
      underline: i.underline ? {} : undefined,
      strike: i.strike || undefined,
      font: i.code ? 'Courier New' : undefined,
      style: i.link ? 'Hyperlink' : undefined,
    });
    return i.link ? new ExternalHyperlink({ link: i.link, children: [run] }) : run;
  });
}

function indentOf(ctx: Context) {
  return ctx.indent ? { indent: { left: INDENT * ctx.indent } } : {};
}

function figure(content: FigureContent | null, labels: ExportLabels): (Paragraph | Table)[] {
  if (content?.status !== 'ok') {
    const text = content?.status === 'invalid' ? labels.invalidFigure : labels.notVisible;
    return [new Paragraph({ children: [new TextRun({ text, italics: true })] })];
  }
  const out: (Paragraph | Table)[] = [new Paragraph({ children: [new TextRun({ text: content.title, bold: true })], keepNext: true })];
  if (content.rows.length) {
    out.push(simpleTable([content.columns, ...content.rows], true));
  } else {
    out.push(new Paragraph({ children: [new TextRun({ text: labels.noRows, italics: true })] }));
  }
  for (const note of content.notes) out.push(new Paragraph({ children: [new TextRun({ text: note, italics: true })] }));
  return out;
}

function simpleTable(rows: readonly (readonly string[])[], header: boolean): Table {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          children: Array.from(
            { length: width },
            (_, c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: row[c] ?? '', bold: header && r === 0 })] })] }),
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
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.content), ...indentOf(ctx) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.content, ctx.italics), ...indentOf(ctx) })];
    case 'list': {
      const level = Math.min(ctx.depth, 8);
      const marker = b.ordered ? { numbering: { reference: ORDERED, level, instance: ctx.nextInstance.value++ } } : { bullet: { level } };
      return b.items.flatMap((item) => {
        // The item's first paragraph carries the bullet or number; what follows is indented under it.
        const [first, ...rest] = item;
        const textFirst = first?.kind === 'paragraph' || first?.kind === 'heading';
        const head = new Paragraph({ children: textFirst ? runs(first.content, ctx.italics) : [], ...marker });
        const inner: Context = { ...ctx, depth: ctx.depth + 1, indent: level + 1 };
        return [head, ...blocks(textFirst ? rest : item, labels, inner)];
      });
    }
    case 'quote':
      return blocks(b.blocks, labels, { ...ctx, indent: ctx.indent + 1, italics: true });
    case 'code':
      return b.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })], ...indentOf(ctx) }));
    case 'table': {
      if (!b.rows.length) return [];
      const width = Math.max(1, ...b.rows.map((r) => r.cells.length));
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (row) =>
              new TableRow({
                tableHeader: row.cells.length > 0 && row.cells.every((c) => c.header),
                children: Array.from({ length: width }, (_, i) => {
                  const cell = row.cells[i];
                  const children = cell ? blocks(cell.blocks, labels, { ...ctx, depth: 0, indent: 0, italics: false }) : [];
                  return new TableCell({ children: children.length ? children : [new Paragraph({ children: [] })] });
                }),
              }),
          ),
        }),
      ];
    }
    case 'rule':
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })];
    case 'figure':
      return figure(b.content, labels);
  }
}

/** The export as a Word document (Office Open XML). */
export async function renderDocx(input: RenderInput): Promise<Buffer> {
  const ctx: Context = { depth: 0, indent: 0, italics: false, nextInstance: { value: 1 } };
  const children = blocks(input.blocks, input.labels, ctx);
  children.push(new Paragraph({ children: [new TextRun({ text: input.labels.figuresAsOf(input.figuresAsOf), italics: true })] }));
  const doc = new Document({
    title: input.title,
    creator: 'Routekaart',
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

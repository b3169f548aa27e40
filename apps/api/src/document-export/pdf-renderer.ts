import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, ExportLabels, FigureContent, Inline } from '@routekaart/domain';
import type { RenderInput } from './docx-renderer';
import { renderInWorker } from './render-worker';

/**
 * The PDF is laid out by pdfmake in a worker thread (`renderInWorker`: about 2 s for a 50-page
 * roadmap on these machines). The definition is plain data; the worker reads nothing from the
 * network and no file but the fonts. The fonts are DejaVu Sans and DejaVu Sans Mono (the
 * `dejavu-fonts-ttf` package, embedded as subsets), which cover Latin with every diacritic,
 * Greek, Cyrillic and symbols such as ≥ ≤ € →, so Polish, Czech, Turkish or Bulgarian names come
 * out as written.
 */
const WORKER = `
const pdfMake = require(workerData.pdfmake);
const fontFiles = new Set(Object.values(workerData.fonts).flatMap((styles) => Object.values(styles)));
pdfMake.setFonts(workerData.fonts);
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => fontFiles.has(path));
return pdfMake.createPdf(workerData.definition).getBuffer();
`;

const TEXT_FONT = 'DejaVuSans';
const CODE_FONT = 'DejaVuSansMono';

/** pdfmake's font table: family -> style -> TrueType file, found through the package (in dist as in tests). */
function fonts(): Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>> {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const family = (name: string) => ({
    normal: join(dir, `${name}.ttf`),
    bold: join(dir, `${name}-Bold.ttf`),
    italics: join(dir, `${name}-Oblique.ttf`),
    bolditalics: join(dir, `${name}-BoldOblique.ttf`),
  });
  return { [TEXT_FONT]: family('DejaVuSans'), [CODE_FONT]: family('DejaVuSansMono') };
}

function layOut(definition: TDocumentDefinitions): Promise<Buffer> {
  return renderInWorker('PDF', WORKER, { definition, pdfmake: require.resolve('pdfmake'), fonts: fonts() });
}

const HEADING_SIZES = [20, 16, 14, 12, 11, 10];

function inlines(content: readonly Inline[]): Content[] {
  return content.map((i) =>
    i.kind === 'break'
      ? { text: '\n' }
      : {
          text: i.text,
          bold: i.bold || undefined,
          italics: i.italic || undefined,
          decoration: i.underline ? 'underline' : i.strike ? 'lineThrough' : undefined,
          font: i.code ? CODE_FONT : undefined,
          link: i.link ?? undefined,
          color: i.link ? '#1a4f9c' : undefined,
        },
  ) as Content[];
}

function figure(content: FigureContent | null, labels: ExportLabels): Content {
  if (content?.status !== 'ok') return { text: content?.status === 'invalid' ? labels.invalidFigure : labels.notVisible, italics: true, margin: [0, 0, 0, 8] };
  const parts: Content[] = [{ text: content.title, bold: true, margin: [0, 0, 0, 4] }];
  parts.push(content.rows.length ? table([content.columns, ...content.rows].map((r) => r.map((text) => ({ text }) as Content)), 1) : { text: labels.noRows, italics: true });
  for (const note of content.notes) parts.push({ text: note, italics: true, margin: [0, 2, 0, 0] });
  return { stack: parts, margin: [0, 0, 0, 8] };
}

function table(rows: Content[][], headerRows: number): Content {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const body = rows.map((r, i) =>
    Array.from({ length: width }, (_, c) => {
      const cell = r[c] ?? { text: '' };
      return i < headerRows ? { stack: [cell], bold: true } : cell;
    }),
  );
  return { table: { headerRows, widths: Array.from({ length: width }, () => '*'), body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 8] } as Content;
}

function blocks(list: readonly Block[], labels: ExportLabels): Content[] {
  return list.map((b) => block(b, labels));
}

/** One list item: its blocks stacked (a single paragraph stays inline with the bullet). */
function item(list: readonly Block[], labels: ExportLabels): Content {
  const content = blocks(list, labels);
  return content.length === 1 ? content[0]! : { stack: content };
}

function block(b: Block, labels: ExportLabels): Content {
  switch (b.kind) {
    case 'heading':
      return { text: inlines(b.content), bold: true, fontSize: HEADING_SIZES[b.level - 1], margin: [0, b.level <= 2 ? 10 : 6, 0, 4], headlineLevel: b.level } as Content;
    case 'paragraph':
      return { text: inlines(b.content), margin: [0, 0, 0, 6] };
    case 'list': {
      const items = b.items.map((i) => item(i, labels));
      return (b.ordered ? { ol: items, start: b.start, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] }) as Content;
    }
    case 'quote':
      return { stack: blocks(b.blocks, labels), italics: true, margin: [18, 0, 0, 6] };
    case 'code':
      return { text: b.text, font: CODE_FONT, fontSize: 9, preserveLeadingSpaces: true, margin: [0, 0, 0, 6] };
    case 'table': {
      if (!b.rows.length) return { text: '' };
      const headerRows = b.rows[0]!.cells.length > 0 && b.rows[0]!.cells.every((c) => c.header) ? 1 : 0;
      return table(
        b.rows.map((row) => row.cells.map((c) => ({ stack: blocks(c.blocks, labels) }) as Content)),
        headerRows,
      );
    }
    case 'rule':
      return { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 0.5, lineColor: '#999999' }], margin: [0, 4, 0, 8] };
    case 'figure':
      return figure(b.content, labels);
  }
}

/** The export as a PDF (A4), rendered on the server. */
export async function renderPdf(input: RenderInput): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: input.title, creator: 'Routekaart' },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: TEXT_FONT, fontSize: 10, lineHeight: 1.2 },
    content: [...blocks(input.blocks, input.labels), { text: input.labels.figuresAsOf(input.figuresAsOf), italics: true, margin: [0, 12, 0, 0] }],
  };
  return layOut(definition);
}

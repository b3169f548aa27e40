import { Worker } from 'node:worker_threads';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, ExportLabels, FigureContent, Inline } from '@routekaart/domain';
import type { RenderInput } from './docx-renderer';

/**
 * Laying out a PDF is plain CPU work (about 2 s for a 50-page roadmap on these machines): it runs in
 * a worker thread so the API, and the collaboration sockets it serves, keep answering meanwhile.
 * The definition is plain data; the worker loads pdfmake with the PDF standard fonts (built into
 * every PDF reader, their metrics ship with pdfkit), so nothing is read from the network, no file
 * but the fonts' names is allowed, and no browser is needed. The fonts cover Western European
 * text (WinAnsi).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const pdfMake = require(workerData.pdfmake);
const fonts = { ...require(workerData.helvetica), ...require(workerData.courier) };
const standard = new Set(Object.values(fonts).flatMap((styles) => Object.values(styles)));
pdfMake.setFonts(fonts);
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => standard.has(path));
pdfMake.createPdf(workerData.definition).getBuffer().then((buffer) => parentPort.postMessage(buffer));
`;

function layOut(definition: TDocumentDefinitions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        definition,
        pdfmake: require.resolve('pdfmake'),
        helvetica: require.resolve('pdfmake/standard-fonts/Helvetica'),
        courier: require.resolve('pdfmake/standard-fonts/Courier'),
      },
    });
    worker.once('message', (bytes: Uint8Array) => {
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PDF worker stopped (exit code ${code})`)));
  });
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
          font: i.code ? 'Courier' : undefined,
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
      return { text: b.text, font: 'Courier', fontSize: 9, preserveLeadingSpaces: true, margin: [0, 0, 0, 6] };
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
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    content: [...blocks(input.blocks, input.labels), { text: input.labels.figuresAsOf(input.figuresAsOf), italics: true, margin: [0, 12, 0, 0] }],
  };
  return layOut(definition);
}

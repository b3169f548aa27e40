import type { Block, FigureContent, Inline, TextRun } from './document-tree';
import type { ExportLabels } from './export-labels';

/**
 * A document's block model as Markdown (CommonMark with GitHub tables). Text is escaped so what a
 * writer typed never turns into formatting; underline has no Markdown form and stays plain.
 */
export interface MarkdownExport {
  blocks: readonly Block[];
  labels: ExportLabels;
  /** "5 december 2026 19:22": when the live figures were computed. */
  figuresAsOf: string;
}

const ESCAPE = /[\\`*_[\]<>|~]/g;

function escapeText(text: string): string {
  return text.replace(ESCAPE, (c) => `\\${c}`);
}

/** Escapes what would start a block at the beginning of a line (`# x`, `- x`, `1. x`, `> x`). */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#+\-=]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

function run(r: TextRun): string {
  if (r.code) {
    // A code span needs a fence longer than any backtick run inside it.
    const longest = Math.max(0, ...(r.text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = r.text.startsWith('`') || r.text.endsWith('`') ? ' ' : '';
    return wrapLink(`${fence}${pad}${r.text}${pad}${fence}`, r.link);
  }
  // Emphasis markers must touch the text: leading/trailing spaces go outside them.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
  if (!core) return r.text;
  let text = escapeText(core);
  if (r.strike) text = `~~${text}~~`;
  if (r.italic) text = `*${text}*`;
  if (r.bold) text = `**${text}**`;
  return lead + wrapLink(text, r.link) + trail;
}

function wrapLink(text: string, link: string | null): string {
  return link ? `[${text}](<${link.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
}

function inline(content: readonly Inline[], lineBreak: string): string {
  return content.map((i) => (i.kind === 'break' ? lineBreak : run(i))).join('');
}

function paragraph(content: readonly Inline[]): string {
  return inline(content, '\\\n')
    .split('\n')
    .map((line, i) => (i === 0 ? escapeLineStart(line) : line))
    .join('\n');
}

/** A table cell: one line, blocks joined with <br>. */
function cell(blocks: readonly Block[], labels: ExportLabels): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return inline(b.content, '<br>');
        case 'list':
          return b.items.map((item) => cell(item, labels)).join('<br>');
        case 'quote':
          return cell(b.blocks, labels);
        case 'code':
          return escapeText(b.text).replace(/\n/g, '<br>');
        case 'figure':
          return escapeText(figureStatusText(b.content, labels) ?? (b.content?.status === 'ok' ? b.content.title : ''));
        case 'table':
        case 'rule':
          // A table inside a table cell has no Markdown form; a rule says nothing in one line.
          return '';
      }
    })
    .filter((s) => s !== '')
    .join('<br>')
    .replace(/\n/g, ' ');
}

function gfmTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(1, header.length, ...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...rows.map(line)].join('\n');
}

function figureStatusText(content: FigureContent | null, labels: ExportLabels): string | null {
  if (!content || content.status === 'hidden') return labels.notVisible;
  if (content.status === 'invalid') return labels.invalidFigure;
  return null;
}

function figure(content: FigureContent | null, labels: ExportLabels): string {
  const status = figureStatusText(content, labels);
  if (status !== null || content?.status !== 'ok') return `*${escapeText(status ?? labels.notVisible)}*`;
  const parts = [`**${escapeText(content.title)}**`];
  parts.push(content.rows.length ? gfmTable(content.columns.map(escapeText), content.rows.map((r) => r.map(escapeText))) : `*${escapeText(labels.noRows)}*`);
  for (const note of content.notes) parts.push(`*${escapeText(note)}*`);
  return parts.join('\n\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : by + line))
    .join('\n');
}

function renderBlock(b: Block, labels: ExportLabels): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.content, ' ')}`.trimEnd();
    case 'paragraph':
      return paragraph(b.content);
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${b.start + i}. ` : '- ';
          const body = renderBlocks(item, labels, '\n');
          return marker + indent(body, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'quote':
      return renderBlocks(b.blocks, labels, '\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'code': {
      const longest = Math.max(2, ...(b.text.match(/`+/g) ?? []).map((m) => m.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${b.text}\n${fence}`;
    }
    case 'table': {
      if (!b.rows.length) return '';
      const [head, ...body] = b.rows.map((row) => row.cells.map((c) => cell(c.blocks, labels)));
      return gfmTable(head!, body);
    }
    case 'rule':
      return '---';
    case 'figure':
      return figure(b.content, labels);
  }
}

function renderBlocks(blocks: readonly Block[], labels: ExportLabels, separator: string): string {
  return blocks
    .map((b) => renderBlock(b, labels))
    .filter((s) => s !== '')
    .join(separator);
}

/** The whole export: the content, then the line saying when the figures were computed. */
export function renderMarkdown(doc: MarkdownExport): string {
  const body = renderBlocks(doc.blocks, doc.labels, '\n\n');
  const asOf = `*${escapeText(doc.labels.figuresAsOf(doc.figuresAsOf))}*`;
  return `${body ? `${body}\n\n` : ''}${asOf}\n`;
}

import { describe, expect, it } from 'vitest';
import { documentBlocks, figureBlocks, type DocJsonElement, type DocJsonNode, type DocJsonText } from './document-tree';
import { exportDateTime, exportFilename, exportLabels, exportNumber, exportPercent } from './export-labels';
import { renderMarkdown } from './markdown';

const el = (type: string, content: DocJsonNode[] = [], attrs: Record<string, unknown> = {}): DocJsonElement => ({ type, attrs, content });
const t = (text: string, marks: Record<string, unknown> = {}): DocJsonText => ({ text, marks });
const p = (...content: DocJsonNode[]) => el('paragraph', content);
const li = (...content: DocJsonNode[]) => el('listItem', content);

const AS_OF = '5 december 2026 19:22';
const md = (fragment: DocJsonNode[]) => renderMarkdown({ blocks: documentBlocks(fragment), labels: exportLabels('nl'), figuresAsOf: AS_OF });

describe('document blocks', () => {
  it('reads headings, lists, quotes, tables and rules as y-prosemirror stores them', () => {
    const blocks = documentBlocks([
      el('heading', [t('Doel')], { level: '2' }),
      el('bulletList', [li(p(t('een'))), li(p(t('twee')))]),
      el('blockquote', [p(t('citaat'))]),
      el('table', [el('tableRow', [el('tableHeader', [p(t('A'))]), el('tableCell', [p(t('B'))])])]),
      el('horizontalRule'),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'list', 'quote', 'table', 'rule']);
    expect(blocks[0]).toMatchObject({ level: 2 });
    expect(blocks[3]).toMatchObject({ rows: [{ cells: [{ header: true }, { header: false }] }] });
  });

  it('leaves comment marks out, also the hashed form of overlapping marks, and keeps the text', () => {
    const [block] = documentBlocks([p(t('voor '), t('besproken', { comment: { threadId: 'x' } }), t(' na', { 'comment--a1b2': { threadId: 'y' } }))]);
    expect(block).toEqual({ kind: 'paragraph', content: [expect.objectContaining({ text: 'voor besproken na', bold: false })] });
  });

  it('keeps only http, https and mailto links', () => {
    const [block] = documentBlocks([p(t('a', { link: { href: 'https://example.org' } }), t('b', { link: { href: 'javascript:alert(1)' } }))]);
    expect(block).toMatchObject({ content: [{ text: 'a', link: 'https://example.org' }, { text: 'b', link: null }] });
  });

  it('parses live figures, and finds them inside lists and tables in document order', () => {
    const blocks = documentBlocks([
      el('liveFigure', [], { figure: 'material', materialId: 'm1' }),
      el('bulletList', [li(el('liveFigure', [], { figure: 'unknown' }))]),
    ]);
    const figures = figureBlocks(blocks);
    expect(figures.map((f) => f.ref)).toEqual([{ figure: 'material', materialId: 'm1' }, null]);
  });

  it('keeps the text of a node it does not know', () => {
    expect(documentBlocks([el('details', [t('verborgen tekst')])])).toMatchObject([{ kind: 'paragraph', content: [{ text: 'verborgen tekst' }] }]);
  });
});

describe('Markdown export', () => {
  it('renders a small document exactly, with the line saying when the figures were computed', () => {
    const fragment: DocJsonNode[] = [
      el('heading', [t('Routekaart')], { level: 1 }),
      p(t('Zie '), t('de bron', { link: { href: 'https://example.org/a b' } }), t(' en '), t('vet', { bold: {} }), t(' of '), t('schuin ', { italic: {} }), t('x')),
      el('orderedList', [li(p(t('eerste')), el('bulletList', [li(p(t('binnen')))])), li(p(t('tweede')))], { start: 3 }),
      el('blockquote', [p(t('citaat'), el('hardBreak'), t('regel 2'))]),
      el('table', [
        el('tableRow', [el('tableHeader', [p(t('Land'))]), el('tableHeader', [p(t('Aandeel'))])]),
        el('tableRow', [el('tableCell', [p(t('CN | 1'))]), el('tableCell', [p(t('70%'))])]),
      ]),
      el('horizontalRule'),
      el('liveFigure', [], { figure: 'material', materialId: 'm1' }),
    ];
    const blocks = documentBlocks(fragment);
    figureBlocks(blocks)[0]!.content = { status: 'hidden' };
    expect(renderMarkdown({ blocks, labels: exportLabels('nl'), figuresAsOf: AS_OF })).toBe(
      [
        '# Routekaart',
        '',
        'Zie [de bron](<https://example.org/a%20b>) en **vet** of *schuin* x',
        '',
        '3. eerste',
        '   - binnen',
        '4. tweede',
        '',
        '> citaat\\',
        '> regel 2',
        '',
        '| Land | Aandeel |',
        '| --- | --- |',
        '| CN \\| 1 | 70% |',
        '',
        '---',
        '',
        '*Dit figuur is niet zichtbaar voor u.*',
        '',
        '*Cijfers per 5 december 2026 19:22*',
        '',
      ].join('\n'),
    );
  });

  it('renders a resolved figure as a titled table with its notes', () => {
    const blocks = documentBlocks([el('liveFigure', [], { figure: 'scenario', scenarioId: 's1' })]);
    figureBlocks(blocks)[0]!.content = { status: 'ok', title: 'Scenario: boycot', columns: ['Platform', 'Tekort'], rows: [['Fregat', '20%']], notes: ['2 items vallen uit'] };
    expect(renderMarkdown({ blocks, labels: exportLabels('en'), figuresAsOf: '5 December 2026 19:22' })).toBe(
      '**Scenario: boycot**\n\n| Platform | Tekort |\n| --- | --- |\n| Fregat | 20% |\n\n*2 items vallen uit*\n\n*Figures as of 5 December 2026 19:22*\n',
    );
  });

  it('escapes what the writer typed so it never becomes formatting', () => {
    expect(md([p(t('# geen kop *ook* geen [link](x)')), p(t('1. geen lijst'))])).toBe(
      '\\# geen kop \\*ook\\* geen \\[link\\](x)\n\n1\\. geen lijst\n\n*Cijfers per 5 december 2026 19:22*\n',
    );
  });

  it('renders an empty document as the figures line only', () => {
    expect(md([])).toBe('*Cijfers per 5 december 2026 19:22*\n');
  });
});

describe('export labels', () => {
  it('writes date and time in Amsterdam time, Dutch or English', () => {
    const at = new Date('2026-12-05T18:22:00Z');
    expect(exportDateTime(at, 'nl')).toBe('5 december 2026 19:22');
    expect(exportDateTime(at, 'en')).toBe('5 December 2026 19:22');
    expect(exportDateTime(new Date('2026-07-01T08:05:00Z'), 'nl')).toBe('1 juli 2026 10:05');
  });

  it('formats numbers with the locale decimal separator', () => {
    expect(exportNumber(1234.567, 'nl')).toBe('1.234,57');
    expect(exportNumber(1234.567, 'en')).toBe('1,234.57');
    expect(exportPercent(0.425, 'nl')).toBe('42,5%');
    expect(exportNumber(null, 'nl')).toBe('–');
  });
});

describe('export file names', () => {
  it.each([
    ['Routekaart Militaire schepen — concept', 'routekaart-militaire-schepen-concept-2026-12-05.docx'],
    ['Ëén café', 'een-cafe-2026-12-05.docx'],
    ['   ', 'document-2026-12-05.docx'],
  ])('makes %j a safe file name', (title, expected) => {
    expect(exportFilename(title, '2026-12-05', 'docx')).toBe(expected);
  });
});

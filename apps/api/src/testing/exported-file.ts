import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text a person reads in an exported file (the API answers files base64-encoded): Markdown and
 * CSV as they are, a PDF through `pdftotext` (poppler-utils), a Word document's paragraphs from
 * `word/document.xml` (one line per paragraph, tags stripped), a spreadsheet's cell texts (XLSX).
 */
export function exportedFileText(contentType: string, base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  if (contentType.startsWith('text/')) return bytes.toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'exported-'));
  try {
    const path = join(dir, 'file');
    writeFileSync(path, bytes);
    if (contentType === 'application/pdf') return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
    if (contentType.includes('wordprocessingml')) {
      const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
      return xml
        .replace(/<w:p[ >]/g, '\n$&')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
    }
    if (contentType.includes('spreadsheetml')) {
      // The cells' text: shared strings in their order, then each sheet's inline values, a line per row.
      const entries = execFileSync('unzip', ['-Z1', path]).toString('utf8').split('\n');
      const parts = ['xl/sharedStrings.xml', ...entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e)).sort()].filter((e) => entries.includes(e));
      return parts
        .map((part) =>
          execFileSync('unzip', ['-p', path, part])
            .toString('utf8')
            .replace(/<(?:si|row)[ >]/g, '\n$&')
            .replace(/<\/(?:t|v)>/g, '\t')
            .replace(/<[^>]+>/g, '')
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        )
        .join('\n');
    }
    return `<${bytes.length} bytes of ${contentType}>`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The "figures as of" line of a document export, its moment replaced (it is made during the run). */
export function withoutExportMoment(text: string): string {
  return text.replace(/(Cijfers per|Figures as of) \d{1,2} \p{L}+ \d{4} \d{2}:\d{2}/gu, '$1 <time>');
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// poppler-utils (pdftotext, pdfinfo, pdftoppm) read back what a person would see in the PDF.
const run = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${cmd} not found: apt-get install -y poppler-utils`);
    }
    throw err;
  }
};

export interface PdfFile {
  path: string;
  text: string;
  pages: number;
  pageSize: string;
  /** One PNG per page at 60 dpi, for looking at. */
  pngs: string[];
}

/** Writes the PDF, extracts its text (layout kept, so table rows stay on one line) and its pages as PNGs. */
export function readPdf(dir: string, name: string, base64: string): PdfFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  const info = run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '';
  const text = run('pdftotext', ['-layout', path, '-']);
  run('pdftoppm', ['-r', '60', '-png', path, join(dir, name)]);
  const pngs = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(dir, f));
  return { path, text, pages, pageSize, pngs };
}

/** pdftotext keeps the layout's spaces: compare text with all white space taken out. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The text a reader sees in a PDF (poppler's pdftotext), narrow and non-breaking spaces made plain.
 * `layout` keeps the columns; `raw` gives content-stream order with the whitespace collapsed, for
 * phrases that the layout may break across columns.
 */
export function pdfText(buffer: Buffer, mode: 'layout' | 'raw' = 'layout'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, buffer);
  try {
    const text = execFileSync('pdftotext', [`-${mode}`, file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
    return mode === 'raw' ? text.replace(/\s+/g, ' ') : text;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** supertest parser that keeps a binary body as a Buffer: `.buffer(true).parse(binary as never)`. */
export function binary(res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

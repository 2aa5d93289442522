/**
 * Writes every fixture document as a PDF into a folder, to look at the layout:
 *   npm run build -w server && node server/dist/documents/pdf/preview.js /tmp/pdf-preview
 *   pdftoppm -r 60 -png /tmp/pdf-preview/invoice-b2b-fr.pdf /tmp/pdf-preview/invoice-b2b-fr
 * Optional further arguments keep only the named fixtures (invoice-b2b-fr quote …).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, asDraft, invoiceB2bFr } from './fixtures/index.js';
import { renderDocumentPdf } from './pdf-renderer.js';

async function main(): Promise<void> {
  const [dir, ...only] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node server/dist/documents/pdf/preview.js OUTPUT_DIR [fixture…]\n');
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(dir, { recursive: true });
  const fixtures = { ...FIXTURES, 'invoice-draft': asDraft(invoiceB2bFr) };
  const creationDate = new Date('2026-03-16T09:00:00Z');
  for (const [name, model] of Object.entries(fixtures)) {
    if (only.length && !only.includes(name)) continue;
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, await renderDocumentPdf(model, { creationDate }));
    process.stdout.write(`${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

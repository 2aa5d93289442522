import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DocumentTexts, fillPlaceholders } from './document-texts.js';

describe(DocumentTexts.name, () => {
  const texts = DocumentTexts.load();

  it('reads templates/texts and has the same texts in French and English', () => {
    const keys = (lang: string) => texts.keys().filter((k) => k.startsWith(`${lang}:`)).map((k) => k.slice(3)).sort();
    expect(keys('fr').length).toBeGreaterThan(30);
    expect(keys('en')).toEqual(keys('fr'));
  });

  it('fills placeholders and refuses a missing value', () => {
    expect(texts.text('fr', 'invoice.credit-note-reference', { invoiceNumber: 'FA-1', invoiceDate: '01/02/2026' })).toBe('Avoir sur facture N° FA-1 du 01/02/2026.');
    expect(() => texts.text('fr', 'invoice.credit-note-reference', { invoiceNumber: 'FA-1' })).toThrow(/invoiceDate/);
    expect(() => texts.text('fr', 'invoice.nope')).toThrow(/no text "invoice.nope"/);
    expect(fillPlaceholders('{{ a }}-{{b}}', { a: 1, b: 'x' })).toBe('1-x');
  });

  it('splits paragraphs on blank lines, joins wrapped lines and drops comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'texts-'));
    for (const lang of ['fr', 'en']) {
      fs.mkdirSync(path.join(dir, lang));
      fs.writeFileSync(path.join(dir, lang, 'demo.md'), '# Title\nnot printed\n\n## key\n<!-- editor note -->\nline one\nline two\n\nsecond {{x}}\n## other\nok\n');
    }
    const custom = DocumentTexts.load(dir);
    expect(custom.paragraphs('fr', 'demo.key', { x: 'para' })).toEqual(['line one line two', 'second para']);
    expect(custom.text('en', 'demo.other')).toBe('ok');
    expect(custom.has('fr', 'demo.Title')).toBe(false);
  });
});

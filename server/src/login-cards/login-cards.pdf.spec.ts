import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { frenchStart, renderLoginCards } from './login-cards.pdf.js';

function pdfText(buffer: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cards-')), 'c.pdf');
  fs.writeFileSync(file, buffer);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('login cards PDF', () => {
  it('writes the start in French, Paris time, summer and winter', () => {
    expect(frenchStart('2026-03-16T07:30:00.000Z')).toBe('lundi 16 mars 2026 à 08:30');
    expect(frenchStart('2026-07-01T06:05:00.000Z')).toBe('mercredi 1 juillet 2026 à 08:05');
  });

  (hasPdftotext ? it : it.skip)('puts 8 cards per page with every credential readable', async () => {
    const cards = Array.from({ length: 9 }, (_, i) => ({
      title: `Candidate ${i + 1}`,
      candidateNumber: `2026-${String(i + 1).padStart(3, '0')}`,
      username: `s12-2026${String(i + 1).padStart(3, '0')}`,
      password: `abcd-efg${i + 2}-hjkm`,
    }));
    cards.push({ title: 'Long', candidateNumber: 'X'.repeat(30), username: `s123-${'x'.repeat(30)}`, password: 'wxyz-wxyz-wxyz' });
    const pdf = await renderLoginCards({ sessionName: 'Session de mars', scenarioTitle: 'Bureau Plus', startsAt: 'lundi 16 mars 2026 à 08:30', appUrl: 'https://comptoir.example.fr', cards });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(2);
    expect(pages[0].match(/CARTE DE CONNEXION/g)).toHaveLength(8);
    for (const c of cards) {
      expect(text).toContain(c.username);
      expect(text).toContain(c.password);
    }
    expect(text).toContain('lundi 16 mars 2026 à 08:30');
    expect(text).toContain('https://comptoir.example.fr');
    expect(text).toContain('journal');
  });
});

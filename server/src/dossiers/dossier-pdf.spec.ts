import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { DossierCover } from './dossier-cover';
import type { DossierData } from './dossier-data';
import { renderDossierPdf } from './dossier-pdf';

/** pdftotext, one string per page. */
function pages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-spec-'));
  try {
    fs.writeFileSync(path.join(dir, 'd.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ').split('\f');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A small PDF of `count` pages, each saying which statement and page it is. */
async function statementPdf(n: number, count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= count; p++) doc.addPage([595.28, 841.89]).drawText(`STATEMENT-${n} PAGE-${p}`, { x: 60, y: 700, size: 14, font });
  return doc.save();
}

const cover: DossierCover = {
  reference: '0042', title: 'Dossier du candidat', rows: [['Session', 'Juin 2026'], ['Candidat', 'Candidat n° 0042 — Léa Test']],
  fingerprint: 'f'.repeat(64), fingerprintNote: 'Empreinte SHA-256 du fichier noté.', generatedAt: 'lundi 15 juin 2026 à 18:00',
};

describe('renderDossierPdf', () => {
  it('numbers the pages and points every table-of-contents entry at its page, over several TOC pages', async () => {
    const productions: DossierData['productions'] = [];
    for (let n = 1; n <= 70; n++) productions.push({ kind: 'statement', messageId: n, title: `Relevé R${n}`, sentAt: '2026-03-16T10:00:00', pdf: await statementPdf(n, n % 3 === 0 ? 2 : 1) });
    const data: DossierData = {
      productions,
      emails: [{ sentAt: '2026-03-16T10:00:00', channel: 'email', to: 'Client <c@example.fr>', subject: 'Objet du message', body: 'Bonjour,\n\nCorps du message.', attachments: ['R1.pdf'] }],
      crm: [],
      journal: Array.from({ length: 120 }, (_, i) => ({
        id: i + 1, at: '2026-06-15T08:00:00.000Z', scenarioAt: '2026-03-16T08:30:00', username: 's1-0042', role: 'candidate', resource: 'quotes', recordId: String(i + 1), action: 'create', label: `Devis brouillon ${i + 1}`,
      })),
      chain: { ok: true, count: 120 },
    };
    const pdf = await renderDossierPdf({ cover, data, checks: null, creationDate: new Date('2026-03-16T10:00:00Z') });
    const text = pages(pdf);
    const total = (await PDFDocument.load(pdf)).getPageCount();
    expect(text.filter((p) => p.trim())).toHaveLength(total);

    // 75 entries: the table of contents takes two pages (2 and 3); productions start on page 4.
    expect(text[1]).toContain('Sommaire');
    const toc = [...text[1].split('\n'), ...text[2].split('\n')];
    const pageOf = (needle: string) => Number(/(\d+)\s*$/.exec(toc.find((l) => l.includes(needle))!)![1]);
    expect(pageOf('Productions du candidat (70)')).toBe(4);
    for (const n of [1, 2, 3, 45, 69, 70]) {
      const page = pageOf(`Relevé R${n} —`);
      expect(text[page - 1]).toContain(`STATEMENT-${n} PAGE-1`);
      if (n % 3 === 0) expect(text[page]).toContain(`STATEMENT-${n} PAGE-2`);
    }
    expect(text[pageOf('E-mails et envois') - 1]).toContain('Objet du message');
    expect(text[pageOf('Entrées CRM') - 1]).toContain('Aucune entrée CRM.');
    expect(text[pageOf('Contrôles du scénario') - 1]).toContain('Contrôles du scénario : non disponibles.');
    const journal = pageOf('Journal d’activité (120 entrées)');
    expect(text[journal - 1]).toContain('Vérification de la chaîne : intègre');
    expect(text[total - 1]).toContain('Devis brouillon 120');
    text.filter((p) => p.trim()).forEach((p, i) => expect(p).toContain(`page ${i + 1} / ${total}`));
  });

  it('says when the journal chain is broken, and lists checks with their evidence', async () => {
    const data: DossierData = { productions: [], emails: [], crm: [], journal: [], chain: { ok: false, count: 12, brokenAtId: 7 } };
    const checks = [
      { id: 'devis-ok', label: 'Devis établi', criterion: 'C1', kind: 'exists' as const, points: 2, passed: true, evidence: 'Devis DEV-2026-0001', details: 'Trouvé.', record: null },
      { id: 'avoir', label: 'Avoir établi', criterion: 'C2', kind: 'exists' as const, points: 1, passed: false, evidence: null, details: 'Aucun avoir.', record: null },
    ];
    const text = pages(await renderDossierPdf({ cover, data, checks, creationDate: new Date() })).join('\n');
    expect(text).toContain('ROMPUE à l’entrée n° 7');
    expect(text).toContain('Productions du candidat (0)');
    expect(text).toMatch(/1 contrôle réussi sur 2 — 2 points sur 3\./);
    expect(text).toContain('✔ Réussi');
    expect(text).toContain('✘ Non réussi');
    expect(text).toContain('Preuve : Devis DEV-2026-0001');
  });
});

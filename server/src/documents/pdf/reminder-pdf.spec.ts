import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reminderB2bLevel2, reminderFormalNotice } from './fixtures/reminders.fixture.js';
import { renderReminderPdf } from './reminder-pdf.js';

/** Renders the reminder fixtures and reads them back with poppler, as a jury's reader would. */
const creationDate = new Date('2026-04-30T09:00:00Z');
const tmp = process.env.REMINDER_PDF_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-reminder-'));
afterAll(() => {
  if (!process.env.REMINDER_PDF_DIR) fs.rmSync(tmp, { recursive: true, force: true });
});

function text(pdf: Buffer, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

describe(renderReminderPdf.name, () => {
  it('prints the level 2 letter with its letterhead, table, claim, steps, deadline, signature and legal footer', async () => {
    const pdf = await renderReminderPdf(reminderB2bLevel2, { creationDate });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const t = text(pdf, 'reminder-b2b-level-2');
    for (const expected of [
      'Relance n° 2', 'Bureau Plus Distribution', 'SIREN 864 909 262 RCS Lyon', 'Cabinet Moreau & Associés', '45 rue de la Villette',
      'Lyon, le 30 avril 2026', 'FA-2026-00042', '15/01/2026', '2 400,00 €', '16/03/2026', '12,15 %', 'du 17/03/2026 au 30/04/2026', '35,95 €',
      '80,00 €', 'Total réclamé', '3 129,49 €', 'Relance n° 1 envoyée par e-mail le 23/03/2026', 'au plus tard le 08/05/2026',
      'IBAN FR76 1382 5002 0008 7712 3456 738', 'Marc Durand, Président', 'SAS au capital de 80 000 €', 'Page 1 / 1',
    ]) {
      expect(t).toContain(expected);
    }
  });

  it('prints the formal notice title and the registered-mail mention', async () => {
    const t = text(await renderReminderPdf(reminderFormalNotice, { creationDate }), 'reminder-formal-notice');
    expect(t).toContain('MISE EN DEMEURE DE PAYER');
    expect(t).toContain('LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION');
    expect(t).toContain('injonction de payer');
  });
});

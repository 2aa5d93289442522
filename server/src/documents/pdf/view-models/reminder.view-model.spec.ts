import { DocumentTexts } from '../document-texts.js';
import { reminderB2bLevel2, reminderB2cLevel2, reminderEnLevel1, reminderFormalNotice } from '../fixtures/reminders.fixture.js';
import { norm } from '../fixtures/view-model-text.fixture.js';
import { longDate, reminderViewModel, type ReminderViewModel } from './reminder.view-model.js';

const texts = DocumentTexts.load();

/** Every string the letter prints, normalised, joined by new lines. */
function printed(vm: ReminderViewModel): string {
  const out = [
    vm.title, vm.sendingMode ?? '', ...vm.seller.lines, ...vm.seller.identity, ...vm.meta.map((m) => `${m.label} ${m.value}`),
    ...vm.parties.flatMap((p) => [p.title, ...p.lines]), vm.placeAndDate, vm.subject, vm.contactLine, vm.salutation, ...vm.opening,
    vm.invoicesTable.headers.join(' | '), ...vm.invoicesTable.rows.map((r) => r.join(' | ')),
    ...vm.claim.rows.map((r) => `${r.label} = ${r.value}`),
    ...[vm.steps, vm.demand, vm.consequences].flatMap((s) => [s.title ?? '', ...s.paragraphs]),
    vm.closing, ...vm.signatureLines, ...vm.footer,
  ];
  return out.filter(Boolean).map(norm).join('\n');
}

describe('reminderViewModel — firm reminder (level 2) to a French business client (legal-fr §3.2)', () => {
  const vm = reminderViewModel(reminderB2bLevel2, texts);
  const text = printed(vm);

  it('1. identifies the creditor (name, legal form, capital, address, SIREN/RCS, contact) and the debtor with its address', () => {
    expect(vm.seller.name).toBe('Bureau Plus Distribution');
    expect(text).toContain('SAS — capital 80 000 €');
    expect(text).toContain('48 avenue Jean Jaurès');
    expect(text).toContain('69007 Lyon');
    expect(text).toContain('SIREN 864 909 262 RCS Lyon');
    expect(text).toContain('Affaire suivie par : Service administration des ventes — Tél. 04 65 71 20 00 — contact@bureauplus-distribution.fr');
    expect(vm.parties[0].lines).toEqual(['Cabinet Moreau & Associés', "À l'attention de Mme Hélène Moreau", '45 rue de la Villette', '69003 Lyon', 'SIREN 433 364 650', 'N° TVA intracom. FR52433364650']);
    expect(vm.salutation).toBe('Madame Moreau,');
  });

  it('2. is titled "Relance n° 2", sent by ordinary mail', () => {
    expect(vm.title).toBe('Relance n° 2');
    expect(vm.sendingMode).toBeNull();
    expect(vm.subject).toBe('Objet : Relance n° 2 — facture(s) impayée(s) FA-2026-00042, FA-2026-00051');
  });

  it('3. lists each unpaid invoice: number, issue date, amount TTC, initial due date, paid, balance, days late', () => {
    expect(vm.invoicesTable.headers).toEqual(['Facture', 'Date', 'Montant TTC', 'Échéance initiale', 'Déjà réglé', 'Solde dû', 'Jours de retard']);
    expect(vm.invoicesTable.rows.map((r) => r.map(norm))).toEqual([
      ['FA-2026-00042', '15/01/2026', '2 400,00 €', '16/03/2026', '0,00 €', '2 400,00 €', '45'],
      ['FA-2026-00051', '02/02/2026', '900,00 €', '04/03/2026', '300,00 €', '600,00 €', '57'],
      ['Total', '', '3 300,00 €', '', '300,00 €', '3 000,00 €', ''],
    ]);
  });

  it('4. breaks the claim down: principal + penalties (rate, period, amount) + 40 € per invoice = total', () => {
    expect(vm.claim.rows.map((r) => `${norm(r.label)} = ${norm(r.value)}`)).toEqual([
      'Principal (solde des factures) = 3 000,00 €',
      "Pénalités de retard FA-2026-00042 : 12,15 % l'an, du 17/03/2026 au 30/04/2026 (45 jours) = 35,95 €",
      "Pénalités de retard FA-2026-00051 : 12,15 % l'an, du 05/03/2026 au 30/04/2026 (57 jours) = 13,54 €",
      'Indemnité forfaitaire pour frais de recouvrement : 40 € × 2 factures (art. D441-5 du Code de commerce) = 80,00 €',
      'Total réclamé = 3 129,49 €',
    ]);
    expect(vm.claim.rows.at(-1)!.strong).toBe(true);
  });

  it('5. recalls the steps already taken, with dates and the promise made on the phone', () => {
    expect(vm.steps.title).toBe('Démarches déjà effectuées');
    expect(vm.steps.paragraphs.map(norm)).toEqual([
      'Relance n° 1 envoyée par e-mail le 23/03/2026.',
      'Appel téléphonique du 02/04/2026 : vous vous êtes engagé à régler 1 500,00 € le 10/04/2026.',
    ]);
  });

  it('6. gives the new deadline and the payment details (IBAN, BIC, reference = invoice numbers)', () => {
    expect(norm(vm.demand.paragraphs[0])).toBe('Nous vous demandons de nous régler la somme de 3 129,49 € au plus tard le 08/05/2026.');
    expect(vm.demand.paragraphs[1]).toBe(
      'Règlement par virement : IBAN FR76 1382 5002 0008 7712 3456 738 — BIC CEPAFRPP382 — titulaire Bureau Plus Distribution, en indiquant la référence FA-2026-00042, FA-2026-00051.',
    );
    expect(vm.meta).toContainEqual({ label: 'À régler avant le', value: '08/05/2026' });
  });

  it('7. states the consequences of a level 2: penalties applied, formal notice next', () => {
    const consequences = vm.consequences.paragraphs.join(' ');
    expect(consequences).toContain('vous sont appliquées');
    expect(consequences).toContain('mise en demeure par lettre recommandée');
    expect(consequences).toContain('L441-10 et D441-5');
  });

  it('8. is dated and placed ("Lyon, le 30 avril 2026") and signed by an authorised person', () => {
    expect(vm.placeAndDate).toBe('Lyon, le 30 avril 2026');
    expect(vm.signatureLines).toEqual(['Pour Bureau Plus Distribution,', 'Marc Durand, Président']);
  });

  it('repeats the legal identity of the creditor at the foot of every page', () => {
    expect(norm(vm.footer[0])).toContain('Bureau Plus Distribution — SAS au capital de 80 000 €');
  });
});

describe('reminderViewModel — variants', () => {
  it('never claims the 40 € indemnity from a consumer (B2C)', () => {
    const vm = reminderViewModel(reminderB2cLevel2, texts);
    const text = printed(vm);
    expect(text).not.toMatch(/Indemnité forfaitaire/i);
    expect(text).not.toContain('40 €');
    expect(text).not.toContain('D441-5');
    expect(norm(vm.claim.rows.at(-1)!.value)).toBe('3 049,49 €');
    expect(vm.salutation).toBe('Madame, Monsieur,');
  });

  it('makes the formal notice explicit: title, registered mail, "mise en demeure", injonction de payer, additional costs', () => {
    const vm = reminderViewModel(reminderFormalNotice, texts);
    expect(vm.title).toBe('MISE EN DEMEURE DE PAYER');
    expect(vm.sendingMode).toBe('Lettre recommandée avec accusé de réception');
    const consequences = vm.consequences.paragraphs.join(' ');
    expect(consequences).toContain('vaut mise en demeure');
    expect(consequences).toContain('injonction de payer');
    expect(consequences).toContain('frais de procédure et de recouvrement');
    expect(vm.demand.paragraphs[0]).toMatch(/^Nous vous mettons en demeure de nous régler/);
    expect(vm.steps.paragraphs.at(-1)).toBe('Relance n° 2 envoyée par courrier le 15/04/2026.');
  });

  it('writes an English letter for an English-speaking client: English title, dates and wording, amounts in €', () => {
    const vm = reminderViewModel(reminderEnLevel1, texts);
    expect(vm.title).toBe('Payment reminder no. 1');
    expect(vm.placeAndDate).toBe('Lyon, 30 April 2026');
    expect(vm.invoicesTable.rows[0]).toEqual(['FA-2026-00042', '15 Jan 2026', '€2,400.00', '16 Mar 2026', '€0.00', '€2,400.00', '45']);
    expect(vm.claim.rows.at(-1)).toMatchObject({ label: 'Total amount claimed', value: '€3,129.49' });
    expect(vm.steps.paragraphs).toEqual(['No previous step: this letter is our first reminder.']);
    expect(vm.consequences.paragraphs[0]).toMatch(/^This may simply be an oversight/);
    expect(reminderViewModel({ ...reminderEnLevel1, level: 2, kind: 'letter' }, texts).title).toBe('Second payment reminder');
    expect(reminderViewModel({ ...reminderEnLevel1, level: 3, kind: 'formal_notice' }, texts).title).toBe('FORMAL NOTICE — Final notice before legal action');
  });

  it('prints French long dates with "1er"', () => {
    expect(longDate('2026-04-01', 'fr')).toBe('1er avril 2026');
    expect(longDate('2026-03-16', 'fr')).toBe('16 mars 2026');
  });
});

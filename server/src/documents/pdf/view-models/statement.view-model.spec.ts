import { statementFigures } from '../../../statements/statement-ledger.js';
import { DocumentTexts } from '../document-texts.js';
import { buyerB2bFr, buyerB2c, seller } from '../fixtures/parties.fixture.js';
import { norm } from '../fixtures/view-model-text.fixture.js';
import { labelsFor } from '../labels/index.js';
import { entryLabel, statementViewModel, type StatementDocumentModel, type StatementViewModel } from './statement.view-model.js';

const texts = DocumentTexts.load();

const figures = statementFigures({
  from: '2026-01-01',
  to: '2026-03-16',
  invoices: [
    { id: 1, number: 'FA-2025-0090', type: 'invoice', date: '2025-12-10', dueDate: '2026-01-09', grossCents: 120000 },
    { id: 2, number: 'FA-2026-0004', type: 'invoice', date: '2026-01-20', dueDate: '2026-02-19', grossCents: 60000 },
    { id: 3, number: 'FA-2026-0011', type: 'deposit', date: '2026-03-10', dueDate: '2026-03-10', grossCents: 24000 },
  ],
  creditNotes: [{ id: 7, number: 'AV-2026-0002', date: '2026-01-25', grossCents: 12000, invoiceId: 2, invoiceNumber: 'FA-2026-0004' }],
  payments: [
    { id: 2, date: '2026-02-10', amountCents: 120000, method: 'transfer', reference: 'VIR-9', allocations: [{ invoiceId: 1, amountCents: 120000 }] },
    { id: 3, date: '2026-03-12', amountCents: 30000, method: 'cheque', reference: null, allocations: [{ invoiceId: 2, amountCents: 20000 }] },
  ],
});
const model: StatementDocumentModel = { language: 'fr', date: '2026-03-16', seller, buyer: buyerB2bFr, penaltyRateBp: 1215, figures };

const allText = (vm: StatementViewModel) =>
  norm(
    [
      vm.frame.title, ...vm.frame.meta.map((m) => `${m.label} ${m.value}`), ...vm.frame.parties.flatMap((p) => p.lines), ...vm.frame.footer,
      ...[...vm.intro, ...vm.sections].flatMap((s) => [s.title ?? '', ...s.paragraphs]), ...vm.ledger.rows.map((r) => r.cells.join(' | ')),
      ...vm.summary.map((r) => `${r.label} ${r.value}`), ...vm.split.rows.map((r) => r.join(' | ')), ...(vm.overdue?.rows.map((r) => r.join(' | ')) ?? []),
    ].join('\n'),
  );

describe('statementViewModel (legal-fr §2.4)', () => {
  const vm = statementViewModel(model, texts);
  const text = allText(vm);

  it('is titled RELEVÉ DE COMPTE with the statement date, client code and period, and the client block', () => {
    expect(vm.frame.title).toBe('RELEVÉ DE COMPTE');
    expect(vm.frame.meta.map((m) => `${m.label}: ${norm(m.value)}`)).toEqual(['Date du relevé: 16/03/2026', 'Code client: C0001', 'Période du: 01/01/2026', 'au: 16/03/2026']);
    expect(vm.frame.parties[0].lines).toEqual(expect.arrayContaining(['Cabinet Moreau & Associés', '45 rue de la Villette', 'SIREN 433 364 650']));
    expect(vm.frame.fileTitle).toBe('Relevé de compte C0001 16/03/2026');
    expect(text).toContain('SIREN 864 909 262 RCS Lyon');
  });

  it('prints the opening row, one row per document with its label and due date, and the closing row', () => {
    expect(vm.ledger.rows.map((r) => norm(r.cells.join(' | ')))).toEqual([
      '01/01/2026 | | Solde antérieur | | | | 1 200,00 €',
      '20/01/2026 | FA-2026-0004 | Facture | 19/02/2026 | 600,00 € | | 1 800,00 €',
      '25/01/2026 | AV-2026-0002 | Avoir sur facture FA-2026-0004 | | | 120,00 € | 1 680,00 €',
      '10/02/2026 | VIR-9 | Règlement par virement bancaire | | | 1 200,00 € | 480,00 €',
      "10/03/2026 | FA-2026-0011 | Facture d'acompte | 10/03/2026 | 240,00 € | | 720,00 €",
      '12/03/2026 | | Règlement par chèque | | | 300,00 € | 420,00 €',
      '16/03/2026 | | Solde au 16/03/2026 | | 840,00 € | 1 620,00 € | 420,00 €',
    ]);
    expect(vm.ledger.headers).toEqual(['Date', 'Document', 'Libellé', 'Échéance', 'Débit', 'Crédit', 'Solde']);
    expect(vm.ledger.empty).toBeNull();
  });

  it('splits the closing balance into not due, overdue and unallocated credit, and lists the overdue invoices', () => {
    expect(vm.summary.map((r) => `${r.label} ${norm(r.value)}`)).toEqual(['Solde antérieur 1 200,00 €', 'Total débit 840,00 €', 'Total crédit 1 620,00 €', 'Solde au 16/03/2026 420,00 €']);
    expect(vm.split.rows.map((r) => r.map(norm).join(' | '))).toEqual([
      'Non échu | 0,00 €',
      'Échu | 520,00 €',
      'Avoirs et règlements non imputés | -100,00 €',
      'Solde au 16/03/2026 | 420,00 €',
    ]);
    expect(vm.overdue!.rows.map((r) => r.map(norm).join(' | '))).toEqual([
      'FA-2026-0004 | 20/01/2026 | 19/02/2026 | 25 j | 600,00 € | 280,00 €',
      "FA-2026-0011 | 10/03/2026 | 10/03/2026 | 6 j | 240,00 € | 240,00 €",
    ]);
    expect(text).toContain('Dont 520,00 € échus');
  });

  it('gives payment instructions (IBAN/BIC, client code) and the late-payment terms with the 40 € indemnity for a business client', () => {
    expect(text).toContain('IBAN FR76 1382 5002 0008 7712 3456 738 — BIC CEPAFRPP382');
    expect(text).toContain('code client C0001');
    expect(text).toContain('au taux annuel de 12,15 %');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40 €');
  });

  it('speaks English to an English client, without the indemnity for a consumer', () => {
    const en = statementViewModel({ ...model, language: 'en', buyer: { ...buyerB2c, address: { ...buyerB2c.address, country: 'GB', city: 'London', postcode: 'SW1A 1AA' } } }, texts);
    const t = allText(en);
    expect(en.frame.title).toBe('STATEMENT OF ACCOUNT');
    expect(en.frame.meta.map((m) => `${m.label} ${m.value}`)).toEqual(['Statement date 16 March 2026', 'Customer code C0031', 'Period from 1 January 2026', 'to 16 March 2026']);
    expect(t).toContain('VIR-9 | Payment by bank transfer');
    expect(t).toContain('Credit note on invoice FA-2026-0004');
    expect(t).toContain('Balance at 16 March 2026');
    expect(t).toContain('25 days');
    expect(t).toContain('€420.00');
    expect(t).not.toContain('EUR 40');
    expect(t).not.toMatch(/Facture|Règlement|Solde/);
  });

  it('shows a credit balance in the client’s favour, without payment instructions', () => {
    const credit = statementFigures({
      from: '2026-03-01', to: '2026-03-16',
      invoices: [{ id: 1, number: 'FA-1', type: 'invoice', date: '2026-03-02', dueDate: '2026-04-01', grossCents: 10000 }],
      creditNotes: [],
      payments: [{ id: 1, date: '2026-03-05', amountCents: 15000, method: 'card', reference: null, allocations: [{ invoiceId: 1, amountCents: 10000 }] }],
    });
    const v = statementViewModel({ ...model, figures: credit }, texts);
    const t = allText(v);
    expect(t).toContain('Solde créditeur au 16/03/2026');
    expect(t).toContain('un solde créditeur de 50,00 € en votre faveur');
    expect(t).not.toContain('IBAN');
    expect(v.overdue).toBeNull();
  });

  it('says so when the period has no transactions', () => {
    const none = statementFigures({ from: '2026-03-01', to: '2026-03-16', invoices: [], creditNotes: [], payments: [] });
    const v = statementViewModel({ ...model, figures: none }, texts);
    expect(v.ledger.empty).toBe('Aucun mouvement sur la période.');
    expect(allText(v)).toContain('Votre compte est soldé au 16/03/2026.');
  });

  it('labels entries in the JSON language too (entryLabel)', () => {
    expect(entryLabel({ kind: 'payment', method: 'lcr', reference: 'LCR-7' } as never, labelsFor('fr'))).toBe('Règlement par LCR (lettre de change relevé) — réf. LCR-7');
  });
});

import { DocumentTexts } from '../document-texts.js';
import { creditNote, invoiceB2bFr } from '../fixtures/index.js';
import { norm, printedText } from '../fixtures/view-model-text.fixture.js';
import { creditNoteViewModel } from './credit-note.view-model.js';

const texts = DocumentTexts.load();

describe('creditNoteViewModel (legal-fr §1.5)', () => {
  const vm = creditNoteViewModel(creditNote, texts);
  const text = printedText(vm);

  it('is titled AVOIR and references the corrected invoice by number and date', () => {
    expect(vm.title).toBe('AVOIR');
    expect(vm.meta.map((m) => `${m.label}: ${norm(m.value)}`)).toContain("Facture d'origine: FA-2026-00042 (16/03/2026)");
    expect(vm.intro[0].paragraphs).toEqual([
      'Avoir sur facture N° FA-2026-00042 du 16/03/2026.',
      "Motif : Retour d'un fauteuil ergonomique endommagé pendant le transport (réserves portées sur le BL-2026-0028).",
    ]);
  });

  it('carries the invoice mentions: parties, SIREN, VAT per rate, totals', () => {
    expect(text).toContain('SIREN 433 364 650');
    expect(text).toContain('SIREN 864 909 262 RCS Lyon');
    expect(vm.totals!.rows.map((r) => `${norm(r.label)} ${norm(r.value)}`)).toEqual(['Total HT 229,00 €', 'TVA 20 % 45,80 €', 'Total TTC 274,80 €', 'Total avoir TTC 274,80 €']);
    expect(vm.totals!.notes).toContain('Nature des opérations : livraisons de biens.');
  });

  it('is settled by deduction or refund: no payment date, no bank details, no "Net à payer"', () => {
    expect(text).toContain('Le montant de cet avoir sera déduit de vos prochains règlements ou remboursé à votre demande.');
    expect(text).not.toContain('soit au plus tard');
    expect(text).not.toContain('IBAN');
    expect(text).not.toContain('Net à payer');
    expect(vm.meta.map((m) => m.label)).not.toContain("Date d'échéance");
  });

  it('rejects a document that is not a credit note', () => {
    expect(() => creditNoteViewModel(invoiceB2bFr, texts)).toThrow(/not a credit note/);
  });
});

import { DocumentTexts } from '../document-texts.js';
import { invoiceExport, quote } from '../fixtures/index.js';
import { norm, printedText } from '../fixtures/view-model-text.fixture.js';
import { quoteViewModel } from './quote.view-model.js';

const texts = DocumentTexts.load();

describe('quoteViewModel (legal-fr §2.1)', () => {
  const vm = quoteViewModel(quote, texts);
  const text = printedText(vm);

  it('prints the title, the number, the date and the validity date', () => {
    expect(vm.title).toBe('DEVIS');
    expect(vm.meta.map((m) => `${m.label}: ${norm(m.value)}`)).toEqual([
      'N°: DEV-2026-0057',
      'Date: 16/03/2026',
      "Valable jusqu'au: 15/04/2026",
      'Code client: C0001',
      'Votre commande: Demande du 12/03/2026',
    ]);
    expect(text).toContain("Offre valable jusqu'au 15/04/2026.");
    expect(text).toContain('Date de livraison prévue : 08/04/2026.');
  });

  it('prints priced lines and totals per VAT rate, ending on Total TTC', () => {
    expect(vm.columns.map((c) => c.key)).toContain('unitPrice');
    const rows = vm.totals!.rows.map((r) => `${norm(r.label)} ${norm(r.value)}`);
    expect(rows).toEqual(['Total lignes HT 1 743,49 €', 'Frais de port HT 29,00 €', 'Total HT 1 772,49 €', 'TVA 20 % 345,54 €', 'TVA 5,5 % 2,46 €', 'Total TVA 348,00 €', 'Total TTC 2 120,49 €']);
    expect(vm.totals!.rows.at(-1)!.strong).toBe(true);
  });

  it('has a "Bon pour accord" block with date and signature fields', () => {
    expect(vm.signature).toEqual({
      title: 'Bon pour accord',
      intro: expect.stringContaining('précédé de la mention manuscrite « Bon pour accord »'),
      fields: ['Date :', 'Nom et qualité du signataire :', "Signature et cachet de l'entreprise :"],
    });
    expect(text).toContain('Nos conditions générales de vente');
  });

  it('announces the VAT exemption on an export quote', () => {
    const exportQuote = quoteViewModel({ ...invoiceExport, kind: 'quote', validUntil: '2026-04-15' }, texts);
    expect(exportQuote.totals!.notes).toEqual(['Exonération de TVA, article 262 I du CGI (exportation de biens hors de l\'Union européenne).']);
  });
});

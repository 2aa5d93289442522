import { DocumentTexts } from '../document-texts.js';
import { order } from '../fixtures/index.js';
import { norm, printedText } from '../fixtures/view-model-text.fixture.js';
import { orderViewModel } from './order.view-model.js';

const texts = DocumentTexts.load();

describe('orderViewModel (legal-fr §2.2)', () => {
  const vm = orderViewModel(order, texts);
  const text = printedText(vm);

  it("prints the order number, the client's PO number, the quote and the delivery dates", () => {
    expect(vm.title).toBe('BON DE COMMANDE');
    expect(vm.meta.map((m) => `${m.label}: ${norm(m.value)}`)).toEqual([
      'N°: CMD-2026-0034',
      'Date: 27/02/2026',
      'Code client: C0001',
      'Votre commande: BC-2026-0109',
      'Devis: DEV-2026-0049',
      'Livraison souhaitée: 13/03/2026',
      'Livraison prévue: 13/03/2026',
    ]);
  });

  it('prints the delivery address, the totals and the terms', () => {
    expect(vm.parties[1].lines).toContain('12 quai Saint-Vincent');
    expect(vm.totals!.rows.map((r) => `${norm(r.label)} ${norm(r.value)}`)).toEqual(['Total HT 2 890,00 €', 'TVA 20 % 578,00 €', 'Total TTC 3 468,00 €']);
    expect(text).toContain('Livraison souhaitée le 13/03/2026.');
    expect(text).toContain('Paiement à 30 jours date de facture, par virement bancaire.');
    expect(text).toContain("Ce bon de commande n'est pas une facture.");
    expect(text).toContain('Acompte de 30 % à la commande.');
  });

  it('has an acceptance block', () => {
    expect(vm.signature!.title).toBe('Bon pour accord');
    expect(vm.signature!.fields).toHaveLength(3);
  });
});

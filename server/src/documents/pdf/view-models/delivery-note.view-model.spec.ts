import { DocumentTexts } from '../document-texts.js';
import { deliveryNote } from '../fixtures/index.js';
import { norm, printedText } from '../fixtures/view-model-text.fixture.js';
import { deliveryNoteViewModel } from './delivery-note.view-model.js';

const texts = DocumentTexts.load();

describe('deliveryNoteViewModel (legal-fr §2.3)', () => {
  const vm = deliveryNoteViewModel(deliveryNote, texts);
  const text = printedText(vm);

  it('prints the number, the shipping and delivery dates and the order references', () => {
    expect(vm.title).toBe('BON DE LIVRAISON');
    expect(vm.meta.map((m) => `${m.label}: ${norm(m.value)}`)).toEqual([
      'N°: BL-2026-0031',
      "Date d'expédition: 16/03/2026",
      'Date de livraison: 17/03/2026',
      'Code client: C0001',
      'Commande: CMD-2026-0031',
      'Votre commande: BC-2026-0117',
      'Devis: DEV-2026-0052',
    ]);
  });

  it('puts the delivery address first and the billing address second', () => {
    expect(vm.parties.map((p) => p.title)).toEqual(['Livrer à', 'Adresse de facturation']);
    expect(vm.parties[0].lines).toEqual(['Cabinet Moreau & Associés', '12 quai Saint-Vincent', 'Accueil 2e étage', '69001 Lyon']);
  });

  it('has no prices: ordered, previously delivered, delivered and remaining quantities', () => {
    expect(vm.columns.map((c) => c.key)).toEqual(['reference', 'description', 'unit', 'ordered', 'previouslyDelivered', 'delivered', 'remaining']);
    expect(vm.totals).toBeNull();
    expect(vm.lines.flatMap((l) => Object.values(l.cells)).join(' ')).not.toContain('€');
    expect(vm.lines.map((l) => [l.cells.ordered, l.cells.previouslyDelivered, l.cells.delivered, l.cells.remaining])).toEqual([
      ['4', '0', '2', '2'],
      ['4', '2', '2', '0'],
      ['25', '0', '25', '0'],
      ['6', '0', '0', '6'],
    ]);
    expect(text).toContain("Les quantités restant à livrer feront l'objet d'une livraison ultérieure.");
  });

  it('prints carrier, parcels, weight, tracking number and Incoterm', () => {
    expect(vm.shipping!.rows.map((r) => `${r.label}: ${norm(r.value)}`)).toEqual([
      'Transporteur: TransRhône Express',
      'Nombre de colis: 5',
      'Poids brut: 148,5 kg',
      'N° de suivi: TRX-2026-558214',
      'Incoterm: DAP Lyon',
    ]);
  });

  it('has a reception block with reservations', () => {
    expect(vm.signature!.title).toBe('Réception de la marchandise');
    expect(vm.signature!.reservations).toBe('Réserves :');
    expect(vm.signature!.intro).toContain('L133-3');
    expect(vm.signature!.fields).toEqual(['Nom du réceptionnaire :', 'Date et heure de réception :', 'Signature et cachet :']);
  });

  it('says the delivery is complete when nothing remains', () => {
    const complete = deliveryNoteViewModel({ ...deliveryNote, lines: deliveryNote.lines.map((l) => ({ ...l, quantity: (l.orderedQuantity ?? 0) - (l.previouslyDeliveredQuantity ?? 0), remainingQuantity: 0 })) }, texts);
    expect(printedText(complete)).toContain('Livraison complète');
  });
});

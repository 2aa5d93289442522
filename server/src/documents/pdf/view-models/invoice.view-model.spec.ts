import type { DocumentModel } from '../../document-model.js';
import { DocumentTexts } from '../document-texts.js';
import { asDraft, depositInvoice, finalInvoice, invoiceB2bFr, invoiceB2c, invoiceEn, invoiceExport, invoiceIntraEu } from '../fixtures/index.js';
import { norm, printedText } from '../fixtures/view-model-text.fixture.js';
import { invoiceViewModel } from './invoice.view-model.js';

const texts = DocumentTexts.load();
const build = (model: DocumentModel) => invoiceViewModel(model, texts);
const meta = (model: DocumentModel) => Object.fromEntries(build(model).meta.map((m) => [norm(m.label), norm(m.value)]));
const totals = (model: DocumentModel) => Object.fromEntries(build(model).totals!.rows.map((r) => [norm(r.label), norm(r.value)]));

describe('invoiceViewModel — B2B France (legal-fr §1.2 and §1.3)', () => {
  const vm = build(invoiceB2bFr);
  const text = printedText(vm);

  it('prints the title, the number and the dates, the due date as a calendar date', () => {
    expect(vm.title).toBe('FACTURE');
    expect(vm.watermark).toBeNull();
    expect(meta(invoiceB2bFr)).toMatchObject({
      'N°': 'FA-2026-00042',
      "Date d'émission": '16/03/2026',
      'Date de livraison': '12/03/2026',
      "Date d'échéance": '15/04/2026',
      'Code client': 'C0001',
      'Votre commande': 'BC-2026-0117',
      Commande: 'CMD-2026-0031',
      'Bon(s) de livraison': 'BL-2026-0028',
    });
  });

  it("identifies the seller (R123-237: form, capital, SIREN, RCS, VAT number) and the buyer's SIREN and VAT number", () => {
    expect(text).toContain('SIREN 864 909 262 RCS Lyon — N° TVA intracom. FR11864909262');
    expect(text).toContain('Bureau Plus Distribution — SAS au capital de 80 000 € — Siège social : 48 avenue Jean Jaurès');
    expect(text).toContain('SIRET 864 909 262 00031 — Code NAF 4665Z');
    expect(vm.parties[0].lines).toEqual([
      'Cabinet Moreau & Associés',
      "À l'attention de Mme Hélène Moreau",
      '45 rue de la Villette',
      '69003 Lyon',
      'SIREN 433 364 650',
      'N° TVA intracom. FR52433364650',
    ]);
  });

  it('prints the delivery address because it differs from the billing address', () => {
    expect(vm.parties[1]).toEqual({ title: 'Adresse de livraison', lines: ['Cabinet Moreau & Associés', '12 quai Saint-Vincent', 'Accueil 2e étage', '69001 Lyon'] });
  });

  it('prints each line with quantity, unit, unit price HT, discount, VAT rate and net amount', () => {
    expect(vm.columns.map((c) => c.key)).toEqual(['reference', 'description', 'quantity', 'unit', 'unitPrice', 'discount', 'vatRate', 'lineTotal']);
    expect(Object.fromEntries(Object.entries(vm.lines[0].cells).map(([k, v]) => [k, norm(v)]))).toEqual({
      reference: 'MOB-BUR-140',
      description: 'Bureau droit 140 × 80 cm, plateau chêne clair',
      quantity: '2',
      unit: 'pièce',
      unitPrice: '269,00 €',
      discount: '10 %',
      vatRate: '20 %',
      lineTotal: '484,20 €',
    });
    expect(norm(vm.lines[3].cells.vatRate!)).toBe('5,5 %');
  });

  it('prints the global discount, the shipping, total HT, VAT per rate and the amount due, from model.totals', () => {
    expect(totals(invoiceB2bFr)).toEqual({
      'Total lignes HT': '1 682,35 €',
      'Remise globale': '-84,12 €',
      'Frais de port HT': '29,00 €',
      'Total HT': '1 627,23 €',
      'TVA 20 %': '300,29 €',
      'TVA 5,5 %': '6,92 €',
      'Total TVA': '307,21 €',
      'Total TTC': '1 934,44 €',
      'Net à payer': '1 934,44 €',
    });
    expect(vm.totals!.vatTable.rows.map((r) => r.map(norm))).toEqual([
      ['20 %', '1 501,45 €', '300,29 €'],
      ['5,5 %', '125,78 €', '6,92 €'],
    ]);
  });

  it('states the payment date, the escompte, the penalty rate of the CGV and the 40 € indemnity', () => {
    expect(text).toContain('Paiement à 30 jours date de facture, soit au plus tard le 15/04/2026, par virement bancaire.');
    expect(text).toContain('IBAN FR76 1382 5002 0008 7712 3456 738 — BIC CEPAFRPP382');
    expect(text).toContain("Pas d'escompte pour paiement anticipé.");
    expect(text).toContain('au taux annuel de 12,15 % (art. L441-10 du Code de commerce)');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce)');
  });

  it('states the nature of operations and never the "débits" option for a goods seller', () => {
    expect(vm.totals!.notes).toContain('Nature des opérations : livraisons de biens.');
    expect(text).not.toMatch(/débits/);
    expect(text).not.toMatch(/Exonération|Autoliquidation/);
  });
});

describe('invoiceViewModel — consumer (B2C)', () => {
  const vm = build(invoiceB2c);
  const text = printedText(vm);

  it('has no SIREN for the buyer and never the 40 € indemnity', () => {
    expect(vm.parties[0].lines).toEqual(['Julien Perret', "7 rue d'Austerlitz", '69004 Lyon']);
    expect(text).not.toMatch(/40 €|indemnité forfaitaire/);
  });

  it('still states the payment date, the escompte and the penalty rate', () => {
    expect(text).toContain('Paiement à réception de facture, soit au plus tard le 16/03/2026, par carte bancaire.');
    expect(text).toContain("Pas d'escompte pour paiement anticipé.");
    expect(text).toContain('pénalités au taux annuel de 12,15 %');
    expect(text).not.toContain('IBAN');
  });
});

describe('invoiceViewModel — intra-EU supply of goods (legal-fr §1.8)', () => {
  const vm = build(invoiceIntraEu);
  const text = printedText(vm);

  it('prints both VAT numbers, the exemption reference 262 ter I and "Autoliquidation"', () => {
    expect(vm.parties[0].lines).toContain('N° TVA intracom. BE0471826311');
    expect(vm.parties[0].lines).toContain('BELGIQUE');
    expect(text).toContain('N° TVA intracommunautaire du vendeur : FR11864909262 — du client : BE0471826311.');
    expect(vm.totals!.notes[0]).toBe('Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire de biens).');
    expect(vm.totals!.notes[1]).toMatch(/^Autoliquidation : /);
  });

  it('charges no VAT: exempt rate on the lines, zero VAT in the totals', () => {
    expect(vm.lines.every((l) => l.cells.vatRate === 'Exo.')).toBe(true);
    expect(totals(invoiceIntraEu)).toMatchObject({ 'Total HT': '1 579,00 €', 'TVA (exonération)': '0,00 €', 'Net à payer': '1 579,00 €' });
    expect(vm.totals!.vatTable.rows.map((r) => r.map(norm))).toEqual([['Exonéré', '1 579,00 €', '0,00 €']]);
  });

  it('keeps the 40 € indemnity for a business client', () => {
    expect(text).toContain('40 €');
  });

  it('uses the reverse-charge wording for services', () => {
    const services = printedText(build({ ...invoiceIntraEu, natureOfOperations: 'services' }));
    expect(services).toContain('Autoliquidation : TVA due par le preneur, article 283-2 du CGI');
    expect(services).not.toContain('262 ter I');
  });
});

describe('invoiceViewModel — export outside the EU', () => {
  const text = printedText(build(invoiceExport));

  it('prints the exemption reference 262 I and no autoliquidation', () => {
    expect(text).toContain('Exonération de TVA, article 262 I du CGI');
    expect(text).not.toContain('262 ter');
    expect(text).not.toContain('Autoliquidation');
    expect(text).toContain('N° TVA / ID fiscal CHE-416.273.853 TVA');
    expect(text).toContain('SUISSE');
  });
});

describe('invoiceViewModel — deposits (legal-fr §1.6)', () => {
  it('titles a deposit invoice "Facture d\'acompte" and states its object', () => {
    const vm = build(depositInvoice);
    expect(vm.title).toBe("FACTURE D'ACOMPTE");
    expect(vm.intro[0].paragraphs[0]).toMatch(/^Acompte de 30 % sur la commande CMD-2026-0034/);
    expect(totals(depositInvoice)).toMatchObject({ 'Total HT': '867,00 €', 'TVA 20 %': '173,40 €', 'Net à payer': '1 040,40 €' });
  });

  it('lists and deducts the deposits on the final invoice', () => {
    const vm = build(finalInvoice);
    expect(vm.deposits!.rows.map((r) => r.map(norm))).toEqual([['FA-2026-00038', '02/03/2026', '867,00 €', '173,40 €', '1 040,40 €']]);
    expect(vm.deposits!.intro).toMatch(/déjà facturés et réglés, sont déduits/);
    expect(norm(vm.lines[4].cells.lineTotal!)).toBe('-867,00 €');
    expect(totals(finalInvoice)).toMatchObject({ 'Total HT': '2 023,00 €', 'TVA 20 %': '404,60 €', 'Net à payer': '2 427,60 €' });
  });
});

describe('invoiceViewModel — English', () => {
  const vm = build(invoiceEn);
  const text = printedText(vm);

  it('formats dates and money the English way', () => {
    expect(vm.title).toBe('INVOICE');
    expect(meta(invoiceEn)).toMatchObject({ 'Issue date': '16 March 2026', 'Due date': '15 April 2026', 'Your order': 'RC-4471' });
    expect(totals(invoiceEn)).toMatchObject({ 'Total excl. VAT': '€1,292.10', 'Amount due': '€1,292.10' });
  });

  it('translates the usual French catalogue units', () => {
    expect(vm.lines.map((l) => l.cells.unit)).toEqual(['piece', 'piece']);
    expect(build(invoiceB2bFr).lines.map((l) => l.cells.unit)).toEqual(['pièce', 'pièce', 'ramette', 'paquet', 'boîte']);
  });

  it('keeps the French legal references in English wording', () => {
    expect(text).toContain('VAT exempt – intra-Community supply of goods, Article 138 of Directive 2006/112/EC (Exonération de TVA, article 262 ter I du CGI).');
    expect(text).toContain('Reverse charge (autoliquidation)');
    expect(text).toContain('No discount for early payment.');
    expect(text).toContain('annual rate of 12.15%');
    expect(text).toContain('fixed recovery fee of €40');
    expect(text).toContain('Payment within 30 days of invoice date, i.e. no later than 15 April 2026, by bank transfer.');
  });
});

describe('invoiceViewModel — drafts', () => {
  it('prints a BROUILLON watermark and no number', () => {
    const vm = build(asDraft(invoiceB2bFr));
    expect(vm.number).toBeNull();
    expect(vm.watermark).toBe('BROUILLON');
    expect(meta(asDraft(invoiceB2bFr))['N°']).toBe('Brouillon (non numéroté)');
  });

  it('prints DRAFT in English', () => {
    expect(build(asDraft(invoiceEn)).watermark).toBe('DRAFT');
  });
});

it('rejects a document that is not an invoice', () => {
  expect(() => build({ ...invoiceB2bFr, kind: 'quote' })).toThrow(/not an invoice/);
});

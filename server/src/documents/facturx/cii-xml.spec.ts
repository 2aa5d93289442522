import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../document-model.js';
import { priced } from '../pdf/fixtures/build.fixture.js';
import { asDraft, creditNote, depositInvoice, finalInvoice, invoiceB2bFr, invoiceB2c, invoiceEn, invoiceExport, invoiceIntraEu, quote } from '../pdf/fixtures/index.js';
import { amount, buildCiiXml, escapeXml } from './cii-xml.js';
import { unitCode } from './units.js';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const XSD = path.resolve(REPO_ROOT, '../shared/validators/facturx/schema/FACTUR-X_EN16931.xsd');
const REQUIRED = process.env.REQUIRE_BROWSER === '1' || !!process.env.CI;

const INVOICES: Record<string, DocumentModel> = {
  'invoice-b2b-fr': invoiceB2bFr,
  'invoice-b2c': invoiceB2c,
  'invoice-intra-eu': invoiceIntraEu,
  'invoice-export': invoiceExport,
  'deposit-invoice': depositInvoice,
  'invoice-final-after-deposit': finalInvoice,
  'credit-note': creditNote,
  'invoice-en': invoiceEn,
};

/** Text content of every element with this (prefixed) name. */
const values = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);
const cents = (text: string) => Math.round(Number(text) * 100);
/** The element with its content, e.g. the whole <ram:ApplicableTradeTax> blocks of the header. */
const blocks = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]);

describe('buildCiiXml — B2B France invoice', () => {
  const xml = buildCiiXml(invoiceB2bFr);

  it('declares the EN 16931 profile, the document type, number, date and business process', () => {
    expect(xml).toContain('<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
    expect(xml).toContain('<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>B1</ram:ID>');
    expect(values(xml, 'ram:TypeCode')[0]).toBe('380');
    expect(values(xml, 'ram:ID')).toContain('FA-2026-00042');
    expect(xml).toContain('<ram:IssueDateTime><udt:DateTimeString format="102">20260316</udt:DateTimeString></ram:IssueDateTime>');
  });

  it('carries the notes AAB, PMD, PMT (BR-FR-05) with the PDF wording, and BAR = B2B', () => {
    const notes = blocks(xml, 'ram:IncludedNote').map((n) => [values(n, 'ram:SubjectCode')[0], values(n, 'ram:Content')[0]]);
    expect(notes).toEqual([
      ['AAB', "Pas d'escompte pour paiement anticipé."],
      ['PMD', expect.stringMatching(/au taux annuel de 12,15\s%/)],
      ['PMT', expect.stringMatching(/frais de recouvrement de 40\s€/)],
      ['BAR', 'B2B'],
    ]);
  });

  it('identifies the seller (SIREN 0002, SIRET 0009, VAT VA, endpoint 0225) and the buyer (SIREN, VAT, endpoint)', () => {
    const seller = blocks(xml, 'ram:SellerTradeParty')[0];
    expect(seller).toContain('<ram:GlobalID schemeID="0009">86490926200031</ram:GlobalID>');
    expect(seller).toContain('<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">864909262</ram:ID></ram:SpecifiedLegalOrganization>');
    expect(seller).toContain('<ram:URIID schemeID="0225">864909262</ram:URIID>');
    expect(seller).toContain('<ram:ID schemeID="VA">FR11864909262</ram:ID>');
    const buyer = blocks(xml, 'ram:BuyerTradeParty')[0];
    expect(buyer).toContain('<ram:Name>Cabinet Moreau &amp; Associés</ram:Name>');
    expect(buyer).toContain('<ram:ID schemeID="0002">433364650</ram:ID>');
    expect(buyer).toContain('<ram:URIID schemeID="0225">433364650</ram:URIID>');
    expect(buyer).toContain('<ram:ID schemeID="VA">FR52433364650</ram:ID>');
  });

  it('references the client PO (BT-13), the order (BT-14), the delivery address, date and note', () => {
    expect(xml).toContain('<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>BC-2026-0117</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>');
    expect(xml).toContain('<ram:SellerOrderReferencedDocument><ram:IssuerAssignedID>CMD-2026-0031</ram:IssuerAssignedID></ram:SellerOrderReferencedDocument>');
    expect(blocks(xml, 'ram:ShipToTradeParty')[0]).toContain('<ram:LineOne>12 quai Saint-Vincent</ram:LineOne>');
    expect(xml).toContain('<ram:OccurrenceDateTime><udt:DateTimeString format="102">20260312</udt:DateTimeString></ram:OccurrenceDateTime>');
    expect(xml).toContain('<ram:DespatchAdviceReferencedDocument><ram:IssuerAssignedID>BL-2026-0028</ram:IssuerAssignedID>');
  });

  it('expresses a line discount as gross price − unit discount = net price, and quantity × net = line net', () => {
    const line = blocks(xml, 'ram:IncludedSupplyChainTradeLineItem')[0];
    expect(line).toContain('<ram:GrossPriceProductTradePrice><ram:ChargeAmount>269.00</ram:ChargeAmount>');
    expect(line).toContain('<ram:ActualAmount>26.90</ram:ActualAmount>');
    expect(line).toContain('<ram:NetPriceProductTradePrice><ram:ChargeAmount>242.10</ram:ChargeAmount></ram:NetPriceProductTradePrice>');
    expect(line).toContain('<ram:BilledQuantity unitCode="H87">2</ram:BilledQuantity>');
    expect(line).toContain('<ram:LineTotalAmount>484.20</ram:LineTotalAmount>');
  });

  it('puts the global discount and the shipping per VAT rate, and the VAT breakdown per rate', () => {
    const allowances = blocks(xml, 'ram:SpecifiedTradeAllowanceCharge').map((b) => [values(b, 'udt:Indicator')[0], values(b, 'ram:ActualAmount')[0], values(b, 'ram:ReasonCode')[0], values(b, 'ram:RateApplicablePercent')[0]]);
    expect(allowances).toEqual([
      ['false', '77.50', '95', '20.00'],
      ['false', '6.62', '95', '5.50'],
      ['true', '29.00', 'FC', '20.00'],
    ]);
    const settlement = blocks(xml, 'ram:ApplicableHeaderTradeSettlement')[0];
    const taxes = blocks(settlement, 'ram:ApplicableTradeTax').map((b) => [values(b, 'ram:CategoryCode')[0], values(b, 'ram:RateApplicablePercent')[0], values(b, 'ram:BasisAmount')[0], values(b, 'ram:CalculatedAmount')[0]]);
    expect(taxes).toEqual([
      ['S', '20.00', '1501.45', '300.29'],
      ['S', '5.50', '125.78', '6.92'],
    ]);
  });

  it('states the totals of model.totals, the due date and the payment by SEPA transfer', () => {
    expect(blocks(xml, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation')[0].trim()).toBe(
      '<ram:LineTotalAmount>1682.35</ram:LineTotalAmount>\n<ram:ChargeTotalAmount>29.00</ram:ChargeTotalAmount>\n<ram:AllowanceTotalAmount>84.12</ram:AllowanceTotalAmount>\n' +
        '<ram:TaxBasisTotalAmount>1627.23</ram:TaxBasisTotalAmount>\n<ram:TaxTotalAmount currencyID="EUR">307.21</ram:TaxTotalAmount>\n' +
        '<ram:GrandTotalAmount>1934.44</ram:GrandTotalAmount>\n<ram:DuePayableAmount>1934.44</ram:DuePayableAmount>',
    );
    expect(xml).toContain('<ram:DueDateDateTime><udt:DateTimeString format="102">20260415</udt:DateTimeString></ram:DueDateDateTime>');
    expect(xml).toContain('<ram:Description>Paiement à 30 jours date de facture, par virement bancaire.</ram:Description>');
    expect(xml).toContain('<ram:TypeCode>58</ram:TypeCode>');
    expect(xml).toContain('<ram:IBANID>FR7613825002000877123456738</ram:IBANID>');
    expect(xml).toContain('<ram:BICID>CEPAFRPP382</ram:BICID>');
  });
});

describe('buildCiiXml — every invoice fixture', () => {
  it.each(Object.keys(INVOICES))('%s: amounts agree with model.totals (BR-CO-10, BR-CO-13…15)', (name) => {
    const model = INVOICES[name];
    const xml = buildCiiXml(model);
    const totals = model.totals!;
    const lineTotals = blocks(xml, 'ram:SpecifiedTradeSettlementLineMonetarySummation').map((b) => cents(values(b, 'ram:LineTotalAmount')[0]));
    expect(lineTotals).toEqual(totals.lineNets);
    const summation = blocks(xml, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation')[0];
    expect(cents(values(summation, 'ram:LineTotalAmount')[0])).toBe(totals.linesNetCents);
    expect(cents(values(summation, 'ram:TaxBasisTotalAmount')[0])).toBe(totals.netCents);
    expect(cents(values(summation, 'ram:TaxTotalAmount')[0])).toBe(totals.vatCents);
    expect(cents(values(summation, 'ram:GrandTotalAmount')[0])).toBe(totals.grossCents);
    expect(cents(values(summation, 'ram:DuePayableAmount')[0])).toBe(totals.grossCents);
    // Net prices never negative (BR-27), at most 6 decimals (BR-FR-DEC-03); amounts 2 decimals.
    for (const price of values(xml, 'ram:ChargeAmount')) expect(price).toMatch(/^\d+\.\d{2,6}$/);
    for (const a of [...values(xml, 'ram:LineTotalAmount'), ...values(xml, 'ram:BasisAmount'), ...values(xml, 'ram:CalculatedAmount')]) expect(a).toMatch(/^-?\d+\.\d{2}$/);
  });

  const xsdAvailable = fs.existsSync(XSD) && hasXmllint();
  (xsdAvailable || REQUIRED ? it.each(Object.keys(INVOICES)) : it.skip.each(Object.keys(INVOICES)))('%s: valid against the Factur-X 1.09.2 EN16931 XSD', (name) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cii-')), `${name}.xml`);
    fs.writeFileSync(file, buildCiiXml(INVOICES[name]));
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('buildCiiXml — cases', () => {
  it('B2C: no buyer SIREN, e-mail endpoint, PMT says the indemnity does not apply, BAR = B2C', () => {
    const xml = buildCiiXml(invoiceB2c);
    const buyer = blocks(xml, 'ram:BuyerTradeParty')[0];
    expect(buyer).not.toContain('schemeID="0002"');
    expect(buyer).toContain('<ram:URIID schemeID="EM">julien.perret.lyon@orange.fr</ram:URIID>');
    expect(xml).toContain('<ram:Content>Indemnité forfaitaire pour frais de recouvrement : non applicable (client non professionnel).</ram:Content><ram:SubjectCode>PMT</ram:SubjectCode>');
    expect(xml).not.toMatch(/40\s€/);
    expect(xml).toContain('<ram:Content>B2C</ram:Content><ram:SubjectCode>BAR</ram:SubjectCode>');
    expect(xml).toContain('<ram:TypeCode>48</ram:TypeCode>');
  });

  it('intra-EU supply: category K, VATEX-EU-IC, exemption text, both VAT numbers, ship-to country and delivery date', () => {
    const xml = buildCiiXml(invoiceIntraEu);
    expect(values(xml, 'ram:CategoryCode').every((c) => c === 'K')).toBe(true);
    expect(values(xml, 'ram:ExemptionReasonCode')).toEqual(['VATEX-EU-IC']);
    expect(values(xml, 'ram:ExemptionReason')[0]).toBe('Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire de biens).');
    expect(blocks(xml, 'ram:BuyerTradeParty')[0]).toContain('<ram:ID schemeID="VA">BE0471826311</ram:ID>');
    expect(blocks(xml, 'ram:ShipToTradeParty')[0]).toContain('<ram:CountryID>BE</ram:CountryID>');
    expect(xml).toContain('20260313');
    expect(values(xml, 'ram:RateApplicablePercent').every((r) => r === '0.00')).toBe(true);
    expect(xml).toContain('<ram:Content>B2BINT</ram:Content>');
  });

  it('intra-EU services: reverse charge, category AE, VATEX-EU-AE, business process S1', () => {
    const xml = buildCiiXml({ ...invoiceIntraEu, natureOfOperations: 'services' });
    expect(values(xml, 'ram:CategoryCode').every((c) => c === 'AE')).toBe(true);
    expect(values(xml, 'ram:ExemptionReasonCode')).toEqual(['VATEX-EU-AE']);
    expect(xml).toContain('<ram:ID>S1</ram:ID>');
  });

  it('export: category G, VATEX-EU-G, article 262 I, no buyer VAT registration', () => {
    const xml = buildCiiXml(invoiceExport);
    expect(values(xml, 'ram:CategoryCode').every((c) => c === 'G')).toBe(true);
    expect(values(xml, 'ram:ExemptionReasonCode')).toEqual(['VATEX-EU-G']);
    expect(values(xml, 'ram:ExemptionReason')[0]).toContain('article 262 I du CGI');
    expect(blocks(xml, 'ram:BuyerTradeParty')[0]).not.toContain('schemeID="VA"');
  });

  it('deposit invoice: type 386', () => {
    expect(values(buildCiiXml(depositInvoice), 'ram:TypeCode')[0]).toBe('386');
  });

  it('final invoice: process B4, the deposit as a negative quantity at a positive price, BG-3 to the deposit invoice', () => {
    const xml = buildCiiXml(finalInvoice);
    expect(xml).toContain('<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>B4</ram:ID>');
    const deduction = blocks(xml, 'ram:IncludedSupplyChainTradeLineItem').at(-1)!;
    expect(deduction).toContain('<ram:ChargeAmount>867.00</ram:ChargeAmount>');
    expect(deduction).toContain('<ram:BilledQuantity unitCode="LS">-1</ram:BilledQuantity>');
    expect(deduction).toContain('<ram:LineTotalAmount>-867.00</ram:LineTotalAmount>');
    expect(xml).toContain('<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>FA-2026-00038</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20260302</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>');
  });

  it('credit note: type 381, BG-3 to the corrected invoice, no due date nor payment reference', () => {
    const xml = buildCiiXml(creditNote);
    expect(values(xml, 'ram:TypeCode')[0]).toBe('381');
    expect(xml).toContain('<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>FA-2026-00042</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20260316</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>');
    expect(xml).not.toContain('DueDateDateTime');
    expect(xml).not.toContain('PaymentReference');
    expect(xml).toContain("<ram:Content>Retour d'un fauteuil ergonomique endommagé");
  });

  it('English invoice: notes in English', () => {
    const xml = buildCiiXml(invoiceEn);
    expect(xml).toContain('<ram:Content>No discount for early payment.</ram:Content><ram:SubjectCode>AAB</ram:SubjectCode>');
    expect(xml).toContain('fixed recovery fee of €40');
  });

  it('3-decimal quantity with a discount: net price to 6 decimals, quantity × net rounds to the line net', () => {
    const model = priced({ ...invoiceB2bFr, number: 'FA-2026-00100' }, [{ reference: null, label: 'Câble <HDMI> & "adaptateur"', unit: 'mètre', quantity: 0.333, unitPriceCents: 999, discountBp: 1250, vatRateBp: 2000 }]);
    const xml = buildCiiXml(model);
    const net = values(xml, 'ram:ChargeAmount').at(-1)!;
    expect(net).toBe('8.74125');
    expect(Math.round(0.333 * Number(net) * 100)).toBe(model.totals!.lineNets[0]);
    expect(xml).toContain('<ram:BilledQuantity unitCode="MTR">0.333</ram:BilledQuantity>');
    expect(xml).toContain('<ram:Name>Câble &lt;HDMI&gt; &amp; "adaptateur"</ram:Name>');
  });

  it('falls back to payment means 1 (not defined) for a transfer when the seller has no IBAN (BR-61)', () => {
    const xml = buildCiiXml({ ...invoiceB2bFr, seller: { ...invoiceB2bFr.seller, iban: '' } });
    expect(blocks(xml, 'ram:SpecifiedTradeSettlementPaymentMeans')[0]).toBe('\n<ram:TypeCode>1</ram:TypeCode>\n<ram:Information>virement bancaire</ram:Information>\n');
  });

  it('refuses drafts and documents that are not invoices', () => {
    expect(() => buildCiiXml(asDraft(invoiceB2bFr))).toThrow(/draft/);
    expect(() => buildCiiXml(quote)).toThrow(/not an invoice/);
  });
});

describe('CII helpers', () => {
  it('writes amounts with 2 decimals and a sign', () => {
    expect([amount(0), amount(5), amount(-86700), amount(123456)]).toEqual(['0.00', '0.05', '-867.00', '1234.56']);
  });

  it('escapes XML', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('maps French units to UN/ECE codes', () => {
    expect(['pièce', 'heure', 'forfait', 'boîte', 'ramette', 'Kg', 'm²', 'lot', 'sac de 25'].map(unitCode)).toEqual(['H87', 'HUR', 'LS', 'XBX', 'RM', 'KGM', 'MTK', 'SET', 'C62']);
  });
});

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EN16931_GUIDELINE = void 0;
exports.isFacturxKind = isFacturxKind;
exports.buildCiiXml = buildCiiXml;
exports.escapeXml = escapeXml;
exports.amount = amount;
const document_texts_js_1 = require("../pdf/document-texts.js");
const format_js_1 = require("../pdf/format.js");
const index_js_1 = require("../pdf/labels/index.js");
const legal_mentions_js_1 = require("../pdf/legal-mentions.js");
const quantity_js_1 = require("../../common/quantity.js");
const units_js_1 = require("./units.js");
/**
 * UN/CEFACT CII XML of an invoice, deposit invoice or credit note, EN 16931 profile (Factur-X 1.0,
 * BT-24 `urn:cen.eu:en16931:2017`), element order as in the Factur-X EN16931 XSD. Every amount is
 * `model.totals` or a line's `netCents`, written with 2 decimals: the XML always agrees with the
 * PDF. Notes AAB / PMD / PMT (BR-FR-05) carry the same wording as the PDF.
 *
 * Lines: BT-146 (net price) = unit price × (1 − discount), exact to 6 decimals (BR-FR-DEC-03), with
 * the gross price BT-148 and the unit discount BT-147 when there is a line discount, so that
 * BT-131 = round(quantity × net price). A deposit deducted on a final invoice is a line with a
 * negative quantity (the net price stays positive, BR-27).
 */
const NS = {
    rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
    ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
    udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
    qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
};
exports.EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';
const TYPE_CODES = { invoice: '380', 'deposit-invoice': '386', 'credit-note': '381' };
/** UNTDID 4461. LCR mapped to 24 (bill of exchange awaiting acceptance): unverified, legal-fr §4.5. */
const PAYMENT_MEANS = { transfer: '58', cheque: '20', card: '48', lcr: '24', sepa_debit: '59', cash: '10' };
function isFacturxKind(kind) {
    return kind in TYPE_CODES;
}
function buildCiiXml(model, texts = (0, document_texts_js_1.defaultDocumentTexts)()) {
    if (!isFacturxKind(model.kind))
        throw new Error(`buildCiiXml: ${model.kind} is not an invoice, deposit invoice or credit note`);
    if (!model.number)
        throw new Error('buildCiiXml: a draft (unnumbered) document has no Factur-X XML');
    const totals = model.totals;
    if (!totals)
        throw new Error(`buildCiiXml: ${model.number} has no totals`);
    const L = (0, index_js_1.labelsFor)(model.language);
    const mentions = (0, legal_mentions_js_1.invoiceMentions)(model, texts);
    const treatment = (0, legal_mentions_js_1.vatTreatment)(model);
    const { seller, buyer, references } = model;
    const exempt = treatment.category !== 'S';
    const categoryOf = (rateBp) => (exempt ? treatment.category : rateBp > 0 ? 'S' : 'Z');
    const rateOf = (rateBp) => (exempt ? 0 : rateBp);
    // ---- header: context, document, notes
    const finalAfterDeposit = model.kind === 'invoice' && (references.deposits?.length ?? 0) > 0;
    const processCode = { goods: 'B', services: 'S', mixed: 'M' }[model.natureOfOperations] + (finalAfterDeposit ? '4' : '1');
    const notes = [
        [mentions.escompte, 'AAB'],
        [mentions.penalties, 'PMD'],
        [mentions.indemnityNote, 'PMT'],
        [(0, legal_mentions_js_1.isBusinessBuyer)(model) ? (buyer.zone === 'fr' ? 'B2B' : 'B2BINT') : 'B2C', 'BAR'],
    ];
    if (model.reason?.trim())
        notes.push([model.reason.trim(), null]);
    if (model.depositDescription?.trim())
        notes.push([model.depositDescription.trim(), null]);
    if (model.notes?.trim())
        notes.push([model.notes.trim(), null]);
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push(`<rsm:CrossIndustryInvoice xmlns:rsm="${NS.rsm}" xmlns:ram="${NS.ram}" xmlns:udt="${NS.udt}" xmlns:qdt="${NS.qdt}">`);
    out.push('<rsm:ExchangedDocumentContext>');
    out.push(`<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>${processCode}</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>`);
    out.push(`<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${exports.EN16931_GUIDELINE}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>`);
    out.push('</rsm:ExchangedDocumentContext>');
    out.push('<rsm:ExchangedDocument>');
    out.push(el('ram:ID', model.number));
    out.push(el('ram:TypeCode', TYPE_CODES[model.kind]));
    out.push(`<ram:IssueDateTime>${dateTime('udt', model.date)}</ram:IssueDateTime>`);
    for (const [content, subject] of notes) {
        out.push(`<ram:IncludedNote>${el('ram:Content', content)}${subject ? el('ram:SubjectCode', subject) : ''}</ram:IncludedNote>`);
    }
    out.push('</rsm:ExchangedDocument>');
    // ---- lines
    out.push('<rsm:SupplyChainTradeTransaction>');
    model.lines.forEach((line, i) => out.push(lineXml(line, i, totals.lineNets[i] ?? line.netCents, categoryOf(line.vatRateBp), rateOf(line.vatRateBp))));
    // ---- agreement: seller, buyer, order references
    out.push('<ram:ApplicableHeaderTradeAgreement>');
    out.push('<ram:SellerTradeParty>');
    if (/^\d{14}$/.test(digits(seller.siret)))
        out.push(el('ram:GlobalID', digits(seller.siret), { schemeID: '0009' }));
    out.push(el('ram:Name', seller.name));
    out.push(el('ram:Description', `${seller.legalForm} au capital de ${euros(seller.capitalCents)} EUR - RCS ${seller.rcsCity} ${digits(seller.siren)}`));
    out.push(`<ram:SpecifiedLegalOrganization>${el('ram:ID', digits(seller.siren), { schemeID: '0002' })}</ram:SpecifiedLegalOrganization>`);
    if (seller.phone || seller.email) {
        out.push('<ram:DefinedTradeContact>');
        if (seller.phone)
            out.push(`<ram:TelephoneUniversalCommunication>${el('ram:CompleteNumber', seller.phone)}</ram:TelephoneUniversalCommunication>`);
        if (seller.email)
            out.push(`<ram:EmailURIUniversalCommunication>${el('ram:URIID', seller.email)}</ram:EmailURIUniversalCommunication>`);
        out.push('</ram:DefinedTradeContact>');
    }
    out.push(addressXml(seller.address));
    out.push(`<ram:URIUniversalCommunication>${el('ram:URIID', digits(seller.siren), { schemeID: '0225' })}</ram:URIUniversalCommunication>`);
    out.push(`<ram:SpecifiedTaxRegistration>${el('ram:ID', compact(seller.vatNumber), { schemeID: 'VA' })}</ram:SpecifiedTaxRegistration>`);
    out.push('</ram:SellerTradeParty>');
    const buyerSiren = buyer.customerType === 'b2b' && buyer.zone === 'fr' && buyer.siren && /^\d{9}$/.test(digits(buyer.siren)) ? digits(buyer.siren) : null;
    out.push('<ram:BuyerTradeParty>');
    out.push(el('ram:Name', buyer.name));
    if (buyerSiren)
        out.push(`<ram:SpecifiedLegalOrganization>${el('ram:ID', buyerSiren, { schemeID: '0002' })}</ram:SpecifiedLegalOrganization>`);
    if (buyer.contactName)
        out.push(`<ram:DefinedTradeContact>${el('ram:PersonName', buyer.contactName)}</ram:DefinedTradeContact>`);
    out.push(addressXml(buyer.address));
    if (buyerSiren)
        out.push(`<ram:URIUniversalCommunication>${el('ram:URIID', buyerSiren, { schemeID: '0225' })}</ram:URIUniversalCommunication>`);
    else if (buyer.email)
        out.push(`<ram:URIUniversalCommunication>${el('ram:URIID', buyer.email, { schemeID: 'EM' })}</ram:URIUniversalCommunication>`);
    if (buyer.vatNumber && buyer.zone !== 'export')
        out.push(`<ram:SpecifiedTaxRegistration>${el('ram:ID', compact(buyer.vatNumber), { schemeID: 'VA' })}</ram:SpecifiedTaxRegistration>`);
    out.push('</ram:BuyerTradeParty>');
    if (references.orderNumber)
        out.push(`<ram:SellerOrderReferencedDocument>${el('ram:IssuerAssignedID', references.orderNumber)}</ram:SellerOrderReferencedDocument>`);
    if (references.clientReference)
        out.push(`<ram:BuyerOrderReferencedDocument>${el('ram:IssuerAssignedID', references.clientReference)}</ram:BuyerOrderReferencedDocument>`);
    out.push('</ram:ApplicableHeaderTradeAgreement>');
    // ---- delivery: ship-to (BG-15) when different, or always for an intra-Community supply (BR-IC-12)
    const intraCommunity = treatment.category === 'K';
    const shipTo = model.deliveryAddress ?? (intraCommunity ? buyer.address : null);
    const deliveryDate = model.deliveryDate ?? (intraCommunity ? model.date : null);
    out.push('<ram:ApplicableHeaderTradeDelivery>');
    if (shipTo)
        out.push(`<ram:ShipToTradeParty>${el('ram:Name', buyer.name)}${addressXml(shipTo)}</ram:ShipToTradeParty>`);
    if (deliveryDate)
        out.push(`<ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>${dateTime('udt', deliveryDate)}</ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>`);
    const despatch = references.deliveryNoteNumbers?.[0];
    if (despatch)
        out.push(`<ram:DespatchAdviceReferencedDocument>${el('ram:IssuerAssignedID', despatch)}</ram:DespatchAdviceReferencedDocument>`);
    out.push('</ram:ApplicableHeaderTradeDelivery>');
    // ---- settlement
    out.push('<ram:ApplicableHeaderTradeSettlement>');
    if (model.kind !== 'credit-note')
        out.push(el('ram:PaymentReference', model.number));
    out.push(el('ram:InvoiceCurrencyCode', 'EUR'));
    const method = model.paymentMethod ?? 'transfer';
    // A transfer needs the payee's IBAN (BR-61); without one the means stays "not defined" (1).
    const byTransfer = method === 'transfer' && !!seller.iban;
    out.push('<ram:SpecifiedTradeSettlementPaymentMeans>');
    out.push(el('ram:TypeCode', method === 'transfer' && !byTransfer ? '1' : PAYMENT_MEANS[method]));
    out.push(el('ram:Information', L.paymentMethods[method]));
    if (byTransfer) {
        out.push(`<ram:PayeePartyCreditorFinancialAccount>${el('ram:IBANID', compact(seller.iban))}</ram:PayeePartyCreditorFinancialAccount>`);
        if (seller.bic)
            out.push(`<ram:PayeeSpecifiedCreditorFinancialInstitution>${el('ram:BICID', compact(seller.bic))}</ram:PayeeSpecifiedCreditorFinancialInstitution>`);
    }
    out.push('</ram:SpecifiedTradeSettlementPaymentMeans>');
    for (const v of totals.vatBreakdown) {
        const category = categoryOf(v.rateBp);
        out.push('<ram:ApplicableTradeTax>');
        out.push(el('ram:CalculatedAmount', amount(v.vatCents)));
        out.push(el('ram:TypeCode', 'VAT'));
        if (exempt && mentions.exemptionReason)
            out.push(el('ram:ExemptionReason', mentions.exemptionReason));
        out.push(el('ram:BasisAmount', amount(v.baseCents)));
        out.push(el('ram:CategoryCode', category));
        if (exempt && treatment.exemptionCode)
            out.push(el('ram:ExemptionReasonCode', treatment.exemptionCode));
        out.push(el('ram:RateApplicablePercent', percent(rateOf(v.rateBp))));
        out.push('</ram:ApplicableTradeTax>');
    }
    // Document-level allowance (global discount) and charge (shipping), per VAT rate.
    for (const v of totals.vatBreakdown) {
        if (v.allowanceCents)
            out.push(allowanceChargeXml(false, v.allowanceCents, '95', L.totals.allowanceReason, categoryOf(v.rateBp), rateOf(v.rateBp)));
    }
    for (const v of totals.vatBreakdown) {
        if (v.chargeCents)
            out.push(allowanceChargeXml(true, v.chargeCents, 'FC', L.totals.chargeReason, categoryOf(v.rateBp), rateOf(v.rateBp)));
    }
    // A credit note is settled by deduction or refund: no payment terms nor due date (as on its PDF).
    const dueDate = model.kind === 'credit-note' ? null : model.dueDate;
    const paymentTerms = model.kind === 'credit-note' ? null : mentions.paymentTerms;
    if (paymentTerms || dueDate) {
        out.push('<ram:SpecifiedTradePaymentTerms>');
        if (paymentTerms)
            out.push(el('ram:Description', paymentTerms));
        if (dueDate)
            out.push(`<ram:DueDateDateTime>${dateTime('udt', dueDate)}</ram:DueDateDateTime>`);
        out.push('</ram:SpecifiedTradePaymentTerms>');
    }
    out.push('<ram:SpecifiedTradeSettlementHeaderMonetarySummation>');
    out.push(el('ram:LineTotalAmount', amount(totals.linesNetCents)));
    if (totals.chargeCents)
        out.push(el('ram:ChargeTotalAmount', amount(totals.chargeCents)));
    if (totals.allowanceCents)
        out.push(el('ram:AllowanceTotalAmount', amount(totals.allowanceCents)));
    out.push(el('ram:TaxBasisTotalAmount', amount(totals.netCents)));
    out.push(el('ram:TaxTotalAmount', amount(totals.vatCents), { currencyID: 'EUR' }));
    out.push(el('ram:GrandTotalAmount', amount(totals.grossCents)));
    out.push(el('ram:DuePayableAmount', amount(totals.grossCents)));
    out.push('</ram:SpecifiedTradeSettlementHeaderMonetarySummation>');
    // BG-3: the corrected invoice (credit note), or the deposit invoices deducted (final invoice).
    if (model.kind === 'credit-note' && references.invoiceNumber)
        out.push(precedingInvoiceXml(references.invoiceNumber, references.invoiceDate ?? null));
    if (model.kind === 'invoice')
        for (const d of references.deposits ?? [])
            out.push(precedingInvoiceXml(d.number, d.date));
    out.push('</ram:ApplicableHeaderTradeSettlement>');
    out.push('</rsm:SupplyChainTradeTransaction>');
    out.push('</rsm:CrossIndustryInvoice>');
    return out.join('\n') + '\n';
}
function lineXml(line, index, netCents, category, rateBp) {
    // The net price must not be negative (BR-27): a negative amount goes on the quantity.
    const sign = line.unitPriceCents < 0 ? -1 : 1;
    const unitPrice = sign * line.unitPriceCents;
    const quantity = sign * line.quantity;
    const netMicro = unitPrice * (10_000 - line.discountBp); // € × 10^-6
    const discountMicro = unitPrice * line.discountBp;
    const out = ['<ram:IncludedSupplyChainTradeLineItem>'];
    out.push(`<ram:AssociatedDocumentLineDocument>${el('ram:LineID', String(index + 1))}</ram:AssociatedDocumentLineDocument>`);
    out.push(`<ram:SpecifiedTradeProduct>${line.reference ? el('ram:SellerAssignedID', line.reference) : ''}${el('ram:Name', line.label)}</ram:SpecifiedTradeProduct>`);
    out.push('<ram:SpecifiedLineTradeAgreement>');
    if (line.discountBp) {
        out.push(`<ram:GrossPriceProductTradePrice>${el('ram:ChargeAmount', amount(unitPrice))}<ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>${el('ram:ActualAmount', micro(discountMicro))}</ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice>`);
    }
    out.push(`<ram:NetPriceProductTradePrice>${el('ram:ChargeAmount', micro(netMicro))}</ram:NetPriceProductTradePrice>`);
    out.push('</ram:SpecifiedLineTradeAgreement>');
    out.push(`<ram:SpecifiedLineTradeDelivery>${el('ram:BilledQuantity', decimal(quantity), { unitCode: (0, units_js_1.unitCode)(line.unit) })}</ram:SpecifiedLineTradeDelivery>`);
    out.push('<ram:SpecifiedLineTradeSettlement>');
    out.push(`<ram:ApplicableTradeTax>${el('ram:TypeCode', 'VAT')}${el('ram:CategoryCode', category)}${el('ram:RateApplicablePercent', percent(rateBp))}</ram:ApplicableTradeTax>`);
    out.push(`<ram:SpecifiedTradeSettlementLineMonetarySummation>${el('ram:LineTotalAmount', amount(netCents))}</ram:SpecifiedTradeSettlementLineMonetarySummation>`);
    out.push('</ram:SpecifiedLineTradeSettlement>');
    out.push('</ram:IncludedSupplyChainTradeLineItem>');
    return out.join('');
}
function allowanceChargeXml(charge, cents, reasonCode, reason, category, rateBp) {
    return ('<ram:SpecifiedTradeAllowanceCharge>' +
        `<ram:ChargeIndicator><udt:Indicator>${charge}</udt:Indicator></ram:ChargeIndicator>` +
        el('ram:ActualAmount', amount(cents)) +
        el('ram:ReasonCode', reasonCode) +
        el('ram:Reason', reason) +
        `<ram:CategoryTradeTax>${el('ram:TypeCode', 'VAT')}${el('ram:CategoryCode', category)}${el('ram:RateApplicablePercent', percent(rateBp))}</ram:CategoryTradeTax>` +
        '</ram:SpecifiedTradeAllowanceCharge>');
}
function precedingInvoiceXml(number, date) {
    const issued = date ? `<ram:FormattedIssueDateTime>${dateTime('qdt', date)}</ram:FormattedIssueDateTime>` : '';
    return `<ram:InvoiceReferencedDocument>${el('ram:IssuerAssignedID', number)}${issued}</ram:InvoiceReferencedDocument>`;
}
function addressXml(a) {
    return ('<ram:PostalTradeAddress>' +
        (a.postcode ? el('ram:PostcodeCode', a.postcode) : '') +
        el('ram:LineOne', a.line1) +
        (a.line2 ? el('ram:LineTwo', a.line2) : '') +
        el('ram:CityName', a.city) +
        el('ram:CountryID', a.country.toUpperCase()) +
        '</ram:PostalTradeAddress>');
}
function dateTime(prefix, iso) {
    return `<${prefix}:DateTimeString format="102">${(0, format_js_1.date102)(iso)}</${prefix}:DateTimeString>`;
}
function el(name, content, attrs = {}) {
    const a = Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('');
    return `<${name}${a}>${escapeText(content)}</${name}>`;
}
/** Escapes text for an XML attribute value (or any context). */
function escapeXml(text) {
    return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** Escapes element content: quotes and apostrophes stay readable. */
function escapeText(text) {
    return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]);
}
/** Integer cents → "1234.56" / "-867.00". */
function amount(cents) {
    if (!Number.isSafeInteger(cents))
        throw new RangeError(`Not an integer amount of cents: ${cents}`);
    const abs = Math.abs(cents);
    return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
/** Millionths of a euro → decimal with 2 to 6 decimals ("260.10", "4.4175"). */
function micro(units) {
    const abs = Math.abs(units);
    const fraction = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
    return `${units < 0 ? '-' : ''}${Math.floor(abs / 1_000_000)}.${fraction}`;
}
/** Basis points → "20.00" / "5.50". */
function percent(bp) {
    return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}
/** A quantity (≤ 3 decimals) as a plain decimal: 2 → "2", -1 → "-1", 1.5 → "1.5". */
function decimal(q) {
    const milli = (0, quantity_js_1.toMilli)(q);
    const abs = Math.abs(milli);
    const fraction = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
    return `${milli < 0 ? '-' : ''}${Math.floor(abs / 1000)}${fraction ? `.${fraction}` : ''}`;
}
function digits(value) {
    return value.replace(/\s/g, '');
}
function compact(value) {
    return value.replace(/[\s.]/g, '');
}
function euros(cents) {
    const whole = Math.trunc(cents / 100);
    const rest = Math.abs(cents % 100);
    return rest ? `${whole}.${String(rest).padStart(2, '0')}` : String(whole);
}
//# sourceMappingURL=cii-xml.js.map
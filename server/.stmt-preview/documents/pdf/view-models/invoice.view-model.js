"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invoiceViewModel = invoiceViewModel;
exports.invoiceSections = invoiceSections;
const legal_mentions_js_1 = require("../legal-mentions.js");
const common_js_1 = require("./common.js");
/**
 * Invoice and deposit invoice (facture, facture d'acompte): every mention of legal-fr §1.2 and the
 * four reform mentions of §1.3 (buyer SIREN, delivery address when different, nature of operations;
 * no "débits" option for a goods seller), exemption wording for intra-EU and export supplies (§1.8),
 * payment date as a calendar date, escompte, penalty rate, 40 € indemnity for business clients
 * only (§1.10–1.11), deposits listed and deducted on the final invoice (§1.6).
 */
function invoiceViewModel(model, texts) {
    if (model.kind !== 'invoice' && model.kind !== 'deposit-invoice')
        throw new Error(`invoiceViewModel: not an invoice (${model.kind})`);
    const c = (0, common_js_1.viewContext)(model, texts);
    const { L } = c;
    const mentions = (0, legal_mentions_js_1.invoiceMentions)(model, texts);
    const vm = (0, common_js_1.baseViewModel)(c);
    vm.meta = [(0, common_js_1.numberMeta)(c), { label: L.meta.issueDate, value: c.date(model.date) }];
    if (model.deliveryDate && model.deliveryDate !== model.date)
        vm.meta.push({ label: L.meta.deliveryDate, value: c.date(model.deliveryDate) });
    if (model.dueDate)
        vm.meta.push({ label: L.meta.dueDate, value: c.date(model.dueDate) });
    vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...(0, common_js_1.referenceMeta)(c, ['clientReference', 'orderNumber', 'deliveryNotes', 'quoteNumber']));
    vm.parties = [(0, common_js_1.buyerParty)(c, L.parties.client), (0, common_js_1.deliveryParty)(c, L.parties.delivery)].filter((p) => p !== null);
    if (model.kind === 'deposit-invoice') {
        const description = model.depositDescription?.trim()
            ? c.t('invoice.deposit-object', { description: model.depositDescription.trim() })
            : c.t('invoice.deposit-object-default', { orderNumber: model.references.orderNumber ?? '—' });
        vm.intro = [{ title: L.sections.deposit, paragraphs: [description] }];
    }
    Object.assign(vm, (0, common_js_1.pricedLines)(c));
    vm.totals = (0, common_js_1.totalsViewModel)(c, model.totals ? { label: L.totals.netToPay, value: c.money(model.totals.grossCents), strong: true } : null);
    if (vm.totals)
        vm.totals.notes = [...mentions.vatNotices, mentions.natureOfOperations];
    vm.deposits = depositsTable(c);
    vm.sections = invoiceSections(c, mentions);
    return vm;
}
/**
 * Payment terms (date, bank details, escompte, penalties, indemnity) and remarks, shared with credit
 * notes. The VAT notices and the nature of operations go under the VAT summary (totals.notes).
 */
function invoiceSections(c, m, opening = []) {
    const { L, model } = c;
    const payment = [...opening, m.paymentDate ?? m.paymentTerms, m.bankDetails, m.transferReference, m.escompte, m.penalties, m.indemnity].filter((p) => !!p);
    const sections = [{ title: L.sections.payment, paragraphs: payment }];
    if (model.notes?.trim())
        sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
    return sections;
}
function depositsTable(c) {
    const deposits = c.model.references.deposits ?? [];
    if (!deposits.length)
        return null;
    const { L } = c;
    const rows = deposits.map((d) => [d.number, c.date(d.date), c.money(d.netCents), c.money(d.vatCents), c.money(d.grossCents)]);
    return {
        title: L.deposits.title,
        intro: c.t('invoice.deposits-deducted'),
        headers: [L.deposits.number, L.deposits.date, L.deposits.net, L.deposits.vat, L.deposits.gross],
        align: ['left', 'left', 'right', 'right', 'right'],
        rows,
    };
}
//# sourceMappingURL=invoice.view-model.js.map
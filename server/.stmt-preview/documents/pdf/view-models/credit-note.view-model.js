"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.creditNoteViewModel = creditNoteViewModel;
const legal_mentions_js_1 = require("../legal-mentions.js");
const common_js_1 = require("./common.js");
const invoice_view_model_js_1 = require("./invoice.view-model.js");
/**
 * Credit note (avoir): an invoice in its own right (CGI 289-I-5), so it carries every invoice mention,
 * and it references the corrected invoice by number and date (legal-fr §1.5).
 */
function creditNoteViewModel(model, texts) {
    if (model.kind !== 'credit-note')
        throw new Error(`creditNoteViewModel: not a credit note (${model.kind})`);
    const c = (0, common_js_1.viewContext)(model, texts);
    const { L } = c;
    const { references } = model;
    const vm = (0, common_js_1.baseViewModel)(c);
    vm.meta = [(0, common_js_1.numberMeta)(c), { label: L.meta.issueDate, value: c.date(model.date) }];
    if (references.invoiceNumber) {
        const invoiceDate = references.invoiceDate ? ` (${c.date(references.invoiceDate)})` : '';
        vm.meta.push({ label: L.meta.invoiceReference, value: `${references.invoiceNumber}${invoiceDate}` });
    }
    vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...(0, common_js_1.referenceMeta)(c, ['clientReference', 'orderNumber']));
    vm.parties = [(0, common_js_1.buyerParty)(c, L.parties.client), (0, common_js_1.deliveryParty)(c, L.parties.delivery)].filter((p) => p !== null);
    const intro = [];
    if (references.invoiceNumber) {
        intro.push(c.t('invoice.credit-note-reference', {
            invoiceNumber: references.invoiceNumber,
            invoiceDate: references.invoiceDate ? c.date(references.invoiceDate) : '—',
        }));
    }
    if (model.reason?.trim())
        intro.push(c.t('invoice.credit-note-reason', { reason: model.reason.trim() }));
    if (intro.length)
        vm.intro = [{ title: L.sections.creditNote, paragraphs: intro }];
    Object.assign(vm, (0, common_js_1.pricedLines)(c));
    vm.totals = (0, common_js_1.totalsViewModel)(c, model.totals ? { label: L.totals.creditTotal, value: c.money(model.totals.grossCents), strong: true } : null);
    const mentions = (0, legal_mentions_js_1.invoiceMentions)(model, texts);
    if (vm.totals)
        vm.totals.notes = [...mentions.vatNotices, mentions.natureOfOperations];
    // A credit note is settled by deduction or refund: no payment date, no bank details to pay to.
    vm.sections = (0, invoice_view_model_js_1.invoiceSections)(c, { ...mentions, paymentDate: null, paymentTerms: null, bankDetails: null, transferReference: null }, [c.t('invoice.credit-note-settlement')]);
    return vm;
}
//# sourceMappingURL=credit-note.view-model.js.map
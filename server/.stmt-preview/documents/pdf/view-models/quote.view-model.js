"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quoteViewModel = quoteViewModel;
const legal_mentions_js_1 = require("../legal-mentions.js");
const common_js_1 = require("./common.js");
/**
 * Quote (devis): validity date, delivery date, payment terms, lines and totals per VAT rate, and the
 * "Bon pour accord" acceptance block (legal-fr §2.1).
 */
function quoteViewModel(model, texts) {
    if (model.kind !== 'quote')
        throw new Error(`quoteViewModel: not a quote (${model.kind})`);
    const c = (0, common_js_1.viewContext)(model, texts);
    const { L } = c;
    const vm = (0, common_js_1.baseViewModel)(c);
    vm.meta = [(0, common_js_1.numberMeta)(c), { label: L.meta.date, value: c.date(model.date) }];
    if (model.validUntil)
        vm.meta.push({ label: L.meta.validUntil, value: c.date(model.validUntil) });
    vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...(0, common_js_1.referenceMeta)(c, ['clientReference']));
    vm.parties = [(0, common_js_1.buyerParty)(c, L.parties.client), (0, common_js_1.deliveryParty)(c, L.parties.delivery)].filter((p) => p !== null);
    Object.assign(vm, (0, common_js_1.pricedLines)(c));
    vm.totals = (0, common_js_1.totalsViewModel)(c, null);
    if (vm.totals)
        vm.totals.notes = (0, legal_mentions_js_1.invoiceMentions)(model, texts).vatNotices;
    const terms = [];
    if (model.validUntil)
        terms.push(c.t('quote.validity', { validUntil: c.date(model.validUntil) }));
    if (model.promisedDeliveryDate)
        terms.push(c.t('quote.lead-time', { date: c.date(model.promisedDeliveryDate) }));
    if (model.paymentTerms)
        terms.push(c.t('common.payment-terms', { terms: L.paymentTerms[model.paymentTerms], method: L.paymentMethods[model.paymentMethod ?? 'transfer'] }));
    terms.push(c.t('quote.general-terms'));
    const sections = [{ title: L.sections.quoteTerms, paragraphs: terms }];
    if (model.notes?.trim())
        sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
    vm.sections = sections;
    vm.signature = { title: c.t('quote.acceptance-title'), intro: c.t('quote.acceptance-intro'), fields: c.paragraphs('quote.acceptance-fields') };
    return vm;
}
//# sourceMappingURL=quote.view-model.js.map
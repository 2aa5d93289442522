"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderViewModel = orderViewModel;
const legal_mentions_js_1 = require("../legal-mentions.js");
const common_js_1 = require("./common.js");
/**
 * Order form (bon de commande): the client's order as recorded by the seller, with the client's PO
 * number, delivery dates and address, Incoterm, payment terms, totals and an acceptance block
 * (legal-fr §2.2).
 */
function orderViewModel(model, texts) {
    if (model.kind !== 'order')
        throw new Error(`orderViewModel: not an order (${model.kind})`);
    const c = (0, common_js_1.viewContext)(model, texts);
    const { L } = c;
    const vm = (0, common_js_1.baseViewModel)(c);
    vm.meta = [(0, common_js_1.numberMeta)(c), { label: L.meta.date, value: c.date(model.date) }, { label: L.meta.clientCode, value: model.buyer.code }];
    vm.meta.push(...(0, common_js_1.referenceMeta)(c, ['clientReference', 'quoteNumber']));
    if (model.requestedDeliveryDate)
        vm.meta.push({ label: L.meta.requestedDeliveryDate, value: c.date(model.requestedDeliveryDate) });
    if (model.promisedDeliveryDate)
        vm.meta.push({ label: L.meta.promisedDeliveryDate, value: c.date(model.promisedDeliveryDate) });
    vm.parties = [(0, common_js_1.buyerParty)(c, L.parties.client), (0, common_js_1.deliveryParty)(c, L.parties.delivery)].filter((p) => p !== null);
    Object.assign(vm, (0, common_js_1.pricedLines)(c));
    vm.totals = (0, common_js_1.totalsViewModel)(c, null);
    if (vm.totals)
        vm.totals.notes = (0, legal_mentions_js_1.invoiceMentions)(model, texts).vatNotices;
    const terms = [];
    if (model.requestedDeliveryDate)
        terms.push(c.t('order.requested-delivery', { date: c.date(model.requestedDeliveryDate) }));
    if (model.promisedDeliveryDate)
        terms.push(c.t('order.promised-delivery', { date: c.date(model.promisedDeliveryDate) }));
    if (model.shipping?.incoterm)
        terms.push(`${L.shipping.incoterm}${c.lang === 'fr' ? '\u00a0: ' : ': '}${model.shipping.incoterm}`);
    if (model.paymentTerms)
        terms.push(c.t('common.payment-terms', { terms: L.paymentTerms[model.paymentTerms], method: L.paymentMethods[model.paymentMethod ?? 'transfer'] }));
    terms.push(c.t('order.general-terms', { seller: model.seller.name }));
    const sections = [{ title: L.sections.orderTerms, paragraphs: terms }];
    if (model.notes?.trim())
        sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
    vm.sections = sections;
    vm.signature = { title: c.t('order.acceptance-title'), intro: c.t('order.acceptance-intro'), fields: c.paragraphs('order.acceptance-fields') };
    return vm;
}
//# sourceMappingURL=order.view-model.js.map
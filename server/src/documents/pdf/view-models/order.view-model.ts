import type { DocumentModel } from '../../document-model.js';
import type { DocumentTexts } from '../document-texts.js';
import { invoiceMentions } from '../legal-mentions.js';
import { baseViewModel, buyerParty, deliveryParty, numberMeta, pricedLines, referenceMeta, totalsViewModel, viewContext } from './common.js';
import type { DocumentViewModel, TextSection } from './view-model.types.js';

/**
 * Order form (bon de commande): the client's order as recorded by the seller, with the client's PO
 * number, delivery dates and address, Incoterm, payment terms, totals and an acceptance block
 * (legal-fr §2.2).
 */
export function orderViewModel(model: DocumentModel, texts: DocumentTexts): DocumentViewModel {
  if (model.kind !== 'order') throw new Error(`orderViewModel: not an order (${model.kind})`);
  const c = viewContext(model, texts);
  const { L } = c;
  const vm = baseViewModel(c);

  vm.meta = [numberMeta(c), { label: L.meta.date, value: c.date(model.date) }, { label: L.meta.clientCode, value: model.buyer.code }];
  vm.meta.push(...referenceMeta(c, ['clientReference', 'quoteNumber']));
  if (model.requestedDeliveryDate) vm.meta.push({ label: L.meta.requestedDeliveryDate, value: c.date(model.requestedDeliveryDate) });
  if (model.promisedDeliveryDate) vm.meta.push({ label: L.meta.promisedDeliveryDate, value: c.date(model.promisedDeliveryDate) });

  vm.parties = [buyerParty(c, L.parties.client), deliveryParty(c, L.parties.delivery)].filter((p) => p !== null);
  Object.assign(vm, pricedLines(c));
  vm.totals = totalsViewModel(c, null);
  if (vm.totals) vm.totals.notes = invoiceMentions(model, texts).vatNotices;

  const terms: string[] = [];
  if (model.requestedDeliveryDate) terms.push(c.t('order.requested-delivery', { date: c.date(model.requestedDeliveryDate) }));
  if (model.promisedDeliveryDate) terms.push(c.t('order.promised-delivery', { date: c.date(model.promisedDeliveryDate) }));
  if (model.shipping?.incoterm) terms.push(`${L.shipping.incoterm}${c.lang === 'fr' ? '\u00a0: ' : ': '}${model.shipping.incoterm}`);
  if (model.paymentTerms) terms.push(c.t('common.payment-terms', { terms: L.paymentTerms[model.paymentTerms], method: L.paymentMethods[model.paymentMethod ?? 'transfer'] }));
  terms.push(c.t('order.general-terms', { seller: model.seller.name }));
  const sections: TextSection[] = [{ title: L.sections.orderTerms, paragraphs: terms }];
  if (model.notes?.trim()) sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
  vm.sections = sections;

  vm.signature = { title: c.t('order.acceptance-title'), intro: c.t('order.acceptance-intro'), fields: c.paragraphs('order.acceptance-fields') };
  return vm;
}

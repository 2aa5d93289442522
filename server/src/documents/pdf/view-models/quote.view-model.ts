import type { DocumentModel } from '../../document-model.js';
import type { DocumentTexts } from '../document-texts.js';
import { invoiceMentions } from '../legal-mentions.js';
import { baseViewModel, buyerParty, deliveryParty, numberMeta, pricedLines, referenceMeta, totalsViewModel, viewContext } from './common.js';
import type { DocumentViewModel, TextSection } from './view-model.types.js';

/**
 * Quote (devis): validity date, delivery date, payment terms, lines and totals per VAT rate, and the
 * "Bon pour accord" acceptance block (legal-fr §2.1).
 */
export function quoteViewModel(model: DocumentModel, texts: DocumentTexts): DocumentViewModel {
  if (model.kind !== 'quote') throw new Error(`quoteViewModel: not a quote (${model.kind})`);
  const c = viewContext(model, texts);
  const { L } = c;
  const vm = baseViewModel(c);

  vm.meta = [numberMeta(c), { label: L.meta.date, value: c.date(model.date) }];
  if (model.validUntil) vm.meta.push({ label: L.meta.validUntil, value: c.date(model.validUntil) });
  vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...referenceMeta(c, ['clientReference']));

  vm.parties = [buyerParty(c, L.parties.client), deliveryParty(c, L.parties.delivery)].filter((p) => p !== null);
  Object.assign(vm, pricedLines(c));
  vm.totals = totalsViewModel(c, null);
  if (vm.totals) vm.totals.notes = invoiceMentions(model, texts).vatNotices;

  const terms: string[] = [];
  if (model.validUntil) terms.push(c.t('quote.validity', { validUntil: c.date(model.validUntil) }));
  if (model.promisedDeliveryDate) terms.push(c.t('quote.lead-time', { date: c.date(model.promisedDeliveryDate) }));
  if (model.paymentTerms) terms.push(c.t('common.payment-terms', { terms: L.paymentTerms[model.paymentTerms], method: L.paymentMethods[model.paymentMethod ?? 'transfer'] }));
  terms.push(c.t('quote.general-terms'));
  const sections: TextSection[] = [{ title: L.sections.quoteTerms, paragraphs: terms }];
  if (model.notes?.trim()) sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
  vm.sections = sections;

  vm.signature = { title: c.t('quote.acceptance-title'), intro: c.t('quote.acceptance-intro'), fields: c.paragraphs('quote.acceptance-fields') };
  return vm;
}

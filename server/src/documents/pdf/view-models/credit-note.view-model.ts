import type { DocumentModel } from '../../document-model.js';
import type { DocumentTexts } from '../document-texts.js';
import { invoiceMentions } from '../legal-mentions.js';
import { baseViewModel, buyerParty, deliveryParty, numberMeta, pricedLines, referenceMeta, totalsViewModel, viewContext } from './common.js';
import { invoiceSections } from './invoice.view-model.js';
import type { DocumentViewModel } from './view-model.types.js';

/**
 * Credit note (avoir): an invoice in its own right (CGI 289-I-5), so it carries every invoice mention,
 * and it references the corrected invoice by number and date (legal-fr §1.5).
 */
export function creditNoteViewModel(model: DocumentModel, texts: DocumentTexts): DocumentViewModel {
  if (model.kind !== 'credit-note') throw new Error(`creditNoteViewModel: not a credit note (${model.kind})`);
  const c = viewContext(model, texts);
  const { L } = c;
  const { references } = model;
  const vm = baseViewModel(c);

  vm.meta = [numberMeta(c), { label: L.meta.issueDate, value: c.date(model.date) }];
  if (references.invoiceNumber) {
    const invoiceDate = references.invoiceDate ? ` (${c.date(references.invoiceDate)})` : '';
    vm.meta.push({ label: L.meta.invoiceReference, value: `${references.invoiceNumber}${invoiceDate}` });
  }
  vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...referenceMeta(c, ['clientReference', 'orderNumber']));

  vm.parties = [buyerParty(c, L.parties.client), deliveryParty(c, L.parties.delivery)].filter((p) => p !== null);

  const intro: string[] = [];
  if (references.invoiceNumber) {
    intro.push(
      c.t('invoice.credit-note-reference', {
        invoiceNumber: references.invoiceNumber,
        invoiceDate: references.invoiceDate ? c.date(references.invoiceDate) : '—',
      }),
    );
  }
  if (model.reason?.trim()) intro.push(c.t('invoice.credit-note-reason', { reason: model.reason.trim() }));
  if (intro.length) vm.intro = [{ title: L.sections.creditNote, paragraphs: intro }];

  Object.assign(vm, pricedLines(c));
  vm.totals = totalsViewModel(c, model.totals ? { label: L.totals.creditTotal, value: c.money(model.totals.grossCents), strong: true } : null);
  const mentions = invoiceMentions(model, texts);
  if (vm.totals) vm.totals.notes = [...mentions.vatNotices, mentions.natureOfOperations];
  // A credit note is settled by deduction or refund: no payment date, no bank details to pay to.
  vm.sections = invoiceSections(c, { ...mentions, paymentDate: null, paymentTerms: null, bankDetails: null, transferReference: null }, [c.t('invoice.credit-note-settlement')]);
  return vm;
}

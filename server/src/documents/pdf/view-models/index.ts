import type { DocumentModel } from '../../document-model.js';
import type { DocumentTexts } from '../document-texts.js';
import { creditNoteViewModel } from './credit-note.view-model.js';
import { deliveryNoteViewModel } from './delivery-note.view-model.js';
import { invoiceViewModel } from './invoice.view-model.js';
import { orderViewModel } from './order.view-model.js';
import { quoteViewModel } from './quote.view-model.js';
import type { DocumentViewModel } from './view-model.types.js';

export type { DocumentViewModel } from './view-model.types.js';

/** DocumentModel → the strings its PDF prints. Pure: the text catalogue is passed in. */
export function buildViewModel(model: DocumentModel, texts: DocumentTexts): DocumentViewModel {
  switch (model.kind) {
    case 'quote':
      return quoteViewModel(model, texts);
    case 'order':
      return orderViewModel(model, texts);
    case 'delivery-note':
      return deliveryNoteViewModel(model, texts);
    case 'invoice':
    case 'deposit-invoice':
      return invoiceViewModel(model, texts);
    case 'credit-note':
      return creditNoteViewModel(model, texts);
  }
}

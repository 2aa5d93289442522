import type { DocumentKind } from '../../document-model.js';
import type { RenderContext } from '../blocks/layout.js';
import { creditNoteTemplate } from './credit-note.template.js';
import { deliveryNoteTemplate } from './delivery-note.template.js';
import { invoiceTemplate } from './invoice.template.js';
import { orderTemplate } from './order.template.js';
import { quoteTemplate } from './quote.template.js';

export type DocumentTemplate = (ctx: RenderContext) => void;

export const TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  quote: quoteTemplate,
  order: orderTemplate,
  'delivery-note': deliveryNoteTemplate,
  invoice: invoiceTemplate,
  'deposit-invoice': invoiceTemplate,
  'credit-note': creditNoteTemplate,
};

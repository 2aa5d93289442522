import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';

/** How one document type is stored: its table, its line table, the lines' key, and how a draft is named. */
export interface DocumentTable {
  resource: string;
  document: EntityTarget<ObjectLiteral>;
  lines: EntityTarget<ObjectLiteral>;
  key: string;
  draftLabel: string;
  /** The refusal when the document is no longer a draft. */
  notDraft: ErrorCode;
}

export const DOCUMENT_TABLES = {
  quotes: { resource: 'quotes', document: Quote, lines: QuoteLine, key: 'quoteId', draftLabel: 'Devis brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
  orders: { resource: 'orders', document: Order, lines: OrderLine, key: 'orderId', draftLabel: 'Commande brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
  'delivery-notes': { resource: 'delivery-notes', document: DeliveryNote, lines: DeliveryNoteLine, key: 'deliveryNoteId', draftLabel: 'BL brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
  invoices: { resource: 'invoices', document: Invoice, lines: InvoiceLine, key: 'invoiceId', draftLabel: 'Facture brouillon', notDraft: 'INVOICE_FROZEN' },
  'credit-notes': { resource: 'credit-notes', document: CreditNote, lines: CreditNoteLine, key: 'creditNoteId', draftLabel: 'Avoir brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
} as const satisfies Record<string, DocumentTable>;

/** Inserts the lines of document `id` (after removing the previous ones when `replace`). */
export async function writeLines(em: EntityManager, table: DocumentTable, id: number, lines: object[], { replace = false } = {}): Promise<void> {
  if (replace) await em.delete(table.lines, { [table.key]: id });
  if (lines.length) await em.insert(table.lines, lines.map((l) => ({ ...l, [table.key]: id })));
}

/** Deletes a draft and its lines, journaled; anything validated is refused and kept. */
export async function removeDraft(em: EntityManager, ctx: SandboxContext, journal: JournalService, table: DocumentTable, id: number) {
  const doc = await em.findOneByOrFail(table.document, { id });
  if (doc.status !== 'draft') throw new DomainException(table.notDraft);
  await em.delete(table.lines, { [table.key]: id });
  await em.delete(table.document, { id });
  await journal.record(em, ctx, { resource: table.resource, recordId: id, action: 'delete', label: `${table.draftLabel} supprimé(e)`, before: doc });
  return { id };
}

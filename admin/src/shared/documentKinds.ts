import type { ChipColor } from './EnumField';

/** The five sales resources, in the order of a sale. */
export type SalesResource = 'quotes' | 'orders' | 'delivery-notes' | 'invoices' | 'credit-notes';

export interface DocumentKind {
  /** i18n enum holding the status labels: app.enums.<statusEnum>.<status>. */
  statusEnum: string;
  /** Status values in the order of the list's tabs. */
  statuses: readonly string[];
  colors: Record<string, ChipColor>;
  /** i18n key of the singular noun (resources.<r>.name, smart_count 1). */
  resource: SalesResource;
}

export const DOCUMENT_KINDS: Record<SalesResource, DocumentKind> = {
  quotes: {
    resource: 'quotes',
    statusEnum: 'quoteStatus',
    statuses: ['draft', 'validated', 'sent', 'accepted', 'refused', 'expired'],
    colors: { validated: 'info', sent: 'primary', accepted: 'success', refused: 'error', expired: 'warning' },
  },
  orders: {
    resource: 'orders',
    statusEnum: 'orderStatus',
    statuses: ['draft', 'validated', 'partially_delivered', 'delivered', 'cancelled'],
    colors: { validated: 'info', partially_delivered: 'warning', delivered: 'success', cancelled: 'error' },
  },
  'delivery-notes': {
    resource: 'delivery-notes',
    statusEnum: 'deliveryNoteStatus',
    statuses: ['draft', 'validated'],
    colors: { validated: 'success' },
  },
  invoices: {
    resource: 'invoices',
    statusEnum: 'invoiceStatus',
    statuses: ['draft', 'validated'],
    colors: { validated: 'success' },
  },
  'credit-notes': {
    resource: 'credit-notes',
    statusEnum: 'creditNoteStatus',
    statuses: ['draft', 'validated'],
    colors: { validated: 'success' },
  },
};

export const isSalesResource = (value: string): value is SalesResource => Object.hasOwn(DOCUMENT_KINDS, value);

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Header fields common to the priced documents' write bodies; blanks become null. */
export const commonPayload = (data: Record<string, unknown>) => ({
  clientId: data.clientId,
  contactId: data.contactId || null,
  paymentTerms: data.paymentTerms || null,
  paymentMethod: data.paymentMethod || null,
  globalDiscountBp: finite(data.globalDiscountBp) ? data.globalDiscountBp : 0,
  shippingCents: finite(data.shippingCents) ? data.shippingCents : 0,
  shippingVatRateBp: data.shippingVatRateBp ?? 2000,
  notes: typeof data.notes === 'string' && data.notes.trim() ? data.notes : null,
});

/** Default values of a new priced document. */
export const newDocumentDefaults = () => ({
  globalDiscountBp: 0,
  shippingCents: 0,
  shippingVatRateBp: 2000,
});

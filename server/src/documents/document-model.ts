import { Totals } from './lines/compute-totals.js';

/**
 * What a commercial document says, independent of storage: built by the sales services from the
 * sandbox's entities, turned into a PDF (and, for invoices and credit notes, Factur-X CII XML) by
 * `documents/pdf` and `documents/facturx`. Money in cents, rates in basis points, quantities as
 * numbers with up to 3 decimals, dates "YYYY-MM-DD", countries ISO 3166 alpha-2.
 */
export type DocumentKind = 'quote' | 'order' | 'delivery-note' | 'invoice' | 'deposit-invoice' | 'credit-note';

export interface AddressModel {
  line1: string;
  line2?: string | null;
  postcode: string;
  city: string;
  country: string;
}

export interface SellerModel {
  name: string;
  legalForm: string;
  capitalCents: number;
  siren: string;
  siret: string;
  rcsCity: string;
  vatNumber: string;
  nafCode: string;
  address: AddressModel;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  iban: string;
  bic: string;
  /** data:image/png;base64,… */
  logoDataUrl?: string | null;
  /** CGV as printed on invoices. */
  latePenaltyRateBp: number;
  latePenaltyWording: string;
  recoveryIndemnityCents: number;
  earlyPaymentDiscount: string;
  documentFooterNote?: string | null;
}

export interface BuyerModel {
  /** The tier's code in the seller's books (C0012). */
  code: string;
  name: string;
  customerType: 'b2b' | 'b2c';
  /** fr = France, eu = another EU member state, export = outside the EU. */
  zone: 'fr' | 'eu' | 'export';
  legalForm?: string | null;
  siren?: string | null;
  vatNumber?: string | null;
  address: AddressModel;
  email?: string | null;
  contactName?: string | null;
}

export interface DocumentLineModel {
  reference?: string | null;
  label: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
  discountBp: number;
  vatRateBp: number;
  netCents: number;
  /** Delivery notes: what the order asked, what this note delivers, what remains (backorder). */
  orderedQuantity?: number;
  previouslyDeliveredQuantity?: number;
  remainingQuantity?: number;
}

export interface DepositReference {
  number: string;
  date: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface DocumentModel {
  kind: DocumentKind;
  /** draft documents have no number and print a "BROUILLON" watermark. */
  status: string;
  number: string | null;
  date: string;
  language: 'fr' | 'en';
  seller: SellerModel;
  buyer: BuyerModel;
  /** Printed only when it differs from the buyer's address. */
  deliveryAddress?: AddressModel | null;
  references: {
    quoteNumber?: string | null;
    orderNumber?: string | null;
    /** The client's purchase-order number (BT-13): printed on the invoice when there is one. */
    clientReference?: string | null;
    deliveryNoteNumbers?: string[];
    /** Credit notes: the invoice they correct (number and date, BG-3). */
    invoiceNumber?: string | null;
    invoiceDate?: string | null;
    /** Final invoices: deposit invoices deducted. */
    deposits?: DepositReference[];
  };
  lines: DocumentLineModel[];
  /** Absent on delivery notes (no prices). */
  totals?: Totals;
  /** standard = French VAT; intra_eu = exempt intra-Community supply (K); export = exempt export (G). */
  vatRegime: 'standard' | 'intra_eu' | 'export';
  natureOfOperations: 'goods' | 'services' | 'mixed';
  /** Quotes. */
  validUntil?: string | null;
  /** Quotes and orders. */
  promisedDeliveryDate?: string | null;
  requestedDeliveryDate?: string | null;
  /** Invoices, deposit invoices, credit notes: the calendar date payment is due, and the terms. */
  dueDate?: string | null;
  paymentTerms?: 'on_receipt' | 'net_15' | 'net_30' | 'net_45' | 'net_60' | 'net_30_eom' | 'net_45_eom' | null;
  paymentMethod?: 'transfer' | 'cheque' | 'card' | 'lcr' | 'sepa_debit' | 'cash' | null;
  /** Date of supply when different from the issue date. */
  deliveryDate?: string | null;
  /** Delivery notes. */
  shipping?: { carrier?: string | null; parcels?: number | null; weightGrams?: number | null; trackingNumber?: string | null; incoterm?: string | null } | null;
  /** Credit notes. */
  reason?: string | null;
  /** Deposit invoices: "Acompte de 30 % sur la commande CMD-2026-0004". */
  depositDescription?: string | null;
  notes?: string | null;
}

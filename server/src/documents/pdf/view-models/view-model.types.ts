import type { DocumentKind } from '../../document-model.js';

/**
 * What a PDF template prints: plain strings only, every amount formatted, every mention resolved.
 * Built by the pure `*.view-model.ts` functions, drawn by the blocks; nothing in the blocks decides
 * what the law requires.
 */
export type Align = 'left' | 'center' | 'right';

export type ColumnKey =
  | 'reference'
  | 'description'
  | 'quantity'
  | 'unit'
  | 'unitPrice'
  | 'discount'
  | 'vatRate'
  | 'lineTotal'
  | 'ordered'
  | 'previouslyDelivered'
  | 'delivered'
  | 'remaining';

export interface ColumnViewModel {
  key: ColumnKey;
  header: string;
  align: Align;
}

export interface LineViewModel {
  cells: Partial<Record<ColumnKey, string>>;
}

export interface LabelValue {
  label: string;
  value: string;
}

export interface PartyViewModel {
  title: string;
  /** First line is the party's name, printed bold. */
  lines: string[];
}

export interface SellerViewModel {
  name: string;
  logoDataUrl: string | null;
  /** Address and contact lines under the letterhead. */
  lines: string[];
  /** SIREN/RCS and VAT number, printed under the address. */
  identity: string[];
}

export interface TotalRow {
  label: string;
  value: string;
  /** Bold and framed (Total TTC, Net à payer). */
  strong?: boolean;
}

export interface TableViewModel {
  title: string;
  intro?: string;
  headers: string[];
  rows: string[][];
  /** Alignment per column. */
  align: Align[];
}

export interface TotalsViewModel {
  rows: TotalRow[];
  /** VAT summary per rate (Taux / Base HT / Montant TVA). */
  vatTable: TableViewModel;
  /** Short notices printed under the VAT summary: exemption reference, autoliquidation, nature of operations. */
  notes: string[];
}

export interface TextSection {
  title?: string;
  paragraphs: string[];
}

export interface SignatureViewModel {
  title: string;
  intro: string;
  fields: string[];
  /** Delivery notes: a framed area for the recipient's reservations. */
  reservations?: string;
}

export interface DocumentViewModel {
  kind: DocumentKind;
  language: 'fr' | 'en';
  /** "FACTURE", "AVOIR", "BON DE LIVRAISON"… */
  title: string;
  number: string | null;
  /** "BROUILLON" / "DRAFT" when the document has no number yet, else null. */
  watermark: string | null;
  /** PDF document title: "Facture FA-2026-00042". */
  fileTitle: string;
  seller: SellerViewModel;
  /** Number, dates, client code, references: the box under the title. */
  meta: LabelValue[];
  /** Client (billing) first, then the delivery address when it differs. */
  parties: PartyViewModel[];
  /** Printed between the parties and the lines (credit-note reference, deposit object). */
  intro: TextSection[];
  columns: ColumnViewModel[];
  lines: LineViewModel[];
  totals: TotalsViewModel | null;
  /** Final invoices: deposit invoices deducted. */
  deposits: TableViewModel | null;
  /** Delivery notes: carrier, parcels, weight, tracking, Incoterm. */
  shipping: { title: string; rows: LabelValue[] } | null;
  /** Printed after the totals: payment terms, VAT notices, legal mentions, terms of the offer. */
  sections: TextSection[];
  signature: SignatureViewModel | null;
  /** Legal identity of the seller (R123-237), repeated at the foot of every page. */
  footer: string[];
  /** "Page {{page}} / {{pages}}". */
  pageLabel: string;
  /** Appended to the title on continuation pages. */
  continuedLabel: string;
}

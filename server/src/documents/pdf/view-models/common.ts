import type { DocumentModel } from '../../document-model.js';
import { fillPlaceholders, type DocumentTexts, type TextVars } from '../document-texts.js';
import * as f from '../format.js';
import { labelsFor, type Labels } from '../labels/index.js';
import type {
  ColumnKey,
  ColumnViewModel,
  DocumentViewModel,
  LabelValue,
  LineViewModel,
  PartyViewModel,
  SellerViewModel,
  TableViewModel,
  TotalRow,
  TotalsViewModel,
} from './view-model.types.js';

/** Formatting context shared by the view models of one document. */
export interface ViewContext {
  model: DocumentModel;
  lang: 'fr' | 'en';
  L: Labels;
  texts: DocumentTexts;
  t: (key: string, vars?: TextVars) => string;
  paragraphs: (key: string, vars?: TextVars) => string[];
  money: (cents: number) => string;
  date: (iso: string) => string;
  /** Table cells: "16 Mar 2026" in English. */
  shortDate: (iso: string) => string;
  rate: (bp: number) => string;
  qty: (q: number) => string;
  /** Print countries on addresses: some party is outside France. */
  international: boolean;
}

export function viewContext(model: DocumentModel, texts: DocumentTexts): ViewContext {
  const lang = model.language;
  const international =
    model.buyer.address.country.toUpperCase() !== model.seller.address.country.toUpperCase() ||
    (!!model.deliveryAddress && model.deliveryAddress.country.toUpperCase() !== model.seller.address.country.toUpperCase());
  return {
    model,
    lang,
    L: labelsFor(lang),
    texts,
    t: (key, vars) => texts.text(lang, key, vars),
    paragraphs: (key, vars) => texts.paragraphs(lang, key, vars),
    money: (cents) => f.money(cents, lang),
    date: (iso) => f.date(iso, lang),
    shortDate: (iso) => f.shortDate(iso, lang),
    rate: (bp) => f.rate(bp, lang),
    qty: (q) => f.quantity(q, lang),
    international,
  };
}

/** Fields every document shares: title, number, watermark, letterhead, parties, footer. */
export function baseViewModel(c: ViewContext): DocumentViewModel {
  const { model, L } = c;
  const number = model.number && model.number.trim() ? model.number : null;
  return {
    kind: model.kind,
    language: c.lang,
    title: L.titles[model.kind],
    number,
    watermark: number ? null : L.draft,
    fileTitle: `${L.fileTitles[model.kind]} ${number ?? L.draft}`,
    seller: sellerViewModel(c),
    meta: [],
    parties: [],
    intro: [],
    columns: [],
    lines: [],
    totals: null,
    deposits: null,
    shipping: null,
    sections: [],
    signature: null,
    footer: footerLines(c),
    pageLabel: L.page,
    continuedLabel: L.continued,
  };
}

export function sellerViewModel(c: ViewContext): SellerViewModel {
  const { seller } = c.model;
  const { L } = c;
  const lines = f.addressLines(seller.address, c.lang, c.international);
  const contact = [seller.phone ? `${L.parties.phone} ${seller.phone}` : null, seller.email].filter(Boolean).join(' — ');
  if (contact) lines.push(contact);
  if (seller.website) lines.push(seller.website.replace(/^https?:\/\//, ''));
  return {
    name: seller.name,
    logoDataUrl: seller.logoDataUrl ?? null,
    lines,
    identity: [`${L.parties.siren} ${f.siren(seller.siren)} ${L.parties.rcs} ${seller.rcsCity} — ${L.parties.vat} ${seller.vatNumber}`],
  };
}

/** R123-237 identity line (+ the company's own footer note), at the foot of every page. */
export function footerLines(c: ViewContext): string[] {
  const { seller } = c.model;
  const lines = [
    c.t('common.legal-identity', {
      name: seller.name,
      legalForm: seller.legalForm,
      capital: f.moneyShort(seller.capitalCents, c.lang),
      address: f.addressInline(seller.address, c.lang, c.international),
      siren: f.siren(seller.siren),
      rcsCity: seller.rcsCity,
      siret: f.siret(seller.siret),
      naf: seller.nafCode,
      vatNumber: seller.vatNumber,
    }),
  ];
  if (seller.documentFooterNote && seller.documentFooterNote.trim()) lines.push(seller.documentFooterNote.trim());
  return lines;
}

/** The client block: name, contact, address, SIREN (French businesses), VAT number. */
export function buyerParty(c: ViewContext, title: string): PartyViewModel {
  const { buyer } = c.model;
  const { L } = c;
  const lines = [buyer.name];
  if (buyer.contactName) lines.push(fillPlaceholders(L.parties.attention, { name: buyer.contactName }));
  lines.push(...f.addressLines(buyer.address, c.lang, c.international));
  if (buyer.customerType === 'b2b' && buyer.siren) lines.push(`${L.parties.siren} ${f.siren(buyer.siren)}`);
  if (buyer.vatNumber) lines.push(`${buyer.zone === 'export' ? L.parties.vatForeign : L.parties.vat} ${buyer.vatNumber}`);
  return { title, lines };
}

/** The delivery address, when it differs from the client's address (legal-fr §1.3). */
export function deliveryParty(c: ViewContext, title: string, always = false): PartyViewModel | null {
  const { buyer, deliveryAddress } = c.model;
  const address = deliveryAddress ?? (always ? buyer.address : null);
  if (!address) return null;
  if (!always && f.sameAddress(address, buyer.address)) return null;
  return { title, lines: [buyer.name, ...f.addressLines(address, c.lang, c.international)] };
}

export function referenceMeta(c: ViewContext, include: Array<'clientReference' | 'quoteNumber' | 'orderNumber' | 'deliveryNotes'>): LabelValue[] {
  const { references } = c.model;
  const { L } = c;
  const rows: LabelValue[] = [];
  for (const key of include) {
    if (key === 'clientReference' && references.clientReference) rows.push({ label: L.meta.clientReference, value: references.clientReference });
    if (key === 'quoteNumber' && references.quoteNumber) rows.push({ label: L.meta.quoteNumber, value: references.quoteNumber });
    if (key === 'orderNumber' && references.orderNumber) rows.push({ label: L.meta.orderNumber, value: references.orderNumber });
    if (key === 'deliveryNotes' && references.deliveryNoteNumbers?.length) rows.push({ label: L.meta.deliveryNotes, value: references.deliveryNoteNumbers.join(', ') });
  }
  return rows;
}

export function numberMeta(c: ViewContext): LabelValue {
  return { label: c.L.meta.number, value: c.model.number && c.model.number.trim() ? c.model.number : c.L.draftNumber };
}

/** The unit as printed: English documents translate the usual French catalogue units. */
export function unitName(c: ViewContext, unit: string): string {
  return c.L.unitNames[unit.trim().toLowerCase()] ?? unit;
}

const NUMERIC: ColumnKey[] = ['quantity', 'unitPrice', 'discount', 'vatRate', 'lineTotal', 'ordered', 'previouslyDelivered', 'delivered', 'remaining'];

export function column(c: ViewContext, key: ColumnKey): ColumnViewModel {
  return { key, header: c.L.columns[key], align: NUMERIC.includes(key) ? 'right' : key === 'unit' ? 'center' : 'left' };
}

/** Priced lines (quotes, orders, invoices, credit notes): amounts from the model, never recomputed. */
export function pricedLines(c: ViewContext): { columns: ColumnViewModel[]; lines: LineViewModel[] } {
  const { model } = c;
  const exempt = model.vatRegime !== 'standard';
  const withReference = model.lines.some((l) => !!l.reference);
  const withDiscount = model.lines.some((l) => l.discountBp !== 0);
  const keys: ColumnKey[] = [
    ...(withReference ? (['reference'] as ColumnKey[]) : []),
    'description',
    'quantity',
    'unit',
    'unitPrice',
    ...(withDiscount ? (['discount'] as ColumnKey[]) : []),
    'vatRate',
    'lineTotal',
  ];
  const lines = model.lines.map((line, i) => ({
    cells: {
      reference: line.reference ?? '',
      description: line.label,
      quantity: c.qty(line.quantity),
      unit: unitName(c, line.unit),
      unitPrice: c.money(line.unitPriceCents),
      discount: line.discountBp ? c.rate(line.discountBp) : '',
      vatRate: exempt ? c.L.exemptRate : c.rate(line.vatRateBp),
      lineTotal: c.money(model.totals?.lineNets[i] ?? line.netCents),
    },
  }));
  return { columns: keys.map((k) => column(c, k)), lines };
}

/**
 * Totals block: lines total, global discount, shipping, total HT, VAT per rate, total TTC, and the
 * amount due. Every figure is `model.totals`, formatted.
 */
export function totalsViewModel(c: ViewContext, finalRow: TotalRow | null): TotalsViewModel | null {
  const { model, L } = c;
  const totals = model.totals;
  if (!totals) return null;
  const exempt = model.vatRegime !== 'standard';
  const rows: TotalRow[] = [];
  if (totals.allowanceCents || totals.chargeCents) rows.push({ label: L.totals.linesNet, value: c.money(totals.linesNetCents) });
  if (totals.allowanceCents) rows.push({ label: L.totals.allowance, value: c.money(-totals.allowanceCents) });
  if (totals.chargeCents) rows.push({ label: L.totals.charge, value: c.money(totals.chargeCents) });
  rows.push({ label: L.totals.net, value: c.money(totals.netCents) });
  if (exempt) {
    rows.push({ label: L.totals.vatExempt, value: c.money(totals.vatCents) });
  } else {
    for (const v of totals.vatBreakdown) rows.push({ label: fillPlaceholders(L.totals.vatAtRate, { rate: c.rate(v.rateBp) }), value: c.money(v.vatCents) });
    if (totals.vatBreakdown.length > 1) rows.push({ label: L.totals.vatTotal, value: c.money(totals.vatCents) });
  }
  rows.push({ label: L.totals.gross, value: c.money(totals.grossCents), strong: !finalRow });
  if (finalRow) rows.push(finalRow);

  const vatTable: TableViewModel = {
    title: L.vatTable.title,
    headers: [L.vatTable.rate, L.vatTable.base, L.vatTable.vat],
    align: ['left', 'right', 'right'],
    rows: totals.vatBreakdown.map((v) => [exempt ? L.vatTable.exempt : c.rate(v.rateBp), c.money(v.baseCents), c.money(v.vatCents)]),
  };
  return { rows, vatTable, notes: [] };
}

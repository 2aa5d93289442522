import type { StatementEntry, StatementFigures } from '../../../statements/statement-ledger.js';
import type { BuyerModel, DocumentModel, SellerModel } from '../../document-model.js';
import { fillPlaceholders, type DocumentTexts } from '../document-texts.js';
import * as f from '../format.js';
import type { Labels } from '../labels/index.js';
import { buyerParty, footerLines, sellerViewModel, viewContext } from './common.js';
import type { Align, DocumentViewModel, TableViewModel, TextSection, TotalRow } from './view-model.types.js';

/**
 * Account statement (relevé de compte, legal-fr §2.4): letterhead, client with its code, statement
 * date and period, opening balance, one line per invoice / credit note / payment (date, document,
 * label, due date, debit, credit, running balance), closing balance, its split into not due /
 * overdue (+ the client's unallocated credit), the overdue invoices with their days overdue,
 * payment instructions (IBAN/BIC) and the late-payment terms. Pure: the figures come computed.
 */
export interface StatementDocumentModel {
  language: 'fr' | 'en';
  /** The day the statement is drawn up (scenario date). */
  date: string;
  seller: SellerModel;
  buyer: BuyerModel;
  /** Late-penalty rate in force on the statement date (basis points). */
  penaltyRateBp: number;
  figures: StatementFigures;
}

/** The letterhead fields the shared blocks read (page header, parties, continuation pages, page footers). */
export type StatementFrame = Pick<DocumentViewModel, 'language' | 'title' | 'number' | 'watermark' | 'fileTitle' | 'seller' | 'meta' | 'parties' | 'footer' | 'pageLabel' | 'continuedLabel'>;

export interface LedgerRowViewModel {
  kind: 'opening' | 'entry' | 'closing';
  cells: string[];
}

export interface StatementViewModel {
  frame: StatementFrame;
  intro: TextSection[];
  ledger: { headers: string[]; align: Align[]; rows: LedgerRowViewModel[]; empty: string | null };
  /** Opening, total debits, total credits, closing balance (strong). */
  summary: TotalRow[];
  split: TableViewModel;
  overdue: TableViewModel | null;
  sections: TextSection[];
}

export function statementViewModel(model: StatementDocumentModel, texts: DocumentTexts): StatementViewModel {
  // The letterhead helpers read only the language and the parties of a document model.
  const c = viewContext({ language: model.language, seller: model.seller, buyer: model.buyer, deliveryAddress: null } as DocumentModel, texts);
  const { L, lang } = c;
  const S = L.statement;
  const s = model.figures;
  const money = (cents: number) => f.money(cents, lang);
  const day = (iso: string) => f.date(iso, lang);
  /** Table cells: dd/mm/yyyy in both languages (British usage). */
  const cellDate = (iso: string) => f.date(iso, 'fr');
  const fill = (text: string, vars: Record<string, string | number>) => fillPlaceholders(text, vars);
  const closingLabel = fill(s.closingBalanceCents < 0 ? S.closingCredit : S.closing, { date: day(s.to) });

  const frame: StatementFrame = {
    language: lang,
    title: S.title,
    number: null,
    watermark: null,
    fileTitle: `${S.fileTitle} ${model.buyer.code} ${day(s.to)}`,
    seller: sellerViewModel(c),
    meta: [
      { label: S.date, value: day(model.date) },
      { label: L.meta.clientCode, value: model.buyer.code },
      { label: S.periodFrom, value: day(s.from) },
      { label: S.periodTo, value: day(s.to) },
    ],
    parties: [buyerParty(c, L.parties.client)],
    footer: footerLines(c),
    pageLabel: L.page,
    continuedLabel: L.continued,
  };

  const balance = [c.t('statement.intro', { from: day(s.from), to: day(s.to) })];
  if (s.closingBalanceCents > 0) balance.push(c.t('statement.balance-due', { date: day(s.to), amount: money(s.closingBalanceCents) }));
  else if (s.closingBalanceCents < 0) balance.push(c.t('statement.balance-credit', { date: day(s.to), amount: money(-s.closingBalanceCents) }));
  else balance.push(c.t('statement.balance-zero', { date: day(s.to) }));
  if (s.overdueCents > 0) balance.push(c.t('statement.overdue-request', { overdue: money(s.overdueCents) }));

  const rows: LedgerRowViewModel[] = [
    { kind: 'opening', cells: [cellDate(s.from), '', S.opening, '', '', '', money(s.openingBalanceCents)] },
    ...s.entries.map((e): LedgerRowViewModel => ({
      kind: 'entry',
      cells: [cellDate(e.date), e.number ?? '', entryLabel(e, L, { reference: false }), e.dueDate ? cellDate(e.dueDate) : '', e.debitCents ? money(e.debitCents) : '', e.creditCents ? money(e.creditCents) : '', money(e.balanceCents)],
    })),
    { kind: 'closing', cells: [cellDate(s.to), '', closingLabel, '', money(s.totalDebitCents), money(s.totalCreditCents), money(s.closingBalanceCents)] },
  ];

  const splitRows = [
    [S.split.notDue, money(s.notDueCents)],
    [S.split.overdue, money(s.overdueCents)],
    ...(s.unallocatedCreditCents ? [[S.split.credit, money(-s.unallocatedCreditCents)]] : []),
    [closingLabel, money(s.closingBalanceCents)],
  ];

  const b2b = model.buyer.customerType === 'b2b';
  const terms = [c.t(b2b ? 'invoice.penalties-b2b' : 'invoice.penalties-b2c', { rate: f.rate(model.penaltyRateBp, lang) })];
  if (b2b) terms.push(c.t('invoice.indemnity-b2b', { amount: f.moneyShort(model.seller.recoveryIndemnityCents, lang) }));
  const sections: TextSection[] = [];
  if (s.closingBalanceCents > 0) {
    sections.push({
      title: S.sections.payment,
      paragraphs: [c.t('statement.payment-instructions', { iban: model.seller.iban, bic: model.seller.bic, name: model.seller.name, code: model.buyer.code }), c.t('statement.already-paid')],
    });
  }
  sections.push({ title: S.sections.terms, paragraphs: terms });

  return {
    frame,
    intro: [{ paragraphs: balance }],
    ledger: {
      headers: [S.columns.date, S.columns.document, S.columns.label, S.columns.dueDate, S.columns.debit, S.columns.credit, S.columns.balance],
      align: ['left', 'left', 'left', 'left', 'right', 'right', 'right'],
      rows,
      empty: s.entries.length ? null : S.noEntries,
    },
    summary: [
      { label: S.opening, value: money(s.openingBalanceCents) },
      { label: S.totalDebit, value: money(s.totalDebitCents) },
      { label: S.totalCredit, value: money(s.totalCreditCents) },
      { label: closingLabel, value: money(s.closingBalanceCents), strong: true },
    ],
    split: { title: fill(S.split.title, { date: day(s.to) }), headers: ['', S.split.amount], align: ['left', 'right'], rows: splitRows },
    overdue: s.overdueInvoices.length
      ? {
          title: fill(S.overdue.title, { date: day(s.to) }),
          headers: [S.overdue.number, S.overdue.date, S.overdue.dueDate, S.overdue.days, S.overdue.gross, S.overdue.balance],
          align: ['left', 'left', 'left', 'right', 'right', 'right'],
          rows: s.overdueInvoices.map((i) => [i.number, cellDate(i.date), i.dueDate ? cellDate(i.dueDate) : '', fill(S.overdue.daysValue, { days: i.daysOverdue }), money(i.grossCents), money(i.balanceCents)]),
        }
      : null,
    sections,
  };
}

/**
 * "Facture", "Avoir sur facture FA-…", "Règlement par chèque — réf. …" in the labels' language (the
 * PDF prints the payment's reference in its own column, hence `reference: false`).
 */
export function entryLabel(entry: StatementEntry, L: Labels, options: { reference?: boolean } = {}): string {
  const S = L.statement;
  switch (entry.kind) {
    case 'invoice':
      return entry.invoiceType === 'deposit' ? S.depositInvoice : S.invoice;
    case 'credit_note':
      return entry.invoiceNumber ? fillPlaceholders(S.creditNote, { number: entry.invoiceNumber }) : S.creditNoteAlone;
    case 'payment': {
      const method = L.paymentMethods[entry.method as keyof Labels['paymentMethods']] ?? entry.method ?? '';
      return entry.reference && options.reference !== false ? fillPlaceholders(S.paymentReference, { method, reference: entry.reference }) : fillPlaceholders(S.payment, { method });
    }
  }
}

import type { AddressModel, DocumentModel, SellerModel } from '../../document-model.js';
import type { DocumentTexts, TextVars } from '../document-texts.js';
import * as f from '../format.js';
import { buyerParty, footerLines, sellerViewModel, viewContext, type ViewContext } from './common.js';
import type { DocumentViewModel, TableViewModel, TextSection, TotalRow } from './view-model.types.js';

/**
 * A payment reminder or formal notice, as frozen when it was made: who claims what from whom, the
 * invoices with their figures, the steps already taken. Money in cents, dates "YYYY-MM-DD".
 */
export interface ReminderLetterModel {
  language: 'fr' | 'en';
  kind: 'email' | 'letter' | 'formal_notice';
  level: number;
  date: string;
  newDeadline: string;
  seller: SellerModel;
  debtor: {
    code: string;
    name: string;
    customerType: 'b2b' | 'b2c';
    zone: 'fr' | 'eu' | 'export';
    siren?: string | null;
    vatNumber?: string | null;
    address: AddressModel;
    contact?: { civility: 'M.' | 'Mme' | null; firstName: string; lastName: string } | null;
  };
  invoices: {
    number: string;
    date: string;
    dueDate: string;
    grossCents: number;
    paidCents: number;
    balanceCents: number;
    daysLate: number;
    rateBp: number;
    penaltyCents: number;
    indemnityCents: number;
  }[];
  totals: { balanceCents: number; penaltyCents: number; indemnityCents: number; totalClaimedCents: number };
  /** Previous reminders and calls, oldest first. */
  steps: {
    date: string;
    kind: 'email' | 'letter' | 'formal_notice' | 'phone' | 'call';
    level?: number | null;
    outcome?: string | null;
    promisedDate?: string | null;
    promisedAmountCents?: number | null;
  }[];
  /** The authorised person who signs (the manager). */
  signatory: { name: string; title: string } | null;
}

export type ReminderTone = 'courteous' | 'firm' | 'formal';

/** What the letter prints: the shared letterhead, parties and footer, plus the letter's own parts. */
export interface ReminderViewModel extends Omit<DocumentViewModel, 'kind'> {
  kind: 'reminder';
  tone: ReminderTone;
  /** "Lettre recommandée avec accusé de réception" on a formal notice, else null. */
  sendingMode: string | null;
  placeAndDate: string;
  subject: string;
  contactLine: string;
  salutation: string;
  opening: string[];
  invoicesTable: TableViewModel;
  claim: { title: string; rows: TotalRow[] };
  steps: TextSection;
  demand: TextSection;
  consequences: TextSection;
  closing: string;
  signatureLines: string[];
}

const LONG_DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-16" → "16 mars 2026", "1er avril 2026" (fr) / "16 March 2026" (en). */
export function longDate(iso: string, language: 'fr' | 'en'): string {
  if (language === 'en') return f.date(iso, 'en');
  const text = LONG_DATE_FR.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  return text.replace(/^1 /, '1er ');
}

export function reminderTone(kind: ReminderLetterModel['kind'], level: number): ReminderTone {
  return kind === 'formal_notice' ? 'formal' : level <= 1 ? 'courteous' : 'firm';
}

/** The letter's title: "Relance n° 2", "MISE EN DEMEURE DE PAYER" / "Second payment reminder"… */
export function reminderTitle(texts: DocumentTexts, language: 'fr' | 'en', kind: ReminderLetterModel['kind'], level: number): string {
  if (kind === 'formal_notice') return texts.text(language, 'reminder.title-formal-notice');
  if (level === 1 || level === 2) return texts.text(language, `reminder.title-${level}`);
  return texts.text(language, 'reminder.title-n', { level });
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Payment reminder and formal notice (legal-fr §3.2): creditor identity and contact, debtor and
 * address, title, unpaid invoices (number, date, amount TTC, initial due date, paid, balance, days
 * late), amount claimed (principal + penalties with rate and period + 40 € per invoice for business
 * clients only), steps already taken, new deadline and payment details, consequences by level,
 * place, date and signature. Pure: every string comes from the model and the text catalogue.
 */
export function reminderViewModel(model: ReminderLetterModel, texts: DocumentTexts): ReminderViewModel {
  const c = letterContext(model, texts);
  const lang = model.language;
  const t = (key: string, vars?: TextVars) => c.t(`reminder.${key}`, vars);
  const tone = reminderTone(model.kind, model.level);
  const title = reminderTitle(texts, lang, model.kind, model.level);
  const numbers = model.invoices.map((i) => i.number).join(', ');
  const b2b = model.debtor.customerType === 'b2b';
  const seller = sellerViewModel(c);
  seller.identity = [`${model.seller.legalForm} — ${lang === 'fr' ? 'capital' : 'share capital'} ${f.moneyShort(model.seller.capitalCents, lang)}`, ...seller.identity];

  const invoicesTable: TableViewModel = {
    title: t('table-title'),
    headers: ['col-number', 'col-date', 'col-gross', 'col-due', 'col-paid', 'col-balance', 'col-days'].map((k) => t(k)),
    align: ['left', 'left', 'right', 'left', 'right', 'right', 'right'],
    rows: [
      ...model.invoices.map((i) => [i.number, c.shortDate(i.date), c.money(i.grossCents), c.shortDate(i.dueDate), c.money(i.paidCents), c.money(i.balanceCents), String(i.daysLate)]),
      [
        t('table-total'), '',
        c.money(model.invoices.reduce((s, i) => s + i.grossCents, 0)), '',
        c.money(model.invoices.reduce((s, i) => s + i.paidCents, 0)),
        c.money(model.totals.balanceCents), '',
      ],
    ],
  };

  const claimRows: TotalRow[] = [{ label: t('claim-principal'), value: c.money(model.totals.balanceCents) }];
  for (const i of model.invoices.filter((x) => x.penaltyCents > 0 || x.daysLate > 0)) {
    claimRows.push({
      label: t('claim-penalty', {
        number: i.number, rate: c.rate(i.rateBp), from: c.date(addDays(i.dueDate, 1)), to: c.date(model.date),
        days: i.daysLate, dayUnit: t(i.daysLate === 1 ? 'day' : 'days'),
      }),
      value: c.money(i.penaltyCents),
    });
  }
  const withIndemnity = model.invoices.filter((i) => i.indemnityCents > 0);
  if (b2b && withIndemnity.length) {
    claimRows.push({
      label: t('claim-indemnity', { amount: f.moneyShort(withIndemnity[0].indemnityCents, lang), count: withIndemnity.length, invoiceUnit: t(withIndemnity.length === 1 ? 'invoice-one' : 'invoice-many') }),
      value: c.money(model.totals.indemnityCents),
    });
  }
  claimRows.push({ label: t('claim-total'), value: c.money(model.totals.totalClaimedCents), strong: true });

  const vm: ReminderViewModel = {
    kind: 'reminder',
    language: lang,
    title,
    number: null,
    watermark: null,
    fileTitle: `${t(model.kind === 'formal_notice' ? 'file-formal-notice' : 'file-reminder')} ${model.debtor.code} ${c.date(model.date)}`,
    seller,
    meta: [
      { label: t('meta-date'), value: c.date(model.date) },
      { label: t('meta-client'), value: model.debtor.code },
      { label: t('meta-invoices'), value: numbers },
      { label: t('meta-deadline'), value: c.date(model.newDeadline) },
    ],
    parties: [buyerParty(c, t('debtor'))],
    intro: [],
    columns: [],
    lines: [],
    totals: null,
    deposits: null,
    shipping: null,
    sections: [],
    signature: null,
    footer: footerLines(c),
    pageLabel: c.L.page,
    continuedLabel: c.L.continued,
    tone,
    sendingMode: model.kind === 'formal_notice' ? t('registered-mail') : null,
    placeAndDate: t('place-date', { city: model.seller.address.city, date: longDate(model.date, lang) }),
    subject: model.kind === 'formal_notice' ? t('subject-formal-notice', { numbers }) : t('subject-reminder', { title, numbers }),
    contactLine: t('contact', { name: t('contact-team'), phone: model.seller.phone ?? '—', email: model.seller.email ?? '—' }),
    salutation: salutation(model, t),
    opening: c.paragraphs(`reminder.opening-${tone}`),
    invoicesTable,
    claim: { title: t('claim-title'), rows: claimRows },
    steps: { title: t('steps-title'), paragraphs: model.steps.length ? model.steps.map((s) => stepText(c, s)) : [t('steps-none')] },
    demand: {
      title: t('demand-title'),
      paragraphs: [
        t(`demand-${tone}`, { total: c.money(model.totals.totalClaimedCents), deadline: c.date(model.newDeadline) }),
        t('payment', { iban: model.seller.iban, bic: model.seller.bic, name: model.seller.name, reference: numbers }),
      ],
    },
    consequences: { title: t('consequences-title'), paragraphs: c.paragraphs(`reminder.consequences-${tone}-${b2b ? 'b2b' : 'b2c'}`) },
    closing: t(`closing-${tone}`, { appellation: appellation(model, t) }),
    signatureLines: [
      t('signature-for', { company: model.seller.name }),
      ...(model.signatory ? [t('signatory', { name: model.signatory.name, title: model.signatory.title })] : []),
    ],
  };
  return vm;
}

function salutation(model: ReminderLetterModel, t: (key: string, vars?: TextVars) => string): string {
  const contact = model.debtor.contact;
  if (contact?.civility === 'Mme') return t('salutation-madam', { lastName: contact.lastName });
  if (contact?.civility === 'M.') return t('salutation-sir', { lastName: contact.lastName });
  return t('salutation-default');
}

/** The appellation repeated in the closing formula: "Madame", "Monsieur" or "Madame, Monsieur". */
function appellation(model: ReminderLetterModel, t: (key: string, vars?: TextVars) => string): string {
  const civility = model.debtor.contact?.civility;
  return t(civility === 'Mme' ? 'appellation-madam' : civility === 'M.' ? 'appellation-sir' : 'appellation-default');
}

function stepText(c: ViewContext, step: ReminderLetterModel['steps'][number]): string {
  const date = c.date(step.date.slice(0, 10));
  if (step.kind === 'email' || step.kind === 'letter' || step.kind === 'formal_notice') return c.t(`reminder.step-${step.kind}`, { date, level: step.level ?? 1 });
  const outcome = step.outcome ?? '';
  if (outcome === 'promise_to_pay' && step.promisedDate) {
    const promisedDate = c.date(step.promisedDate);
    return step.promisedAmountCents
      ? c.t('reminder.step-call-promise_to_pay', { date, promisedDate, amount: c.money(step.promisedAmountCents) })
      : c.t('reminder.step-call-promise_to_pay-no-amount', { date, promisedDate });
  }
  const key = `reminder.step-call-${outcome}`;
  return c.texts.has(c.lang, key) && outcome !== 'promise_to_pay' ? c.t(key, { date }) : c.t('reminder.step-call', { date });
}

/**
 * The formatting context of the shared blocks (letterhead, debtor block, legal footer), built from
 * the letter's parties: they only read the seller, the buyer and the language.
 */
function letterContext(model: ReminderLetterModel, texts: DocumentTexts): ViewContext {
  const d = model.debtor;
  const contactName = d.contact ? [d.contact.civility, d.contact.firstName, d.contact.lastName].filter(Boolean).join(' ') : null;
  const parties = {
    kind: 'invoice', status: 'validated', number: null, date: model.date, language: model.language, seller: model.seller,
    buyer: { code: d.code, name: d.name, customerType: d.customerType, zone: d.zone, siren: d.siren, vatNumber: d.vatNumber, address: d.address, contactName },
    references: {}, lines: [], vatRegime: 'standard', natureOfOperations: 'goods',
  } satisfies DocumentModel;
  return viewContext(parties, texts);
}

"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.longDate = longDate;
exports.reminderTone = reminderTone;
exports.reminderTitle = reminderTitle;
exports.reminderViewModel = reminderViewModel;
const f = __importStar(require("../format.js"));
const common_js_1 = require("./common.js");
const LONG_DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2026-03-16" → "16 mars 2026", "1er avril 2026" (fr) / "16 March 2026" (en). */
function longDate(iso, language) {
    if (language === 'en')
        return f.date(iso, 'en');
    const text = LONG_DATE_FR.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
    return text.replace(/^1 /, '1er ');
}
function reminderTone(kind, level) {
    return kind === 'formal_notice' ? 'formal' : level <= 1 ? 'courteous' : 'firm';
}
/** The letter's title: "Relance n° 2", "MISE EN DEMEURE DE PAYER" / "Second payment reminder"… */
function reminderTitle(texts, language, kind, level) {
    if (kind === 'formal_notice')
        return texts.text(language, 'reminder.title-formal-notice');
    if (level === 1 || level === 2)
        return texts.text(language, `reminder.title-${level}`);
    return texts.text(language, 'reminder.title-n', { level });
}
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/**
 * Payment reminder and formal notice (legal-fr §3.2): creditor identity and contact, debtor and
 * address, title, unpaid invoices (number, date, amount TTC, initial due date, paid, balance, days
 * late), amount claimed (principal + penalties with rate and period + 40 € per invoice for business
 * clients only), steps already taken, new deadline and payment details, consequences by level,
 * place, date and signature. Pure: every string comes from the model and the text catalogue.
 */
function reminderViewModel(model, texts) {
    const c = letterContext(model, texts);
    const lang = model.language;
    const t = (key, vars) => c.t(`reminder.${key}`, vars);
    const tone = reminderTone(model.kind, model.level);
    const title = reminderTitle(texts, lang, model.kind, model.level);
    const numbers = model.invoices.map((i) => i.number).join(', ');
    const b2b = model.debtor.customerType === 'b2b';
    const seller = (0, common_js_1.sellerViewModel)(c);
    seller.identity = [`${model.seller.legalForm} — ${lang === 'fr' ? 'capital' : 'share capital'} ${f.moneyShort(model.seller.capitalCents, lang)}`, ...seller.identity];
    const invoicesTable = {
        title: t('table-title'),
        headers: ['col-number', 'col-date', 'col-gross', 'col-due', 'col-paid', 'col-balance', 'col-days'].map((k) => t(k)),
        align: ['left', 'left', 'right', 'left', 'right', 'right', 'right'],
        rows: [
            ...model.invoices.map((i) => [i.number, c.date(i.date), c.money(i.grossCents), c.date(i.dueDate), c.money(i.paidCents), c.money(i.balanceCents), String(i.daysLate)]),
            [
                t('table-total'), '',
                c.money(model.invoices.reduce((s, i) => s + i.grossCents, 0)), '',
                c.money(model.invoices.reduce((s, i) => s + i.paidCents, 0)),
                c.money(model.totals.balanceCents), '',
            ],
        ],
    };
    const claimRows = [{ label: t('claim-principal'), value: c.money(model.totals.balanceCents) }];
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
    const vm = {
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
        parties: [(0, common_js_1.buyerParty)(c, t('debtor'))],
        intro: [],
        columns: [],
        lines: [],
        totals: null,
        deposits: null,
        shipping: null,
        sections: [],
        signature: null,
        footer: (0, common_js_1.footerLines)(c),
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
        closing: t(`closing-${tone}`),
        signatureLines: [
            t('signature-for', { company: model.seller.name }),
            ...(model.signatory ? [t('signatory', { name: model.signatory.name, title: model.signatory.title })] : []),
        ],
    };
    return vm;
}
function salutation(model, t) {
    const contact = model.debtor.contact;
    if (contact?.civility === 'Mme')
        return t('salutation-madam', { lastName: contact.lastName });
    if (contact?.civility === 'M.')
        return t('salutation-sir', { lastName: contact.lastName });
    return t('salutation-default');
}
function stepText(c, step) {
    const date = c.date(step.date.slice(0, 10));
    if (step.kind === 'email' || step.kind === 'letter' || step.kind === 'formal_notice')
        return c.t(`reminder.step-${step.kind}`, { date, level: step.level ?? 1 });
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
function letterContext(model, texts) {
    const d = model.debtor;
    const contactName = d.contact ? [d.contact.civility, d.contact.firstName, d.contact.lastName].filter(Boolean).join(' ') : null;
    const parties = {
        kind: 'invoice', status: 'validated', number: null, date: model.date, language: model.language, seller: model.seller,
        buyer: { code: d.code, name: d.name, customerType: d.customerType, zone: d.zone, siren: d.siren, vatNumber: d.vatNumber, address: d.address, contactName },
        references: {}, lines: [], vatRegime: 'standard', natureOfOperations: 'goods',
    };
    return (0, common_js_1.viewContext)(parties, texts);
}
//# sourceMappingURL=reminder.view-model.js.map
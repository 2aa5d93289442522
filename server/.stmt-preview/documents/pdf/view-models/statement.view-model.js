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
exports.statementViewModel = statementViewModel;
exports.entryLabel = entryLabel;
const document_texts_js_1 = require("../document-texts.js");
const f = __importStar(require("../format.js"));
const common_js_1 = require("./common.js");
function statementViewModel(model, texts) {
    // The letterhead helpers read only the language and the parties of a document model.
    const c = (0, common_js_1.viewContext)({ language: model.language, seller: model.seller, buyer: model.buyer, deliveryAddress: null }, texts);
    const { L, lang } = c;
    const S = L.statement;
    const s = model.figures;
    const money = (cents) => f.money(cents, lang);
    const day = (iso) => f.date(iso, lang);
    /** Table cells: dd/mm/yyyy in both languages (British usage). */
    const cellDate = (iso) => f.date(iso, 'fr');
    const fill = (text, vars) => (0, document_texts_js_1.fillPlaceholders)(text, vars);
    const closingLabel = fill(s.closingBalanceCents < 0 ? S.closingCredit : S.closing, { date: day(s.to) });
    const frame = {
        language: lang,
        title: S.title,
        number: null,
        watermark: null,
        fileTitle: `${S.fileTitle} ${model.buyer.code} ${day(s.to)}`,
        seller: (0, common_js_1.sellerViewModel)(c),
        meta: [
            { label: S.date, value: day(model.date) },
            { label: L.meta.clientCode, value: model.buyer.code },
            { label: S.periodFrom, value: day(s.from) },
            { label: S.periodTo, value: day(s.to) },
        ],
        parties: [(0, common_js_1.buyerParty)(c, L.parties.client)],
        footer: (0, common_js_1.footerLines)(c),
        pageLabel: L.page,
        continuedLabel: L.continued,
    };
    const balance = [c.t('statement.intro', { from: day(s.from), to: day(s.to) })];
    if (s.closingBalanceCents > 0)
        balance.push(c.t('statement.balance-due', { date: day(s.to), amount: money(s.closingBalanceCents) }));
    else if (s.closingBalanceCents < 0)
        balance.push(c.t('statement.balance-credit', { date: day(s.to), amount: money(-s.closingBalanceCents) }));
    else
        balance.push(c.t('statement.balance-zero', { date: day(s.to) }));
    if (s.overdueCents > 0)
        balance.push(c.t('statement.overdue-request', { overdue: money(s.overdueCents) }));
    const rows = [
        { kind: 'opening', cells: [cellDate(s.from), '', S.opening, '', '', '', money(s.openingBalanceCents)] },
        ...s.entries.map((e) => ({
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
    if (b2b)
        terms.push(c.t('invoice.indemnity-b2b', { amount: f.moneyShort(model.seller.recoveryIndemnityCents, lang) }));
    const sections = [];
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
function entryLabel(entry, L, options = {}) {
    const S = L.statement;
    switch (entry.kind) {
        case 'invoice':
            return entry.invoiceType === 'deposit' ? S.depositInvoice : S.invoice;
        case 'credit_note':
            return entry.invoiceNumber ? (0, document_texts_js_1.fillPlaceholders)(S.creditNote, { number: entry.invoiceNumber }) : S.creditNoteAlone;
        case 'payment': {
            const method = L.paymentMethods[entry.method] ?? entry.method ?? '';
            return entry.reference && options.reference !== false ? (0, document_texts_js_1.fillPlaceholders)(S.paymentReference, { method, reference: entry.reference }) : (0, document_texts_js_1.fillPlaceholders)(S.payment, { method });
        }
    }
}
//# sourceMappingURL=statement.view-model.js.map
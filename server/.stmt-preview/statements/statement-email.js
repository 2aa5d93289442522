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
exports.statementEmail = statementEmail;
const f = __importStar(require("../documents/pdf/format.js"));
/**
 * Default subject and body of the e-mail that sends a statement, in the client's language: greeting
 * to the contact, period and balance, the overdue amount when there is one, usual closing.
 */
function statementEmail(texts, input) {
    const { language: lang, figures: s } = input;
    const t = (key, vars = {}) => texts.text(lang, key, vars);
    const day = (iso) => f.date(iso, lang);
    const subject = t('statement.email-subject', { company: input.company.name, date: day(s.to) });
    const paragraphs = [
        t('email.greeting', { salutation: salutation(lang, input.contact) }),
        t('statement.email-body', { code: input.clientCode, from: day(s.from), to: day(s.to), date: day(s.to), amount: f.money(s.closingBalanceCents, lang) }),
    ];
    if (s.overdueCents > 0)
        paragraphs.push(t('statement.email-overdue', { overdue: f.money(s.overdueCents, lang) }));
    paragraphs.push(t('email.closing', { signature: t('statement.email-signature'), company: input.company.name, phone: input.company.phone ?? '' }));
    return { subject, body: paragraphs.join('\n\n') };
}
function salutation(lang, contact) {
    if (lang === 'en')
        return contact ? `Dear ${contact.civility === 'Mme' ? 'Ms' : contact.civility === 'M.' ? 'Mr' : contact.firstName} ${contact.lastName}` : 'Dear Sir or Madam';
    if (!contact)
        return 'Madame, Monsieur';
    if (!contact.civility)
        return `Bonjour ${contact.firstName} ${contact.lastName}`;
    return `${contact.civility === 'Mme' ? 'Madame' : 'Monsieur'} ${contact.lastName}`;
}
//# sourceMappingURL=statement-email.js.map
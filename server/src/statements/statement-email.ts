import type { DocumentTexts } from '../documents/pdf/document-texts.js';
import * as f from '../documents/pdf/format.js';
import type { StatementFigures } from './statement-ledger.js';

/**
 * Default subject and body of the e-mail that sends a statement, in the client's language: greeting
 * to the contact, period and balance, the overdue amount when there is one, usual closing.
 */
export function statementEmail(
  texts: DocumentTexts,
  input: {
    language: 'fr' | 'en';
    company: { name: string; phone: string | null };
    clientCode: string;
    contact: { civility: string | null; firstName: string; lastName: string } | null;
    figures: StatementFigures;
  },
): { subject: string; body: string } {
  const { language: lang, figures: s } = input;
  const t = (key: string, vars: Record<string, string> = {}) => texts.text(lang, key, vars);
  const day = (iso: string) => f.date(iso, lang);
  const subject = t('statement.email-subject', { company: input.company.name, date: day(s.to) });
  const paragraphs = [
    t('email.greeting', { salutation: salutation(lang, input.contact) }),
    t('statement.email-body', { code: input.clientCode, from: day(s.from), to: day(s.to), date: day(s.to), amount: f.money(s.closingBalanceCents, lang) }),
  ];
  if (s.overdueCents > 0) paragraphs.push(t('statement.email-overdue', { overdue: f.money(s.overdueCents, lang) }));
  paragraphs.push(t('email.closing', { signature: t('statement.email-signature'), company: input.company.name, phone: input.company.phone ?? '' }));
  return { subject, body: paragraphs.join('\n\n') };
}

function salutation(lang: 'fr' | 'en', contact: { civility: string | null; firstName: string; lastName: string } | null): string {
  if (lang === 'en') return contact ? `Dear ${contact.civility === 'Mme' ? 'Ms' : contact.civility === 'M.' ? 'Mr' : contact.firstName} ${contact.lastName}` : 'Dear Sir or Madam';
  if (!contact) return 'Madame, Monsieur';
  if (!contact.civility) return `Bonjour ${contact.firstName} ${contact.lastName}`;
  return `${contact.civility === 'Mme' ? 'Madame' : 'Monsieur'} ${contact.lastName}`;
}

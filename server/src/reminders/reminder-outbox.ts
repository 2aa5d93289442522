import { EntityManager } from 'typeorm';
import { formatCents } from '../common/money/money.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { defaultDocumentTexts } from '../documents/pdf/document-texts.js';
import { date as formatDate } from '../documents/pdf/format.js';
import { reminderTitle } from '../documents/pdf/view-models/reminder.view-model.js';
import { Message, MessageAttachment } from '../messages/message.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { Reminder } from './reminder.entity.js';

const BILLING_TITLE = /compta|factur|financ|trésor|tresor|paie|account|billing|finance/i;

/** Who a reminder is addressed to: the chosen contact, else the billing contact, else the primary contact. */
export function reminderContact(contacts: Contact[], chosen: Contact | null): Contact | null {
  if (chosen) return chosen;
  return contacts.find((c) => c.email && BILLING_TITLE.test(c.jobTitle ?? '')) ?? contacts.find((c) => c.isPrimary) ?? null;
}

/** The e-mail address of a reminder: the contact's, else the client's. */
export function reminderEmail(contact: Contact | null, client: ThirdParty): string | null {
  return contact?.email ?? client.email ?? null;
}

const SALUTATION = {
  fr: (c: Contact | null) => (c?.civility === 'Mme' ? `Madame ${c.lastName}` : c?.civility === 'M.' ? `Monsieur ${c.lastName}` : 'Madame, Monsieur'),
  en: (c: Contact | null) => (c?.civility === 'Mme' ? `Dear Ms ${c.lastName}` : c?.civility === 'M.' ? `Dear Mr ${c.lastName}` : 'Dear Sir or Madam'),
};
const SIGNATURE = { fr: 'Le service administration des ventes', en: 'Sales administration' };

/**
 * Puts a written reminder in the sandbox outbox with its letter attached: by e-mail (text in the
 * client's language) or by post (letter, formal notice by registered mail). Returns the message id.
 */
export async function outboxReminder(
  em: EntityManager,
  ctx: SandboxContext,
  input: { reminder: Reminder; client: ThirdParty; contact: Contact | null; company: Company; to: string | null; numbers: string; pdf: Buffer; filename: string },
): Promise<Message> {
  const { reminder, client, contact, company } = input;
  const lang = reminder.language;
  const texts = defaultDocumentTexts();
  const title = reminderTitle(texts, lang, reminder.kind as 'email' | 'letter' | 'formal_notice', reminder.level);
  const vars = { title, numbers: input.numbers, total: formatCents(reminder.totalClaimedCents, lang), deadline: formatDate(reminder.newDeadline ?? reminder.date, lang), company: company.name };
  const name = contact ? `${contact.firstName} ${contact.lastName}` : client.name;
  let subject: string;
  let body: string;
  if (reminder.kind === 'email') {
    subject = texts.text(lang, 'reminder.email-subject', vars);
    body = [
      texts.text(lang, 'email.greeting', { salutation: SALUTATION[lang](contact) }),
      texts.text(lang, 'reminder.email-body', vars),
      texts.text(lang, 'email.closing', { signature: SIGNATURE[lang], company: company.name, phone: company.phone ?? '' }),
    ].join('\n\n');
  } else {
    subject = `${title} — ${client.name} — ${input.numbers}`;
    const address = [client.billingLine1, client.billingLine2, `${client.billingPostcode} ${client.billingCity}`, client.billingCountry !== 'FR' ? client.billingCountry : null].filter(Boolean).join(', ');
    body = texts.text(lang, reminder.kind === 'formal_notice' ? 'reminder.post-body-registered' : 'reminder.post-body', { ...vars, name: client.name, address });
  }
  const message = em.create(Message, {
    direction: 'out', channel: reminder.kind === 'email' ? 'email' : 'post', fromAddress: company.email, toAddress: reminder.kind === 'email' ? input.to : null,
    toName: name, thirdPartyId: client.id, subject, body, relatedResource: 'reminders', relatedId: reminder.id, relatedNumber: null, attachments: [],
    sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
  });
  await em.insert(Message, message);
  const attachment = em.create(MessageAttachment, { messageId: message.id, filename: input.filename, contentType: 'application/pdf', data: input.pdf });
  await em.insert(MessageAttachment, attachment);
  message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: input.pdf.length }];
  await em.update(Message, { id: message.id }, { attachments: message.attachments });
  return message;
}

import { EntityManager, In, IsNull, Not } from 'typeorm';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote } from '../delivery-notes/delivery-note.entity.js';
import { buildDocumentModel, DocumentResource } from '../documents/document-model.factory.js';
import type { DocumentModel } from '../documents/document-model.js';
import type { ReminderLetterModel } from '../documents/pdf/view-models/reminder.view-model.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { ChainCheck, verifyChain } from '../journal/journal-chain.js';
import { JournalEntry } from '../journal/journal-entry.entity.js';
import { Message, MessageAttachment } from '../messages/message.entity.js';
import { Order } from '../orders/order.entity.js';
import { Quote } from '../quotes/quote.entity.js';
import { letterModelOf } from '../reminders/reminder-letter.js';
import { Reminder } from '../reminders/reminder.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';

/** One production of the candidate, as the PDF it prints. */
export type DossierProduction =
  | { kind: 'document'; resource: DocumentResource; id: number; model: DocumentModel }
  | { kind: 'reminder'; id: number; model: ReminderLetterModel; clientName: string }
  | { kind: 'statement'; messageId: number; title: string; sentAt: string; pdf: Uint8Array };

export interface DossierEmail {
  sentAt: string;
  channel: string;
  to: string;
  subject: string;
  body: string;
  attachments: string[];
}

export interface DossierCrmEntry {
  at: string;
  kind: string;
  thirdParty: string;
  subject: string;
  outcome: string | null;
  promisedDate: string | null;
  promisedAmountCents: number | null;
  notes: string | null;
  author: string | null;
}

export interface DossierJournalEntry {
  id: number;
  at: string;
  scenarioAt: string;
  username: string;
  role: string;
  resource: string;
  recordId: string | null;
  action: string;
  label: string | null;
}

/** Everything a dossier prints from one sandbox file. Plain data: it crosses a worker boundary. */
export interface DossierData {
  productions: DossierProduction[];
  emails: DossierEmail[];
  crm: DossierCrmEntry[];
  journal: DossierJournalEntry[];
  chain: ChainCheck;
}

const DOCUMENT_ENTITIES = [
  ['quotes', Quote],
  ['orders', Order],
  ['delivery-notes', DeliveryNote],
  ['invoices', Invoice],
  ['credit-notes', CreditNote],
] as const;

/**
 * Reads what the candidate produced: the sales documents the journal shows they created or changed
 * (the scenario's history has no journal entry, so it stays out unless the candidate touched it),
 * the written reminders, the statements and e-mails they sent, their CRM entries (rows with an
 * author: the template's history has none), and the whole journal with its chain verification.
 */
export async function readDossierData(em: EntityManager): Promise<DossierData> {
  const entries = await em.find(JournalEntry, { order: { id: 'ASC' } });
  const chain = verifyChain(entries);
  const touched = new Map<string, Set<number>>();
  for (const e of entries) {
    const id = Number(e.recordId);
    if (!e.recordId || !Number.isSafeInteger(id)) continue;
    if (!touched.has(e.resource)) touched.set(e.resource, new Set());
    touched.get(e.resource)!.add(id);
  }

  const productions: DossierProduction[] = [];
  for (const [resource, entity] of DOCUMENT_ENTITIES) {
    const ids = [...(touched.get(resource) ?? [])];
    if (!ids.length) continue;
    const rows = (await em.find(entity as typeof Quote, { where: { id: In(ids) }, select: { id: true }, order: { id: 'ASC' } })) as { id: number }[];
    for (const row of rows) productions.push({ kind: 'document', resource, id: row.id, model: await buildDocumentModel(em, resource, row.id) });
  }

  const clientNames = new Map((await em.find(ThirdParty, { select: { id: true, name: true } })).map((t) => [t.id, t.name]));
  const reminders = await em.find(Reminder, { where: { author: Not(IsNull()), kind: In(['email', 'letter', 'formal_notice']) }, order: { id: 'ASC' } });
  for (const reminder of reminders) {
    productions.push({ kind: 'reminder', id: reminder.id, model: await letterModelOf(em, reminder), clientName: clientNames.get(reminder.clientId) ?? '' });
  }

  const sent = await em.find(Message, { where: { direction: 'out', author: Not(IsNull()) }, order: { sentAt: 'ASC', id: 'ASC' } });
  for (const message of sent.filter((m) => m.relatedResource === 'statements')) {
    const files = await em.find(MessageAttachment, { where: { messageId: message.id, contentType: 'application/pdf' }, order: { id: 'ASC' } });
    for (const file of files) {
      productions.push({ kind: 'statement', messageId: message.id, title: message.relatedNumber ?? file.filename, sentAt: message.sentAt, pdf: new Uint8Array(file.data) });
    }
  }

  const emails = sent.map((m) => ({
    sentAt: m.sentAt,
    channel: m.channel,
    to: [m.toName, m.toAddress ? `<${m.toAddress}>` : null].filter(Boolean).join(' '),
    subject: m.subject,
    body: m.body,
    attachments: (m.attachments ?? []).map((a) => a.filename),
  }));

  const interactions = await em.find(Interaction, { where: { author: Not(IsNull()) }, order: { at: 'ASC', id: 'ASC' } });
  const crm = interactions.map((i) => ({
    at: i.at, kind: i.kind, thirdParty: clientNames.get(i.thirdPartyId) ?? `#${i.thirdPartyId}`, subject: i.subject, outcome: i.outcome,
    promisedDate: i.promisedDate, promisedAmountCents: i.promisedAmountCents, notes: i.notes, author: i.author,
  }));

  const journal = entries.map((e) => ({
    id: e.id, at: e.at, scenarioAt: e.scenarioAt, username: e.username, role: e.role, resource: e.resource, recordId: e.recordId, action: e.action, label: e.label,
  }));
  return { productions, emails, crm, journal, chain };
}

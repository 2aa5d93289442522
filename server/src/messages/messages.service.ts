import { Injectable, StreamableFile } from '@nestjs/common';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { formatCents } from '../common/money/money.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { buildDocumentModel, DocumentResource } from '../documents/document-model.factory.js';
import { DocumentModel } from '../documents/document-model.js';
import { renderDocumentPdf } from '../documents/pdf/pdf-renderer.js';
import { defaultDocumentTexts } from '../documents/pdf/document-texts.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SendDocumentDto } from './dto/send-document.dto.js';
import { Message, MessageAttachment, MESSAGE_CHANNELS, MESSAGE_DIRECTIONS } from './message.entity.js';

const LIST: ListSpec<Message> = {
  alias: 'm',
  sortable: { id: 'm.id', sentAt: 'm.sentAt', subject: 'm.subject', direction: 'm.direction', channel: 'm.channel' },
  filters: {
    id: filters.ids('m.id'),
    q: filters.text(['m.subject', 'm.toAddress', 'm.toName', 'm.relatedNumber', 'm.body']),
    direction: filters.equals('m.direction', MESSAGE_DIRECTIONS),
    channel: filters.equals('m.channel', MESSAGE_CHANNELS),
    thirdPartyId: filters.equals('m.thirdPartyId'),
    relatedResource: filters.equals('m.relatedResource'),
    relatedId: filters.equals('m.relatedId'),
  },
};

const SENDER_SIGNATURE = { fr: 'Le service administration des ventes', en: 'Sales administration' };

/** The sandbox mailbox: reading it, and "sending" documents into its outbox. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['sentAt', 'DESC']);
    return this.db.read(ctx, (em) => runList(delivered(em.createQueryBuilder(Message, 'm'), ctx), LIST, list));
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => {
      const message = await delivered(em.createQueryBuilder(Message, 'm'), ctx).andWhere('m.id = :id', { id }).getOne();
      if (!message) throw new DomainException('NOT_FOUND');
      return message;
    });
  }

  async attachment(ctx: SandboxContext, id: number, attachmentId: number): Promise<StreamableFile> {
    const file = await this.db.read(ctx, (em) => em.findOneByOrFail(MessageAttachment, { id: attachmentId, messageId: id }));
    return new StreamableFile(file.data, { type: file.contentType, disposition: `inline; filename="${file.filename}"`, length: file.data.length });
  }

  /**
   * Sends a validated document: by e-mail into the outbox with its PDF attached (to the chosen
   * contact, a typed address or the client's), or records another transmission mode.
   * `alsoInTransaction` lets the caller change the document in the same write (a quote becomes "sent").
   */
  async sendDocument(ctx: SandboxContext, resource: DocumentResource, id: number, dto: SendDocumentDto, alsoInTransaction?: (em: EntityManager) => Promise<void>) {
    const channel = dto.channel ?? 'email';
    const { model, client, contact, company } = await this.db.read(ctx, async (em) => {
      const model = await buildDocumentModel(em, resource, id);
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const client = await em.findOneByOrFail(ThirdParty, { code: model.buyer.code });
      const contact = dto.contactId ? await em.findOneBy(Contact, { id: dto.contactId, thirdPartyId: client.id }) : null;
      if (dto.contactId && !contact) throw new FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
      return { model, client, contact, company };
    });
    if (!model.number) throw new DomainException('DOCUMENT_DRAFT_NOT_SENDABLE');
    const to = channel === 'email' ? dto.to ?? contact?.email ?? client.email : null;
    if (channel === 'email' && !to) throw new FieldErrorsException({ to: 'app.validation.email_required_to_send' });
    const language = model.language;
    const texts = defaultDocumentTexts();
    const kind = model.kind;
    const vars = {
      company: company.name,
      number: model.number,
      total: model.totals ? formatCents(model.totals.grossCents, language) : '',
      validUntil: date(model.validUntil, language),
      dueDate: date(model.dueDate, language),
      salutation: salutation(language, contact),
      signature: SENDER_SIGNATURE[language],
      phone: company.phone ?? '',
    };
    const subject = dto.subject ?? texts.text(language, `email.${kind}-subject`, vars);
    const body = dto.body ?? [texts.text(language, 'email.greeting', vars), texts.text(language, `email.${kind}-body`, vars), texts.text(language, 'email.closing', vars)].join('\n\n');
    const pdf = channel === 'email' ? await renderDocumentPdf(model, { creationDate: ctx.clock.now() }) : null;

    return this.db.write(ctx, async (em) => {
      const message = em.create(Message, {
        direction: 'out', channel, fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
        thirdPartyId: client.id, subject, body, relatedResource: resource, relatedId: id, relatedNumber: model.number, attachments: [],
        sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
      });
      await em.insert(Message, message);
      if (pdf) {
        const attachment = em.create(MessageAttachment, { messageId: message.id, filename: `${model.number}.pdf`, contentType: 'application/pdf', data: pdf });
        await em.insert(MessageAttachment, attachment);
        message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: pdf.length }];
        await em.update(Message, { id: message.id }, { attachments: message.attachments });
      }
      await alsoInTransaction?.(em);
      const how = channel === 'email' ? `par e-mail à ${to}` : CHANNEL_LABELS[channel];
      await this.journal.record(em, ctx, { resource: 'messages', recordId: message.id, action: 'send', label: `${model.number} envoyé ${how}`, after: { resource, id, channel, to } });
      return message;
    });
  }
}

/**
 * Received messages show once the scenario clock has reached their date: the scenario's timed inbox
 * is in the sandbox from the start, and arrives on the scenario clock (a pause delays it too).
 */
export function delivered(qb: SelectQueryBuilder<Message>, ctx: SandboxContext): SelectQueryBuilder<Message> {
  return qb.andWhere("(m.direction <> 'in' OR m.sentAt <= :deliveredBy)", { deliveredBy: ctx.clock.nowIso() });
}

const CHANNEL_LABELS = { email: 'par e-mail', post: 'par courrier', hand: 'en main propre', platform: 'via la plateforme de facturation' } as const;

function date(value: string | null | undefined, language: DocumentModel['language']): string {
  if (!value) return '';
  const d = new Date(`${value}T00:00:00Z`);
  return language === 'fr' ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function salutation(language: DocumentModel['language'], contact: Contact | null): string {
  if (language === 'en') return contact ? `Dear ${contact.civility === 'Mme' ? 'Ms' : contact.civility === 'M.' ? 'Mr' : ''} ${contact.lastName}`.replace(/\s+/g, ' ') : 'Dear Sir or Madam';
  if (!contact?.civility) return contact ? `Bonjour ${contact.firstName} ${contact.lastName}` : 'Madame, Monsieur';
  return `${contact.civility === 'Mme' ? 'Madame' : 'Monsieur'} ${contact.lastName}`;
}

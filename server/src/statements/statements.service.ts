import { Injectable, StreamableFile } from '@nestjs/common';
import { EntityManager, In, LessThanOrEqual } from 'typeorm';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { formatCents } from '../common/money/money.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { buyerOf, sellerOf } from '../documents/document-model.factory.js';
import { defaultDocumentTexts } from '../documents/pdf/document-texts.js';
import { labelsFor } from '../documents/pdf/labels/index.js';
import { entryLabel, type StatementDocumentModel } from '../documents/pdf/view-models/statement.view-model.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Message, MessageAttachment } from '../messages/message.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { halfYearRates } from '../receivables/late-penalties.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { SendStatementDto } from './dto/send-statement.dto.js';
import { statementEmail } from './statement-email.js';
import { StatementFigures, statementFigures } from './statement-ledger.js';
import { renderStatementPdf } from './statement-pdf.js';
import { statementPeriod } from './statement-period.js';

interface Loaded {
  client: ThirdParty;
  company: Company;
  figures: StatementFigures;
  today: string;
}

/**
 * Account statements (relevés de compte): the figures of one client over a period, the PDF in the
 * client's language, and sending it by e-mail into the outbox (journaled). Read-only otherwise.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  async get(ctx: SandboxContext, clientId: number, query: Record<string, unknown>) {
    const { client, figures, today } = await this.db.read(ctx, (em) => this.load(em, ctx, clientId, query));
    const { openInvoices, entries, ...totals } = figures;
    const L = labelsFor('fr');
    return {
      client: { id: client.id, code: client.code, name: client.name, customerType: client.customerType, language: client.language, email: client.email },
      date: today,
      ...totals,
      entries: entries.map((e) => ({ ...e, label: entryLabel(e, L) })),
      openInvoices,
    };
  }

  async pdf(ctx: SandboxContext, clientId: number, query: Record<string, unknown>): Promise<StreamableFile> {
    const loaded = await this.db.read(ctx, (em) => this.load(em, ctx, clientId, query));
    const buffer = await renderStatementPdf(documentModel(loaded), { creationDate: ctx.clock.now() });
    return new StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${fileName(loaded)}"`, length: buffer.length });
  }

  async send(ctx: SandboxContext, clientId: number, query: Record<string, unknown>, dto: SendStatementDto) {
    const { loaded, contact } = await this.db.read(ctx, async (em) => {
      const loaded = await this.load(em, ctx, clientId, query);
      const contact = dto.contactId ? await em.findOneBy(Contact, { id: dto.contactId, thirdPartyId: clientId }) : null;
      if (dto.contactId && !contact) throw new FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
      return { loaded, contact };
    });
    const { client, company, figures } = loaded;
    const to = dto.to ?? contact?.email ?? client.email;
    if (!to) throw new FieldErrorsException({ to: 'app.validation.email_required_to_send' });
    const text = statementEmail(defaultDocumentTexts(), { language: client.language, company, clientCode: client.code, contact, figures });
    const pdf = await renderStatementPdf(documentModel(loaded), { creationDate: ctx.clock.now() });
    const period = `${frDate(figures.from)} – ${frDate(figures.to)}`;

    return this.db.write(ctx, async (em) => {
      const message = em.create(Message, {
        direction: 'out', channel: 'email', fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
        thirdPartyId: client.id, subject: dto.subject ?? text.subject, body: dto.body ?? text.body, relatedResource: 'statements', relatedId: client.id,
        relatedNumber: `Relevé ${client.code} au ${frDate(figures.to)}`, attachments: [], sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
      });
      await em.insert(Message, message);
      const attachment = em.create(MessageAttachment, { messageId: message.id, filename: fileName(loaded), contentType: 'application/pdf', data: pdf });
      await em.insert(MessageAttachment, attachment);
      message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: pdf.length }];
      await em.update(Message, { id: message.id }, { attachments: message.attachments });
      await this.journal.record(em, ctx, {
        resource: 'statements', recordId: client.id, action: 'send',
        label: `Relevé de compte ${client.code} ${client.name} (${period}, solde ${formatCents(figures.closingBalanceCents, 'fr')}) envoyé par e-mail à ${to}`,
        after: { messageId: message.id, clientId: client.id, from: figures.from, to: figures.to, closingBalanceCents: figures.closingBalanceCents, overdueCents: figures.overdueCents, toAddress: to },
      });
      return message;
    });
  }

  private async load(em: EntityManager, ctx: SandboxContext, clientId: number, query: Record<string, unknown>): Promise<Loaded> {
    const today = ctx.clock.today();
    const { from, to } = statementPeriod(query, today);
    const client = await em.findOneByOrFail(ThirdParty, { id: clientId });
    if (!client.isClient) throw new FieldErrorsException({ clientId: 'app.validation.not_a_client' });
    const company = await em.findOneByOrFail(Company, { id: 1 });
    const upTo = LessThanOrEqual(to);
    const invoices = await em.find(Invoice, { where: { clientId, status: 'validated', date: upTo }, select: { id: true, number: true, type: true, date: true, dueDate: true, grossCents: true } });
    const notes = await em.find(CreditNote, { where: { clientId, status: 'validated', date: upTo }, select: { id: true, number: true, date: true, grossCents: true, invoiceId: true } });
    const noteInvoices = notes.length ? await em.find(Invoice, { where: { id: In([...new Set(notes.map((n) => n.invoiceId))]) }, select: { id: true, number: true } }) : [];
    const payments = await em.find(Payment, { where: { clientId, status: 'recorded', date: upTo } });
    const allocations = payments.length ? await em.findBy(PaymentAllocation, { paymentId: In(payments.map((p) => p.id)) }) : [];
    const figures = statementFigures({
      from,
      to,
      invoices: invoices.map((i) => ({ id: i.id, number: i.number ?? '', type: i.type, date: i.date, dueDate: i.dueDate, grossCents: i.grossCents })),
      creditNotes: notes.map((n) => ({ id: n.id, number: n.number ?? '', date: n.date, grossCents: n.grossCents, invoiceId: n.invoiceId, invoiceNumber: noteInvoices.find((i) => i.id === n.invoiceId)?.number ?? null })),
      payments: payments.map((p) => ({
        id: p.id, date: p.date, amountCents: p.amountCents, method: p.method, reference: p.reference,
        allocations: allocations.filter((a) => a.paymentId === p.id).map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents })),
      })),
    });
    return { client, company, figures, today };
  }
}

function documentModel({ client, company, figures, today }: Loaded): StatementDocumentModel {
  return {
    language: client.language, date: today, seller: sellerOf(company), buyer: buyerOf(client, null),
    penaltyRateBp: halfYearRates(company.latePenaltyRatesBp ?? {}, company.latePenaltyRateBp)(today), figures,
  };
}

/** releve-C0012-2026-03-16.pdf */
function fileName({ client, figures }: Loaded): string {
  return `releve-${client.code.replace(/[^A-Za-z0-9-]/g, '')}-${figures.to}.pdf`;
}

function frDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

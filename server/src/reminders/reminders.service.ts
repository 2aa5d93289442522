import { Injectable, StreamableFile } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { formatCents } from '../common/money/money.js';
import { Company, RecoveryStep } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { renderReminderPdf } from '../documents/pdf/reminder-pdf.js';
import { insertInteraction, promiseErrors } from '../interactions/interactions.service.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Message } from '../messages/message.entity.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { ReminderDto } from './dto/reminder.dto.js';
import { invoiceClaims } from './invoice-claims.js';
import { recoveryStepsOf } from './recovery-steps.js';
import { letterFileName, letterModelOf } from './reminder-letter.js';
import { defaultLevel, skippedLevelAt } from './reminder-level.js';
import { writtenLevels } from './reminder-history.js';
import { outboxReminder, reminderContact, reminderEmail } from './reminder-outbox.js';
import { Reminder, ReminderInvoice, REMINDER_KINDS } from './reminder.entity.js';
import { callsOf, stepsTaken } from './steps-taken.js';
import { reminderWorklist } from './worklist.js';

const LIST: ListSpec<Reminder> = {
  alias: 'r',
  sortable: { id: 'r.id', date: 'r.date', level: 'r.level', kind: 'r.kind', clientId: 'r.clientId', totalClaimedCents: 'r.totalClaimedCents', newDeadline: 'r.newDeadline' },
  filters: {
    id: filters.ids('r.id'),
    q: filters.text(['r.notes']),
    clientId: filters.equals('r.clientId'),
    level: filters.equals('r.level'),
    kind: filters.equals('r.kind', REMINDER_KINDS),
    date_gte: filters.gte('r.date'),
    date_lte: filters.lte('r.date'),
  },
};

const KIND_LABELS = { email: 'par e-mail', letter: 'par courrier', formal_notice: 'par lettre recommandée AR', phone: 'par téléphone' } as const;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The recovery procedure (relances): the worklist of clients to chase, and reminders made to them.
 * A written reminder freezes its figures (principal, penalties, indemnity), renders its letter and
 * puts it in the outbox; a phone reminder logs the call and its outcome. Nothing is edited later.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  worklist(ctx: SandboxContext) {
    return this.db.read(ctx, (em) => reminderWorklist(em, ctx.clock.today()));
  }

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Reminder, 'r'), LIST, list);
      return { ...result, rows: await presentReminders(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, (em) => reminderDetail(em, id));
  }

  async pdf(ctx: SandboxContext, id: number): Promise<StreamableFile> {
    const { model, filename } = await this.db.read(ctx, async (em) => {
      const reminder = await em.findOneByOrFail(Reminder, { id });
      if (reminder.kind === 'phone') throw new DomainException('REMINDER_NO_LETTER');
      const client = await em.findOneByOrFail(ThirdParty, { id: reminder.clientId });
      return { model: await letterModelOf(em, reminder), filename: letterFileName(reminder, client.code) };
    });
    const buffer = await renderReminderPdf(model, { creationDate: ctx.clock.now() });
    return new StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: buffer.length });
  }

  create(ctx: SandboxContext, dto: ReminderDto) {
    return this.db.write(ctx, async (em) => {
      const today = ctx.clock.today();
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const steps = recoveryStepsOf(company);
      const written = dto.kind !== 'phone';

      const client = await em.findOneBy(ThirdParty, { id: dto.clientId });
      if (!client?.isClient) throw new FieldErrorsException({ clientId: 'app.validation.not_a_client' });
      const errors: Record<string, string> = {};
      const found = await em.findBy(Invoice, { id: In(dto.invoiceIds), clientId: client.id, status: 'validated' });
      const balances = await balancesOf(em, found, today);
      const invoices = found
        .filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0 && (balances.get(i.id)?.daysOverdue ?? 0) > 0)
        .sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.id - b.id);
      if (invoices.length !== dto.invoiceIds.length || new Set(dto.invoiceIds).size !== dto.invoiceIds.length) errors.invoiceIds = 'app.validation.not_an_overdue_invoice_of_client';
      const contacts = await em.findBy(Contact, { thirdPartyId: client.id });
      const chosen = dto.contactId ? contacts.find((c) => c.id === dto.contactId) ?? null : null;
      if (dto.contactId && !chosen) errors.contactId = 'app.validation.contact_of_other_client';
      const contact = reminderContact(contacts, chosen);
      if (dto.newDeadline && dto.newDeadline < today) errors.newDeadline = 'app.validation.date_in_past';
      if (written) {
        if (dto.level && !steps.some((s) => s.level === dto.level)) errors.level = 'app.validation.choice';
        for (const field of ['outcome', 'promisedDate', 'promisedAmountCents'] as const) if (dto[field]) errors[field] = 'app.validation.phone_only';
      } else {
        if (!dto.outcome) errors.outcome = 'app.validation.required';
        Object.assign(errors, promiseErrors(dto, today));
      }
      const to = dto.kind === 'email' ? reminderEmail(contact, client) : null;
      if (dto.kind === 'email' && !to && !errors.contactId) errors.contactId = 'app.validation.email_required_to_send';
      if (Object.keys(errors).length) throw new FieldErrorsException(errors);

      if (written && client.litigationSince) throw new DomainException('CLIENT_IN_LITIGATION');
      const levels = await writtenLevels(em, invoices.map((i) => i.id));
      const lastLevels = invoices.map((i) => levels.get(i.id)!.lastLevel);
      const level = written ? dto.level ?? defaultLevel(steps, dto.kind as Exclude<typeof dto.kind, 'phone'>, lastLevels) : dto.level ?? Math.max(1, ...lastLevels);
      if (written) refuseSkippedLevel(steps, level, invoices, lastLevels);

      const claims = await invoiceClaims(em, invoices, company, client.customerType === 'b2b', today);
      const sum = (key: 'balanceCents' | 'penaltyCents' | 'indemnityCents') => claims.reduce((s, c) => s + c[key], 0);
      const reminder = em.create(Reminder, {
        clientId: client.id, contactId: contact?.id ?? null, level, kind: dto.kind, date: today,
        newDeadline: written ? dto.newDeadline ?? addDays(today, company.reminderDeadlineDays) : dto.newDeadline ?? null,
        language: client.language, balanceCents: sum('balanceCents'), penaltyCents: sum('penaltyCents'), indemnityCents: sum('indemnityCents'),
        totalClaimedCents: sum('balanceCents') + sum('penaltyCents') + sum('indemnityCents'),
        messageId: null, interactionId: null, notes: dto.notes ?? null, author: ctx.actor.username, createdAt: ctx.clock.nowIso(),
      });
      await em.insert(Reminder, reminder);
      await em.insert(ReminderInvoice, claims.map(({ segments: _s, ...c }) => ({ ...c, reminderId: reminder.id })));
      const numbers = invoices.map((i) => i.number).join(', ');

      let label: string;
      if (written) {
        const pdf = await renderReminderPdf(await letterModelOf(em, reminder), { creationDate: ctx.clock.now() });
        const message = await outboxReminder(em, ctx, { reminder, client, contact, company, to, numbers, pdf, filename: letterFileName(reminder, client.code) });
        reminder.messageId = message.id;
        const letter = reminder.kind === 'formal_notice' ? 'Mise en demeure' : `Relance n° ${level}`;
        label = `${letter} ${KIND_LABELS[reminder.kind]} — ${client.name} — ${numbers} — ${formatCents(reminder.totalClaimedCents)} réclamés`;
        const how = message.channel === 'email' ? `par e-mail à ${to}` : KIND_LABELS[reminder.kind];
        await this.journal.record(em, ctx, { resource: 'messages', recordId: message.id, action: 'send', label: `${letter} (${client.name}) envoyée ${how}`, after: { resource: 'reminders', id: reminder.id, channel: message.channel, to } });
      } else {
        const call = await insertInteraction(em, ctx, {
          thirdPartyId: client.id, contactId: contact?.id ?? null, kind: 'call', subject: `Relance téléphonique — ${numbers}`, outcome: dto.outcome!,
          promisedDate: dto.outcome === 'promise_to_pay' ? dto.promisedDate! : null, promisedAmountCents: dto.outcome === 'promise_to_pay' ? dto.promisedAmountCents ?? null : null,
          notes: dto.notes ?? null, relatedResource: 'reminders', relatedId: reminder.id,
        });
        reminder.interactionId = call.id;
        label = `Relance téléphonique — ${client.name} — ${numbers} — ${OUTCOME_LABELS[dto.outcome!]}${call.promisedDate ? ` au ${call.promisedDate.split('-').reverse().join('/')}` : ''}`;
      }
      await em.update(Reminder, { id: reminder.id }, { messageId: reminder.messageId, interactionId: reminder.interactionId });
      await this.journal.record(em, ctx, { resource: 'reminders', recordId: reminder.id, action: 'create', label, after: { ...reminder, invoices: claims.map(({ segments: _s, ...c }) => c) } });
      return reminderDetail(em, reminder.id);
    });
  }
}

const OUTCOME_LABELS: Record<string, string> = {
  promise_to_pay: 'promesse de règlement', no_answer: 'sans réponse', callback: 'rappel convenu', dispute: 'contestation', refusal: 'refus de payer', done: 'fait',
};

/** 409 when the level would skip one: "send level N − 1 first", naming the invoice. */
function refuseSkippedLevel(steps: RecoveryStep[], level: number, invoices: Invoice[], lastLevels: number[]): void {
  const at = skippedLevelAt(level, lastLevels);
  if (at < 0) return;
  const name = (l: number) => steps.find((s) => s.level === l)?.label ?? `niveau ${l}`;
  const expected = lastLevels[at] + 1;
  throw new DomainException(
    'REMINDER_LEVEL_SKIPPED',
    `La relance de niveau ${level} (${name(level)}) ne peut pas être envoyée pour la facture ${invoices[at].number} : la relance de niveau ${expected} (${name(expected)}) n'a pas encore été faite. La procédure ne saute pas d'étape.`,
    { details: { invoiceId: invoices[at].id, invoiceNumber: invoices[at].number, lastLevel: lastLevels[at], level, expectedLevel: expected } },
  );
}

/** List rows: client, contact, invoice numbers, and the call's outcome for a phone reminder. */
export async function presentReminders(em: EntityManager, rows: Reminder[]) {
  const clients = rows.length ? await em.find(ThirdParty, { where: { id: In([...new Set(rows.map((r) => r.clientId))]) }, select: { id: true, name: true, code: true } }) : [];
  const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x): x is number => !!x))];
  const contacts = contactIds.length ? await em.findBy(Contact, { id: In(contactIds) }) : [];
  const links = rows.length ? await em.find(ReminderInvoice, { where: { reminderId: In(rows.map((r) => r.id)) }, order: { dueDate: 'ASC', id: 'ASC' } }) : [];
  const calls = await callsOf(em, rows);
  return rows.map((r) => {
    const client = clients.find((c) => c.id === r.clientId);
    const contact = contacts.find((c) => c.id === r.contactId);
    const call = calls.get(r.id) ?? null;
    return {
      ...r,
      clientName: client?.name ?? null,
      clientCode: client?.code ?? null,
      contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
      invoiceNumbers: links.filter((l) => l.reminderId === r.id).map((l) => l.invoiceNumber),
      outcome: call?.outcome ?? null,
      promisedDate: call?.promisedDate ?? null,
      promisedAmountCents: call?.promisedAmountCents ?? null,
    };
  });
}

/** One reminder with its invoices (frozen figures), the steps taken before it, its message or call. */
export async function reminderDetail(em: EntityManager, id: number) {
  const reminder = await em.findOneByOrFail(Reminder, { id });
  const [row] = await presentReminders(em, [reminder]);
  const invoices = await em.find(ReminderInvoice, { where: { reminderId: id }, order: { dueDate: 'ASC', id: 'ASC' } });
  const message = reminder.messageId ? await em.findOne(Message, { where: { id: reminder.messageId }, select: { id: true, channel: true, toAddress: true, toName: true, subject: true, attachments: true, sentAt: true } }) : null;
  return {
    ...row,
    invoices: invoices.map((i) => ({ ...i, periodFrom: addDays(i.dueDate, 1), periodTo: reminder.date })),
    stepsTaken: await stepsTaken(em, reminder),
    message,
  };
}

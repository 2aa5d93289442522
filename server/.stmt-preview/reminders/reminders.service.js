"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RemindersService = void 0;
exports.presentReminders = presentReminders;
exports.reminderDetail = reminderDetail;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const money_js_1 = require("../common/money/money.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const reminder_pdf_js_1 = require("../documents/pdf/reminder-pdf.js");
const interactions_service_js_1 = require("../interactions/interactions.service.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const invoice_claims_js_1 = require("./invoice-claims.js");
const recovery_steps_js_1 = require("./recovery-steps.js");
const reminder_letter_js_1 = require("./reminder-letter.js");
const reminder_level_js_1 = require("./reminder-level.js");
const reminder_history_js_1 = require("./reminder-history.js");
const reminder_outbox_js_1 = require("./reminder-outbox.js");
const reminder_entity_js_1 = require("./reminder.entity.js");
const steps_taken_js_1 = require("./steps-taken.js");
const worklist_js_1 = require("./worklist.js");
const LIST = {
    alias: 'r',
    sortable: { id: 'r.id', date: 'r.date', level: 'r.level', kind: 'r.kind', clientId: 'r.clientId', totalClaimedCents: 'r.totalClaimedCents', newDeadline: 'r.newDeadline' },
    filters: {
        id: list_query_js_1.filters.ids('r.id'),
        q: list_query_js_1.filters.text(['r.notes']),
        clientId: list_query_js_1.filters.equals('r.clientId'),
        level: list_query_js_1.filters.equals('r.level'),
        kind: list_query_js_1.filters.equals('r.kind', reminder_entity_js_1.REMINDER_KINDS),
        date_gte: list_query_js_1.filters.gte('r.date'),
        date_lte: list_query_js_1.filters.lte('r.date'),
    },
};
const KIND_LABELS = { email: 'par e-mail', letter: 'par courrier', formal_notice: 'par lettre recommandée AR', phone: 'par téléphone' };
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/**
 * The recovery procedure (relances): the worklist of clients to chase, and reminders made to them.
 * A written reminder freezes its figures (principal, penalties, indemnity), renders its letter and
 * puts it in the outbox; a phone reminder logs the call and its outcome. Nothing is edited later.
 */
let RemindersService = class RemindersService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    worklist(ctx) {
        return this.db.read(ctx, (em) => (0, worklist_js_1.reminderWorklist)(em, ctx.clock.today()));
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(reminder_entity_js_1.Reminder, 'r'), LIST, list);
            return { ...result, rows: await presentReminders(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => reminderDetail(em, id));
    }
    async pdf(ctx, id) {
        const { model, filename } = await this.db.read(ctx, async (em) => {
            const reminder = await em.findOneByOrFail(reminder_entity_js_1.Reminder, { id });
            if (reminder.kind === 'phone')
                throw new domain_exception_js_1.DomainException('REMINDER_NO_LETTER');
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: reminder.clientId });
            return { model: await (0, reminder_letter_js_1.letterModelOf)(em, reminder), filename: (0, reminder_letter_js_1.letterFileName)(reminder, client.code) };
        });
        const buffer = await (0, reminder_pdf_js_1.renderReminderPdf)(model, { creationDate: ctx.clock.now() });
        return new common_1.StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: buffer.length });
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const today = ctx.clock.today();
            const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const steps = (0, recovery_steps_js_1.recoveryStepsOf)(company);
            const written = dto.kind !== 'phone';
            const client = await em.findOneBy(third_party_entity_js_1.ThirdParty, { id: dto.clientId });
            if (!client?.isClient)
                throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.not_a_client' });
            const errors = {};
            const found = await em.findBy(invoice_entity_js_1.Invoice, { id: (0, typeorm_1.In)(dto.invoiceIds), clientId: client.id, status: 'validated' });
            const balances = await (0, open_invoices_js_1.balancesOf)(em, found, today);
            const invoices = found
                .filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0 && (balances.get(i.id)?.daysOverdue ?? 0) > 0)
                .sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.id - b.id);
            if (invoices.length !== dto.invoiceIds.length || new Set(dto.invoiceIds).size !== dto.invoiceIds.length)
                errors.invoiceIds = 'app.validation.not_an_overdue_invoice_of_client';
            const contacts = await em.findBy(contact_entity_js_1.Contact, { thirdPartyId: client.id });
            const chosen = dto.contactId ? contacts.find((c) => c.id === dto.contactId) ?? null : null;
            if (dto.contactId && !chosen)
                errors.contactId = 'app.validation.contact_of_other_client';
            const contact = (0, reminder_outbox_js_1.reminderContact)(contacts, chosen);
            if (dto.newDeadline && dto.newDeadline < today)
                errors.newDeadline = 'app.validation.date_in_past';
            if (written) {
                if (dto.level && !steps.some((s) => s.level === dto.level))
                    errors.level = 'app.validation.choice';
                for (const field of ['outcome', 'promisedDate', 'promisedAmountCents'])
                    if (dto[field])
                        errors[field] = 'app.validation.phone_only';
            }
            else {
                if (!dto.outcome)
                    errors.outcome = 'app.validation.required';
                Object.assign(errors, (0, interactions_service_js_1.promiseErrors)(dto, today));
            }
            const to = dto.kind === 'email' ? (0, reminder_outbox_js_1.reminderEmail)(contact, client) : null;
            if (dto.kind === 'email' && !to && !errors.contactId)
                errors.contactId = 'app.validation.email_required_to_send';
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException(errors);
            if (written && client.litigationSince)
                throw new domain_exception_js_1.DomainException('CLIENT_IN_LITIGATION');
            const levels = await (0, reminder_history_js_1.writtenLevels)(em, invoices.map((i) => i.id));
            const lastLevels = invoices.map((i) => levels.get(i.id).lastLevel);
            const level = written ? dto.level ?? (0, reminder_level_js_1.defaultLevel)(steps, dto.kind, lastLevels) : dto.level ?? Math.max(1, ...lastLevels);
            if (written)
                refuseSkippedLevel(steps, level, invoices, lastLevels);
            const claims = await (0, invoice_claims_js_1.invoiceClaims)(em, invoices, company, client.customerType === 'b2b', today);
            const sum = (key) => claims.reduce((s, c) => s + c[key], 0);
            const reminder = em.create(reminder_entity_js_1.Reminder, {
                clientId: client.id, contactId: contact?.id ?? null, level, kind: dto.kind, date: today,
                newDeadline: written ? dto.newDeadline ?? addDays(today, company.reminderDeadlineDays) : dto.newDeadline ?? null,
                language: client.language, balanceCents: sum('balanceCents'), penaltyCents: sum('penaltyCents'), indemnityCents: sum('indemnityCents'),
                totalClaimedCents: sum('balanceCents') + sum('penaltyCents') + sum('indemnityCents'),
                messageId: null, interactionId: null, notes: dto.notes ?? null, author: ctx.actor.username, createdAt: ctx.clock.nowIso(),
            });
            await em.insert(reminder_entity_js_1.Reminder, reminder);
            await em.insert(reminder_entity_js_1.ReminderInvoice, claims.map(({ segments: _s, ...c }) => ({ ...c, reminderId: reminder.id })));
            const numbers = invoices.map((i) => i.number).join(', ');
            let label;
            if (written) {
                const pdf = await (0, reminder_pdf_js_1.renderReminderPdf)(await (0, reminder_letter_js_1.letterModelOf)(em, reminder), { creationDate: ctx.clock.now() });
                const message = await (0, reminder_outbox_js_1.outboxReminder)(em, ctx, { reminder, client, contact, company, to, numbers, pdf, filename: (0, reminder_letter_js_1.letterFileName)(reminder, client.code) });
                reminder.messageId = message.id;
                const letter = reminder.kind === 'formal_notice' ? 'Mise en demeure' : `Relance n° ${level}`;
                label = `${letter} ${KIND_LABELS[reminder.kind]} — ${client.name} — ${numbers} — ${(0, money_js_1.formatCents)(reminder.totalClaimedCents)} réclamés`;
                const how = message.channel === 'email' ? `par e-mail à ${to}` : KIND_LABELS[reminder.kind];
                await this.journal.record(em, ctx, { resource: 'messages', recordId: message.id, action: 'send', label: `${letter} (${client.name}) envoyée ${how}`, after: { resource: 'reminders', id: reminder.id, channel: message.channel, to } });
            }
            else {
                const call = await (0, interactions_service_js_1.insertInteraction)(em, ctx, {
                    thirdPartyId: client.id, contactId: contact?.id ?? null, kind: 'call', subject: `Relance téléphonique — ${numbers}`, outcome: dto.outcome,
                    promisedDate: dto.outcome === 'promise_to_pay' ? dto.promisedDate : null, promisedAmountCents: dto.outcome === 'promise_to_pay' ? dto.promisedAmountCents ?? null : null,
                    notes: dto.notes ?? null, relatedResource: 'reminders', relatedId: reminder.id,
                });
                reminder.interactionId = call.id;
                label = `Relance téléphonique — ${client.name} — ${numbers} — ${OUTCOME_LABELS[dto.outcome]}${call.promisedDate ? ` au ${call.promisedDate.split('-').reverse().join('/')}` : ''}`;
            }
            await em.update(reminder_entity_js_1.Reminder, { id: reminder.id }, { messageId: reminder.messageId, interactionId: reminder.interactionId });
            await this.journal.record(em, ctx, { resource: 'reminders', recordId: reminder.id, action: 'create', label, after: { ...reminder, invoices: claims.map(({ segments: _s, ...c }) => c) } });
            return reminderDetail(em, reminder.id);
        });
    }
};
exports.RemindersService = RemindersService;
exports.RemindersService = RemindersService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], RemindersService);
const OUTCOME_LABELS = {
    promise_to_pay: 'promesse de règlement', no_answer: 'sans réponse', callback: 'rappel convenu', dispute: 'contestation', refusal: 'refus de payer', done: 'fait',
};
/** 409 when the level would skip one: "send level N − 1 first", naming the invoice. */
function refuseSkippedLevel(steps, level, invoices, lastLevels) {
    const at = (0, reminder_level_js_1.skippedLevelAt)(level, lastLevels);
    if (at < 0)
        return;
    const name = (l) => steps.find((s) => s.level === l)?.label ?? `niveau ${l}`;
    const expected = lastLevels[at] + 1;
    throw new domain_exception_js_1.DomainException('REMINDER_LEVEL_SKIPPED', `La relance de niveau ${level} (${name(level)}) ne peut pas être envoyée pour la facture ${invoices[at].number} : la relance de niveau ${expected} (${name(expected)}) n'a pas encore été faite. La procédure ne saute pas d'étape.`, { details: { invoiceId: invoices[at].id, invoiceNumber: invoices[at].number, lastLevel: lastLevels[at], level, expectedLevel: expected } });
}
/** List rows: client, contact, invoice numbers, and the call's outcome for a phone reminder. */
async function presentReminders(em, rows) {
    const clients = rows.length ? await em.find(third_party_entity_js_1.ThirdParty, { where: { id: (0, typeorm_1.In)([...new Set(rows.map((r) => r.clientId))]) }, select: { id: true, name: true, code: true } }) : [];
    const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x) => !!x))];
    const contacts = contactIds.length ? await em.findBy(contact_entity_js_1.Contact, { id: (0, typeorm_1.In)(contactIds) }) : [];
    const links = rows.length ? await em.find(reminder_entity_js_1.ReminderInvoice, { where: { reminderId: (0, typeorm_1.In)(rows.map((r) => r.id)) }, order: { dueDate: 'ASC', id: 'ASC' } }) : [];
    const calls = await (0, steps_taken_js_1.callsOf)(em, rows);
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
async function reminderDetail(em, id) {
    const reminder = await em.findOneByOrFail(reminder_entity_js_1.Reminder, { id });
    const [row] = await presentReminders(em, [reminder]);
    const invoices = await em.find(reminder_entity_js_1.ReminderInvoice, { where: { reminderId: id }, order: { dueDate: 'ASC', id: 'ASC' } });
    const message = reminder.messageId ? await em.findOne(message_entity_js_1.Message, { where: { id: reminder.messageId }, select: { id: true, channel: true, toAddress: true, toName: true, subject: true, attachments: true, sentAt: true } }) : null;
    return {
        ...row,
        invoices: invoices.map((i) => ({ ...i, periodFrom: addDays(i.dueDate, 1), periodTo: reminder.date })),
        stepsTaken: await (0, steps_taken_js_1.stepsTaken)(em, reminder),
        message,
    };
}
//# sourceMappingURL=reminders.service.js.map
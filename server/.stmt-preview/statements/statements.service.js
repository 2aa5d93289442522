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
exports.StatementsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const money_js_1 = require("../common/money/money.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const document_model_factory_js_1 = require("../documents/document-model.factory.js");
const document_texts_js_1 = require("../documents/pdf/document-texts.js");
const index_js_1 = require("../documents/pdf/labels/index.js");
const statement_view_model_js_1 = require("../documents/pdf/view-models/statement.view-model.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const late_penalties_js_1 = require("../receivables/late-penalties.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const statement_email_js_1 = require("./statement-email.js");
const statement_ledger_js_1 = require("./statement-ledger.js");
const statement_pdf_js_1 = require("./statement-pdf.js");
const statement_period_js_1 = require("./statement-period.js");
/**
 * Account statements (relevés de compte): the figures of one client over a period, the PDF in the
 * client's language, and sending it by e-mail into the outbox (journaled). Read-only otherwise.
 */
let StatementsService = class StatementsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    async get(ctx, clientId, query) {
        const { client, figures, today } = await this.db.read(ctx, (em) => this.load(em, ctx, clientId, query));
        const { openInvoices, entries, ...totals } = figures;
        const L = (0, index_js_1.labelsFor)('fr');
        return {
            client: { id: client.id, code: client.code, name: client.name, customerType: client.customerType, language: client.language, email: client.email },
            date: today,
            ...totals,
            entries: entries.map((e) => ({ ...e, label: (0, statement_view_model_js_1.entryLabel)(e, L) })),
            openInvoices,
        };
    }
    async pdf(ctx, clientId, query) {
        const loaded = await this.db.read(ctx, (em) => this.load(em, ctx, clientId, query));
        const buffer = await (0, statement_pdf_js_1.renderStatementPdf)(documentModel(loaded), { creationDate: ctx.clock.now() });
        return new common_1.StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${fileName(loaded)}"`, length: buffer.length });
    }
    async send(ctx, clientId, query, dto) {
        const { loaded, contact } = await this.db.read(ctx, async (em) => {
            const loaded = await this.load(em, ctx, clientId, query);
            const contact = dto.contactId ? await em.findOneBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: clientId }) : null;
            if (dto.contactId && !contact)
                throw new domain_exception_js_1.FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
            return { loaded, contact };
        });
        const { client, company, figures } = loaded;
        const to = dto.to ?? contact?.email ?? client.email;
        if (!to)
            throw new domain_exception_js_1.FieldErrorsException({ to: 'app.validation.email_required_to_send' });
        const text = (0, statement_email_js_1.statementEmail)((0, document_texts_js_1.defaultDocumentTexts)(), { language: client.language, company, clientCode: client.code, contact, figures });
        const pdf = await (0, statement_pdf_js_1.renderStatementPdf)(documentModel(loaded), { creationDate: ctx.clock.now() });
        const period = `${frDate(figures.from)} – ${frDate(figures.to)}`;
        return this.db.write(ctx, async (em) => {
            const message = em.create(message_entity_js_1.Message, {
                direction: 'out', channel: 'email', fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
                thirdPartyId: client.id, subject: dto.subject ?? text.subject, body: dto.body ?? text.body, relatedResource: 'statements', relatedId: client.id,
                relatedNumber: `Relevé ${client.code} au ${frDate(figures.to)}`, attachments: [], sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
            });
            await em.insert(message_entity_js_1.Message, message);
            const attachment = em.create(message_entity_js_1.MessageAttachment, { messageId: message.id, filename: fileName(loaded), contentType: 'application/pdf', data: pdf });
            await em.insert(message_entity_js_1.MessageAttachment, attachment);
            message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: pdf.length }];
            await em.update(message_entity_js_1.Message, { id: message.id }, { attachments: message.attachments });
            await this.journal.record(em, ctx, {
                resource: 'statements', recordId: client.id, action: 'send',
                label: `Relevé de compte ${client.code} ${client.name} (${period}, solde ${(0, money_js_1.formatCents)(figures.closingBalanceCents, 'fr')}) envoyé par e-mail à ${to}`,
                after: { messageId: message.id, clientId: client.id, from: figures.from, to: figures.to, closingBalanceCents: figures.closingBalanceCents, overdueCents: figures.overdueCents, toAddress: to },
            });
            return message;
        });
    }
    async load(em, ctx, clientId, query) {
        const today = ctx.clock.today();
        const { from, to } = (0, statement_period_js_1.statementPeriod)(query, today);
        const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: clientId });
        if (!client.isClient)
            throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.not_a_client' });
        const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
        const upTo = (0, typeorm_1.LessThanOrEqual)(to);
        const invoices = await em.find(invoice_entity_js_1.Invoice, { where: { clientId, status: 'validated', date: upTo }, select: { id: true, number: true, type: true, date: true, dueDate: true, grossCents: true } });
        const notes = await em.find(credit_note_entity_js_1.CreditNote, { where: { clientId, status: 'validated', date: upTo }, select: { id: true, number: true, date: true, grossCents: true, invoiceId: true } });
        const noteInvoices = notes.length ? await em.find(invoice_entity_js_1.Invoice, { where: { id: (0, typeorm_1.In)([...new Set(notes.map((n) => n.invoiceId))]) }, select: { id: true, number: true } }) : [];
        const payments = await em.find(payment_entity_js_1.Payment, { where: { clientId, status: 'recorded', date: upTo } });
        const allocations = payments.length ? await em.findBy(payment_entity_js_1.PaymentAllocation, { paymentId: (0, typeorm_1.In)(payments.map((p) => p.id)) }) : [];
        const figures = (0, statement_ledger_js_1.statementFigures)({
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
};
exports.StatementsService = StatementsService;
exports.StatementsService = StatementsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], StatementsService);
function documentModel({ client, company, figures, today }) {
    return {
        language: client.language, date: today, seller: (0, document_model_factory_js_1.sellerOf)(company), buyer: (0, document_model_factory_js_1.buyerOf)(client, null),
        penaltyRateBp: (0, late_penalties_js_1.halfYearRates)(company.latePenaltyRatesBp ?? {}, company.latePenaltyRateBp)(today), figures,
    };
}
/** releve-C0012-2026-03-16.pdf */
function fileName({ client, figures }) {
    return `releve-${client.code.replace(/[^A-Za-z0-9-]/g, '')}-${figures.to}.pdf`;
}
function frDate(iso) {
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
//# sourceMappingURL=statements.service.js.map
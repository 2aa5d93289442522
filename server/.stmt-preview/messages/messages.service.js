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
exports.MessagesService = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const money_js_1 = require("../common/money/money.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const document_model_factory_js_1 = require("../documents/document-model.factory.js");
const pdf_renderer_js_1 = require("../documents/pdf/pdf-renderer.js");
const document_texts_js_1 = require("../documents/pdf/document-texts.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const message_entity_js_1 = require("./message.entity.js");
const LIST = {
    alias: 'm',
    sortable: { id: 'm.id', sentAt: 'm.sentAt', subject: 'm.subject', direction: 'm.direction', channel: 'm.channel' },
    filters: {
        id: list_query_js_1.filters.ids('m.id'),
        q: list_query_js_1.filters.text(['m.subject', 'm.toAddress', 'm.toName', 'm.relatedNumber', 'm.body']),
        direction: list_query_js_1.filters.equals('m.direction', message_entity_js_1.MESSAGE_DIRECTIONS),
        channel: list_query_js_1.filters.equals('m.channel', message_entity_js_1.MESSAGE_CHANNELS),
        thirdPartyId: list_query_js_1.filters.equals('m.thirdPartyId'),
        relatedResource: list_query_js_1.filters.equals('m.relatedResource'),
        relatedId: list_query_js_1.filters.equals('m.relatedId'),
    },
};
const SENDER_SIGNATURE = { fr: 'Le service administration des ventes', en: 'Sales administration' };
/** The sandbox mailbox: reading it, and "sending" documents into its outbox. */
let MessagesService = class MessagesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['sentAt', 'DESC']);
        return this.db.read(ctx, (em) => (0, list_query_js_1.runList)(em.createQueryBuilder(message_entity_js_1.Message, 'm'), LIST, list));
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => em.findOneByOrFail(message_entity_js_1.Message, { id }));
    }
    async attachment(ctx, id, attachmentId) {
        const file = await this.db.read(ctx, (em) => em.findOneByOrFail(message_entity_js_1.MessageAttachment, { id: attachmentId, messageId: id }));
        return new common_1.StreamableFile(file.data, { type: file.contentType, disposition: `inline; filename="${file.filename}"`, length: file.data.length });
    }
    /**
     * Sends a validated document: by e-mail into the outbox with its PDF attached (to the chosen
     * contact, a typed address or the client's), or records another transmission mode.
     * `alsoInTransaction` lets the caller change the document in the same write (a quote becomes "sent").
     */
    async sendDocument(ctx, resource, id, dto, alsoInTransaction) {
        const channel = dto.channel ?? 'email';
        const { model, client, contact, company } = await this.db.read(ctx, async (em) => {
            const model = await (0, document_model_factory_js_1.buildDocumentModel)(em, resource, id);
            const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { code: model.buyer.code });
            const contact = dto.contactId ? await em.findOneBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: client.id }) : null;
            if (dto.contactId && !contact)
                throw new domain_exception_js_1.FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
            return { model, client, contact, company };
        });
        if (!model.number)
            throw new domain_exception_js_1.DomainException('DOCUMENT_DRAFT_NOT_SENDABLE');
        const to = channel === 'email' ? dto.to ?? contact?.email ?? client.email : null;
        if (channel === 'email' && !to)
            throw new domain_exception_js_1.FieldErrorsException({ to: 'app.validation.email_required_to_send' });
        const language = model.language;
        const texts = (0, document_texts_js_1.defaultDocumentTexts)();
        const kind = model.kind;
        const vars = {
            company: company.name,
            number: model.number,
            total: model.totals ? (0, money_js_1.formatCents)(model.totals.grossCents, language) : '',
            validUntil: date(model.validUntil, language),
            dueDate: date(model.dueDate, language),
            salutation: salutation(language, contact),
            signature: SENDER_SIGNATURE[language],
            phone: company.phone ?? '',
        };
        const subject = dto.subject ?? texts.text(language, `email.${kind}-subject`, vars);
        const body = dto.body ?? [texts.text(language, 'email.greeting', vars), texts.text(language, `email.${kind}-body`, vars), texts.text(language, 'email.closing', vars)].join('\n\n');
        const pdf = channel === 'email' ? await (0, pdf_renderer_js_1.renderDocumentPdf)(model, { creationDate: ctx.clock.now() }) : null;
        return this.db.write(ctx, async (em) => {
            const message = em.create(message_entity_js_1.Message, {
                direction: 'out', channel, fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
                thirdPartyId: client.id, subject, body, relatedResource: resource, relatedId: id, relatedNumber: model.number, attachments: [],
                sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
            });
            await em.insert(message_entity_js_1.Message, message);
            if (pdf) {
                const attachment = em.create(message_entity_js_1.MessageAttachment, { messageId: message.id, filename: `${model.number}.pdf`, contentType: 'application/pdf', data: pdf });
                await em.insert(message_entity_js_1.MessageAttachment, attachment);
                message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: pdf.length }];
                await em.update(message_entity_js_1.Message, { id: message.id }, { attachments: message.attachments });
            }
            await alsoInTransaction?.(em);
            const how = channel === 'email' ? `par e-mail à ${to}` : CHANNEL_LABELS[channel];
            await this.journal.record(em, ctx, { resource: 'messages', recordId: message.id, action: 'send', label: `${model.number} envoyé ${how}`, after: { resource, id, channel, to } });
            return message;
        });
    }
};
exports.MessagesService = MessagesService;
exports.MessagesService = MessagesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], MessagesService);
const CHANNEL_LABELS = { email: 'par e-mail', post: 'par courrier', hand: 'en main propre', platform: 'via la plateforme de facturation' };
function date(value, language) {
    if (!value)
        return '';
    const d = new Date(`${value}T00:00:00Z`);
    return language === 'fr' ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
function salutation(language, contact) {
    if (language === 'en')
        return contact ? `Dear ${contact.civility === 'Mme' ? 'Ms' : contact.civility === 'M.' ? 'Mr' : ''} ${contact.lastName}`.replace(/\s+/g, ' ') : 'Dear Sir or Madam';
    if (!contact?.civility)
        return contact ? `Bonjour ${contact.firstName} ${contact.lastName}` : 'Madame, Monsieur';
    return `${contact.civility === 'Mme' ? 'Madame' : 'Monsieur'} ${contact.lastName}`;
}
//# sourceMappingURL=messages.service.js.map
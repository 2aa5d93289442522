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
exports.ContactsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const contact_entity_js_1 = require("./contact.entity.js");
const LIST = {
    alias: 'c',
    sortable: { id: 'c.id', lastName: (0, list_query_js_1.foldSql)('c.lastName'), firstName: (0, list_query_js_1.foldSql)('c.firstName'), email: 'c.email', marketingConsent: 'c.marketingConsent', thirdPartyId: 'c.thirdPartyId', createdAt: 'c.createdAt' },
    filters: {
        id: list_query_js_1.filters.ids('c.id'),
        q: list_query_js_1.filters.text(['c.firstName', 'c.lastName', 'c.email', 'c.jobTitle', 'c.phone']),
        thirdPartyId: list_query_js_1.filters.equals('c.thirdPartyId'),
        marketingConsent: list_query_js_1.filters.equals('c.marketingConsent', contact_entity_js_1.MARKETING_CONSENTS),
        preferredChannel: list_query_js_1.filters.equals('c.preferredChannel', contact_entity_js_1.PREFERRED_CHANNELS),
    },
};
let ContactsService = class ContactsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['lastName', 'ASC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(contact_entity_js_1.Contact, 'c'), LIST, list);
            return { ...result, rows: await present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(contact_entity_js_1.Contact, { id })]))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const fields = await checked(em, dto);
            const now = ctx.clock.nowIso();
            const contact = em.create(contact_entity_js_1.Contact, { ...fields, createdAt: now, updatedAt: now });
            await em.insert(contact_entity_js_1.Contact, contact);
            await this.journal.record(em, ctx, { resource: 'contacts', recordId: contact.id, action: 'create', label: label(contact), after: contact });
            return (await present(em, [await em.findOneByOrFail(contact_entity_js_1.Contact, { id: contact.id })]))[0];
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(contact_entity_js_1.Contact, { id });
            const fields = await checked(em, dto);
            const after = em.create(contact_entity_js_1.Contact, { ...before, ...fields, updatedAt: ctx.clock.nowIso() });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'contacts', recordId: id, action: 'update', label: label(after), before, after });
            return (await present(em, [after]))[0];
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const contact = await em.findOneByOrFail(contact_entity_js_1.Contact, { id });
            await em.delete(contact_entity_js_1.Contact, { id });
            await this.journal.record(em, ctx, { resource: 'contacts', recordId: id, action: 'delete', label: label(contact), before: contact });
            return { id };
        });
    }
};
exports.ContactsService = ContactsService;
exports.ContactsService = ContactsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], ContactsService);
async function checked(em, dto) {
    const errors = {};
    if (!(await em.countBy(third_party_entity_js_1.ThirdParty, { id: dto.thirdPartyId })))
        errors.thirdPartyId = 'app.validation.not_found';
    const consentTracked = dto.marketingConsent === 'granted' || dto.marketingConsent === 'withdrawn';
    if (consentTracked && !dto.consentDate)
        errors.consentDate = 'app.validation.consent_date_required';
    if (consentTracked && !dto.consentSource)
        errors.consentSource = 'app.validation.consent_source_required';
    if (dto.preferredChannel === 'email' && !dto.email)
        errors.email = 'app.validation.required_for_channel';
    if ((dto.preferredChannel === 'phone' || dto.preferredChannel === 'sms') && !dto.phone && !dto.mobile)
        errors.phone = 'app.validation.required_for_channel';
    if (Object.keys(errors).length)
        throw new domain_exception_js_1.FieldErrorsException(errors);
    return { ...dto, isPrimary: !!dto.isPrimary, email: dto.email?.toLowerCase() ?? null };
}
function label(c) {
    return `${c.firstName} ${c.lastName}`;
}
async function present(em, rows) {
    const tiers = rows.length ? await em.findBy(third_party_entity_js_1.ThirdParty, { id: (0, typeorm_1.In)([...new Set(rows.map((r) => r.thirdPartyId))]) }) : [];
    return rows.map(({ thirdParty: _t, ...c }) => ({ ...c, thirdPartyName: tiers.find((t) => t.id === c.thirdPartyId)?.name ?? null }));
}
//# sourceMappingURL=contacts.service.js.map
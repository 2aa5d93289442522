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
exports.InteractionsService = void 0;
exports.promiseErrors = promiseErrors;
exports.insertInteraction = insertInteraction;
exports.presentInteractions = presentInteractions;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const interaction_entity_js_1 = require("./interaction.entity.js");
const LIST = {
    alias: 'i',
    sortable: { id: 'i.id', at: 'i.at', kind: 'i.kind', thirdPartyId: 'i.thirdPartyId', outcome: 'i.outcome', promisedDate: 'i.promisedDate' },
    filters: {
        id: list_query_js_1.filters.ids('i.id'),
        q: list_query_js_1.filters.text(['i.subject', 'i.notes']),
        thirdPartyId: list_query_js_1.filters.equals('i.thirdPartyId'),
        contactId: list_query_js_1.filters.equals('i.contactId'),
        kind: list_query_js_1.filters.equals('i.kind', interaction_entity_js_1.INTERACTION_KINDS),
        outcome: list_query_js_1.filters.equals('i.outcome', interaction_entity_js_1.INTERACTION_OUTCOMES),
        relatedResource: list_query_js_1.filters.equals('i.relatedResource'),
        relatedId: list_query_js_1.filters.equals('i.relatedId'),
        at_gte: list_query_js_1.filters.gte('i.at'),
        at_lte: list_query_js_1.filters.lte('i.at'),
    },
};
/** The CRM log of contacts with tiers (calls, e-mails, meetings, visits, notes). Entries are never edited. */
let InteractionsService = class InteractionsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['at', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(interaction_entity_js_1.Interaction, 'i'), LIST, list);
            return { ...result, rows: await presentInteractions(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await presentInteractions(em, [await em.findOneByOrFail(interaction_entity_js_1.Interaction, { id })]))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const today = ctx.clock.today();
            const now = ctx.clock.nowIso();
            const errors = {};
            const tier = await em.findOneBy(third_party_entity_js_1.ThirdParty, { id: dto.thirdPartyId });
            if (!tier)
                errors.thirdPartyId = 'app.validation.not_found';
            if (dto.contactId && !(await em.findOneBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: dto.thirdPartyId })))
                errors.contactId = 'app.validation.contact_of_other_client';
            const at = dto.at ? (dto.at.length === 10 ? `${dto.at}T00:00:00` : dto.at.length === 16 ? `${dto.at}:00` : dto.at) : now;
            if (at > now)
                errors.at = 'app.validation.date_in_future';
            Object.assign(errors, promiseErrors(dto, today));
            if (!!dto.relatedResource !== !!dto.relatedId)
                errors[dto.relatedResource ? 'relatedId' : 'relatedResource'] = 'app.validation.required';
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException(errors);
            const interaction = await insertInteraction(em, ctx, {
                thirdPartyId: tier.id, contactId: dto.contactId ?? null, kind: dto.kind, at, subject: dto.subject, outcome: dto.outcome ?? null,
                promisedDate: dto.outcome === 'promise_to_pay' ? dto.promisedDate : null, promisedAmountCents: dto.outcome === 'promise_to_pay' ? dto.promisedAmountCents ?? null : null,
                notes: dto.notes ?? null, relatedResource: dto.relatedResource ?? null, relatedId: dto.relatedId ?? null,
            });
            await this.journal.record(em, ctx, { resource: 'interactions', recordId: interaction.id, action: 'create', label: `${dto.subject} — ${tier.name}`, after: interaction });
            return (await presentInteractions(em, [interaction]))[0];
        });
    }
};
exports.InteractionsService = InteractionsService;
exports.InteractionsService = InteractionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], InteractionsService);
/** A promise to pay needs its date, today or later; the other outcomes carry no promise. */
function promiseErrors(dto, today) {
    if (dto.outcome === 'promise_to_pay') {
        if (!dto.promisedDate)
            return { promisedDate: 'app.validation.required' };
        if (dto.promisedDate < today)
            return { promisedDate: 'app.validation.date_in_past' };
        return {};
    }
    if (dto.promisedDate)
        return { promisedDate: 'app.validation.promise_only' };
    if (dto.promisedAmountCents)
        return { promisedAmountCents: 'app.validation.promise_only' };
    return {};
}
/** Inserts a CRM entry dated now on the scenario clock unless `at` is given; the caller journals it. */
async function insertInteraction(em, ctx, values) {
    const interaction = em.create(interaction_entity_js_1.Interaction, { at: ctx.clock.nowIso(), ...values, author: ctx.actor.username, createdAt: ctx.clock.nowIso() });
    await em.insert(interaction_entity_js_1.Interaction, interaction);
    return interaction;
}
/** Adds the tier's and the contact's names. */
async function presentInteractions(em, rows) {
    const tiers = rows.length ? await em.find(third_party_entity_js_1.ThirdParty, { where: { id: (0, typeorm_1.In)([...new Set(rows.map((r) => r.thirdPartyId))]) }, select: { id: true, name: true, code: true } }) : [];
    const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x) => !!x))];
    const contacts = contactIds.length ? await em.findBy(contact_entity_js_1.Contact, { id: (0, typeorm_1.In)(contactIds) }) : [];
    return rows.map((r) => {
        const contact = contacts.find((c) => c.id === r.contactId);
        const tier = tiers.find((t) => t.id === r.thirdPartyId);
        return { ...r, thirdPartyName: tier?.name ?? null, thirdPartyCode: tier?.code ?? null, contactName: contact ? `${contact.firstName} ${contact.lastName}` : null };
    });
}
//# sourceMappingURL=interactions.service.js.map
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
exports.ThirdPartiesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const identifiers_js_1 = require("../common/validation/identifiers.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const product_entity_js_1 = require("../products/product.entity.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const staff_entity_js_1 = require("../staff/staff.entity.js");
const third_party_entity_js_1 = require("./third-party.entity.js");
const ROLE_COLUMNS = { client: 't.isClient', prospect: 't.isProspect', supplier: 't.isSupplier' };
const LIST = {
    alias: 't',
    sortable: { id: 't.id', code: 't.code', name: (0, list_query_js_1.foldSql)('t.name'), billingCity: (0, list_query_js_1.foldSql)('t.billingCity'), customerType: 't.customerType', zone: 't.zone', createdAt: 't.createdAt', creditLimitCents: 't.creditLimitCents', prospectStatus: 't.prospectStatus' },
    filters: {
        id: list_query_js_1.filters.ids('t.id'),
        q: list_query_js_1.filters.text(['t.name', 't.code', 't.billingCity', 't.email', 't.siren', 't.billingPostcode']),
        role: (qb, value) => {
            const column = Object.hasOwn(ROLE_COLUMNS, String(value)) ? ROLE_COLUMNS[String(value)] : undefined;
            if (!column)
                throw new domain_exception_js_1.FieldErrorsException({ 'filter.role': 'app.validation.choice' });
            qb.andWhere(`${column} = 1`);
        },
        customerType: list_query_js_1.filters.equals('t.customerType', third_party_entity_js_1.CUSTOMER_TYPES),
        zone: list_query_js_1.filters.equals('t.zone', third_party_entity_js_1.ZONES),
        language: list_query_js_1.filters.equals('t.language', third_party_entity_js_1.LANGUAGES),
        prospectStatus: list_query_js_1.filters.equals('t.prospectStatus', third_party_entity_js_1.PROSPECT_STATUSES),
        accountManagerId: list_query_js_1.filters.equals('t.accountManagerId'),
        isClient: list_query_js_1.filters.bool('t.isClient'),
        isProspect: list_query_js_1.filters.bool('t.isProspect'),
        isSupplier: list_query_js_1.filters.bool('t.isSupplier'),
    },
};
const CODE_PREFIX = { client: 'C', prospect: 'P', supplier: 'F' };
let ThirdPartiesService = class ThirdPartiesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['name', 'ASC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(third_party_entity_js_1.ThirdParty, 't'), LIST, list);
            return { ...result, rows: await this.present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id })]))[0]);
    }
    /** Tiers with the same SIREN or e-mail: a warning for the form, not a block. */
    duplicates(ctx, query) {
        const siren = query.siren ? (0, identifiers_js_1.normalizeSiren)(String(query.siren)).slice(0, 9) : '';
        const email = query.email ? String(query.email).trim().toLowerCase().slice(0, 254) : '';
        const excludeId = Number(query.excludeId) || 0;
        return this.db.read(ctx, async (em) => {
            const matches = [];
            if (siren.length === 9) {
                for (const t of await em.findBy(third_party_entity_js_1.ThirdParty, { siren }))
                    if (t.id !== excludeId)
                        matches.push({ id: t.id, code: t.code, name: t.name, matchedOn: 'siren' });
            }
            if (email.includes('@')) {
                const rows = await em.createQueryBuilder(third_party_entity_js_1.ThirdParty, 't').where('lower(t.email) = :email', { email }).getMany();
                for (const t of rows)
                    if (t.id !== excludeId && !matches.some((m) => m.id === t.id))
                        matches.push({ id: t.id, code: t.code, name: t.name, matchedOn: 'email' });
            }
            return matches;
        });
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const fields = await this.checked(em, dto);
            const now = ctx.clock.nowIso();
            const role = fields.isClient ? 'client' : fields.isProspect ? 'prospect' : 'supplier';
            const tier = em.create(third_party_entity_js_1.ThirdParty, { ...fields, code: await nextCode(em, CODE_PREFIX[role]), createdAt: now, updatedAt: now, convertedAt: null });
            await em.insert(third_party_entity_js_1.ThirdParty, tier);
            await this.journal.record(em, ctx, { resource: 'third-parties', recordId: tier.id, action: 'create', label: `${tier.code} ${tier.name}`, after: tier });
            // Read back: the response is the whole record, with the columns left to their defaults.
            return (await this.present(em, [await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: tier.id })]))[0];
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id });
            const fields = await this.checked(em, dto);
            const converted = before.isProspect && !before.isClient && fields.isClient;
            const now = ctx.clock.nowIso();
            const after = em.create(third_party_entity_js_1.ThirdParty, { ...before, ...fields, updatedAt: now, convertedAt: converted ? now : before.convertedAt });
            await em.save(after);
            const action = converted ? 'convert-to-client' : 'update';
            await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action, label: `${after.code} ${after.name}`, before, after });
            return (await this.present(em, [after]))[0];
        });
    }
    /** A prospect becomes a client, keeping its id, code, contacts and history. */
    convertToClient(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id });
            if (!before.isProspect || before.isClient)
                throw new domain_exception_js_1.DomainException('NOT_A_PROSPECT');
            if (before.customerType === 'b2b' && before.zone === 'fr' && !before.siren) {
                throw new domain_exception_js_1.FieldErrorsException({ siren: 'app.validation.siren_required_for_client' });
            }
            const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const after = em.create(third_party_entity_js_1.ThirdParty, {
                ...before,
                isProspect: false,
                isClient: true,
                prospectStatus: null,
                paymentTerms: before.paymentTerms ?? company.paymentTerms,
                paymentMethod: before.paymentMethod ?? 'transfer',
                convertedAt: ctx.clock.nowIso(),
                updatedAt: ctx.clock.nowIso(),
            });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action: 'convert-to-client', label: `${after.code} ${after.name}`, before, after });
            return (await this.present(em, [after]))[0];
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const tier = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id });
            if (await em.countBy(product_entity_js_1.Product, { supplierId: id }))
                throw new domain_exception_js_1.DomainException('THIRD_PARTY_IN_USE');
            const contacts = await em.countBy(contact_entity_js_1.Contact, { thirdPartyId: id });
            await em.delete(contact_entity_js_1.Contact, { thirdPartyId: id });
            await em.delete(third_party_entity_js_1.ThirdParty, { id });
            await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action: 'delete', label: `${tier.code} ${tier.name} (${contacts} contact(s) supprimé(s))`, before: tier });
            return { id };
        });
    }
    /** Cross-field rules the DTO cannot express; answers 422 with every problem at once. */
    async checked(em, dto) {
        const errors = {};
        const fields = {
            ...dto,
            isClient: !!dto.isClient,
            isProspect: !!dto.isProspect && !dto.isClient,
            isSupplier: !!dto.isSupplier,
            siren: dto.siren ? (0, identifiers_js_1.normalizeSiren)(dto.siren) : null,
            siret: dto.siret ? (0, identifiers_js_1.normalizeSiret)(dto.siret) : null,
            vatNumber: dto.vatNumber ? (0, identifiers_js_1.normalizeVat)(dto.vatNumber) : null,
            tags: dto.tags ?? [],
            zone: (0, identifiers_js_1.zoneOfCountry)(dto.billingCountry),
        };
        if (!fields.isClient && !fields.isProspect && !fields.isSupplier)
            errors.isClient = 'app.validation.role_required';
        if (fields.isProspect && !fields.prospectStatus)
            errors.prospectStatus = 'app.validation.required';
        if (!fields.isProspect)
            fields.prospectStatus = null;
        const needsSiren = fields.customerType === 'b2b' && fields.zone === 'fr' && (fields.isClient || fields.isSupplier);
        if (needsSiren && !fields.siren)
            errors.siren = 'app.validation.siren_required_for_client';
        if (fields.siret && fields.siren && !fields.siret.startsWith(fields.siren))
            errors.siret = 'app.validation.siret_siren_mismatch';
        if (fields.vatNumber?.startsWith('FR') && fields.siren) {
            const expected = `FR${(0, identifiers_js_1.frVatKey)(fields.siren)}${fields.siren}`;
            if (fields.vatNumber !== expected)
                errors.vatNumber = 'app.validation.vat_siren_mismatch';
        }
        if (fields.customerType === 'b2b' && fields.zone === 'eu' && fields.isClient && !fields.vatNumber)
            errors.vatNumber = 'app.validation.vat_required_eu';
        const anyDelivery = fields.deliveryLine1 || fields.deliveryPostcode || fields.deliveryCity;
        if (anyDelivery) {
            for (const f of ['deliveryLine1', 'deliveryPostcode', 'deliveryCity'])
                if (!fields[f])
                    errors[f] = 'app.validation.required';
            if (!fields.deliveryCountry)
                fields.deliveryCountry = fields.billingCountry;
        }
        if (fields.accountManagerId && !(await em.countBy(staff_entity_js_1.Staff, { id: fields.accountManagerId })))
            errors.accountManagerId = 'app.validation.not_found';
        if (Object.keys(errors).length)
            throw new domain_exception_js_1.FieldErrorsException(errors);
        return fields;
    }
    async present(em, rows) {
        if (!rows.length)
            return [];
        const ids = rows.map((r) => r.id);
        const counts = await em.createQueryBuilder(contact_entity_js_1.Contact, 'c').select('c.thirdPartyId', 'id').addSelect('COUNT(*)', 'n').where({ thirdPartyId: (0, typeorm_1.In)(ids) }).groupBy('c.thirdPartyId').getRawMany();
        const staff = await em.find(staff_entity_js_1.Staff);
        return rows.map((r) => {
            const manager = staff.find((s) => s.id === r.accountManagerId);
            return {
                ...r,
                accountManagerName: manager ? `${manager.firstName} ${manager.lastName}` : null,
                contactCount: Number(counts.find((c) => c.id === r.id)?.n ?? 0),
            };
        });
    }
};
exports.ThirdPartiesService = ThirdPartiesService;
exports.ThirdPartiesService = ThirdPartiesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], ThirdPartiesService);
async function nextCode(em, prefix) {
    const rows = await em.createQueryBuilder(third_party_entity_js_1.ThirdParty, 't').select('t.code', 'code').where('t.code LIKE :p', { p: `${prefix}%` }).getRawMany();
    const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length)) || 0), 0);
    return `${prefix}${String(max + 1).padStart(4, '0')}`;
}
//# sourceMappingURL=third-parties.service.js.map
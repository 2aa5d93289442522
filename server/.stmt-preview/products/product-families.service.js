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
exports.ProductFamiliesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const product_family_entity_js_1 = require("./product-family.entity.js");
const product_entity_js_1 = require("./product.entity.js");
const LIST = {
    alias: 'f',
    sortable: { id: 'f.id', code: 'f.code', name: 'f.name' },
    filters: { id: list_query_js_1.filters.ids('f.id'), q: list_query_js_1.filters.text(['f.code', 'f.name']) },
};
let ProductFamiliesService = class ProductFamiliesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['name', 'ASC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(product_family_entity_js_1.ProductFamily, 'f'), LIST, list);
            return { ...result, rows: await present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(product_family_entity_js_1.ProductFamily, { id })]))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const family = em.create(product_family_entity_js_1.ProductFamily, await checked(em, dto));
            await em.insert(product_family_entity_js_1.ProductFamily, family);
            await this.journal.record(em, ctx, { resource: 'product-families', recordId: family.id, action: 'create', label: family.name, after: family });
            return (await present(em, [family]))[0];
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(product_family_entity_js_1.ProductFamily, { id });
            const after = em.create(product_family_entity_js_1.ProductFamily, { ...before, ...(await checked(em, dto, id)) });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'product-families', recordId: id, action: 'update', label: after.name, before, after });
            return (await present(em, [after]))[0];
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const family = await em.findOneByOrFail(product_family_entity_js_1.ProductFamily, { id });
            if (await em.countBy(product_entity_js_1.Product, { familyId: id }))
                throw new domain_exception_js_1.DomainException('FAMILY_IN_USE');
            await em.delete(product_family_entity_js_1.ProductFamily, { id });
            await this.journal.record(em, ctx, { resource: 'product-families', recordId: id, action: 'delete', label: family.name, before: family });
            return { id };
        });
    }
};
exports.ProductFamiliesService = ProductFamiliesService;
exports.ProductFamiliesService = ProductFamiliesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], ProductFamiliesService);
async function checked(em, dto, id) {
    const code = dto.code.toUpperCase();
    const clash = await em.findOneBy(product_family_entity_js_1.ProductFamily, { code });
    if (clash && clash.id !== id)
        throw new domain_exception_js_1.FieldErrorsException({ code: 'app.validation.reference_taken' });
    return { ...dto, code };
}
async function present(em, rows) {
    if (!rows.length)
        return [];
    const counts = await em.createQueryBuilder(product_entity_js_1.Product, 'p').select('p.familyId', 'id').addSelect('COUNT(*)', 'n').where({ familyId: (0, typeorm_1.In)(rows.map((r) => r.id)) }).groupBy('p.familyId').getRawMany();
    return rows.map((f) => ({ ...f, productCount: Number(counts.find((c) => c.id === f.id)?.n ?? 0) }));
}
//# sourceMappingURL=product-families.service.js.map
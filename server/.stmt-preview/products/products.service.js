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
exports.ProductsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const stock_levels_js_1 = require("../stock-movements/stock-levels.js");
const stock_movement_entity_js_1 = require("../stock-movements/stock-movement.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const margins_js_1 = require("./margins.js");
const product_family_entity_js_1 = require("./product-family.entity.js");
const product_entity_js_1 = require("./product.entity.js");
const LIST = {
    alias: 'p',
    sortable: {
        id: 'p.id', reference: 'p.reference', label: (0, list_query_js_1.foldSql)('p.label'), familyId: 'p.familyId', salePriceCents: 'p.salePriceCents',
        purchasePriceCents: 'p.purchasePriceCents', vatRateBp: 'p.vatRateBp', onHand: stock_levels_js_1.ON_HAND_MILLI_SQL, available: stock_levels_js_1.AVAILABLE_MILLI_SQL, reorderPoint: 'p.reorderPoint',
    },
    filters: {
        id: list_query_js_1.filters.ids('p.id'),
        q: list_query_js_1.filters.text(['p.reference', 'p.label', 'p.supplierReference', 'p.description']),
        familyId: list_query_js_1.filters.equals('p.familyId'),
        supplierId: list_query_js_1.filters.equals('p.supplierId'),
        type: list_query_js_1.filters.equals('p.type', product_entity_js_1.PRODUCT_TYPES),
        active: list_query_js_1.filters.bool('p.active'),
        belowReorderPoint: (qb, value) => {
            if (value === true || value === 'true')
                qb.andWhere(`p.type = 'good' AND ${stock_levels_js_1.AVAILABLE_MILLI_SQL} <= p.reorderPoint`);
        },
        outOfStock: (qb, value) => {
            if (value === true || value === 'true')
                qb.andWhere(`p.type = 'good' AND ${stock_levels_js_1.AVAILABLE_MILLI_SQL} <= 0`);
        },
    },
};
let ProductsService = class ProductsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['reference', 'ASC']);
        return this.db.read(ctx, async (em) => {
            const qb = (0, stock_levels_js_1.joinStock)(em.createQueryBuilder(product_entity_js_1.Product, 'p'), 'p');
            const result = await (0, list_query_js_1.runList)(qb, LIST, list);
            return { ...result, rows: await this.present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(product_entity_js_1.Product, { id })]))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const fields = await checked(em, dto);
            const now = ctx.clock.nowIso();
            const product = em.create(product_entity_js_1.Product, { ...fields, createdAt: now, updatedAt: now });
            await em.insert(product_entity_js_1.Product, product);
            await this.journal.record(em, ctx, { resource: 'products', recordId: product.id, action: 'create', label: `${product.reference} ${product.label}`, after: product });
            return (await this.present(em, [await em.findOneByOrFail(product_entity_js_1.Product, { id: product.id })]))[0];
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(product_entity_js_1.Product, { id });
            const fields = await checked(em, dto, id);
            const after = em.create(product_entity_js_1.Product, { ...before, ...fields, updatedAt: ctx.clock.nowIso() });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'products', recordId: id, action: 'update', label: `${after.reference} ${after.label}`, before, after });
            return (await this.present(em, [after]))[0];
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const product = await em.findOneByOrFail(product_entity_js_1.Product, { id });
            if (await em.countBy(stock_movement_entity_js_1.StockMovement, { productId: id }))
                throw new domain_exception_js_1.DomainException('PRODUCT_IN_USE');
            await em.delete(product_entity_js_1.Product, { id });
            await this.journal.record(em, ctx, { resource: 'products', recordId: id, action: 'delete', label: `${product.reference} ${product.label}`, before: product });
            return { id };
        });
    }
    /** Adds names, margin and stock figures computed by the server. */
    async present(em, rows) {
        if (!rows.length)
            return [];
        const ids = rows.map((r) => r.id);
        const stock = await (0, stock_levels_js_1.joinStock)(em.createQueryBuilder(product_entity_js_1.Product, 'p'), 'p')
            .select('p.id', 'id')
            .addSelect('COALESCE(stock.onHandMilli, 0)', 'onHandMilli')
            .addSelect('COALESCE(res.reservedMilli, 0)', 'reservedMilli')
            .where({ id: (0, typeorm_1.In)(ids) })
            .getRawMany();
        const families = await em.findBy(product_family_entity_js_1.ProductFamily, { id: (0, typeorm_1.In)([...new Set(rows.map((r) => r.familyId))]) });
        const supplierIds = [...new Set(rows.map((r) => r.supplierId).filter((x) => !!x))];
        const suppliers = supplierIds.length ? await em.findBy(third_party_entity_js_1.ThirdParty, { id: (0, typeorm_1.In)(supplierIds) }) : [];
        return rows.map(({ family: _f, ...p }) => ({
            ...p,
            familyName: families.find((f) => f.id === p.familyId)?.name ?? null,
            supplierName: suppliers.find((s) => s.id === p.supplierId)?.name ?? null,
            ...(0, margins_js_1.margins)(p.salePriceCents, p.purchasePriceCents),
            ...(0, stock_levels_js_1.stockLevel)(p, stock.find((s) => s.id === p.id)?.onHandMilli ?? 0, stock.find((s) => s.id === p.id)?.reservedMilli ?? 0),
        }));
    }
};
exports.ProductsService = ProductsService;
exports.ProductsService = ProductsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], ProductsService);
async function checked(em, dto, id) {
    const errors = {};
    const reference = dto.reference.toUpperCase();
    const clash = await em.findOneBy(product_entity_js_1.Product, { reference });
    if (clash && clash.id !== id)
        errors.reference = 'app.validation.reference_taken';
    if (!(await em.countBy(product_family_entity_js_1.ProductFamily, { id: dto.familyId })))
        errors.familyId = 'app.validation.not_found';
    if (dto.supplierId && !(await em.countBy(third_party_entity_js_1.ThirdParty, { id: dto.supplierId, isSupplier: true })))
        errors.supplierId = 'app.validation.not_a_supplier';
    if (Object.keys(errors).length)
        throw new domain_exception_js_1.FieldErrorsException(errors);
    return { ...dto, reference, reorderPoint: dto.reorderPoint ?? 0, reorderQuantity: dto.reorderQuantity ?? 0, active: dto.active ?? true };
}
//# sourceMappingURL=products.service.js.map
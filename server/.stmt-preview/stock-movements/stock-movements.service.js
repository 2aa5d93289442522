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
exports.StockMovementsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const quantity_js_1 = require("../common/quantity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const product_entity_js_1 = require("../products/product.entity.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const stock_levels_js_1 = require("./stock-levels.js");
const stock_movement_entity_js_1 = require("./stock-movement.entity.js");
const LIST = {
    alias: 'm',
    sortable: { id: 'm.id', date: 'm.date', productId: 'm.productId', type: 'm.type', quantity: 'm.quantity' },
    filters: {
        id: list_query_js_1.filters.ids('m.id'),
        productId: list_query_js_1.filters.equals('m.productId'),
        type: list_query_js_1.filters.equals('m.type', stock_movement_entity_js_1.STOCK_MOVEMENT_TYPES),
        date_gte: list_query_js_1.filters.gte('m.date'),
        date_lte: list_query_js_1.filters.lte('m.date'),
        q: list_query_js_1.filters.text(['m.reason', 'm.author']),
    },
};
let StockMovementsService = class StockMovementsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(stock_movement_entity_js_1.StockMovement, 'm'), LIST, list);
            return { ...result, rows: await present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(stock_movement_entity_js_1.StockMovement, { id })]))[0]);
    }
    /** Writes an adjustment, or the difference between an inventory count and the ledger. */
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const product = await em.findOneBy(product_entity_js_1.Product, { id: dto.productId });
            if (!product)
                throw new domain_exception_js_1.FieldErrorsException({ productId: 'app.validation.not_found' });
            if (product.type !== 'good')
                throw new domain_exception_js_1.DomainException('STOCK_SERVICE_PRODUCT', undefined, { field: 'productId' });
            const onHand = await (0, stock_levels_js_1.onHandOf)(em, product.id);
            let delta;
            if (dto.type === 'inventory') {
                if (dto.countedQuantity === null || dto.countedQuantity === undefined)
                    throw new domain_exception_js_1.FieldErrorsException({ countedQuantity: 'app.validation.required' });
                delta = (0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(dto.countedQuantity) - (0, quantity_js_1.toMilli)(onHand));
            }
            else {
                if (dto.quantity === null || dto.quantity === undefined)
                    throw new domain_exception_js_1.FieldErrorsException({ quantity: 'app.validation.required' });
                if (dto.quantity === 0)
                    throw new domain_exception_js_1.FieldErrorsException({ quantity: 'app.validation.not_zero' });
                delta = dto.quantity;
                if ((0, quantity_js_1.toMilli)(onHand) + (0, quantity_js_1.toMilli)(delta) < 0)
                    throw new domain_exception_js_1.DomainException('STOCK_NEGATIVE', undefined, { field: 'quantity' });
            }
            const movement = em.create(stock_movement_entity_js_1.StockMovement, {
                productId: product.id,
                date: ctx.clock.nowIso(),
                type: dto.type,
                quantity: delta,
                reason: dto.reason,
                sourceType: 'manual',
                sourceId: null,
                author: ctx.actor.username,
                createdAt: new Date().toISOString(),
            });
            await em.insert(stock_movement_entity_js_1.StockMovement, movement);
            await this.journal.record(em, ctx, {
                resource: 'stock-movements',
                recordId: movement.id,
                action: dto.type,
                label: `${product.reference} : ${onHand} → ${(0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(onHand) + (0, quantity_js_1.toMilli)(delta))} (${dto.reason})`,
                after: { productId: product.id, type: dto.type, quantity: delta, reason: dto.reason },
            });
            return (await present(em, [movement]))[0];
        });
    }
};
exports.StockMovementsService = StockMovementsService;
exports.StockMovementsService = StockMovementsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], StockMovementsService);
async function present(em, rows) {
    const products = rows.length ? await em.findBy(product_entity_js_1.Product, { id: (0, typeorm_1.In)([...new Set(rows.map((r) => r.productId))]) }) : [];
    return rows.map((m) => {
        const p = products.find((x) => x.id === m.productId);
        return { ...m, productReference: p?.reference ?? null, productLabel: p?.label ?? null };
    });
}
//# sourceMappingURL=stock-movements.service.js.map
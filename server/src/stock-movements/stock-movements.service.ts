import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { toMilli, fromMilli } from '../common/quantity.js';
import { JournalService } from '../journal/journal.service.js';
import { Product } from '../products/product.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { StockMovementDto } from './dto/stock-movement.dto.js';
import { onHandOf } from './stock-levels.js';
import { STOCK_MOVEMENT_TYPES, StockMovement } from './stock-movement.entity.js';

const LIST: ListSpec<StockMovement> = {
  alias: 'm',
  sortable: { id: 'm.id', date: 'm.date', productId: 'm.productId', type: 'm.type', quantity: 'm.quantity' },
  filters: {
    id: filters.ids('m.id'),
    productId: filters.equals('m.productId'),
    type: filters.equals('m.type', STOCK_MOVEMENT_TYPES),
    date_gte: filters.gte('m.date'),
    date_lte: filters.lte('m.date'),
    q: filters.text(['m.reason', 'm.author']),
  },
};

@Injectable()
export class StockMovementsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(StockMovement, 'm'), LIST, list);
      return { ...result, rows: await present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(StockMovement, { id })]))[0]);
  }

  /** Writes an adjustment, or the difference between an inventory count and the ledger. */
  create(ctx: SandboxContext, dto: StockMovementDto) {
    return this.db.write(ctx, async (em) => {
      const product = await em.findOneBy(Product, { id: dto.productId });
      if (!product) throw new FieldErrorsException({ productId: 'app.validation.not_found' });
      if (product.type !== 'good') throw new DomainException('STOCK_SERVICE_PRODUCT', undefined, { field: 'productId' });
      const onHand = await onHandOf(em, product.id);
      let delta: number;
      if (dto.type === 'inventory') {
        if (dto.countedQuantity === null || dto.countedQuantity === undefined) throw new FieldErrorsException({ countedQuantity: 'app.validation.required' });
        delta = fromMilli(toMilli(dto.countedQuantity) - toMilli(onHand));
      } else {
        if (dto.quantity === null || dto.quantity === undefined) throw new FieldErrorsException({ quantity: 'app.validation.required' });
        if (dto.quantity === 0) throw new FieldErrorsException({ quantity: 'app.validation.not_zero' });
        delta = dto.quantity;
        if (toMilli(onHand) + toMilli(delta) < 0) throw new DomainException('STOCK_NEGATIVE', undefined, { field: 'quantity' });
      }
      const movement = em.create(StockMovement, {
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
      await em.insert(StockMovement, movement);
      await this.journal.record(em, ctx, {
        resource: 'stock-movements',
        recordId: movement.id,
        action: dto.type,
        label: `${product.reference} : ${onHand} → ${fromMilli(toMilli(onHand) + toMilli(delta))} (${dto.reason})`,
        after: { productId: product.id, type: dto.type, quantity: delta, reason: dto.reason },
      });
      return (await present(em, [movement]))[0];
    });
  }
}

async function present(em: EntityManager, rows: StockMovement[]) {
  const products = rows.length ? await em.findBy(Product, { id: In([...new Set(rows.map((r) => r.productId))]) }) : [];
  return rows.map((m) => {
    const p = products.find((x) => x.id === m.productId);
    return { ...m, productReference: p?.reference ?? null, productLabel: p?.label ?? null };
  });
}

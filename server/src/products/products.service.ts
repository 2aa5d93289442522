import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, foldSql, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { AVAILABLE_MILLI_SQL, joinStock, ON_HAND_MILLI_SQL, stockLevel } from '../stock-movements/stock-levels.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { ProductDto } from './dto/product.dto.js';
import { margins } from './margins.js';
import { ProductFamily } from './product-family.entity.js';
import { Product, PRODUCT_TYPES } from './product.entity.js';

const LIST: ListSpec<Product> = {
  alias: 'p',
  sortable: {
    id: 'p.id', reference: 'p.reference', label: foldSql('p.label'), familyId: 'p.familyId', salePriceCents: 'p.salePriceCents',
    purchasePriceCents: 'p.purchasePriceCents', vatRateBp: 'p.vatRateBp', onHand: ON_HAND_MILLI_SQL, available: AVAILABLE_MILLI_SQL, reorderPoint: 'p.reorderPoint',
  },
  filters: {
    id: filters.ids('p.id'),
    q: filters.text(['p.reference', 'p.label', 'p.supplierReference', 'p.description']),
    familyId: filters.equals('p.familyId'),
    supplierId: filters.equals('p.supplierId'),
    type: filters.equals('p.type', PRODUCT_TYPES),
    active: filters.bool('p.active'),
    belowReorderPoint: (qb, value) => {
      if (value === true || value === 'true') qb.andWhere(`p.type = 'good' AND ${AVAILABLE_MILLI_SQL} <= p.reorderPoint`);
    },
    outOfStock: (qb, value) => {
      if (value === true || value === 'true') qb.andWhere(`p.type = 'good' AND ${AVAILABLE_MILLI_SQL} <= 0`);
    },
  },
};

@Injectable()
export class ProductsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['reference', 'ASC']);
    return this.db.read(ctx, async (em) => {
      const qb = joinStock(em.createQueryBuilder(Product, 'p'), 'p');
      const result = await runList(qb, LIST, list);
      return { ...result, rows: await this.present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(Product, { id })]))[0]);
  }

  create(ctx: SandboxContext, dto: ProductDto) {
    return this.db.write(ctx, async (em) => {
      const fields = await checked(em, dto);
      const now = ctx.clock.nowIso();
      const product = em.create(Product, { ...fields, createdAt: now, updatedAt: now });
      await em.insert(Product, product);
      await this.journal.record(em, ctx, { resource: 'products', recordId: product.id, action: 'create', label: `${product.reference} ${product.label}`, after: product });
      return (await this.present(em, [await em.findOneByOrFail(Product, { id: product.id })]))[0];
    });
  }

  update(ctx: SandboxContext, id: number, dto: ProductDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Product, { id });
      const fields = await checked(em, dto, id);
      const after = em.create(Product, { ...before, ...fields, updatedAt: ctx.clock.nowIso() });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'products', recordId: id, action: 'update', label: `${after.reference} ${after.label}`, before, after });
      return (await this.present(em, [after]))[0];
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const product = await em.findOneByOrFail(Product, { id });
      if (await em.countBy(StockMovement, { productId: id })) throw new DomainException('PRODUCT_IN_USE');
      await em.delete(Product, { id });
      await this.journal.record(em, ctx, { resource: 'products', recordId: id, action: 'delete', label: `${product.reference} ${product.label}`, before: product });
      return { id };
    });
  }

  /** Adds names, margin and stock figures computed by the server. */
  async present(em: EntityManager, rows: Product[]) {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const stock = await joinStock(em.createQueryBuilder(Product, 'p'), 'p')
      .select('p.id', 'id')
      .addSelect('COALESCE(stock.onHandMilli, 0)', 'onHandMilli')
      .addSelect('COALESCE(res.reservedMilli, 0)', 'reservedMilli')
      .where({ id: In(ids) })
      .getRawMany<{ id: number; onHandMilli: number; reservedMilli: number }>();
    const families = await em.findBy(ProductFamily, { id: In([...new Set(rows.map((r) => r.familyId))]) });
    const supplierIds = [...new Set(rows.map((r) => r.supplierId).filter((x): x is number => !!x))];
    const suppliers = supplierIds.length ? await em.findBy(ThirdParty, { id: In(supplierIds) }) : [];
    return rows.map(({ family: _f, ...p }) => ({
      ...p,
      familyName: families.find((f) => f.id === p.familyId)?.name ?? null,
      supplierName: suppliers.find((s) => s.id === p.supplierId)?.name ?? null,
      ...margins(p.salePriceCents, p.purchasePriceCents),
      ...stockLevel(p, stock.find((s) => s.id === p.id)?.onHandMilli ?? 0, stock.find((s) => s.id === p.id)?.reservedMilli ?? 0),
    }));
  }
}

async function checked(em: EntityManager, dto: ProductDto, id?: number) {
  const errors: Record<string, string> = {};
  const reference = dto.reference.toUpperCase();
  const clash = await em.findOneBy(Product, { reference });
  if (clash && clash.id !== id) errors.reference = 'app.validation.reference_taken';
  if (!(await em.countBy(ProductFamily, { id: dto.familyId }))) errors.familyId = 'app.validation.not_found';
  if (dto.supplierId && !(await em.countBy(ThirdParty, { id: dto.supplierId, isSupplier: true }))) errors.supplierId = 'app.validation.not_a_supplier';
  if (Object.keys(errors).length) throw new FieldErrorsException(errors);
  return { ...dto, reference, reorderPoint: dto.reorderPoint ?? 0, reorderQuantity: dto.reorderQuantity ?? 0, active: dto.active ?? true };
}


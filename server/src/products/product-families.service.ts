import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ProductFamilyDto } from './dto/product.dto.js';
import { ProductFamily } from './product-family.entity.js';
import { Product } from './product.entity.js';

const LIST: ListSpec<ProductFamily> = {
  alias: 'f',
  sortable: { id: 'f.id', code: 'f.code', name: 'f.name' },
  filters: { id: filters.ids('f.id'), q: filters.text(['f.code', 'f.name']) },
};

@Injectable()
export class ProductFamiliesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['name', 'ASC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(ProductFamily, 'f'), LIST, list);
      return { ...result, rows: await present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(ProductFamily, { id })]))[0]);
  }

  create(ctx: SandboxContext, dto: ProductFamilyDto) {
    return this.db.write(ctx, async (em) => {
      const family = em.create(ProductFamily, await checked(em, dto));
      await em.insert(ProductFamily, family);
      await this.journal.record(em, ctx, { resource: 'product-families', recordId: family.id, action: 'create', label: family.name, after: family });
      return (await present(em, [family]))[0];
    });
  }

  update(ctx: SandboxContext, id: number, dto: ProductFamilyDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(ProductFamily, { id });
      const after = em.create(ProductFamily, { ...before, ...(await checked(em, dto, id)) });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'product-families', recordId: id, action: 'update', label: after.name, before, after });
      return (await present(em, [after]))[0];
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const family = await em.findOneByOrFail(ProductFamily, { id });
      if (await em.countBy(Product, { familyId: id })) throw new DomainException('FAMILY_IN_USE');
      await em.delete(ProductFamily, { id });
      await this.journal.record(em, ctx, { resource: 'product-families', recordId: id, action: 'delete', label: family.name, before: family });
      return { id };
    });
  }
}

async function checked(em: EntityManager, dto: ProductFamilyDto, id?: number) {
  const code = dto.code.toUpperCase();
  const clash = await em.findOneBy(ProductFamily, { code });
  if (clash && clash.id !== id) throw new FieldErrorsException({ code: 'app.validation.reference_taken' });
  return { ...dto, code };
}

async function present(em: EntityManager, rows: ProductFamily[]) {
  if (!rows.length) return [];
  const counts = await em.createQueryBuilder(Product, 'p').select('p.familyId', 'id').addSelect('COUNT(*)', 'n').where({ familyId: In(rows.map((r) => r.id)) }).groupBy('p.familyId').getRawMany<{ id: number; n: number }>();
  return rows.map((f) => ({ ...f, productCount: Number(counts.find((c) => c.id === f.id)?.n ?? 0) }));
}

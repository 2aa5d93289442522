import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, foldSql, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { frVatKey, normalizeSiren, normalizeSiret, normalizeVat, zoneOfCountry } from '../common/validation/identifiers.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Product } from '../products/product.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { Staff } from '../staff/staff.entity.js';
import { ThirdPartyDto } from './dto/third-party.dto.js';
import { CUSTOMER_TYPES, LANGUAGES, PROSPECT_STATUSES, ThirdParty, ZONES } from './third-party.entity.js';

const ROLE_COLUMNS: Record<string, string> = { client: 't.isClient', prospect: 't.isProspect', supplier: 't.isSupplier' };

const LIST: ListSpec<ThirdParty> = {
  alias: 't',
  sortable: { id: 't.id', code: 't.code', name: foldSql('t.name'), billingCity: foldSql('t.billingCity'), customerType: 't.customerType', zone: 't.zone', createdAt: 't.createdAt', creditLimitCents: 't.creditLimitCents', prospectStatus: 't.prospectStatus' },
  filters: {
    id: filters.ids('t.id'),
    q: filters.text(['t.name', 't.code', 't.billingCity', 't.email', 't.siren', 't.billingPostcode']),
    role: (qb, value) => {
      const column = Object.hasOwn(ROLE_COLUMNS, String(value)) ? ROLE_COLUMNS[String(value)] : undefined;
      if (!column) throw new FieldErrorsException({ 'filter.role': 'app.validation.choice' });
      qb.andWhere(`${column} = 1`);
    },
    customerType: filters.equals('t.customerType', CUSTOMER_TYPES),
    zone: filters.equals('t.zone', ZONES),
    language: filters.equals('t.language', LANGUAGES),
    prospectStatus: filters.equals('t.prospectStatus', PROSPECT_STATUSES),
    accountManagerId: filters.equals('t.accountManagerId'),
    isClient: filters.bool('t.isClient'),
    isProspect: filters.bool('t.isProspect'),
    isSupplier: filters.bool('t.isSupplier'),
  },
};

const CODE_PREFIX = { client: 'C', prospect: 'P', supplier: 'F' } as const;

@Injectable()
export class ThirdPartiesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['name', 'ASC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(ThirdParty, 't'), LIST, list);
      return { ...result, rows: await this.present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(ThirdParty, { id })]))[0]);
  }

  /** Tiers with the same SIREN or e-mail: a warning for the form, not a block. */
  duplicates(ctx: SandboxContext, query: { siren?: string; email?: string; excludeId?: string }) {
    const siren = query.siren ? normalizeSiren(String(query.siren)).slice(0, 9) : '';
    const email = query.email ? String(query.email).trim().toLowerCase().slice(0, 254) : '';
    const excludeId = Number(query.excludeId) || 0;
    return this.db.read(ctx, async (em) => {
      const matches: { id: number; code: string; name: string; matchedOn: 'siren' | 'email' }[] = [];
      if (siren.length === 9) {
        for (const t of await em.findBy(ThirdParty, { siren })) if (t.id !== excludeId) matches.push({ id: t.id, code: t.code, name: t.name, matchedOn: 'siren' });
      }
      if (email.includes('@')) {
        const rows = await em.createQueryBuilder(ThirdParty, 't').where('lower(t.email) = :email', { email }).getMany();
        for (const t of rows) if (t.id !== excludeId && !matches.some((m) => m.id === t.id)) matches.push({ id: t.id, code: t.code, name: t.name, matchedOn: 'email' });
      }
      return matches;
    });
  }

  create(ctx: SandboxContext, dto: ThirdPartyDto) {
    return this.db.write(ctx, async (em) => {
      const fields = await this.checked(em, dto);
      const now = ctx.clock.nowIso();
      const role = fields.isClient ? 'client' : fields.isProspect ? 'prospect' : 'supplier';
      const tier = em.create(ThirdParty, { ...fields, code: await nextCode(em, CODE_PREFIX[role]), createdAt: now, updatedAt: now, convertedAt: null });
      await em.insert(ThirdParty, tier);
      await this.journal.record(em, ctx, { resource: 'third-parties', recordId: tier.id, action: 'create', label: `${tier.code} ${tier.name}`, after: tier });
      // Read back: the response is the whole record, with the columns left to their defaults.
      return (await this.present(em, [await em.findOneByOrFail(ThirdParty, { id: tier.id })]))[0];
    });
  }

  update(ctx: SandboxContext, id: number, dto: ThirdPartyDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(ThirdParty, { id });
      const fields = await this.checked(em, dto);
      const converted = before.isProspect && !before.isClient && fields.isClient;
      const now = ctx.clock.nowIso();
      const after = em.create(ThirdParty, { ...before, ...fields, updatedAt: now, convertedAt: converted ? now : before.convertedAt });
      await em.save(after);
      const action = converted ? 'convert-to-client' : 'update';
      await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action, label: `${after.code} ${after.name}`, before, after });
      return (await this.present(em, [after]))[0];
    });
  }

  /** A prospect becomes a client, keeping its id, code, contacts and history. */
  convertToClient(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(ThirdParty, { id });
      if (!before.isProspect || before.isClient) throw new DomainException('NOT_A_PROSPECT');
      if (before.customerType === 'b2b' && before.zone === 'fr' && !before.siren) {
        throw new FieldErrorsException({ siren: 'app.validation.siren_required_for_client' });
      }
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const after = em.create(ThirdParty, {
        ...before,
        isProspect: false,
        isClient: true,
        prospectStatus: null,
        paymentTerms: before.paymentTerms ?? (company.paymentTerms as ThirdParty['paymentTerms']),
        paymentMethod: before.paymentMethod ?? 'transfer',
        convertedAt: ctx.clock.nowIso(),
        updatedAt: ctx.clock.nowIso(),
      });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action: 'convert-to-client', label: `${after.code} ${after.name}`, before, after });
      return (await this.present(em, [after]))[0];
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const tier = await em.findOneByOrFail(ThirdParty, { id });
      if (await em.countBy(Product, { supplierId: id })) throw new DomainException('THIRD_PARTY_IN_USE');
      const contacts = await em.countBy(Contact, { thirdPartyId: id });
      await em.delete(Contact, { thirdPartyId: id });
      await em.delete(ThirdParty, { id });
      await this.journal.record(em, ctx, { resource: 'third-parties', recordId: id, action: 'delete', label: `${tier.code} ${tier.name} (${contacts} contact(s) supprimé(s))`, before: tier });
      return { id };
    });
  }

  /** Cross-field rules the DTO cannot express; answers 422 with every problem at once. */
  private async checked(em: EntityManager, dto: ThirdPartyDto) {
    const errors: Record<string, string> = {};
    const fields = {
      ...dto,
      isClient: !!dto.isClient,
      isProspect: !!dto.isProspect && !dto.isClient,
      isSupplier: !!dto.isSupplier,
      siren: dto.siren ? normalizeSiren(dto.siren) : null,
      siret: dto.siret ? normalizeSiret(dto.siret) : null,
      vatNumber: dto.vatNumber ? normalizeVat(dto.vatNumber) : null,
      tags: dto.tags ?? [],
      zone: zoneOfCountry(dto.billingCountry),
    };
    if (!fields.isClient && !fields.isProspect && !fields.isSupplier) errors.isClient = 'app.validation.role_required';
    if (fields.isProspect && !fields.prospectStatus) errors.prospectStatus = 'app.validation.required';
    if (!fields.isProspect) fields.prospectStatus = null;
    const needsSiren = fields.customerType === 'b2b' && fields.zone === 'fr' && (fields.isClient || fields.isSupplier);
    if (needsSiren && !fields.siren) errors.siren = 'app.validation.siren_required_for_client';
    if (fields.siret && fields.siren && !fields.siret.startsWith(fields.siren)) errors.siret = 'app.validation.siret_siren_mismatch';
    if (fields.vatNumber?.startsWith('FR') && fields.siren) {
      const expected = `FR${frVatKey(fields.siren)}${fields.siren}`;
      if (fields.vatNumber !== expected) errors.vatNumber = 'app.validation.vat_siren_mismatch';
    }
    if (fields.customerType === 'b2b' && fields.zone === 'eu' && fields.isClient && !fields.vatNumber) errors.vatNumber = 'app.validation.vat_required_eu';
    const anyDelivery = fields.deliveryLine1 || fields.deliveryPostcode || fields.deliveryCity;
    if (anyDelivery) {
      for (const f of ['deliveryLine1', 'deliveryPostcode', 'deliveryCity'] as const) if (!fields[f]) errors[f] = 'app.validation.required';
      if (!fields.deliveryCountry) fields.deliveryCountry = fields.billingCountry;
    }
    if (fields.accountManagerId && !(await em.countBy(Staff, { id: fields.accountManagerId }))) errors.accountManagerId = 'app.validation.not_found';
    if (Object.keys(errors).length) throw new FieldErrorsException(errors);
    return fields;
  }

  private async present(em: EntityManager, rows: ThirdParty[]) {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const counts = await em.createQueryBuilder(Contact, 'c').select('c.thirdPartyId', 'id').addSelect('COUNT(*)', 'n').where({ thirdPartyId: In(ids) }).groupBy('c.thirdPartyId').getRawMany<{ id: number; n: number }>();
    const staff = await em.find(Staff);
    return rows.map((r) => {
      const manager = staff.find((s) => s.id === r.accountManagerId);
      return {
        ...r,
        accountManagerName: manager ? `${manager.firstName} ${manager.lastName}` : null,
        contactCount: Number(counts.find((c) => c.id === r.id)?.n ?? 0),
      };
    });
  }
}

async function nextCode(em: EntityManager, prefix: string): Promise<string> {
  const rows = await em.createQueryBuilder(ThirdParty, 't').select('t.code', 'code').where('t.code LIKE :p', { p: `${prefix}%` }).getRawMany<{ code: string }>();
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

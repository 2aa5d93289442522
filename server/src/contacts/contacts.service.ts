import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, foldSql, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { Contact, MARKETING_CONSENTS, PREFERRED_CHANNELS } from './contact.entity.js';
import { ContactDto } from './dto/contact.dto.js';

const LIST: ListSpec<Contact> = {
  alias: 'c',
  sortable: { id: 'c.id', lastName: foldSql('c.lastName'), firstName: foldSql('c.firstName'), email: 'c.email', marketingConsent: 'c.marketingConsent', thirdPartyId: 'c.thirdPartyId', createdAt: 'c.createdAt' },
  filters: {
    id: filters.ids('c.id'),
    q: filters.text(['c.firstName', 'c.lastName', 'c.email', 'c.jobTitle', 'c.phone']),
    thirdPartyId: filters.equals('c.thirdPartyId'),
    marketingConsent: filters.equals('c.marketingConsent', MARKETING_CONSENTS),
    preferredChannel: filters.equals('c.preferredChannel', PREFERRED_CHANNELS),
  },
};

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['lastName', 'ASC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Contact, 'c'), LIST, list);
      return { ...result, rows: await present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await present(em, [await em.findOneByOrFail(Contact, { id })]))[0]);
  }

  create(ctx: SandboxContext, dto: ContactDto) {
    return this.db.write(ctx, async (em) => {
      const fields = await checked(em, dto);
      const now = ctx.clock.nowIso();
      const contact = em.create(Contact, { ...fields, createdAt: now, updatedAt: now });
      await em.insert(Contact, contact);
      await this.journal.record(em, ctx, { resource: 'contacts', recordId: contact.id, action: 'create', label: label(contact), after: contact });
      return (await present(em, [await em.findOneByOrFail(Contact, { id: contact.id })]))[0];
    });
  }

  update(ctx: SandboxContext, id: number, dto: ContactDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Contact, { id });
      const fields = await checked(em, dto);
      const after = em.create(Contact, { ...before, ...fields, updatedAt: ctx.clock.nowIso() });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'contacts', recordId: id, action: 'update', label: label(after), before, after });
      return (await present(em, [after]))[0];
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const contact = await em.findOneByOrFail(Contact, { id });
      await em.delete(Contact, { id });
      await this.journal.record(em, ctx, { resource: 'contacts', recordId: id, action: 'delete', label: label(contact), before: contact });
      return { id };
    });
  }
}

async function checked(em: EntityManager, dto: ContactDto) {
  const errors: Record<string, string> = {};
  if (!(await em.countBy(ThirdParty, { id: dto.thirdPartyId }))) errors.thirdPartyId = 'app.validation.not_found';
  const consentTracked = dto.marketingConsent === 'granted' || dto.marketingConsent === 'withdrawn';
  if (consentTracked && !dto.consentDate) errors.consentDate = 'app.validation.consent_date_required';
  if (consentTracked && !dto.consentSource) errors.consentSource = 'app.validation.consent_source_required';
  if (dto.preferredChannel === 'email' && !dto.email) errors.email = 'app.validation.required_for_channel';
  if ((dto.preferredChannel === 'phone' || dto.preferredChannel === 'sms') && !dto.phone && !dto.mobile) errors.phone = 'app.validation.required_for_channel';
  if (Object.keys(errors).length) throw new FieldErrorsException(errors);
  return { ...dto, isPrimary: !!dto.isPrimary, email: dto.email?.toLowerCase() ?? null };
}

function label(c: Contact): string {
  return `${c.firstName} ${c.lastName}`;
}

async function present(em: EntityManager, rows: Contact[]) {
  const tiers = rows.length ? await em.findBy(ThirdParty, { id: In([...new Set(rows.map((r) => r.thirdPartyId))]) }) : [];
  return rows.map(({ thirdParty: _t, ...c }) => ({ ...c, thirdPartyName: tiers.find((t) => t.id === c.thirdPartyId)?.name ?? null }));
}

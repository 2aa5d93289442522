import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { Contact } from '../contacts/contact.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { InteractionDto } from './dto/interaction.dto.js';
import { Interaction, INTERACTION_KINDS, INTERACTION_OUTCOMES } from './interaction.entity.js';

const LIST: ListSpec<Interaction> = {
  alias: 'i',
  sortable: { id: 'i.id', at: 'i.at', kind: 'i.kind', thirdPartyId: 'i.thirdPartyId', outcome: 'i.outcome', promisedDate: 'i.promisedDate' },
  filters: {
    id: filters.ids('i.id'),
    q: filters.text(['i.subject', 'i.notes']),
    thirdPartyId: filters.equals('i.thirdPartyId'),
    contactId: filters.equals('i.contactId'),
    kind: filters.equals('i.kind', INTERACTION_KINDS),
    outcome: filters.equals('i.outcome', INTERACTION_OUTCOMES),
    relatedResource: filters.equals('i.relatedResource'),
    relatedId: filters.equals('i.relatedId'),
    at_gte: filters.gte('i.at'),
    at_lte: filters.lte('i.at'),
  },
};

/** The CRM log of contacts with tiers (calls, e-mails, meetings, visits, notes). Entries are never edited. */
@Injectable()
export class InteractionsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['at', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Interaction, 'i'), LIST, list);
      return { ...result, rows: await presentInteractions(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await presentInteractions(em, [await em.findOneByOrFail(Interaction, { id })]))[0]);
  }

  create(ctx: SandboxContext, dto: InteractionDto) {
    return this.db.write(ctx, async (em) => {
      const today = ctx.clock.today();
      const now = ctx.clock.nowIso();
      const errors: Record<string, string> = {};
      const tier = await em.findOneBy(ThirdParty, { id: dto.thirdPartyId });
      if (!tier) errors.thirdPartyId = 'app.validation.not_found';
      if (dto.contactId && !(await em.findOneBy(Contact, { id: dto.contactId, thirdPartyId: dto.thirdPartyId }))) errors.contactId = 'app.validation.contact_of_other_client';
      const at = dto.at ? (dto.at.length === 10 ? `${dto.at}T00:00:00` : dto.at.length === 16 ? `${dto.at}:00` : dto.at) : now;
      if (at > now) errors.at = 'app.validation.date_in_future';
      Object.assign(errors, promiseErrors(dto, today));
      if (!!dto.relatedResource !== !!dto.relatedId) errors[dto.relatedResource ? 'relatedId' : 'relatedResource'] = 'app.validation.required';
      if (Object.keys(errors).length) throw new FieldErrorsException(errors);
      const interaction = await insertInteraction(em, ctx, {
        thirdPartyId: tier!.id, contactId: dto.contactId ?? null, kind: dto.kind, at, subject: dto.subject, outcome: dto.outcome ?? null,
        promisedDate: dto.outcome === 'promise_to_pay' ? dto.promisedDate! : null, promisedAmountCents: dto.outcome === 'promise_to_pay' ? dto.promisedAmountCents ?? null : null,
        notes: dto.notes ?? null, relatedResource: dto.relatedResource ?? null, relatedId: dto.relatedId ?? null,
      });
      await this.journal.record(em, ctx, { resource: 'interactions', recordId: interaction.id, action: 'create', label: `${dto.subject} — ${tier!.name}`, after: interaction });
      return (await presentInteractions(em, [interaction]))[0];
    });
  }
}

/** A promise to pay needs its date, today or later; the other outcomes carry no promise. */
export function promiseErrors(dto: { outcome?: string | null; promisedDate?: string | null; promisedAmountCents?: number | null }, today: string): Record<string, string> {
  if (dto.outcome === 'promise_to_pay') {
    if (!dto.promisedDate) return { promisedDate: 'app.validation.required' };
    if (dto.promisedDate < today) return { promisedDate: 'app.validation.date_in_past' };
    return {};
  }
  if (dto.promisedDate) return { promisedDate: 'app.validation.promise_only' };
  if (dto.promisedAmountCents) return { promisedAmountCents: 'app.validation.promise_only' };
  return {};
}

/** Inserts a CRM entry dated now on the scenario clock unless `at` is given; the caller journals it. */
export async function insertInteraction(
  em: EntityManager,
  ctx: SandboxContext,
  values: Omit<Interaction, 'id' | 'author' | 'createdAt' | 'at'> & { at?: string },
): Promise<Interaction> {
  const interaction = em.create(Interaction, { at: ctx.clock.nowIso(), ...values, author: ctx.actor.username, createdAt: ctx.clock.nowIso() });
  await em.insert(Interaction, interaction);
  return interaction;
}

/** Adds the tier's and the contact's names. */
export async function presentInteractions(em: EntityManager, rows: Interaction[]) {
  const tiers = rows.length ? await em.find(ThirdParty, { where: { id: In([...new Set(rows.map((r) => r.thirdPartyId))]) }, select: { id: true, name: true, code: true } }) : [];
  const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x): x is number => !!x))];
  const contacts = contactIds.length ? await em.findBy(Contact, { id: In(contactIds) }) : [];
  return rows.map((r) => {
    const contact = contacts.find((c) => c.id === r.contactId);
    const tier = tiers.find((t) => t.id === r.thirdPartyId);
    return { ...r, thirdPartyName: tier?.name ?? null, thirdPartyCode: tier?.code ?? null, contactName: contact ? `${contact.firstName} ${contact.lastName}` : null };
  });
}

import { EntityManager, In } from 'typeorm';
import { Interaction } from '../interactions/interaction.entity.js';
import { order } from './reminder-history.js';
import { Reminder, ReminderKind } from './reminder.entity.js';

/** A step of the procedure already taken with a client: a reminder (with its call's outcome) or a call. */
export interface StepTaken {
  /** "YYYY-MM-DD" for reminders, scenario date-time for calls. */
  date: string;
  kind: ReminderKind | 'call';
  level: number | null;
  outcome: string | null;
  promisedDate: string | null;
  promisedAmountCents: number | null;
  reminderId: number | null;
  interactionId: number | null;
}

/**
 * What was done with the client before `reminder`, oldest first: its earlier reminders (phone ones
 * with their call's outcome) and the other calls logged before it.
 */
export async function stepsTaken(em: EntityManager, reminder: Reminder): Promise<StepTaken[]> {
  const earlier = (await em.findBy(Reminder, { clientId: reminder.clientId })).filter((r) => order(r, reminder) < 0);
  const calls = await em.findBy(Interaction, { thirdPartyId: reminder.clientId, kind: 'call' });
  const linked = new Map(calls.filter((c) => c.relatedResource === 'reminders').map((c) => [c.relatedId, c]));
  const own = earlier.map((r) => ({ r, call: (r.interactionId ? calls.find((c) => c.id === r.interactionId) : null) ?? linked.get(r.id) ?? null }));
  const used = new Set(own.map((o) => o.call?.id).filter((id) => id !== undefined));
  const before = (at: string) => at.slice(0, 10) < reminder.date || (at.slice(0, 10) === reminder.date && at <= reminder.createdAt);
  const steps: StepTaken[] = [
    ...own.map(({ r, call }) => ({
      date: r.date, kind: r.kind, level: r.level, outcome: call?.outcome ?? null, promisedDate: call?.promisedDate ?? null,
      promisedAmountCents: call?.promisedAmountCents ?? null, reminderId: r.id, interactionId: call?.id ?? null,
    })),
    ...calls
      .filter((c) => !used.has(c.id) && c.id !== reminder.interactionId && !(c.relatedResource === 'reminders' && c.relatedId === reminder.id) && before(c.at))
      .map((c) => ({
        date: c.at, kind: 'call' as const, level: null, outcome: c.outcome, promisedDate: c.promisedDate,
        promisedAmountCents: c.promisedAmountCents, reminderId: null, interactionId: c.id,
      })),
  ];
  return steps.sort((a, b) => a.date.localeCompare(b.date) || (a.reminderId ?? 0) - (b.reminderId ?? 0));
}

/** The calls linked to some reminders (phone reminders), by reminder id. */
export async function callsOf(em: EntityManager, reminders: Reminder[]): Promise<Map<number, Interaction>> {
  const ids = reminders.map((r) => r.interactionId).filter((x): x is number => !!x);
  const calls = ids.length ? await em.findBy(Interaction, { id: In(ids) }) : [];
  return new Map(reminders.filter((r) => r.interactionId).map((r) => [r.id, calls.find((c) => c.id === r.interactionId)!]).filter(([, c]) => !!c) as [number, Interaction][]);
}

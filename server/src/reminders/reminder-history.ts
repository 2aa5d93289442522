import { EntityManager, In } from 'typeorm';
import { RECOVERY_KINDS } from '../company/company.entity.js';
import { Reminder, ReminderInvoice } from './reminder.entity.js';

/** Where an invoice stands in the written procedure: the highest level sent and the deadline the last one gave. */
export interface InvoiceLevel {
  lastLevel: number;
  lastDate: string | null;
  deadline: string | null;
}

/** Written reminders (e-mail, letter, formal notice) that covered each invoice; phone calls do not move the level. */
export async function writtenLevels(em: EntityManager, invoiceIds: number[]): Promise<Map<number, InvoiceLevel>> {
  const result = new Map<number, InvoiceLevel>(invoiceIds.map((id) => [id, { lastLevel: 0, lastDate: null, deadline: null }]));
  if (!invoiceIds.length) return result;
  const links = await em.findBy(ReminderInvoice, { invoiceId: In(invoiceIds) });
  const reminders = links.length ? await em.findBy(Reminder, { id: In([...new Set(links.map((l) => l.reminderId))]), kind: In([...RECOVERY_KINDS]) }) : [];
  const byId = new Map(reminders.map((r) => [r.id, r]));
  const ordered = links.filter((l) => byId.has(l.reminderId)).sort((a, b) => order(byId.get(a.reminderId)!, byId.get(b.reminderId)!));
  for (const link of ordered) {
    const reminder = byId.get(link.reminderId)!;
    const level = result.get(link.invoiceId)!;
    level.lastLevel = Math.max(level.lastLevel, reminder.level);
    level.lastDate = reminder.date;
    level.deadline = reminder.newDeadline;
  }
  return result;
}

/** Oldest first: by date, then by id. */
export function order(a: Pick<Reminder, 'date' | 'id'>, b: Pick<Reminder, 'date' | 'id'>): number {
  return a.date.localeCompare(b.date) || a.id - b.id;
}

import { EntityManager } from 'typeorm';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { sellerOf } from '../documents/document-model.factory.js';
import type { ReminderLetterModel } from '../documents/pdf/view-models/reminder.view-model.js';
import { Staff } from '../staff/staff.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { stepsTaken } from './steps-taken.js';
import { Reminder, ReminderInvoice } from './reminder.entity.js';

/** The manager signs: "Marc Durand, Président" (the job title before any " — " detail). */
export async function signatoryOf(em: EntityManager): Promise<{ name: string; title: string } | null> {
  const manager = await em.findOne(Staff, { where: { role: 'manager' }, order: { id: 'ASC' } });
  return manager ? { name: `${manager.firstName} ${manager.lastName}`, title: manager.jobTitle.split(' — ')[0].trim() } : null;
}

/** A written reminder as its letter prints it: the frozen figures, the parties, the steps taken before it. */
export async function letterModelOf(em: EntityManager, reminder: Reminder): Promise<ReminderLetterModel> {
  if (reminder.kind === 'phone') throw new Error('letterModelOf: a phone reminder has no letter');
  const company = await em.findOneByOrFail(Company, { id: 1 });
  const client = await em.findOneByOrFail(ThirdParty, { id: reminder.clientId });
  const contact = reminder.contactId ? await em.findOneBy(Contact, { id: reminder.contactId }) : null;
  const rows = await em.find(ReminderInvoice, { where: { reminderId: reminder.id }, order: { dueDate: 'ASC', id: 'ASC' } });
  return {
    language: reminder.language,
    kind: reminder.kind,
    level: reminder.level,
    date: reminder.date,
    newDeadline: reminder.newDeadline ?? reminder.date,
    seller: sellerOf(company),
    debtor: {
      code: client.code, name: client.name, customerType: client.customerType, zone: client.zone, siren: client.siren, vatNumber: client.vatNumber,
      address: { line1: client.billingLine1, line2: client.billingLine2, postcode: client.billingPostcode, city: client.billingCity, country: client.billingCountry },
      contact: contact ? { civility: contact.civility, firstName: contact.firstName, lastName: contact.lastName } : null,
    },
    invoices: rows.map((r) => ({
      number: r.invoiceNumber, date: r.invoiceDate, dueDate: r.dueDate, grossCents: r.grossCents, paidCents: r.paidCents, balanceCents: r.balanceCents,
      daysLate: r.daysLate, rateBp: r.rateBp, penaltyCents: r.penaltyCents, indemnityCents: r.indemnityCents,
    })),
    totals: { balanceCents: reminder.balanceCents, penaltyCents: reminder.penaltyCents, indemnityCents: reminder.indemnityCents, totalClaimedCents: reminder.totalClaimedCents },
    steps: (await stepsTaken(em, reminder)).map((s) => ({
      date: s.date, kind: s.kind, level: s.level, outcome: s.outcome, promisedDate: s.promisedDate, promisedAmountCents: s.promisedAmountCents,
    })),
    signatory: await signatoryOf(em),
  };
}

/** "relance-2-C0001-2026-03-16.pdf", "mise-en-demeure-C0001-2026-04-20.pdf". */
export function letterFileName(reminder: Pick<Reminder, 'kind' | 'level' | 'date'>, clientCode: string): string {
  const what = reminder.kind === 'formal_notice' ? 'mise-en-demeure' : `relance-${reminder.level}`;
  return `${what}-${clientCode}-${reminder.date}.pdf`;
}

import { EntityManager, In } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';

/** Adds the client's (and contact's) name to documents, so that screens never show raw ids. */
export async function withParties<T extends { clientId: number; contactId?: number | null }>(em: EntityManager, rows: T[]) {
  const clientIds = [...new Set(rows.map((r) => r.clientId))];
  const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x): x is number => !!x))];
  const clients = clientIds.length ? await em.findBy(ThirdParty, { id: In(clientIds) }) : [];
  const contacts = contactIds.length ? await em.findBy(Contact, { id: In(contactIds) }) : [];
  return rows.map((r) => {
    const contact = contacts.find((c) => c.id === r.contactId);
    return {
      ...r,
      clientName: clients.find((c) => c.id === r.clientId)?.name ?? null,
      contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
    };
  });
}

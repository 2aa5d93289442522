import type { DossierData } from './dossier-data.js';

/**
 * The candidate's productions as the jury lists them on screen, from the same reading of the graded
 * file as the dossier: documents created or changed, reminders, statements sent, e-mails, CRM entries
 * and the journal events. Plain rows; the PDFs stay in the dossier.
 */
export function productionsOf(data: DossierData) {
  const documents = data.productions.flatMap((p) =>
    p.kind === 'document'
      ? [{ resource: p.resource, id: p.id, number: p.model.number, status: p.model.status, clientName: p.model.buyer.name, grossCents: p.model.totals?.grossCents ?? null, date: p.model.date }]
      : [],
  );
  const reminders = data.productions.flatMap((p) =>
    p.kind === 'reminder' ? [{ resource: 'reminders', id: p.id, label: `Relance niveau ${p.model.level}`, kind: p.model.kind, clientName: p.clientName, amountCents: p.model.totals.totalClaimedCents, date: p.model.date }] : [],
  );
  const statements = data.productions.flatMap((p) => (p.kind === 'statement' ? [{ resource: 'messages', id: p.messageId, title: p.title, sentAt: p.sentAt }] : []));
  const emails = data.emails.map((e) => ({ subject: e.subject, toAddress: e.to, kind: e.channel, sentAt: e.sentAt }));
  const crm = data.crm.map((c) => ({ subject: c.subject, kind: c.kind, thirdPartyName: c.thirdParty, status: c.outcome, at: c.at }));
  const events = data.journal.map((j) => ({ resource: j.resource, action: j.action, label: j.label, scenarioAt: j.scenarioAt, at: j.at }));
  return { documents, reminders, statements, emails, crm, events };
}

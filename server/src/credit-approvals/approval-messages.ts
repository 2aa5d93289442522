import { eur, frDate } from '../receivables/credit-verdict.js';

export interface ApprovalMailFacts {
  clientName: string;
  clientCode: string;
  orderId: number;
  orderNumber: string | null;
  orderDate: string;
  creditLimitCents: number | null;
  invoicesOutstandingCents: number;
  ordersNotInvoicedCents: number;
  overdueCents: number;
  outstandingCents: number;
  orderGrossCents: number;
  projectedCents: number;
  overrunCents: number;
  riskLabel: string;
  reason: string | null;
  managerFirstName: string | null;
}

const orderRef = (f: ApprovalMailFacts) => (f.orderNumber ? `la commande ${f.orderNumber}` : `la commande en préparation n° ${f.orderId}`);

/** The e-mail to the manager asking to accept an order above the client's credit limit. */
export function approvalRequestMail(f: ApprovalMailFacts): { subject: string; body: string } {
  const lines = [
    `Bonjour${f.managerFirstName ? ` ${f.managerFirstName}` : ''},`,
    '',
    `Je sollicite votre accord pour valider ${orderRef(f)} du ${frDate(f.orderDate)} du client ${f.clientName} (${f.clientCode}), d'un montant de ${eur(f.orderGrossCents)} TTC, qui dépasse son encours autorisé.`,
    '',
    `- Factures non réglées : ${eur(f.invoicesOutstandingCents)} (dont échu : ${eur(f.overdueCents)})`,
    `- Commandes validées non facturées : ${eur(f.ordersNotInvoicedCents)}`,
    `- Encours actuel : ${eur(f.outstandingCents)}`,
    `- Cette commande : ${eur(f.orderGrossCents)}`,
    `- Encours après la commande : ${eur(f.projectedCents)}`,
    `- Plafond d'encours : ${f.creditLimitCents === null ? 'aucun' : eur(f.creditLimitCents)}`,
    `- Dépassement : ${eur(f.overrunCents)}`,
    `- Statut de risque : ${f.riskLabel}`,
    ...(f.reason ? ['', `Motif : ${f.reason}`] : []),
    '',
    'Cordialement,',
    'Le service administration des ventes',
  ];
  return { subject: `Demande d'accord — dépassement d'encours ${f.clientName}`, body: lines.join('\n') };
}

/** The manager's answer, as it lands in the inbox. */
export function approvalReplyMail(f: ApprovalMailFacts, decision: { status: 'approved' | 'refused'; note: string }, managerName: string): { subject: string; body: string } {
  const answer = decision.status === 'approved'
    ? `C'est d'accord pour ${orderRef(f)} de ${f.clientName} (${eur(f.orderGrossCents)} TTC). ${decision.note} Vous pouvez valider la commande.`
    : `Je ne donne pas mon accord pour ${orderRef(f)} de ${f.clientName} (${eur(f.orderGrossCents)} TTC). ${decision.note}`;
  return { subject: `Re: Demande d'accord — dépassement d'encours ${f.clientName}`, body: ['Bonjour,', '', answer, '', managerName].join('\n') };
}

import { formatBp, mulDivHalfUp } from '../common/money/money.js';
import { eur, frDate } from '../receivables/credit-verdict.js';
import type { RiskStatus } from '../third-parties/third-party.entity.js';

export interface ApprovalRequestFacts {
  riskStatus: RiskStatus;
  litigationSince: string | null;
  creditLimitCents: number | null;
  overrunCents: number;
  /** company.creditApprovalMaxOverrunBp: the share of the limit the manager accepts to go over. */
  maxOverrunBp: number;
  /** The client's oldest overdue invoice, in days late, and the delay of the formal notice step. */
  oldestDaysOverdue: number;
  formalNoticeAfterDays: number;
}

/**
 * The manager's answer to a credit-overrun request, by the company's rule: no new order for a
 * blocked client or one in litigation, nor for one whose unpaid invoices have reached the formal
 * notice stage; otherwise yes when the overrun is at most limit × maxOverrunBp / 10 000.
 */
export function managerDecision(f: ApprovalRequestFacts): { status: 'approved' | 'refused'; note: string } {
  if (f.litigationSince) return { status: 'refused', note: `Client en contentieux depuis le ${frDate(f.litigationSince)} : aucune nouvelle commande avant le règlement du litige.` };
  if (f.riskStatus === 'blocked') return { status: 'refused', note: "Client bloqué : aucune nouvelle commande tant que son compte n'est pas régularisé." };
  if (f.oldestDaysOverdue >= f.formalNoticeAfterDays) {
    return { status: 'refused', note: `Le client a une facture impayée depuis ${f.oldestDaysOverdue} jours (stade de la mise en demeure) : pas de dépassement avant sa régularisation.` };
  }
  if (f.creditLimitCents === null) return { status: 'approved', note: "Aucun plafond d'encours n'est fixé pour ce client." };
  const tolerance = `la tolérance de ${formatBp(f.maxOverrunBp)} du plafond (${eur(mulDivHalfUp(f.creditLimitCents, f.maxOverrunBp, 10_000))})`;
  if (f.overrunCents * 10_000 <= f.creditLimitCents * f.maxOverrunBp) {
    return { status: 'approved', note: `Dépassement de ${eur(f.overrunCents)} accepté : il reste dans ${tolerance}.` };
  }
  return { status: 'refused', note: `Dépassement de ${eur(f.overrunCents)} supérieur à ${tolerance} : attendez un règlement du client ou réduisez la commande.` };
}

/**
 * Due date of an invoice from its payment terms, as a calendar date (legal-fr §1.11: the invoice
 * prints the date, not "30 jours fin de mois"). "N jours fin de mois" uses method (A), the one the
 * Senate report favours: end of the invoice's month, then N days (15/01/2026 at 45 days EOM → 17/03/2026).
 */
export type PaymentTerms = 'on_receipt' | 'net_15' | 'net_30' | 'net_45' | 'net_60' | 'net_30_eom' | 'net_45_eom';

const DAY = 86_400_000;

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return format(new Date(parse(date).getTime() + days * DAY));
}

export function endOfMonth(date: string): string {
  const d = parse(date);
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

export function dueDate(issueDate: string, terms: PaymentTerms): string {
  switch (terms) {
    case 'on_receipt':
      return issueDate;
    case 'net_15':
      return addDays(issueDate, 15);
    case 'net_30':
      return addDays(issueDate, 30);
    case 'net_45':
      return addDays(issueDate, 45);
    case 'net_60':
      return addDays(issueDate, 60);
    case 'net_30_eom':
      return addDays(endOfMonth(issueDate), 30);
    case 'net_45_eom':
      return addDays(endOfMonth(issueDate), 45);
  }
}

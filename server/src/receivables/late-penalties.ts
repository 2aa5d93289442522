/**
 * Late-payment penalties (legal-fr §1.11, §3.3): amount due TTC × annual rate × days late / 365,
 * from the day after the due date. A partial payment stops the accrual on the part it pays from its
 * date; the rate is the one in force for each day (the ECB-based rate changes on 1 January and
 * 1 July); the total is rounded half-up to the cent once, after summing exact amounts. The 40 €
 * recovery indemnity is due once per invoice, for business clients only.
 */
export interface PenaltyInput {
  /** Invoice amount TTC, in cents. */
  grossCents: number;
  /** Due date, "YYYY-MM-DD". */
  dueDate: string;
  /** Payments allocated to the invoice, with their date. */
  payments: { date: string; amountCents: number }[];
  /** The day penalties are computed on (the scenario date). */
  on: string;
  /** Annual rate in basis points in force on a given day. */
  rateBpOn: (date: string) => number;
  /** Business client: the 40 € indemnity applies; never to consumers. */
  b2b: boolean;
  recoveryIndemnityCents?: number;
}

export interface PenaltySegment {
  from: string;
  to: string;
  days: number;
  baseCents: number;
  rateBp: number;
}

export interface PenaltyResult {
  daysLate: number;
  balanceCents: number;
  penaltyCents: number;
  indemnityCents: number;
  totalClaimedCents: number;
  segments: PenaltySegment[];
}

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const toDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The days after `dueDate` up to `on` included, split where the balance or the rate changes. */
export function latePenalties(input: PenaltyInput): PenaltyResult {
  const due = toTime(input.dueDate);
  const end = toTime(input.on);
  const paidBy = (day: number) => input.payments.filter((p) => toTime(p.date) < day).reduce((s, p) => s + p.amountCents, 0);
  const balanceCents = Math.max(0, input.grossCents - input.payments.filter((p) => toTime(p.date) <= end).reduce((s, p) => s + p.amountCents, 0));
  const segments: PenaltySegment[] = [];
  for (let day = due + DAY; day <= end; day += DAY) {
    // A payment made on day D stops the accrual on what it pays from that day on.
    const base = Math.max(0, input.grossCents - paidBy(day + DAY));
    const rateBp = input.rateBpOn(toDate(day));
    const last = segments[segments.length - 1];
    if (last && last.baseCents === base && last.rateBp === rateBp && toTime(last.to) + DAY === day) {
      last.to = toDate(day);
      last.days += 1;
    } else if (base > 0) {
      segments.push({ from: toDate(day), to: toDate(day), days: 1, baseCents: base, rateBp });
    }
  }
  const numerator = segments.reduce((s, g) => s + BigInt(g.baseCents) * BigInt(g.rateBp) * BigInt(g.days), 0n);
  const denominator = 10_000n * 365n;
  const penaltyCents = Number((numerator * 2n + denominator) / (2n * denominator));
  const daysLate = Math.max(0, Math.round((end - due) / DAY));
  const indemnityCents = input.b2b && daysLate > 0 ? input.recoveryIndemnityCents ?? 4000 : 0;
  return { daysLate, balanceCents, penaltyCents, indemnityCents, totalClaimedCents: balanceCents + penaltyCents + indemnityCents, segments };
}

/** A rate table by half-year: the rate of 1 January applies to January–June, that of 1 July to July–December. */
export function halfYearRates(table: Record<string, number>, fallbackBp: number): (date: string) => number {
  return (date) => table[`${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`] ?? fallbackBp;
}

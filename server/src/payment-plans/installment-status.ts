/**
 * Following a payment plan (échéancier): the amounts received since it was agreed pay the
 * installments in date order, cumulatively. An installment is paid when covered, late when its date
 * has passed without being covered, partially paid when something was received for it, upcoming otherwise.
 */
export const INSTALLMENT_STATUSES = ['paid', 'partially_paid', 'late', 'upcoming'] as const;
export type InstallmentStatus = (typeof INSTALLMENT_STATUSES)[number];

export interface FollowedInstallment {
  dueDate: string;
  amountCents: number;
  paidCents: number;
  status: InstallmentStatus;
}

export function followInstallments<T extends { dueDate: string; amountCents: number }>(installments: T[], receivedCents: number, today: string): (T & FollowedInstallment)[] {
  let left = Math.max(0, receivedCents);
  return [...installments]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((installment) => {
      const paidCents = Math.min(left, installment.amountCents);
      left -= paidCents;
      const status: InstallmentStatus =
        paidCents >= installment.amountCents ? 'paid' : installment.dueDate < today ? 'late' : paidCents > 0 ? 'partially_paid' : 'upcoming';
      return { ...installment, paidCents, status };
    });
}

/** A plan is completed when every installment is paid; cancelled stays cancelled. */
export function planStatus(stored: 'active' | 'completed' | 'cancelled', installments: FollowedInstallment[]): 'active' | 'completed' | 'cancelled' {
  if (stored === 'cancelled') return 'cancelled';
  return installments.length > 0 && installments.every((i) => i.status === 'paid') ? 'completed' : 'active';
}

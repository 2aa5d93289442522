/**
 * The allowed status changes of each document type, as data. Services check a move here before
 * doing it; a forbidden move is a 409 with a message the candidate understands.
 */
export const TRANSITIONS = {
  quote: { draft: ['validated'], validated: ['sent', 'accepted', 'refused'], sent: ['accepted', 'refused'], accepted: [], refused: [] },
  order: { draft: ['validated', 'cancelled'], validated: ['partially_delivered', 'delivered', 'cancelled'], partially_delivered: ['delivered'], delivered: [], cancelled: [] },
  'delivery-note': { draft: ['validated'], validated: [] },
  invoice: { draft: ['validated'], validated: [] },
  'credit-note': { draft: ['validated'], validated: [] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type DocumentType = keyof typeof TRANSITIONS;

export function canTransition(type: DocumentType, from: string, to: string): boolean {
  const moves = (TRANSITIONS[type] as Record<string, readonly string[]>)[from];
  return !!moves && moves.includes(to);
}

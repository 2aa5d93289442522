/** What a candidate number (and an anonymous code) may hold: it becomes part of a username. Same rule as session creation. */
export const CANDIDATE_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;

/** The candidate-number part of a candidate's username ("AB-12" and "ab12" give the same one). */
export function usernameKey(candidateNumber: string): string {
  return candidateNumber.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A candidate's username in a session: s<sessionId>-<number key>. */
export function candidateUsername(sessionId: number, candidateNumber: string): string {
  return `s${sessionId}-${usernameKey(candidateNumber)}`.slice(0, 40);
}

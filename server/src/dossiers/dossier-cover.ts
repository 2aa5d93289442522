import type { Candidate } from '../candidates/candidate.entity.js';
import { candidateLabelFor } from '../juries/jury-access.js';
import { candidateEndsAt, CandidateTimes, effectiveStart, pausedMs, SessionTimes } from '../sessions/session-window.js';
import type { Session } from '../sessions/session.entity.js';

/**
 * The cover of a candidate's dossier: who, which session and scenario, when (in French, Europe/Paris)
 * and the fingerprint of the graded sandbox file. Pure: computed from the control records.
 */

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });
const PARIS_SHORT = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

export type CoverSession = SessionTimes & Pick<Session, 'name' | 'scenarioTitle' | 'mode' | 'anonymous'>;
export type CoverCandidate = CandidateTimes & Pick<Candidate, 'name' | 'candidateNumber' | 'anonymousCode' | 'lockedAt'>;

/** What the cover prints, every value already a string (it crosses a worker boundary as is). */
export interface DossierCover {
  /** Short identifier for running headers: the number (or the anonymous code). */
  reference: string;
  title: string;
  rows: [string, string][];
  fingerprint: string;
  fingerprintNote: string;
  generatedAt: string;
}

/** "lundi 16 mars 2026 à 09:30" (Europe/Paris). */
export function parisDateTime(date: Date | string): string {
  return PARIS_DATE_TIME.format(typeof date === 'string' ? new Date(date) : date);
}

/** "16/03/2026 09:30:12" (Europe/Paris). */
export function parisShort(date: Date | string): string {
  return PARIS_SHORT.format(typeof date === 'string' ? new Date(date) : date).replace(',', '');
}

/** "2026-03-16T08:42:10" (scenario wall-clock time) → "16/03/2026 08:42". */
export function scenarioDateTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

/**
 * What identifies the candidate in a dossier and an export: a jury document, so an anonymous session
 * shows the anonymous code (or the number) and never the name, whoever downloads it.
 */
export function candidateLabel(session: Pick<Session, 'anonymous'>, candidate: Pick<Candidate, 'name' | 'candidateNumber' | 'anonymousCode'>): string {
  if (session.anonymous) return candidateLabelFor({ role: 'jury' }, session, candidate);
  return `Candidat n° ${candidate.candidateNumber} — ${candidate.name}`;
}

/** File-name part: "0001-Alice-Martin", or "0001-K7F2" (anonymous session). */
export function candidateFileName(session: Pick<Session, 'anonymous'>, candidate: Pick<Candidate, 'name' | 'candidateNumber' | 'anonymousCode'>): string {
  const who = session.anonymous ? candidate.anonymousCode ?? '' : candidate.name;
  return [candidate.candidateNumber, who].map(slug).filter(Boolean).join('-') || 'candidat';
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface CoverInput {
  session: CoverSession;
  candidate: CoverCandidate;
  fingerprint: string;
  /** 'snapshot': the copy taken at lock (what the jury grades); 'live': the sandbox as it is now. */
  source: 'snapshot' | 'live';
  now: Date;
}

export function buildCover({ session, candidate, fingerprint, source, now }: CoverInput): DossierCover {
  const startsAt = effectiveStart(session);
  const endsAt = candidateEndsAt(session, candidate, now);
  const endedEarly = !!session.endedAt && endsAt.getTime() === new Date(session.endedAt).getTime();
  const extra = candidate.extraMinutes ?? 0;
  const extended = candidate.extendedMinutes ?? 0;
  const extraText = [extra ? `${minutesText(extra)} (aménagement)` : null, extended ? `${minutesText(extended)} (prolongation du surveillant)` : null].filter(Boolean).join(' + ');
  const paused = pausedMs(session, now) / 1000;
  const rows: [string, string][] = [
    ['Session', session.name],
    ['Scénario', session.scenarioTitle],
    ['Mode', session.mode === 'exam' ? 'Examen' : 'Entraînement'],
    ['Candidat', candidateLabel(session, candidate)],
    ['Début', parisDateTime(startsAt)],
    [endedEarly ? 'Fin (session terminée plus tôt)' : 'Fin', parisDateTime(endsAt)],
    ['Durée de l’épreuve', minutesText(session.durationMinutes)],
    ['Temps supplémentaire', extraText || 'aucun'],
  ];
  if (paused >= 1) rows.push(['Interruptions (pauses)', minutesText(Math.round(paused / 60))]);
  rows.push(['Verrouillage', candidate.lockedAt ? parisDateTime(candidate.lockedAt) : 'non verrouillé']);
  return {
    reference: session.anonymous ? candidate.anonymousCode ?? candidate.candidateNumber : candidate.candidateNumber,
    title: 'Dossier du candidat',
    rows,
    fingerprint,
    fingerprintNote: source === 'snapshot'
      ? 'Empreinte SHA-256 du fichier noté : l’instantané pris au verrouillage de l’espace.'
      : `Empreinte SHA-256 de l’espace tel qu’il était le ${parisDateTime(now)} (copie cohérente : l’espace n’était pas verrouillé).`,
    generatedAt: parisDateTime(now),
  };
}

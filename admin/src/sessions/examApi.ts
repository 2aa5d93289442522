// Calls of the exam-session routes (control plane and candidate home), with the bearer token and the
// same error handling as the data provider. Each takes explicit ids: nothing here depends on which
// sandbox the user is currently viewing.
import { HttpError, type Identifier } from 'react-admin';
import { filenameFromDisposition, httpClient } from '../dataProvider';
import { getToken } from '../authProvider';
import { i18nProvider, translateError } from '../i18n/i18nProvider';
import type {
  CandidateHomePayload,
  CheckResult,
  ChecksPayload,
  CreatedCredential,
  JuryAssignment,
  LiveSession,
  MarkRow,
  MarksView,
  SessionEventRow,
  StaffUser,
} from './examTypes';

const API = '/api';
const s = (id: Identifier) => `${API}/sessions/${encodeURIComponent(String(id))}`;
const sb = (id: string) => `${API}/sandboxes/${encodeURIComponent(id)}`;

const json = async <T>(url: string, init: RequestInit = {}): Promise<T> => (await httpClient(url, init)).json as T;
const post = <T>(url: string, body?: unknown) =>
  json<T>(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

/** A list answer may be an array or `{ data | items | events | results: [...] }`. */
export const asArray = <T>(value: unknown, ...keys: string[]): T[] => {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    for (const key of [...keys, 'data', 'items', 'rows']) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner as T[];
    }
  }
  return [];
};

/** A file (PDF, ZIP, CSV) fetched with the token, with the name the server gives. */
export const fetchBinary = async (
  url: string,
  fallbackName: string,
  init: { method?: string; body?: unknown; accept?: string } = {},
): Promise<{ blob: Blob; filename: string }> => {
  const headers = new Headers({ Accept: init.accept ?? '*/*' });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new HttpError(i18nProvider.translate('app.errors.NETWORK'), 0, {});
  }
  if (!response.ok) {
    let body: { code?: string; message?: string; errors?: unknown } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON
    }
    if (response.status === 422 && body.errors) throw new HttpError('app.notification.form_errors', 422, body);
    const message =
      response.status === 404 && (!body.code || body.code === 'NOT_FOUND')
        ? i18nProvider.translate('app.exam.errors.unavailable')
        : translateError(body.code, body.message, response.status);
    throw new HttpError(message, response.status, body);
  }
  const blob = await response.blob();
  return { blob, filename: filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName };
};

export const examApi = {
  // ---- lifecycle (proctor / admin) ----
  lifecycle: (sessionId: Identifier, action: 'open' | 'start' | 'pause' | 'resume' | 'end' | 'archive', reason?: string) =>
    post<unknown>(`${s(sessionId)}/${action}`, reason !== undefined ? { reason } : {}),
  extend: (sessionId: Identifier, candidateId: Identifier, minutes: number, reason: string) =>
    post<unknown>(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/extend`, { minutes, reason }),
  unlock: (sessionId: Identifier, candidateId: Identifier, minutes: number, reason: string) =>
    post<unknown>(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/unlock`, { minutes, reason }),
  live: (sessionId: Identifier, signal?: AbortSignal) => json<LiveSession>(`${s(sessionId)}/live`, { signal }),
  events: async (sessionId: Identifier, signal?: AbortSignal) =>
    asArray<SessionEventRow>(await json<unknown>(`${s(sessionId)}/events`, { signal }), 'events'),

  // ---- candidates ----
  importCsv: async (sessionId: Identifier, csv: string) => {
    const answer = await post<unknown>(`${s(sessionId)}/candidates/import`, { csv });
    return asArray<CreatedCredential>(answer, 'created', 'candidates');
  },
  loginCards: (sessionId: Identifier, credentials: Array<Pick<CreatedCredential, 'username' | 'password'>>) =>
    fetchBinary(`${s(sessionId)}/login-cards`, 'cartes-de-connexion.pdf', {
      method: 'POST',
      body: { credentials: credentials.map(({ username, password }) => ({ username, password })) },
      accept: 'application/pdf',
    }),

  // ---- candidate home ----
  home: (sandboxId: string, signal?: AbortSignal) => json<CandidateHomePayload>(`${sb(sandboxId)}/home`, { signal }),
  instructionsPdf: (sandboxId: string) => fetchBinary(`${sb(sandboxId)}/instructions.pdf`, 'consignes.pdf', { accept: 'application/pdf' }),
  checks: async (sandboxId: string, signal?: AbortSignal): Promise<ChecksPayload> => {
    const answer = await json<unknown>(`${sb(sandboxId)}/checks`, { signal });
    const results = asArray<CheckResult>(answer, 'results', 'checks').map((r) => ({
      ...r,
      criterionId: r.criterionId ?? r.criterion ?? null,
      message: r.message ?? r.details ?? null,
    }));
    const extra = answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Partial<ChecksPayload>) : {};
    return {
      ...extra,
      results,
      passed: extra.passed ?? extra.summary?.passed ?? results.filter((r) => r.passed).length,
      total: extra.total ?? extra.summary?.total ?? results.length,
    };
  },
  journal: async (sandboxId: string, signal?: AbortSignal) => {
    const query = new URLSearchParams({ sort: JSON.stringify(['id', 'ASC']), range: JSON.stringify([0, 999]), filter: '{}' });
    return asArray<import('../types').JournalEntry>(await json<unknown>(`${sb(sandboxId)}/journal?${query}`, { signal }));
  },

  // ---- jury ----
  juries: async (sessionId: Identifier, signal?: AbortSignal) =>
    asArray<JuryAssignment>(await json<unknown>(`${s(sessionId)}/juries`, { signal }), 'juries'),
  assignJury: (sessionId: Identifier, userId: Identifier) =>
    post<unknown>(`${s(sessionId)}/juries`, { userId: /^\d+$/.test(String(userId)) ? Number(userId) : userId }),
  unassignJury: (sessionId: Identifier, userId: Identifier) =>
    json<unknown>(`${s(sessionId)}/juries/${encodeURIComponent(String(userId))}`, { method: 'DELETE' }),
  juryUsers: async (signal?: AbortSignal) => {
    const query = new URLSearchParams({
      filter: JSON.stringify({ role: 'jury' }),
      sort: JSON.stringify(['displayName', 'ASC']),
      range: JSON.stringify([0, 499]),
    });
    return asArray<StaffUser>(await json<unknown>(`${API}/users?${query}`, { signal }));
  },
  productions: (sessionId: Identifier, candidateId: Identifier, signal?: AbortSignal) =>
    json<unknown>(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/productions`, { signal }),
  marks: async (sessionId: Identifier, candidateId: Identifier, signal?: AbortSignal): Promise<MarksView> => {
    const answer = await json<unknown>(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/marks`, { signal });
    const view = answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Partial<MarksView>) : {};
    return { ...view, marks: asArray<MarkRow>(answer, 'marks') };
  },
  saveMarks: (sessionId: Identifier, candidateId: Identifier, marks: MarkRow[]) =>
    json<unknown>(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/marks`, {
      method: 'PUT',
      body: JSON.stringify(marks),
    }),
  dossierPdf: (sessionId: Identifier, candidateId: Identifier) =>
    fetchBinary(`${s(sessionId)}/candidates/${encodeURIComponent(String(candidateId))}/dossier.pdf`, `dossier-${candidateId}.pdf`, {
      accept: 'application/pdf',
    }),
  exportZip: (sessionId: Identifier) => fetchBinary(`${s(sessionId)}/export.zip`, `session-${sessionId}.zip`, { accept: 'application/zip' }),
  marksCsv: (sessionId: Identifier) => fetchBinary(`${s(sessionId)}/marks.csv`, `notes-session-${sessionId}.csv`, { accept: 'text/csv' }),
};

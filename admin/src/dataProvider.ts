import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { getToken, getUser } from './authProvider';
import { i18nProvider, translateError } from './i18n/i18nProvider';
import { getViewedSandbox } from './jury/viewedSandbox';
import type {
  AdjustStockPayload,
  ClientCredit,
  ClientCreditUpdate,
  ReceivablesDashboard,
  DocumentTotalsInput,
  DocumentTotalsResult,
  DuplicateMatch,
  Invoice,
  OrderControl,
  JournalVerifyResult,
  Message,
  MessageAttachment,
  ResetResult,
  SandboxContext,
  SendDocumentPayload,
  StockMovement,
  ThirdParty,
} from './types';

const API_URL = '/api';

/** Window event fired when the server answers 423 (sandbox locked or session paused). */
export const SANDBOX_LOCKED_EVENT = 'comptoir:sandbox-locked';

/** Resources of the control plane, served under /api (not under a sandbox). */
const CONTROL_RESOURCES = new Set(['sessions', 'scenarios']);

/**
 * fetchJson + bearer token + errors made readable:
 * - 422 keeps its `{ errors }` body (react-admin puts the keys on the form fields);
 * - 409 / 423 / 403 / 404 show the server's French message (or our English text when the UI is in English).
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    if (error instanceof HttpError) {
      const body = (error.body ?? {}) as { code?: string; message?: unknown; errors?: unknown };
      if (error.status === 422 && body.errors) {
        throw new HttpError('app.notification.form_errors', 422, body);
      }
      if (error.status === 429) throw new HttpError('app.errors.TOO_MANY_REQUESTS', 429, body);
      // The sandbox just locked (time over, pause): the lock banner refreshes at once (layout/ExamBanner).
      if (error.status === 423) window.dispatchEvent(new CustomEvent(SANDBOX_LOCKED_EVENT, { detail: body }));
      const serverMessage = typeof body.message === 'string' ? body.message : undefined;
      const message = translateError(body.code, serverMessage, error.status);
      throw new HttpError(message, error.status, body);
    }
    if (error instanceof TypeError) {
      throw new HttpError(i18nProvider.translate('app.errors.NETWORK'), 0, {});
    }
    throw error;
  }
};

export const getSandboxId = (): string => {
  // A candidate works in their own sandbox; a jury member or a proctor reads the one they chose (jury/).
  const user = getUser();
  const sandboxId = user?.role === 'candidate' ? user.sandboxId : getViewedSandbox()?.sandboxId;
  if (!sandboxId) throw new HttpError(i18nProvider.translate('app.errors.NO_SANDBOX'), 403, {});
  return sandboxId;
};

const sandboxUrl = () => `${API_URL}/sandboxes/${encodeURIComponent(getSandboxId())}`;

const providers = new Map<string, DataProvider>();
const sandboxProvider = (): DataProvider => {
  const url = sandboxUrl();
  let provider = providers.get(url);
  if (!provider) {
    provider = simpleRestProvider(url, httpClient);
    providers.set(url, provider);
  }
  return provider;
};

const totalFrom = (headers: Headers, fallback: number) => {
  const range = headers.get('content-range');
  const total = range ? parseInt(range.split('/').pop() ?? '', 10) : NaN;
  return Number.isFinite(total) ? total : fallback;
};

/** Sessions and scenarios: simple-rest dialect, tolerant of a missing Content-Range. */
const controlProvider: DataProvider = {
  async getList(resource, params) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
    const query = new URLSearchParams({
      sort: JSON.stringify([field, order]),
      range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
      filter: JSON.stringify(params.filter ?? {}),
    });
    const { json, headers } = await httpClient(`${API_URL}/${resource}?${query}`, { signal: params.signal });
    const data = Array.isArray(json) ? json : [];
    return { data, total: totalFrom(headers, data.length) };
  },
  async getOne(resource, params) {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      signal: params.signal,
    });
    return { data: json };
  },
  async getMany(resource, params) {
    const query = new URLSearchParams({ filter: JSON.stringify({ id: params.ids }) });
    const { json } = await httpClient(`${API_URL}/${resource}?${query}`, { signal: params.signal });
    const wanted = new Set(params.ids.map(String));
    const data = (Array.isArray(json) ? json : []).filter((record: { id: Identifier }) => wanted.has(String(record.id)));
    return { data };
  },
  async getManyReference(resource, params) {
    return controlProvider.getList(resource, {
      ...params,
      filter: { ...params.filter, [params.target]: params.id },
    });
  },
  async create(resource, params) {
    const { json } = await httpClient(`${API_URL}/${resource}`, { method: 'POST', body: JSON.stringify(params.data) });
    return { data: json };
  },
  async update(resource, params) {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      method: 'PUT',
      body: JSON.stringify(params.data),
    });
    return { data: json };
  },
  async updateMany() {
    throw new Error('Not supported');
  },
  async delete(resource, params) {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, { method: 'DELETE' });
    return { data: json ?? params.previousData ?? { id: params.id } };
  },
  async deleteMany() {
    throw new Error('Not supported');
  },
};

const pick = (resource: string): DataProvider => (CONTROL_RESOURCES.has(resource) ? controlProvider : sandboxProvider());

export interface ComptoirDataProvider extends DataProvider {
  convertToClient(id: Identifier): Promise<{ data: ThirdParty }>;
  adjustStock(payload: AdjustStockPayload): Promise<{ data: StockMovement }>;
  findDuplicates(params: { siren?: string | null; email?: string | null; excludeId?: Identifier | null }): Promise<{
    data: DuplicateMatch[];
  }>;
  resetSandbox(sandboxId: string, reason: string): Promise<{ data: ResetResult }>;
  getSandboxContext(): Promise<{ data: SandboxContext }>;
  verifyJournal(): Promise<{ data: JournalVerifyResult }>;
  /** POST /<resource>/:id/<action> (validate, send, accept, refuse, duplicate, convert-to-order, cancel). */
  documentAction<T = RaRecord>(resource: string, id: Identifier, action: string, body?: unknown): Promise<{ data: T }>;
  /** Live totals of lines being typed: nothing is saved. */
  documentTotals(input: DocumentTotalsInput, signal?: AbortSignal): Promise<{ data: DocumentTotalsResult }>;
  invoiceFromDeliveryNotes(deliveryNoteIds: Identifier[]): Promise<{ data: Invoice }>;
  invoiceFromOrder(orderId: Identifier): Promise<{ data: Invoice }>;
  depositInvoice(payload: { orderId: Identifier; percentBp?: number; amountCents?: number }): Promise<{ data: Invoice }>;
  orderControl(orderId: Identifier, signal?: AbortSignal): Promise<{ data: OrderControl }>;
  /** The document's PDF as a blob, with the file name the server gives. */
  fetchPdf(resource: string, id: Identifier): Promise<{ blob: Blob; filename: string }>;
  /** A message's attachment (the PDF sent), as a blob. */
  fetchAttachment(messageId: Identifier, attachment: MessageAttachment): Promise<{ blob: Blob; filename: string }>;
  /** POST /<resource>/:id/send: e-mail with the PDF into the outbox, or another transmission recorded. */
  sendDocument(resource: string, id: Identifier, payload: SendDocumentPayload): Promise<{ data: Message }>;
  /** GET a sandbox path that is not a simple-rest list (reminders worklist, statement, aged balance): its JSON. */
  getSandboxJson<T>(path: string, query?: Record<string, string | undefined>, signal?: AbortSignal): Promise<{ data: T }>;
  /** POST to a sandbox path (litigation, statement sent…): its JSON. */
  postSandboxJson<T>(path: string, body?: unknown, query?: Record<string, string | undefined>): Promise<{ data: T }>;
  /** A file served under the sandbox (statement PDF, aged-balance export), with the file name the server gives. */
  fetchSandboxFile(path: string, fallbackName: string, query?: Record<string, string | undefined>): Promise<{ blob: Blob; filename: string }>;
  /** GET /third-parties/:id/credit: the client's outstanding, limit, overdue, risk (server figures). */
  clientCredit(clientId: Identifier, signal?: AbortSignal): Promise<{ data: ClientCredit }>;
  /** PUT /third-parties/:id/credit: risk status and solvency information. */
  updateClientCredit(clientId: Identifier, payload: ClientCreditUpdate): Promise<{ data: ClientCredit }>;
  /** GET /dashboard: receivables widgets of the home page. */
  receivablesDashboard(signal?: AbortSignal): Promise<{ data: ReceivablesDashboard }>;
}

/** "attachment; filename=\"FA-2026-0001.pdf\"" (or filename*=UTF-8''…) → the file name. */
export const filenameFromDisposition = (header: string | null): string | null => {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
};

/**
 * A binary file (a PDF) fetched with the bearer token, with the file name the server gives.
 * `special` may turn a failed status into a more telling message.
 */
const fetchFile = async (
  url: string,
  fallbackName: string,
  special?: (status: number, body: { code?: string; message?: string }) => string | null,
): Promise<{ blob: Blob; filename: string }> => {
  const headers = new Headers({ Accept: 'application/pdf' });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch {
    throw new HttpError(i18nProvider.translate('app.errors.NETWORK'), 0, {});
  }
  if (!response.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON
    }
    const message = special?.(response.status, body);
    throw new HttpError(message ?? translateError(body.code, body.message, response.status), response.status, body);
  }
  const blob = await response.blob();
  const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob, filename };
};

/** The products list's "État du stock" select is one virtual filter for two server filters. */
const mapProductFilter = (filter: Record<string, unknown> = {}) => {
  const { stock, ...rest } = filter;
  if (stock === 'low') return { ...rest, belowReorderPoint: true };
  if (stock === 'out') return { ...rest, outOfStock: true };
  return rest;
};

/** "?from=2026-01-01&to=2026-03-16" from the values given, or nothing. */
const queryString = (query?: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const dataProvider: ComptoirDataProvider = {
  getList: (resource, params) =>
    pick(resource).getList(
      resource,
      resource === 'products' ? { ...params, filter: mapProductFilter(params.filter) } : params,
    ),
  getOne: async (resource, params) => {
    if (resource === 'company') {
      const { json } = await httpClient(`${sandboxUrl()}/company`, { signal: params.signal });
      return { data: { ...json, id: params.id } };
    }
    return pick(resource).getOne(resource, params);
  },
  getMany: (resource, params) => pick(resource).getMany(resource, params),
  getManyReference: (resource, params) => pick(resource).getManyReference(resource, params),
  create: (resource, params) => pick(resource).create(resource, params),
  update: async (resource, params) => {
    if (resource === 'company') {
      const { json } = await httpClient(`${sandboxUrl()}/company`, {
        method: 'PUT',
        body: JSON.stringify(params.data),
      });
      return { data: { ...json, id: params.id } };
    }
    return pick(resource).update(resource, params);
  },
  updateMany: (resource, params) => pick(resource).updateMany(resource, params),
  delete: async (resource, params) => {
    const result = await pick(resource).delete(resource, params);
    // A 204 has no body: keep the deleted record for react-admin's cache.
    return { data: result.data ?? params.previousData ?? { id: params.id } };
  },
  deleteMany: (resource, params) => pick(resource).deleteMany(resource, params),

  async convertToClient(id) {
    const { json } = await httpClient(`${sandboxUrl()}/third-parties/${encodeURIComponent(id)}/convert-to-client`, {
      method: 'POST',
    });
    return { data: json };
  },
  async adjustStock(payload) {
    const { json } = await httpClient(`${sandboxUrl()}/stock-movements`, {
      method: 'POST',
      body: JSON.stringify(payload),
    });
    return { data: json };
  },
  async findDuplicates({ siren, email, excludeId }) {
    const query = new URLSearchParams();
    if (siren) query.set('siren', siren);
    if (email) query.set('email', email);
    if (excludeId != null) query.set('excludeId', String(excludeId));
    const { json } = await httpClient(`${sandboxUrl()}/third-parties/duplicates?${query}`);
    return { data: Array.isArray(json) ? json : [] };
  },
  async resetSandbox(sandboxId, reason) {
    const { json } = await httpClient(`${API_URL}/sandboxes/${encodeURIComponent(sandboxId)}/reset`, {
      method: 'POST',
      body: JSON.stringify({ reason }),
    });
    return { data: json };
  },
  async getSandboxContext() {
    const { json } = await httpClient(`${sandboxUrl()}/context`);
    return { data: json };
  },
  async verifyJournal() {
    const { json } = await httpClient(`${sandboxUrl()}/journal/verify`);
    return { data: json };
  },
  async documentAction(resource, id, action, body) {
    const { json } = await httpClient(`${sandboxUrl()}/${resource}/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { data: json };
  },
  async documentTotals(input, signal) {
    const { json } = await httpClient(`${sandboxUrl()}/document-totals`, {
      method: 'POST',
      body: JSON.stringify(input),
      signal,
    });
    return { data: json };
  },
  async invoiceFromDeliveryNotes(deliveryNoteIds) {
    const { json } = await httpClient(`${sandboxUrl()}/invoices/from-delivery-notes`, {
      method: 'POST',
      body: JSON.stringify({ deliveryNoteIds }),
    });
    return { data: json };
  },
  async invoiceFromOrder(orderId) {
    const { json } = await httpClient(`${sandboxUrl()}/invoices/from-order`, {
      method: 'POST',
      body: JSON.stringify({ orderId }),
    });
    return { data: json };
  },
  async depositInvoice(payload) {
    const { json } = await httpClient(`${sandboxUrl()}/invoices/deposit`, {
      method: 'POST',
      body: JSON.stringify(payload),
    });
    return { data: json };
  },
  async orderControl(orderId, signal) {
    const { json } = await httpClient(`${sandboxUrl()}/orders/${encodeURIComponent(orderId)}/control`, { signal });
    return { data: json };
  },
  async fetchPdf(resource, id) {
    return fetchFile(`${sandboxUrl()}/${resource}/${encodeURIComponent(id)}/pdf`, `${resource}-${id}.pdf`, (status, body) =>
      // The route may not exist yet on this server: say so plainly rather than "Élément introuvable".
      status === 404 && (!body.code || body.code === 'NOT_FOUND') ? i18nProvider.translate('app.documents.pdf.unavailable') : null,
    );
  },
  async fetchAttachment(messageId, attachment) {
    return fetchFile(
      `${sandboxUrl()}/messages/${encodeURIComponent(messageId)}/attachments/${encodeURIComponent(attachment.id)}`,
      attachment.filename,
    );
  },
  async sendDocument(resource, id, payload) {
    const { json } = await httpClient(`${sandboxUrl()}/${resource}/${encodeURIComponent(id)}/send`, {
      method: 'POST',
      body: JSON.stringify(payload),
    });
    return { data: json };
  },
  async getSandboxJson(path, query, signal) {
    const { json } = await httpClient(`${sandboxUrl()}/${path}${queryString(query)}`, { signal });
    return { data: json };
  },
  async postSandboxJson(path, body, query) {
    const { json } = await httpClient(`${sandboxUrl()}/${path}${queryString(query)}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { data: json };
  },
  async fetchSandboxFile(path, fallbackName, query) {
    return fetchFile(`${sandboxUrl()}/${path}${queryString(query)}`, fallbackName);
  },
  async clientCredit(clientId, signal) {
    const { json } = await httpClient(`${sandboxUrl()}/third-parties/${encodeURIComponent(clientId)}/credit`, { signal });
    return { data: json };
  },
  async updateClientCredit(clientId, payload) {
    const { json } = await httpClient(`${sandboxUrl()}/third-parties/${encodeURIComponent(clientId)}/credit`, {
      method: 'PUT',
      body: JSON.stringify(payload),
    });
    return { data: json };
  },
  async receivablesDashboard(signal) {
    const { json } = await httpClient(`${sandboxUrl()}/dashboard`, { signal });
    return { data: json };
  },
};

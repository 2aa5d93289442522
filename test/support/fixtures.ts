/**
 * Valid request bodies for the sandbox resources (Immich-style factories: plain objects with
 * defaults, overridable), and small readers used by several suites.
 */
import type { Client } from './test-app';

/** SIRENs with a valid Luhn key, their SIRET (NIC 00001…) and French VAT numbers. */
export const IDS = {
  a: { siren: '552100554', siret: '55210055400013', vat: 'FR96552100554' },
  b: { siren: '552100562', siret: '55210056200016', vat: 'FR23552100562' },
  c: { siren: '552100570', siret: '55210057000019', vat: 'FR47552100570' },
} as const;

let seq = 0;
/** A short unique suffix for names and references. */
export const unique = (prefix = 'E2E') => `${prefix}-${process.pid % 1000}-${++seq}`;

export function clientBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Papeterie de l’Étoile',
    isClient: true,
    isProspect: false,
    isSupplier: false,
    customerType: 'b2b',
    language: 'fr',
    legalForm: 'SARL',
    siren: IDS.a.siren,
    siret: IDS.a.siret,
    vatNumber: IDS.a.vat,
    email: 'contact@papeterie-etoile.fr',
    phone: '04 78 12 34 56',
    billingLine1: '12 rue de la République',
    billingPostcode: '69002',
    billingCity: 'Lyon',
    billingCountry: 'FR',
    paymentTerms: 'net_30',
    paymentMethod: 'transfer',
    creditLimitCents: 500000,
    tags: ['papeterie'],
    ...overrides,
  };
}

export function prospectBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return clientBody({
    name: 'Prospect Rhône Bureautique',
    isClient: false,
    isProspect: true,
    prospectStatus: 'contacted',
    siren: IDS.b.siren,
    siret: IDS.b.siret,
    vatNumber: IDS.b.vat,
    email: 'achats@rhone-bureautique.fr',
    paymentTerms: null,
    paymentMethod: null,
    ...overrides,
  });
}

export function contactBody(thirdPartyId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    thirdPartyId,
    civility: 'Mme',
    firstName: 'Élodie',
    lastName: 'Garnier',
    jobTitle: 'Responsable achats',
    email: 'elodie.garnier@example.fr',
    phone: '04 72 00 11 22',
    mobile: '06 12 34 56 78',
    preferredChannel: 'email',
    marketingConsent: 'granted',
    consentDate: '2026-03-02',
    consentSource: 'Salon Bureaux Pro',
    isPrimary: false,
    ...overrides,
  };
}

export function productBody(familyId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: unique('E2E'),
    label: 'Classeur à levier e2e',
    description: 'Créé par les tests',
    familyId,
    type: 'good',
    unit: 'pièce',
    salePriceCents: 1250,
    vatRateBp: 2000,
    purchasePriceCents: 700,
    reorderPoint: 5,
    reorderQuantity: 20,
    weightGrams: 450,
    active: true,
    ...overrides,
  };
}

export interface Row extends Record<string, unknown> {
  id: number;
}

/** Every row of a list (one page of up to 1000). */
export async function listAll(client: Client, url: string, filter: Record<string, unknown> = {}): Promise<Row[]> {
  const sep = url.includes('?') ? '&' : '?';
  const res = await client.get(`${url}${sep}range=${enc([0, 999])}&filter=${enc(filter)}`);
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Row[];
}

/** URL-encoded JSON, as ra-data-simple-rest sends `sort`, `range` and `filter`. */
export const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

export interface JournalEntry {
  id: number;
  at: string;
  scenarioAt: string;
  username: string;
  role: string;
  resource: string;
  recordId: string | null;
  action: string;
  label: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
}

/** The sandbox journal, oldest first. */
export async function journalOf(client: Client, sandboxId: string): Promise<JournalEntry[]> {
  const res = await client.get(`/api/sandboxes/${sandboxId}/journal?sort=${enc(['id', 'ASC'])}&range=${enc([0, 999])}`);
  if (res.status !== 200) throw new Error(`journal: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as JournalEntry[];
}

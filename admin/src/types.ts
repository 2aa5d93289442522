// Record types mirroring the server's response DTOs (see /work/contract-api.md).
import type { Identifier, RaRecord } from 'react-admin';

export type Role = 'admin' | 'proctor' | 'jury' | 'candidate';

export interface User {
  id: Identifier;
  username: string;
  role: Role;
  displayName: string;
  sandboxId?: string | null;
}

export interface SandboxContext {
  sandboxId: string;
  companyName: string;
  scenarioTitle: string;
  scenarioNow: string;
  scenarioToday: string;
  candidateName: string;
  candidateNumber: string;
  sessionName: string;
  sessionMode: 'exam' | 'training';
  endsAt: string | null;
  writable: boolean;
}

export type CustomerType = 'b2b' | 'b2c';
export type Zone = 'fr' | 'eu' | 'export';
export type Language = 'fr' | 'en';
export type ProspectStatus = 'new' | 'contacted' | 'qualified' | 'proposal' | 'negotiation' | 'lost';
export type PaymentTerms = 'on_receipt' | 'net_15' | 'net_30' | 'net_45' | 'net_60' | 'net_30_eom' | 'net_45_eom';
export type PaymentMethod = 'transfer' | 'cheque' | 'card' | 'lcr' | 'sepa_debit' | 'cash';

export interface ThirdParty extends RaRecord {
  code: string;
  name: string;
  isClient: boolean;
  isProspect: boolean;
  isSupplier: boolean;
  customerType: CustomerType;
  zone: Zone;
  language: Language;
  legalForm: string | null;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  billingLine1: string;
  billingLine2: string | null;
  billingPostcode: string;
  billingCity: string;
  billingCountry: string;
  deliveryLine1: string | null;
  deliveryLine2: string | null;
  deliveryPostcode: string | null;
  deliveryCity: string | null;
  deliveryCountry: string | null;
  paymentTerms: PaymentTerms | null;
  paymentMethod: PaymentMethod | null;
  creditLimitCents: number | null;
  accountManagerId: number | null;
  accountManagerName?: string | null;
  sector: string | null;
  size: string | null;
  region: string | null;
  source: string | null;
  tags: string[];
  prospectStatus: ProspectStatus | null;
  supplierLeadTimeDays: number | null;
  notes: string | null;
  convertedAt: string | null;
  createdAt: string;
  updatedAt: string;
  contactCount?: number;
}

export interface DuplicateMatch {
  id: Identifier;
  code: string;
  name: string;
  matchedOn: 'siren' | 'email';
}

export type MarketingConsent = 'unknown' | 'granted' | 'refused' | 'withdrawn';
export type PreferredChannel = 'email' | 'phone' | 'mail' | 'sms';

export interface Contact extends RaRecord {
  thirdPartyId: Identifier;
  thirdPartyName?: string;
  civility: 'M.' | 'Mme' | null;
  firstName: string | null;
  lastName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  preferredChannel: PreferredChannel | null;
  accessibilityNeeds: string | null;
  marketingConsent: MarketingConsent;
  consentDate: string | null;
  consentSource: string | null;
  isPrimary: boolean;
  notes: string | null;
}

export interface ProductFamily extends RaRecord {
  code: string;
  name: string;
  productCount?: number;
}

export interface Product extends RaRecord {
  reference: string;
  label: string;
  description: string | null;
  familyId: Identifier;
  familyName?: string;
  type: 'good' | 'service';
  unit: string;
  salePriceCents: number;
  vatRateBp: number;
  purchasePriceCents: number;
  marginCents?: number;
  marginRateBp?: number | null;
  markRateBp?: number | null;
  supplierId: Identifier | null;
  supplierName?: string | null;
  supplierReference: string | null;
  supplierLeadTimeDays: number | null;
  reorderPoint: number;
  reorderQuantity: number;
  weightGrams: number | null;
  ecoInfo: string | null;
  active: boolean;
  onHand: number;
  reserved: number;
  available: number;
  belowReorderPoint: boolean;
}

export type StockMovementType = 'opening' | 'in' | 'out' | 'adjustment' | 'inventory';

export interface StockMovement extends RaRecord {
  productId: Identifier;
  productReference?: string;
  productLabel?: string;
  date: string;
  type: StockMovementType;
  quantity: number;
  reason: string | null;
  sourceType: string | null;
  sourceId: Identifier | null;
  author: string | null;
  createdAt: string;
}

export type AdjustStockPayload =
  | { productId: Identifier; type: 'adjustment'; quantity: number; reason: string }
  | { productId: Identifier; type: 'inventory'; countedQuantity: number; reason: string };

export interface Staff extends RaRecord {
  firstName: string;
  lastName: string;
  jobTitle: string;
  role: 'manager' | 'sales_rep' | 'assistant' | 'storekeeper' | 'accountant';
  email: string | null;
  phone: string | null;
}

export interface JournalEntry extends RaRecord {
  at: string;
  scenarioAt: string | null;
  username: string;
  role: Role;
  resource: string;
  recordId: Identifier | null;
  action: string;
  label: string;
  changes: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null } | null;
}

export interface JournalVerifyResult {
  ok: boolean;
  count: number;
  brokenAtId?: Identifier | null;
}

export interface Scenario extends RaRecord {
  title: string;
  hash: string;
  description: string | null;
}

export interface SessionCandidate {
  id: Identifier;
  name: string;
  candidateNumber: string;
  extraMinutes: number;
  username: string;
  sandboxId: string;
  endsAt: string;
  resetCount: number;
  lastResetAt: string | null;
  password?: string;
}

export interface ExamSession extends RaRecord {
  name: string;
  scenarioId: Identifier;
  scenarioTitle: string;
  mode: 'exam' | 'training';
  startsAt: string;
  durationMinutes: number;
  endsAt: string;
  status: 'planned' | 'running' | 'ended';
  candidateCount: number;
  createdAt: string;
  candidates?: SessionCandidate[];
}

export interface ResetResult {
  sandboxId: string;
  resetAt: string;
  snapshot: string | null;
  durationMs: number;
}

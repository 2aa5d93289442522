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

export interface ThirdParty extends RaRecord, ThirdPartyRiskFields {
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
  anonymousCode?: string | null;
  extendedMinutes?: number;
  lockedAt?: string | null;
}

export interface ExamSession extends RaRecord {
  name: string;
  scenarioId: Identifier;
  scenarioTitle: string;
  mode: 'exam' | 'training';
  startsAt: string;
  durationMinutes: number;
  endsAt: string;
  status: 'planned' | 'open' | 'running' | 'paused' | 'ended' | 'archived';
  candidateCount: number;
  createdAt: string;
  candidates?: SessionCandidate[];
  // Issue 5 (lifecycle): present on servers that have it.
  anonymous?: boolean;
  lockAtEnd?: boolean;
  openedAt?: string | null;
  startedAt?: string | null;
  pausedAt?: string | null;
  endedAt?: string | null;
  archivedAt?: string | null;
}

export interface ResetResult {
  sandboxId: string;
  resetAt: string;
  snapshot: string | null;
  durationMs: number;
}

// ---- Sales chain (issue 3) ------------------------------------------------------------------

export type VatRegime = 'standard' | 'intra_eu' | 'export';

export interface VatBreakdownLine {
  rateBp: number;
  linesCents: number;
  allowanceCents: number;
  chargeCents: number;
  baseCents: number;
  vatCents: number;
}

export interface DocumentLine {
  id?: Identifier;
  position?: number;
  productId: Identifier | null;
  reference?: string | null;
  label: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
  discountBp: number;
  vatRateBp: number;
  netCents?: number;
}

/** Fields common to quotes, orders, invoices and credit notes. */
export interface SalesDocument extends RaRecord {
  number: string | null;
  status: string;
  clientId: Identifier;
  clientName?: string | null;
  contactId: Identifier | null;
  contactName?: string | null;
  date: string;
  language: Language;
  vatRegime: VatRegime;
  globalDiscountBp: number;
  shippingCents: number;
  shippingVatRateBp: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
  notes: string | null;
  validatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  lines?: DocumentLine[];
}

export type QuoteStatus = 'draft' | 'validated' | 'sent' | 'accepted' | 'refused';
export type OrderStatus = 'draft' | 'validated' | 'partially_delivered' | 'delivered' | 'cancelled';

export interface DocumentRef {
  id: Identifier;
  number: string | null;
  status?: string;
  date?: string;
  type?: 'invoice' | 'deposit';
  grossCents?: number;
}

export interface Quote extends SalesDocument {
  status: QuoteStatus;
  displayStatus: QuoteStatus | 'expired';
  validUntil: string;
  paymentTerms: PaymentTerms | null;
  paymentMethod: PaymentMethod | null;
  promisedDeliveryDate: string | null;
  cgvReference: string | null;
  sentAt: string | null;
  decidedAt: string | null;
  duplicatedFromId: Identifier | null;
  orders?: DocumentRef[];
}

export interface OrderLine extends DocumentLine {
  ordered?: number;
  delivered?: number;
  remaining?: number;
  invoiced?: number;
}

export interface Order extends SalesDocument, OrderCreditFields {
  status: OrderStatus;
  sourceQuoteId: Identifier | null;
  clientReference: string | null;
  requestedDeliveryDate: string | null;
  paymentTerms: PaymentTerms | null;
  paymentMethod: PaymentMethod | null;
  deliveryLine1: string | null;
  deliveryLine2: string | null;
  deliveryPostcode: string | null;
  deliveryCity: string | null;
  deliveryCountry: string | null;
  cancelledAt: string | null;
  lines?: OrderLine[];
  backorder?: boolean;
  quote?: DocumentRef | null;
  deliveryNotes?: DocumentRef[];
  invoices?: DocumentRef[];
}

export interface DeliveryNoteLine {
  id: Identifier;
  orderLineId: Identifier;
  position: number;
  productId: Identifier | null;
  reference: string | null;
  label: string;
  unit: string;
  quantity: number;
  ordered: number | null;
  deliveredTotal: number | null;
  remaining: number | null;
}

export interface DeliveryNote extends RaRecord {
  number: string | null;
  status: 'draft' | 'validated';
  orderId: Identifier;
  orderNumber: string | null;
  clientId: Identifier;
  clientName?: string | null;
  contactName?: string | null;
  date: string;
  carrier: string | null;
  parcels: number | null;
  weightGrams: number | null;
  trackingNumber: string | null;
  incoterm: string | null;
  deliveryLine1: string;
  deliveryLine2: string | null;
  deliveryPostcode: string;
  deliveryCity: string;
  deliveryCountry: string;
  notes: string | null;
  validatedAt: string | null;
  clientReference?: string | null;
  lines?: DeliveryNoteLine[];
  invoices?: DocumentRef[];
}

export interface InvoiceLine extends DocumentLine {
  orderLineId?: Identifier | null;
  deliveryNoteLineId?: Identifier | null;
}

export interface Invoice extends SalesDocument, InvoiceBalanceFields {
  type: 'invoice' | 'deposit';
  status: 'draft' | 'validated';
  orderId: Identifier | null;
  deliveryNoteIds: Identifier[];
  depositInvoiceIds: Identifier[];
  depositBp: number | null;
  clientReference: string | null;
  paymentTerms: PaymentTerms;
  paymentMethod: PaymentMethod | null;
  dueDate: string | null;
  deliveryDate: string | null;
  lines?: InvoiceLine[];
  order?: DocumentRef | null;
  deliveryNotes?: DocumentRef[];
  deposits?: Array<DocumentRef & { netCents: number; vatCents: number; grossCents: number }>;
  creditNotes?: DocumentRef[];
}

export interface CreditNote extends SalesDocument {
  status: 'draft' | 'validated';
  invoiceId: Identifier;
  invoiceNumber?: string | null;
  reason: string;
  restock: boolean;
  invoice?: (DocumentRef & { grossCents: number }) | null;
}

export interface DocumentTotalsInput {
  clientId: Identifier;
  globalDiscountBp?: number | null;
  shippingCents?: number | null;
  shippingVatRateBp?: number | null;
  lines: Array<Partial<DocumentLine> & { quantity: number }>;
}

export interface DocumentTotalsResult {
  vatRegime: VatRegime;
  lines: DocumentLine[];
  lineNets: number[];
  linesNetCents: number;
  allowanceCents: number;
  chargeCents: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
}

export interface ControlPriced {
  quantity: number;
  unitPriceCents: number;
  discountBp: number;
  vatRateBp: number;
  netCents: number;
}

export interface ControlAnomaly {
  code: string;
  message: string;
  resource?: string;
  id?: Identifier;
}

export interface OrderControl {
  orderId: Identifier;
  orderNumber: string | null;
  clientName: string | null;
  rows: Array<{
    key: string;
    reference: string | null;
    label: string;
    quote: ControlPriced | null;
    order: ControlPriced | null;
    delivered: number;
    invoiced: ControlPriced | null;
    credited: number;
    anomalies: ControlAnomaly[];
  }>;
  documents: {
    quote: DocumentRef | null;
    deliveryNotes: DocumentRef[];
    invoices: DocumentRef[];
    creditNotes: DocumentRef[];
  };
  totals: { quoteNetCents: number | null; orderNetCents: number; invoicedNetCents: number; creditedNetCents: number };
  anomalies: ControlAnomaly[];
}

// ---- Messaging (sending documents) --------------------------------------------------------------

export type MessageChannel = 'email' | 'post' | 'hand' | 'platform';
export type MessageDirection = 'in' | 'out';

export interface MessageAttachment {
  id: Identifier;
  filename: string;
  contentType: string;
  size: number;
}

/** A message of the sandbox's mailbox: nothing ever leaves the machine. */
export interface Message extends RaRecord {
  direction: MessageDirection;
  channel: MessageChannel;
  fromAddress: string | null;
  toAddress: string | null;
  toName: string | null;
  thirdPartyId: Identifier | null;
  subject: string;
  body: string;
  relatedResource: string | null;
  relatedId: Identifier | null;
  relatedNumber: string | null;
  attachments: MessageAttachment[];
  /** Scenario time. */
  sentAt: string;
  author: string | null;
  createdAt: string;
}

/** POST /<resource>/:id/send. */
export interface SendDocumentPayload {
  channel: MessageChannel;
  contactId?: Identifier;
  to?: string;
  subject?: string;
  body?: string;
}

// ---- Receivables (issue 4): payments, client credit, credit approvals, dashboard ------------------

export type RiskStatus = 'normal' | 'watch' | 'blocked';

/** Credit-risk fields of a tier (see GET third-parties/:id/credit for the figures). */
export interface ThirdPartyRiskFields {
  riskStatus?: RiskStatus;
  solvencyCheckedOn?: string | null;
  solvencySource?: string | null;
  solvencyNote?: string | null;
  litigationSince?: string | null;
}

export type InvoicePaymentStatus = 'paid' | 'partially_paid' | 'unpaid' | 'overdue';

/** What the invoices list/get add on the scenario day. */
export interface InvoiceBalanceFields {
  paidCents?: number;
  creditedCents?: number;
  balanceCents?: number;
  paymentStatus?: InvoicePaymentStatus;
  daysOverdue?: number;
}

export type CreditCheckStatus = 'passed' | 'acknowledged' | 'approved' | 'blocked';

export interface OrderCreditFields {
  creditCheckStatus?: CreditCheckStatus | null;
  creditCheckedAt?: string | null;
}

export interface PaymentAllocation {
  invoiceId: Identifier;
  invoiceNumber: string | null;
  amountCents: number;
}

export interface Payment extends RaRecord {
  clientId: Identifier;
  clientName?: string | null;
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  notes: string | null;
  status: 'recorded' | 'cancelled';
  cancelReason: string | null;
  cancelledAt: string | null;
  createdAt: string;
  allocations: PaymentAllocation[];
  unallocatedCents: number;
}

/** POST /payments. */
export interface PaymentPayload {
  clientId: Identifier;
  date: string | null;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  notes: string | null;
  allocations: Array<{ invoiceId: Identifier; amountCents: number }>;
}

/** GET third-parties/:id/credit. */
export interface ClientCredit {
  clientId: Identifier;
  creditLimitCents: number | null;
  invoicesOutstandingCents: number;
  ordersNotInvoicedCents: number;
  outstandingCents: number;
  availableCents: number | null;
  overdueCents: number;
  oldestDaysOverdue: number;
  unallocatedCreditCents: number;
  riskStatus: RiskStatus;
  solvencyCheckedOn: string | null;
  solvencySource: string | null;
  solvencyNote: string | null;
  litigationSince: string | null;
  overLimit: boolean;
  pendingApprovals: number;
}

/** PUT third-parties/:id/credit. */
export interface ClientCreditUpdate {
  riskStatus: RiskStatus;
  solvencyCheckedOn: string | null;
  solvencySource: string | null;
  solvencyNote: string | null;
}

export type CreditAction = 'acknowledge' | 'request_approval';

/** `details` of a 409 CREDIT_LIMIT_EXCEEDED / CLIENT_BLOCKED / CREDIT_APPROVAL_PENDING / CREDIT_APPROVAL_REFUSED. */
export interface CreditCheckDetails {
  creditLimitCents: number | null;
  outstandingCents: number;
  orderGrossCents: number;
  projectedCents: number;
  overrunCents: number;
  riskStatus: RiskStatus;
  policy: 'block' | 'approval' | 'acknowledge';
  actions: CreditAction[];
}

export type CreditApprovalStatus = 'pending' | 'approved' | 'refused';

export interface CreditApproval extends RaRecord {
  orderId: Identifier;
  orderNumber?: string | null;
  clientId: Identifier;
  clientName?: string | null;
  orderGrossCents: number;
  outstandingCents: number;
  creditLimitCents: number | null;
  overrunCents: number;
  reason: string | null;
  status: CreditApprovalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  requestMessageId: Identifier | null;
  replyMessageId: Identifier | null;
  requestedAt: string;
}

/** GET dashboard. */
export interface ReceivablesDashboard {
  totalOverdueCents: number;
  overdueInvoiceCount: number;
  receivablesCents: number;
  dsoDays: number | null;
  clientsToChaseToday: {
    count: number;
    rows: Array<{
      clientId: Identifier;
      clientName: string;
      nextLevel: number | null;
      kind: string | null;
      /** The recovery step's label from the company's procedure, e.g. "Relance écrite ferme". */
      label?: string | null;
      totalBalanceCents: number;
      maxDaysOverdue: number;
    }>;
  };
  ordersBlockedByCredit: {
    count: number;
    rows: Array<{
      orderId: Identifier;
      orderNumber?: string | null;
      clientId: Identifier;
      clientName: string;
      date?: string;
      grossCents: number;
      creditCheckStatus: CreditCheckStatus | null;
      approvalStatus: CreditApprovalStatus | null;
    }>;
  };
}

import { AuthToken } from '../auth/auth-token.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { JournalEntry } from '../journal/journal-entry.entity.js';
import { ProductFamily } from '../products/product-family.entity.js';
import { Product } from '../products/product.entity.js';
import { SandboxInfo } from '../sandbox/sandbox-info.entity.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { Session } from '../sessions/session.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { DocumentSequence } from '../documents/numbering/document-sequence.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { Message, MessageAttachment } from '../messages/message.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { User } from '../users/user.entity.js';
import { SessionEvent } from '../session-events/session-event.entity.js';
import { JuryMark, SessionJury } from '../juries/jury.entity.js';
import { CreditApproval } from '../credit-approvals/credit-approval.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { PaymentPlan, PaymentPlanInstallment } from '../payment-plans/payment-plan.entity.js';
import { Reminder, ReminderInvoice } from '../reminders/reminder.entity.js';

/** The control database (data/control.sqlite): who may do what, and where. */
export const CONTROL_ENTITIES = [User, AuthToken, Session, Candidate, Sandbox, SessionEvent, SessionJury, JuryMark];

/** One sandbox file: the fictive company and everything the candidate does in it. */
export const SANDBOX_ENTITIES = [
  SandboxInfo, Company, Staff, ThirdParty, Contact, ProductFamily, Product, StockMovement, JournalEntry,
  DocumentSequence, Quote, QuoteLine, Order, OrderLine, DeliveryNote, DeliveryNoteLine, Invoice, InvoiceLine, CreditNote, CreditNoteLine,
  Message, MessageAttachment, Payment, PaymentAllocation,
  Interaction, Reminder, ReminderInvoice, PaymentPlan, PaymentPlanInstallment, CreditApproval,
];

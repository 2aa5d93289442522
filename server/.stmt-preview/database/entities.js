"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SANDBOX_ENTITIES = exports.CONTROL_ENTITIES = void 0;
const auth_token_entity_js_1 = require("../auth/auth-token.entity.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const journal_entry_entity_js_1 = require("../journal/journal-entry.entity.js");
const product_family_entity_js_1 = require("../products/product-family.entity.js");
const product_entity_js_1 = require("../products/product.entity.js");
const sandbox_info_entity_js_1 = require("../sandbox/sandbox-info.entity.js");
const sandbox_entity_js_1 = require("../sandboxes/sandbox.entity.js");
const session_entity_js_1 = require("../sessions/session.entity.js");
const staff_entity_js_1 = require("../staff/staff.entity.js");
const stock_movement_entity_js_1 = require("../stock-movements/stock-movement.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const document_sequence_entity_js_1 = require("../documents/numbering/document-sequence.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const quote_entity_js_1 = require("../quotes/quote.entity.js");
const user_entity_js_1 = require("../users/user.entity.js");
const credit_approval_entity_js_1 = require("../credit-approvals/credit-approval.entity.js");
const interaction_entity_js_1 = require("../interactions/interaction.entity.js");
const payment_plan_entity_js_1 = require("../payment-plans/payment-plan.entity.js");
const reminder_entity_js_1 = require("../reminders/reminder.entity.js");
/** The control database (data/control.sqlite): who may do what, and where. */
exports.CONTROL_ENTITIES = [user_entity_js_1.User, auth_token_entity_js_1.AuthToken, session_entity_js_1.Session, candidate_entity_js_1.Candidate, sandbox_entity_js_1.Sandbox];
/** One sandbox file: the fictive company and everything the candidate does in it. */
exports.SANDBOX_ENTITIES = [
    sandbox_info_entity_js_1.SandboxInfo, company_entity_js_1.Company, staff_entity_js_1.Staff, third_party_entity_js_1.ThirdParty, contact_entity_js_1.Contact, product_family_entity_js_1.ProductFamily, product_entity_js_1.Product, stock_movement_entity_js_1.StockMovement, journal_entry_entity_js_1.JournalEntry,
    document_sequence_entity_js_1.DocumentSequence, quote_entity_js_1.Quote, quote_entity_js_1.QuoteLine, order_entity_js_1.Order, order_entity_js_1.OrderLine, delivery_note_entity_js_1.DeliveryNote, delivery_note_entity_js_1.DeliveryNoteLine, invoice_entity_js_1.Invoice, invoice_entity_js_1.InvoiceLine, credit_note_entity_js_1.CreditNote, credit_note_entity_js_1.CreditNoteLine,
    message_entity_js_1.Message, message_entity_js_1.MessageAttachment, payment_entity_js_1.Payment, payment_entity_js_1.PaymentAllocation,
    interaction_entity_js_1.Interaction, reminder_entity_js_1.Reminder, reminder_entity_js_1.ReminderInvoice, payment_plan_entity_js_1.PaymentPlan, payment_plan_entity_js_1.PaymentPlanInstallment, credit_approval_entity_js_1.CreditApproval,
];
//# sourceMappingURL=entities.js.map
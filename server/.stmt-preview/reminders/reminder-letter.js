"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signatoryOf = signatoryOf;
exports.letterModelOf = letterModelOf;
exports.letterFileName = letterFileName;
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const document_model_factory_js_1 = require("../documents/document-model.factory.js");
const staff_entity_js_1 = require("../staff/staff.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const steps_taken_js_1 = require("./steps-taken.js");
const reminder_entity_js_1 = require("./reminder.entity.js");
/** The manager signs: "Marc Durand, Président" (the job title before any " — " detail). */
async function signatoryOf(em) {
    const manager = await em.findOne(staff_entity_js_1.Staff, { where: { role: 'manager' }, order: { id: 'ASC' } });
    return manager ? { name: `${manager.firstName} ${manager.lastName}`, title: manager.jobTitle.split(' — ')[0].trim() } : null;
}
/** A written reminder as its letter prints it: the frozen figures, the parties, the steps taken before it. */
async function letterModelOf(em, reminder) {
    if (reminder.kind === 'phone')
        throw new Error('letterModelOf: a phone reminder has no letter');
    const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
    const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: reminder.clientId });
    const contact = reminder.contactId ? await em.findOneBy(contact_entity_js_1.Contact, { id: reminder.contactId }) : null;
    const rows = await em.find(reminder_entity_js_1.ReminderInvoice, { where: { reminderId: reminder.id }, order: { dueDate: 'ASC', id: 'ASC' } });
    return {
        language: reminder.language,
        kind: reminder.kind,
        level: reminder.level,
        date: reminder.date,
        newDeadline: reminder.newDeadline ?? reminder.date,
        seller: (0, document_model_factory_js_1.sellerOf)(company),
        debtor: {
            code: client.code, name: client.name, customerType: client.customerType, zone: client.zone, siren: client.siren, vatNumber: client.vatNumber,
            address: { line1: client.billingLine1, line2: client.billingLine2, postcode: client.billingPostcode, city: client.billingCity, country: client.billingCountry },
            contact: contact ? { civility: contact.civility, firstName: contact.firstName, lastName: contact.lastName } : null,
        },
        invoices: rows.map((r) => ({
            number: r.invoiceNumber, date: r.invoiceDate, dueDate: r.dueDate, grossCents: r.grossCents, paidCents: r.paidCents, balanceCents: r.balanceCents,
            daysLate: r.daysLate, rateBp: r.rateBp, penaltyCents: r.penaltyCents, indemnityCents: r.indemnityCents,
        })),
        totals: { balanceCents: reminder.balanceCents, penaltyCents: reminder.penaltyCents, indemnityCents: reminder.indemnityCents, totalClaimedCents: reminder.totalClaimedCents },
        steps: (await (0, steps_taken_js_1.stepsTaken)(em, reminder)).map((s) => ({
            date: s.date, kind: s.kind, level: s.level, outcome: s.outcome, promisedDate: s.promisedDate, promisedAmountCents: s.promisedAmountCents,
        })),
        signatory: await signatoryOf(em),
    };
}
/** "relance-2-C0001-2026-03-16.pdf", "mise-en-demeure-C0001-2026-04-20.pdf". */
function letterFileName(reminder, clientCode) {
    const what = reminder.kind === 'formal_notice' ? 'mise-en-demeure' : `relance-${reminder.level}`;
    return `${what}-${clientCode}-${reminder.date}.pdf`;
}
//# sourceMappingURL=reminder-letter.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reminderContact = reminderContact;
exports.reminderEmail = reminderEmail;
exports.outboxReminder = outboxReminder;
const money_js_1 = require("../common/money/money.js");
const document_texts_js_1 = require("../documents/pdf/document-texts.js");
const format_js_1 = require("../documents/pdf/format.js");
const reminder_view_model_js_1 = require("../documents/pdf/view-models/reminder.view-model.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const BILLING_TITLE = /compta|factur|financ|trésor|tresor|paie|account|billing|finance/i;
/** Who a reminder is addressed to: the chosen contact, else the billing contact, else the primary contact. */
function reminderContact(contacts, chosen) {
    if (chosen)
        return chosen;
    return contacts.find((c) => c.email && BILLING_TITLE.test(c.jobTitle ?? '')) ?? contacts.find((c) => c.isPrimary) ?? null;
}
/** The e-mail address of a reminder: the contact's, else the client's. */
function reminderEmail(contact, client) {
    return contact?.email ?? client.email ?? null;
}
const SALUTATION = {
    fr: (c) => (c?.civility === 'Mme' ? `Madame ${c.lastName}` : c?.civility === 'M.' ? `Monsieur ${c.lastName}` : 'Madame, Monsieur'),
    en: (c) => (c?.civility === 'Mme' ? `Dear Ms ${c.lastName}` : c?.civility === 'M.' ? `Dear Mr ${c.lastName}` : 'Dear Sir or Madam'),
};
const SIGNATURE = { fr: 'Le service administration des ventes', en: 'Sales administration' };
/**
 * Puts a written reminder in the sandbox outbox with its letter attached: by e-mail (text in the
 * client's language) or by post (letter, formal notice by registered mail). Returns the message id.
 */
async function outboxReminder(em, ctx, input) {
    const { reminder, client, contact, company } = input;
    const lang = reminder.language;
    const texts = (0, document_texts_js_1.defaultDocumentTexts)();
    const title = (0, reminder_view_model_js_1.reminderTitle)(texts, lang, reminder.kind, reminder.level);
    const vars = { title, numbers: input.numbers, total: (0, money_js_1.formatCents)(reminder.totalClaimedCents, lang), deadline: (0, format_js_1.date)(reminder.newDeadline ?? reminder.date, lang), company: company.name };
    const name = contact ? `${contact.firstName} ${contact.lastName}` : client.name;
    let subject;
    let body;
    if (reminder.kind === 'email') {
        subject = texts.text(lang, 'reminder.email-subject', vars);
        body = [
            texts.text(lang, 'email.greeting', { salutation: SALUTATION[lang](contact) }),
            texts.text(lang, 'reminder.email-body', vars),
            texts.text(lang, 'email.closing', { signature: SIGNATURE[lang], company: company.name, phone: company.phone ?? '' }),
        ].join('\n\n');
    }
    else {
        subject = `${title} — ${client.name} — ${input.numbers}`;
        const address = [client.billingLine1, client.billingLine2, `${client.billingPostcode} ${client.billingCity}`, client.billingCountry !== 'FR' ? client.billingCountry : null].filter(Boolean).join(', ');
        body = texts.text(lang, reminder.kind === 'formal_notice' ? 'reminder.post-body-registered' : 'reminder.post-body', { ...vars, name: client.name, address });
    }
    const message = em.create(message_entity_js_1.Message, {
        direction: 'out', channel: reminder.kind === 'email' ? 'email' : 'post', fromAddress: company.email, toAddress: reminder.kind === 'email' ? input.to : null,
        toName: name, thirdPartyId: client.id, subject, body, relatedResource: 'reminders', relatedId: reminder.id, relatedNumber: null, attachments: [],
        sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: ctx.clock.nowIso(),
    });
    await em.insert(message_entity_js_1.Message, message);
    const attachment = em.create(message_entity_js_1.MessageAttachment, { messageId: message.id, filename: input.filename, contentType: 'application/pdf', data: input.pdf });
    await em.insert(message_entity_js_1.MessageAttachment, attachment);
    message.attachments = [{ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, size: input.pdf.length }];
    await em.update(message_entity_js_1.Message, { id: message.id }, { attachments: message.attachments });
    return message;
}
//# sourceMappingURL=reminder-outbox.js.map
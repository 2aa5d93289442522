"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withParties = withParties;
const typeorm_1 = require("typeorm");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
/** Adds the client's (and contact's) name to documents, so that screens never show raw ids. */
async function withParties(em, rows) {
    const clientIds = [...new Set(rows.map((r) => r.clientId))];
    const contactIds = [...new Set(rows.map((r) => r.contactId).filter((x) => !!x))];
    const clients = clientIds.length ? await em.findBy(third_party_entity_js_1.ThirdParty, { id: (0, typeorm_1.In)(clientIds) }) : [];
    const contacts = contactIds.length ? await em.findBy(contact_entity_js_1.Contact, { id: (0, typeorm_1.In)(contactIds) }) : [];
    return rows.map((r) => {
        const contact = contacts.find((c) => c.id === r.contactId);
        return {
            ...r,
            clientName: clients.find((c) => c.id === r.clientId)?.name ?? null,
            contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
        };
    });
}
//# sourceMappingURL=document-presenter.js.map
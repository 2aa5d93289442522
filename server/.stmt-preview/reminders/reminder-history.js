"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writtenLevels = writtenLevels;
exports.order = order;
const typeorm_1 = require("typeorm");
const company_entity_js_1 = require("../company/company.entity.js");
const reminder_entity_js_1 = require("./reminder.entity.js");
/** Written reminders (e-mail, letter, formal notice) that covered each invoice; phone calls do not move the level. */
async function writtenLevels(em, invoiceIds) {
    const result = new Map(invoiceIds.map((id) => [id, { lastLevel: 0, lastDate: null, deadline: null }]));
    if (!invoiceIds.length)
        return result;
    const links = await em.findBy(reminder_entity_js_1.ReminderInvoice, { invoiceId: (0, typeorm_1.In)(invoiceIds) });
    const reminders = links.length ? await em.findBy(reminder_entity_js_1.Reminder, { id: (0, typeorm_1.In)([...new Set(links.map((l) => l.reminderId))]), kind: (0, typeorm_1.In)([...company_entity_js_1.RECOVERY_KINDS]) }) : [];
    const byId = new Map(reminders.map((r) => [r.id, r]));
    const ordered = links.filter((l) => byId.has(l.reminderId)).sort((a, b) => order(byId.get(a.reminderId), byId.get(b.reminderId)));
    for (const link of ordered) {
        const reminder = byId.get(link.reminderId);
        const level = result.get(link.invoiceId);
        level.lastLevel = Math.max(level.lastLevel, reminder.level);
        level.lastDate = reminder.date;
        level.deadline = reminder.newDeadline;
    }
    return result;
}
/** Oldest first: by date, then by id. */
function order(a, b) {
    return a.date.localeCompare(b.date) || a.id - b.id;
}
//# sourceMappingURL=reminder-history.js.map
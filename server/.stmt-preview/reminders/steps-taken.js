"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stepsTaken = stepsTaken;
exports.callsOf = callsOf;
const typeorm_1 = require("typeorm");
const interaction_entity_js_1 = require("../interactions/interaction.entity.js");
const reminder_history_js_1 = require("./reminder-history.js");
const reminder_entity_js_1 = require("./reminder.entity.js");
/**
 * What was done with the client before `reminder`, oldest first: its earlier reminders (phone ones
 * with their call's outcome) and the other calls logged before it.
 */
async function stepsTaken(em, reminder) {
    const earlier = (await em.findBy(reminder_entity_js_1.Reminder, { clientId: reminder.clientId })).filter((r) => (0, reminder_history_js_1.order)(r, reminder) < 0);
    const calls = await em.findBy(interaction_entity_js_1.Interaction, { thirdPartyId: reminder.clientId, kind: 'call' });
    const linked = new Map(calls.filter((c) => c.relatedResource === 'reminders').map((c) => [c.relatedId, c]));
    const own = earlier.map((r) => ({ r, call: (r.interactionId ? calls.find((c) => c.id === r.interactionId) : null) ?? linked.get(r.id) ?? null }));
    const used = new Set(own.map((o) => o.call?.id).filter((id) => id !== undefined));
    const before = (at) => at.slice(0, 10) < reminder.date || (at.slice(0, 10) === reminder.date && at <= reminder.createdAt);
    const steps = [
        ...own.map(({ r, call }) => ({
            date: r.date, kind: r.kind, level: r.level, outcome: call?.outcome ?? null, promisedDate: call?.promisedDate ?? null,
            promisedAmountCents: call?.promisedAmountCents ?? null, reminderId: r.id, interactionId: call?.id ?? null,
        })),
        ...calls
            .filter((c) => !used.has(c.id) && c.id !== reminder.interactionId && !(c.relatedResource === 'reminders' && c.relatedId === reminder.id) && before(c.at))
            .map((c) => ({
            date: c.at, kind: 'call', level: null, outcome: c.outcome, promisedDate: c.promisedDate,
            promisedAmountCents: c.promisedAmountCents, reminderId: null, interactionId: c.id,
        })),
    ];
    return steps.sort((a, b) => a.date.localeCompare(b.date) || (a.reminderId ?? 0) - (b.reminderId ?? 0));
}
/** The calls linked to some reminders (phone reminders), by reminder id. */
async function callsOf(em, reminders) {
    const ids = reminders.map((r) => r.interactionId).filter((x) => !!x);
    const calls = ids.length ? await em.findBy(interaction_entity_js_1.Interaction, { id: (0, typeorm_1.In)(ids) }) : [];
    return new Map(reminders.filter((r) => r.interactionId).map((r) => [r.id, calls.find((c) => c.id === r.interactionId)]).filter(([, c]) => !!c));
}
//# sourceMappingURL=steps-taken.js.map
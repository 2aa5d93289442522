"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reminderWorklist = reminderWorklist;
const typeorm_1 = require("typeorm");
const company_entity_js_1 = require("../company/company.entity.js");
const interaction_entity_js_1 = require("../interactions/interaction.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const plan_follow_js_1 = require("../payment-plans/plan-follow.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const next_step_js_1 = require("./next-step.js");
const recovery_steps_js_1 = require("./recovery-steps.js");
const reminder_history_js_1 = require("./reminder-history.js");
const reminder_entity_js_1 = require("./reminder.entity.js");
/**
 * The recovery worklist on `today`: one row per client with overdue invoices, what the procedure
 * asks next and whether to act today. Clients due today first, then the longest overdue.
 */
async function reminderWorklist(em, today) {
    const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
    const steps = (0, recovery_steps_js_1.recoveryStepsOf)(company);
    const invoices = await em.find(invoice_entity_js_1.Invoice, { where: { status: 'validated' }, order: { dueDate: 'ASC', id: 'ASC' } });
    const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
    const overdue = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0 && (balances.get(i.id)?.daysOverdue ?? 0) > 0);
    if (!overdue.length)
        return [];
    const clientIds = [...new Set(overdue.map((i) => i.clientId))];
    const clients = await em.findBy(third_party_entity_js_1.ThirdParty, { id: (0, typeorm_1.In)(clientIds) });
    const levels = await (0, reminder_history_js_1.writtenLevels)(em, overdue.map((i) => i.id));
    const reminders = await em.find(reminder_entity_js_1.Reminder, { where: { clientId: (0, typeorm_1.In)(clientIds) }, select: { id: true, clientId: true, date: true } });
    const promises = await em.find(interaction_entity_js_1.Interaction, { where: { thirdPartyId: (0, typeorm_1.In)(clientIds), kind: 'call', outcome: 'promise_to_pay' }, order: { at: 'DESC', id: 'DESC' } });
    const plans = await (0, plan_follow_js_1.activePlans)(em, clientIds);
    const follows = await (0, plan_follow_js_1.followPlans)(em, plans, today);
    const rows = clients.map((client) => {
        const mine = overdue.filter((i) => i.clientId === client.id);
        const lines = mine.map((i) => {
            const b = balances.get(i.id);
            const level = levels.get(i.id);
            return {
                row: {
                    invoiceId: i.id, number: i.number ?? '', date: i.date, dueDate: i.dueDate ?? i.date, grossCents: i.grossCents,
                    paidCents: b.paidCents + b.creditedCents, balanceCents: b.balanceCents, daysOverdue: b.daysOverdue, lastLevel: level.lastLevel,
                },
                nextStep: (0, next_step_js_1.invoiceNextStep)(steps, level.lastLevel, b.daysOverdue, company.litigationAfterDays),
                deadline: level.deadline,
            };
        });
        const promise = promises.find((p) => p.thirdPartyId === client.id && p.promisedDate) ?? null;
        const plan = plans.find((p) => p.clientId === client.id && follows.get(p.id)?.status === 'active') ?? null;
        const { nextStep, dueToday } = (0, next_step_js_1.clientFollowUp)({
            today,
            invoices: lines,
            promisedDate: promise?.promisedDate ?? null,
            planOnTrack: !!plan && follows.get(plan.id).onTrack,
            litigationSince: client.litigationSince,
        });
        const dates = reminders.filter((r) => r.clientId === client.id).map((r) => r.date).sort();
        return {
            clientId: client.id,
            clientCode: client.code,
            clientName: client.name,
            customerType: client.customerType,
            language: client.language,
            totalBalanceCents: lines.reduce((s, l) => s + l.row.balanceCents, 0),
            maxDaysOverdue: Math.max(...lines.map((l) => l.row.daysOverdue)),
            lastLevel: Math.max(...lines.map((l) => l.row.lastLevel)),
            lastReminderDate: dates.at(-1) ?? null,
            nextStep,
            dueToday,
            promise: promise ? { date: promise.promisedDate, amountCents: promise.promisedAmountCents } : null,
            paymentPlanId: plan?.id ?? null,
            litigationSince: client.litigationSince,
            invoices: lines.map((l) => l.row),
        };
    });
    return rows.sort((a, b) => Number(b.dueToday) - Number(a.dueToday) || b.maxDaysOverdue - a.maxDaysOverdue || a.clientName.localeCompare(b.clientName, 'fr'));
}
//# sourceMappingURL=worklist.js.map
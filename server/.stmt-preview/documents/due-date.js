"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addDays = addDays;
exports.endOfMonth = endOfMonth;
exports.dueDate = dueDate;
const DAY = 86_400_000;
function parse(date) {
    return new Date(`${date}T00:00:00Z`);
}
function format(date) {
    return date.toISOString().slice(0, 10);
}
function addDays(date, days) {
    return format(new Date(parse(date).getTime() + days * DAY));
}
function endOfMonth(date) {
    const d = parse(date);
    return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}
function dueDate(issueDate, terms) {
    switch (terms) {
        case 'on_receipt':
            return issueDate;
        case 'net_15':
            return addDays(issueDate, 15);
        case 'net_30':
            return addDays(issueDate, 30);
        case 'net_45':
            return addDays(issueDate, 45);
        case 'net_60':
            return addDays(issueDate, 60);
        case 'net_30_eom':
            return addDays(endOfMonth(issueDate), 30);
        case 'net_45_eom':
            return addDays(endOfMonth(issueDate), 45);
    }
}
//# sourceMappingURL=due-date.js.map
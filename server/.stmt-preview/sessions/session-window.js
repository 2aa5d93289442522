"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionEndsAt = sessionEndsAt;
exports.candidateEndsAt = candidateEndsAt;
exports.sessionStatus = sessionStatus;
exports.candidateAccess = candidateAccess;
const MINUTE = 60_000;
/** End of the session for everyone (without extra time). */
function sessionEndsAt(session) {
    return new Date(new Date(session.startsAt).getTime() + session.durationMinutes * MINUTE);
}
/** One candidate's end: start + duration + their extra minutes. */
function candidateEndsAt(session, extraMinutes) {
    return new Date(sessionEndsAt(session).getTime() + extraMinutes * MINUTE);
}
/** Session status at `now`; `latestEnd` is the end of the candidate with the most extra time. */
function sessionStatus(session, latestEnd, now) {
    if (session.archivedAt)
        return 'archived';
    if (now < new Date(session.startsAt))
        return 'planned';
    if (now < latestEnd)
        return 'running';
    return 'ended';
}
/** What a candidate may do at `now`: read only before the start, read and write until their end, nothing after. */
function candidateAccess(session, extraMinutes, now) {
    if (session.archivedAt || now >= candidateEndsAt(session, extraMinutes))
        return 'ended';
    if (now < new Date(session.startsAt))
        return 'before-start';
    return 'open';
}
//# sourceMappingURL=session-window.js.map
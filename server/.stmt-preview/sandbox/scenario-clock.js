"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScenarioClock = void 0;
exports.parseScenarioDateTime = parseScenarioDateTime;
/**
 * The fictive company's clock. Scenario time is a wall-clock time without zone ("2026-03-16T08:30:00"),
 * carried in a Date read as UTC. It stands at `scenarioStart` until the real `anchor` (the session's
 * start), then runs at the real pace. Domain code asks this clock, never `new Date()`.
 */
class ScenarioClock {
    scenarioStart;
    anchor;
    realNow;
    constructor(scenarioStart, anchor, realNow = () => new Date()) {
        this.scenarioStart = scenarioStart;
        this.anchor = anchor;
        this.realNow = realNow;
    }
    static fromIso(scenarioStartIso, anchorIso, realNow) {
        return new ScenarioClock(parseScenarioDateTime(scenarioStartIso), anchorIso ? new Date(anchorIso) : null, realNow);
    }
    /** Scenario now, as a Date whose UTC fields are the scenario's wall-clock fields. */
    now() {
        const elapsed = this.anchor ? Math.max(0, this.realNow().getTime() - this.anchor.getTime()) : 0;
        return new Date(this.scenarioStart.getTime() + elapsed);
    }
    /** "2026-03-16T08:42:10" */
    nowIso() {
        return this.now().toISOString().slice(0, 19);
    }
    /** "2026-03-16" */
    today() {
        return this.now().toISOString().slice(0, 10);
    }
}
exports.ScenarioClock = ScenarioClock;
const SCENARIO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** Parses "2026-03-16" or "2026-03-16T08:30[:00]" as a wall-clock time; throws on anything else. */
function parseScenarioDateTime(text) {
    const m = SCENARIO_DATE_TIME.exec(text);
    if (!m)
        throw new Error(`Invalid scenario date-time: ${text}`);
    const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
    const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
    if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
        throw new Error(`Invalid scenario date-time: ${text}`);
    }
    return date;
}
//# sourceMappingURL=scenario-clock.js.map
/**
 * The fictive company's clock. Scenario time is a wall-clock time without zone ("2026-03-16T08:30:00"),
 * carried in a Date read as UTC. It is `scenarioStart` plus the session's effective running time: it
 * stands still before the start and during pauses, and runs at the real pace otherwise (the guard
 * builds it from the session lifecycle, see sessions/session-window.ts runningElapsedMs). Domain code
 * asks this clock, never `new Date()`.
 */
export class ScenarioClock {
  constructor(
    private readonly scenarioStart: Date,
    /** Real milliseconds the session has been running (pauses excluded), at the time of the call. */
    private readonly elapsedMs: () => number,
  ) {}

  /** A clock that follows a session's running time. */
  static running(scenarioStartIso: string, elapsedMs: () => number): ScenarioClock {
    return new ScenarioClock(parseScenarioDateTime(scenarioStartIso), elapsedMs);
  }

  /**
   * Simple form: stands at the scenario start until the real `anchor`, then runs at the real pace
   * (no pauses). `realNow` defaults to the system time.
   */
  static fromIso(scenarioStartIso: string, anchorIso: string | null, realNow: () => Date = () => new Date()): ScenarioClock {
    const anchor = anchorIso ? new Date(anchorIso).getTime() : null;
    return ScenarioClock.running(scenarioStartIso, () => (anchor === null ? 0 : Math.max(0, realNow().getTime() - anchor)));
  }

  /** Scenario now, as a Date whose UTC fields are the scenario's wall-clock fields. */
  now(): Date {
    return new Date(this.scenarioStart.getTime() + Math.max(0, this.elapsedMs()));
  }

  /** "2026-03-16T08:42:10" */
  nowIso(): string {
    return this.now().toISOString().slice(0, 19);
  }

  /** "2026-03-16" */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

const SCENARIO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses "2026-03-16" or "2026-03-16T08:30[:00]" as a wall-clock time; throws on anything else. */
export function parseScenarioDateTime(text: string): Date {
  const m = SCENARIO_DATE_TIME.exec(text);
  if (!m) throw new Error(`Invalid scenario date-time: ${text}`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
    throw new Error(`Invalid scenario date-time: ${text}`);
  }
  return date;
}

/**
 * The control plane's "now": session windows, pauses, locks, token expiry and the scenario clock's
 * anchor all ask this injectable clock, never `new Date()`, so that tests can move time.
 *
 * The default is the system clock. createApp() takes another one through `config.clock`
 * (see AppConfig), e.g. an AdjustableClock in the e2e tests.
 *
 * Caches and throttles (a few seconds) measure real elapsed time with Date.now(), not this clock:
 * a frozen test clock must not keep a cache alive forever.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * Follows the system clock with an offset, or stands at a fixed instant once `set()`: the tests'
 * controllable time. `advance()` moves it forward either way.
 */
export class AdjustableClock extends Clock {
  private fixed: number | null = null;
  private offset = 0;

  now(): Date {
    return new Date(this.fixed ?? Date.now() + this.offset);
  }

  /** Stops the clock at `at`. */
  set(at: Date | string | number): this {
    const ms = new Date(at).getTime();
    if (Number.isNaN(ms)) throw new Error(`AdjustableClock.set: invalid date ${String(at)}`);
    this.fixed = ms;
    return this;
  }

  advance(ms: number): this {
    if (this.fixed !== null) this.fixed += ms;
    else this.offset += ms;
    return this;
  }

  advanceMinutes(minutes: number): this {
    return this.advance(minutes * 60_000);
  }

  /** Back to the system time (no offset). */
  release(): this {
    this.fixed = null;
    this.offset = 0;
    return this;
  }
}

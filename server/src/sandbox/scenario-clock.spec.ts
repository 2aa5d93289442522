import { parseScenarioDateTime, ScenarioClock } from './scenario-clock.js';

describe(ScenarioClock.name, () => {
  const anchor = '2026-11-22T09:00:00.000Z';

  it('stands at the scenario start before the session starts', () => {
    const clock = ScenarioClock.fromIso('2026-03-16T08:30:00', anchor, () => new Date('2026-11-22T08:00:00Z'));
    expect(clock.nowIso()).toBe('2026-03-16T08:30:00');
    expect(clock.today()).toBe('2026-03-16');
  });

  it('stands still when no session anchors it', () => {
    const clock = ScenarioClock.fromIso('2026-03-16T08:30:00', null, () => new Date('2030-01-01T00:00:00Z'));
    expect(clock.nowIso()).toBe('2026-03-16T08:30:00');
  });

  it('runs at the real pace from the session start', () => {
    const clock = ScenarioClock.fromIso('2026-03-16T08:30:00', anchor, () => new Date('2026-11-22T10:45:30Z'));
    expect(clock.nowIso()).toBe('2026-03-16T10:15:30');
  });

  it('crosses midnight and month ends like a calendar', () => {
    const clock = ScenarioClock.fromIso('2026-03-31T23:30:00', anchor, () => new Date('2026-11-22T10:00:00Z'));
    expect(clock.today()).toBe('2026-04-01');
  });

  it('does not depend on the machine time zone or the real date', () => {
    const a = ScenarioClock.fromIso('2026-03-16T08:30:00', anchor, () => new Date('2026-11-22T09:10:00Z'));
    const b = ScenarioClock.fromIso('2026-03-16T08:30:00', '2027-05-01T09:00:00Z', () => new Date('2027-05-01T09:10:00Z'));
    expect(a.nowIso()).toBe(b.nowIso());
  });
});

describe('parseScenarioDateTime', () => {
  it('accepts a date or a date-time', () => {
    expect(parseScenarioDateTime('2026-03-16').toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(parseScenarioDateTime('2026-03-16T08:30').toISOString()).toBe('2026-03-16T08:30:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-01', '16/03/2026', '2026-03-16T24:00', '2026-03-16Z', ''])('refuses %p', (text) => {
    expect(() => parseScenarioDateTime(text)).toThrow();
  });
});

describe('ScenarioClock.running', () => {
  it("follows the session's running time: still before the start and during a pause", () => {
    let elapsed = 0;
    const clock = ScenarioClock.running('2026-03-16T08:30:00', () => elapsed);
    expect(clock.nowIso()).toBe('2026-03-16T08:30:00');
    elapsed = 95 * 60_000;
    expect(clock.nowIso()).toBe('2026-03-16T10:05:00');
  });
});

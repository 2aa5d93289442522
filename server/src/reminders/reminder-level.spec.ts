import { DEFAULT_RECOVERY_STEPS } from './recovery-steps.js';
import { defaultLevel, skippedLevelAt } from './reminder-level.js';

const steps = DEFAULT_RECOVERY_STEPS;

describe('defaultLevel', () => {
  it('takes the next level when the kind matches it', () => {
    expect(defaultLevel(steps, 'email', [0])).toBe(1);
    expect(defaultLevel(steps, 'letter', [1, 1])).toBe(2);
    expect(defaultLevel(steps, 'formal_notice', [2])).toBe(3);
  });

  it('follows the least advanced invoice of the reminder', () => {
    expect(defaultLevel(steps, 'letter', [2, 1])).toBe(2);
  });

  it('gives the level of the kind asked: a formal notice is level 3 even too early (then refused as a skip)', () => {
    expect(defaultLevel(steps, 'formal_notice', [0])).toBe(3);
    expect(skippedLevelAt(3, [0])).toBe(0);
  });

  it('sends the same level again when that level is already done', () => {
    expect(defaultLevel(steps, 'email', [1])).toBe(1);
    expect(defaultLevel(steps, 'formal_notice', [3])).toBe(3);
  });
});

describe('skippedLevelAt', () => {
  it('allows the next level and the same level again, and points at the invoice a level would skip', () => {
    expect(skippedLevelAt(2, [1, 2])).toBe(-1);
    expect(skippedLevelAt(1, [1])).toBe(-1);
    expect(skippedLevelAt(2, [1, 0])).toBe(1);
  });
});

import { LoginThrottle } from './login-throttle.js';

describe(LoginThrottle.name, () => {
  let now = 0;
  const throttle = () => new LoginThrottle({ windowMs: 60_000, perUser: 3, perIp: 5 }, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('refuses after the limit of failures for one username and IP, until the window passes', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter('alice', '1.1.1.1')).toBe(0);
      t.fail('alice', '1.1.1.1');
      now += 1000;
    }
    expect(t.retryAfter('alice', '1.1.1.1')).toBe(57);
    expect(t.retryAfter('ALICE', '1.1.1.1')).toBe(57);
    expect(t.retryAfter('alice', '2.2.2.2')).toBe(0);
    expect(t.retryAfter('bob', '1.1.1.1')).toBe(0);
    now += 57_000;
    expect(t.retryAfter('alice', '1.1.1.1')).toBe(0);
  });

  it('forgets a username\'s failures after a success', () => {
    const t = throttle();
    t.fail('alice', 'ip');
    t.fail('alice', 'ip');
    t.succeed('alice', 'ip');
    t.fail('alice', 'ip');
    expect(t.retryAfter('alice', 'ip')).toBe(0);
  });

  it('limits one IP trying many usernames', () => {
    const t = throttle();
    ['a', 'b', 'c', 'd', 'e'].forEach((u) => t.fail(u, 'ip'));
    expect(t.retryAfter('f', 'ip')).toBeGreaterThan(0);
  });
});

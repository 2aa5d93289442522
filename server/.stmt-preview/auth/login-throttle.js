"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoginThrottle = void 0;
/**
 * Counts failed logins per (username, IP) and per IP over a sliding window. Past the limit the
 * next attempts are refused (429) until the oldest failure leaves the window. In memory: a restart
 * clears it, which is acceptable for an exam room.
 */
class LoginThrottle {
    options;
    now;
    failures = new Map();
    constructor(options = { windowMs: 15 * 60_000, perUser: 5, perIp: 100 }, now = Date.now) {
        this.options = options;
        this.now = now;
    }
    /** Seconds to wait, or 0 when an attempt is allowed. */
    retryAfter(username, ip) {
        const userWait = this.wait(userKey(username, ip), this.options.perUser);
        const ipWait = this.wait(`ip:${ip}`, this.options.perIp);
        return Math.max(userWait, ipWait);
    }
    fail(username, ip) {
        for (const key of [userKey(username, ip), `ip:${ip}`]) {
            const list = this.recent(key);
            list.push(this.now());
            this.failures.set(key, list);
        }
    }
    succeed(username, ip) {
        this.failures.delete(userKey(username, ip));
    }
    wait(key, limit) {
        const list = this.recent(key);
        if (list.length < limit)
            return 0;
        const oldest = list[list.length - limit];
        return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
    }
    recent(key) {
        const since = this.now() - this.options.windowMs;
        const list = (this.failures.get(key) ?? []).filter((t) => t > since);
        if (list.length)
            this.failures.set(key, list);
        else
            this.failures.delete(key);
        return list;
    }
}
exports.LoginThrottle = LoginThrottle;
function userKey(username, ip) {
    return `user:${username.toLowerCase()}|${ip}`;
}
//# sourceMappingURL=login-throttle.js.map
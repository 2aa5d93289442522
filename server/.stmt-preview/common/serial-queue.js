"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SerialQueue = void 0;
/**
 * Runs tasks one after another per key. TypeORM's SQLite driver shares one connection per
 * DataSource, so two interleaved transactions would see each other's writes: every operation on
 * one database goes through its queue.
 */
class SerialQueue {
    tails = new Map();
    run(key, task) {
        const previous = this.tails.get(key) ?? Promise.resolve();
        const result = previous.then(task, task);
        const tail = result.then(noop, noop);
        this.tails.set(key, tail);
        void tail.then(() => {
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        });
        return result;
    }
    isIdle(key) {
        return !this.tails.has(key);
    }
}
exports.SerialQueue = SerialQueue;
function noop() { }
//# sourceMappingURL=serial-queue.js.map
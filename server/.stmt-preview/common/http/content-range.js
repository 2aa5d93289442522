"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withContentRange = withContentRange;
/** Sets `Content-Range: invoices 0-24/319` as ra-data-simple-rest expects, and returns the rows. */
function withContentRange(res, resource, result, map) {
    const end = result.rows.length ? result.end : result.start;
    res.setHeader('Content-Range', `${resource} ${result.start}-${end}/${result.total}`);
    return map ? result.rows.map(map) : result.rows;
}
//# sourceMappingURL=content-range.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quantityTransformer = exports.QUANTITY_SCALE = void 0;
exports.toMilli = toMilli;
exports.fromMilli = fromMilli;
const money_js_1 = require("./money/money.js");
/**
 * Quantities carry up to 3 decimals. They are stored as integer thousandths so that sums
 * in SQL stay exact, and exposed as plain numbers (1.25) to the API and the domain.
 */
exports.QUANTITY_SCALE = 1000;
function toMilli(quantity) {
    return (0, money_js_1.decimalToUnits)(quantity, 3);
}
function fromMilli(milli) {
    return milli / exports.QUANTITY_SCALE;
}
exports.quantityTransformer = {
    to: (value) => (value === null || value === undefined ? value : toMilli(value)),
    from: (value) => (value === null ? null : fromMilli(value)),
};
//# sourceMappingURL=quantity.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEMPLATES = void 0;
const credit_note_template_js_1 = require("./credit-note.template.js");
const delivery_note_template_js_1 = require("./delivery-note.template.js");
const invoice_template_js_1 = require("./invoice.template.js");
const order_template_js_1 = require("./order.template.js");
const quote_template_js_1 = require("./quote.template.js");
exports.TEMPLATES = {
    quote: quote_template_js_1.quoteTemplate,
    order: order_template_js_1.orderTemplate,
    'delivery-note': delivery_note_template_js_1.deliveryNoteTemplate,
    invoice: invoice_template_js_1.invoiceTemplate,
    'deposit-invoice': invoice_template_js_1.invoiceTemplate,
    'credit-note': credit_note_template_js_1.creditNoteTemplate,
};
//# sourceMappingURL=index.js.map
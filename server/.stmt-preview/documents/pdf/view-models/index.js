"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildViewModel = buildViewModel;
const credit_note_view_model_js_1 = require("./credit-note.view-model.js");
const delivery_note_view_model_js_1 = require("./delivery-note.view-model.js");
const invoice_view_model_js_1 = require("./invoice.view-model.js");
const order_view_model_js_1 = require("./order.view-model.js");
const quote_view_model_js_1 = require("./quote.view-model.js");
/** DocumentModel → the strings its PDF prints. Pure: the text catalogue is passed in. */
function buildViewModel(model, texts) {
    switch (model.kind) {
        case 'quote':
            return (0, quote_view_model_js_1.quoteViewModel)(model, texts);
        case 'order':
            return (0, order_view_model_js_1.orderViewModel)(model, texts);
        case 'delivery-note':
            return (0, delivery_note_view_model_js_1.deliveryNoteViewModel)(model, texts);
        case 'invoice':
        case 'deposit-invoice':
            return (0, invoice_view_model_js_1.invoiceViewModel)(model, texts);
        case 'credit-note':
            return (0, credit_note_view_model_js_1.creditNoteViewModel)(model, texts);
    }
}
//# sourceMappingURL=index.js.map
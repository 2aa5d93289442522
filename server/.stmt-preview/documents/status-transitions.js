"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRANSITIONS = void 0;
exports.canTransition = canTransition;
/**
 * The allowed status changes of each document type, as data. Services check a move here before
 * doing it; a forbidden move is a 409 with a message the candidate understands.
 */
exports.TRANSITIONS = {
    quote: { draft: ['validated'], validated: ['sent', 'accepted', 'refused'], sent: ['accepted', 'refused'], accepted: [], refused: [] },
    order: { draft: ['validated', 'cancelled'], validated: ['partially_delivered', 'delivered', 'cancelled'], partially_delivered: ['delivered'], delivered: [], cancelled: [] },
    'delivery-note': { draft: ['validated'], validated: [] },
    invoice: { draft: ['validated'], validated: [] },
    'credit-note': { draft: ['validated'], validated: [] },
};
function canTransition(type, from, to) {
    const moves = exports.TRANSITIONS[type][from];
    return !!moves && moves.includes(to);
}
//# sourceMappingURL=status-transitions.js.map
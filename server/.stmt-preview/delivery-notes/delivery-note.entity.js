"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeliveryNoteLine = exports.DeliveryNote = exports.DELIVERY_NOTE_STATUSES = void 0;
const typeorm_1 = require("typeorm");
const quantity_js_1 = require("../common/quantity.js");
exports.DELIVERY_NOTE_STATUSES = ['draft', 'validated'];
/** What leaves the warehouse for one order: no prices; validation writes the stock-out movements. */
let DeliveryNote = class DeliveryNote {
    id;
    number;
    status;
    orderId;
    clientId;
    date;
    carrier;
    parcels;
    weightGrams;
    trackingNumber;
    incoterm;
    deliveryLine1;
    deliveryLine2;
    deliveryPostcode;
    deliveryCity;
    deliveryCountry;
    notes;
    validatedAt;
    createdAt;
    updatedAt;
};
exports.DeliveryNote = DeliveryNote;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], DeliveryNote.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "number", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DeliveryNote.prototype, "orderId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DeliveryNote.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "date", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "carrier", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "parcels", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "weightGrams", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "trackingNumber", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "incoterm", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "deliveryLine1", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "deliveryLine2", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "deliveryPostcode", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "deliveryCity", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "deliveryCountry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "validatedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNote.prototype, "updatedAt", void 0);
exports.DeliveryNote = DeliveryNote = __decorate([
    (0, typeorm_1.Entity)('delivery_note')
], DeliveryNote);
let DeliveryNoteLine = class DeliveryNoteLine {
    id;
    deliveryNoteId;
    orderLineId;
    position;
    productId;
    reference;
    label;
    unit;
    quantity;
};
exports.DeliveryNoteLine = DeliveryNoteLine;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "deliveryNoteId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "orderLineId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "position", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNoteLine.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeliveryNoteLine.prototype, "reference", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNoteLine.prototype, "label", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeliveryNoteLine.prototype, "unit", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { transformer: quantity_js_1.quantityTransformer }),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "quantity", void 0);
exports.DeliveryNoteLine = DeliveryNoteLine = __decorate([
    (0, typeorm_1.Entity)('delivery_note_line')
], DeliveryNoteLine);
//# sourceMappingURL=delivery-note.entity.js.map
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
exports.StockMovementDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
/** A manual movement: an adjustment (signed quantity) or an inventory count (the counted quantity). */
class StockMovementDto {
    productId;
    type;
    quantity;
    countedQuantity;
    reason;
}
exports.StockMovementDto = StockMovementDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], StockMovementDto.prototype, "productId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(['adjustment', 'inventory'], { required: true }),
    __metadata("design:type", String)
], StockMovementDto.prototype, "type", void 0);
__decorate([
    (0, decorators_js_1.Quantity)({ min: -10_000_000 }),
    __metadata("design:type", Object)
], StockMovementDto.prototype, "quantity", void 0);
__decorate([
    (0, decorators_js_1.Quantity)(),
    __metadata("design:type", Object)
], StockMovementDto.prototype, "countedQuantity", void 0);
__decorate([
    (0, decorators_js_1.Text)(500, { required: true }),
    __metadata("design:type", String)
], StockMovementDto.prototype, "reason", void 0);
//# sourceMappingURL=stock-movement.dto.js.map
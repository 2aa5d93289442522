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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ThirdPartiesController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const crud_routes_js_1 = require("../common/http/crud-routes.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const third_party_dto_js_1 = require("./dto/third-party.dto.js");
const third_parties_service_js_1 = require("./third-parties.service.js");
let ThirdPartiesController = class ThirdPartiesController extends (0, crud_routes_js_1.CrudRoutes)('third-parties', third_party_dto_js_1.ThirdPartyDto) {
    service;
    constructor(service) {
        super();
        this.service = service;
    }
    duplicates(ctx, query) {
        return this.service.duplicates(ctx, query);
    }
    convert(ctx, id) {
        return this.service.convertToClient(ctx, id);
    }
};
exports.ThirdPartiesController = ThirdPartiesController;
__decorate([
    (0, common_1.Get)('duplicates'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], ThirdPartiesController.prototype, "duplicates", null);
__decorate([
    (0, common_1.Post)(':id/convert-to-client'),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], ThirdPartiesController.prototype, "convert", null);
exports.ThirdPartiesController = ThirdPartiesController = __decorate([
    (0, swagger_1.ApiTags)('third-parties'),
    (0, common_1.Controller)('sandboxes/:sandboxId/third-parties'),
    __metadata("design:paramtypes", [third_parties_service_js_1.ThirdPartiesService])
], ThirdPartiesController);
//# sourceMappingURL=third-parties.controller.js.map
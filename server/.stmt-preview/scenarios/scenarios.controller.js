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
exports.ScenariosController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_js_1 = require("../auth/auth.decorators.js");
const scenarios_service_js_1 = require("./scenarios.service.js");
let ScenariosController = class ScenariosController {
    scenarios;
    constructor(scenarios) {
        this.scenarios = scenarios;
    }
    list(res) {
        const rows = this.scenarios.list();
        res.setHeader('Content-Range', `scenarios 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
        return rows;
    }
};
exports.ScenariosController = ScenariosController;
__decorate([
    (0, common_1.Get)(),
    (0, auth_decorators_js_1.Roles)('admin', 'proctor', 'jury'),
    __param(0, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], ScenariosController.prototype, "list", null);
exports.ScenariosController = ScenariosController = __decorate([
    (0, swagger_1.ApiTags)('scenarios'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('scenarios'),
    __metadata("design:paramtypes", [scenarios_service_js_1.ScenariosService])
], ScenariosController);
//# sourceMappingURL=scenarios.controller.js.map
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
exports.SandboxDb = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const sandbox_registry_service_js_1 = require("./sandbox-registry.service.js");
/**
 * How domain services reach sandbox data: always with the context the guard resolved from the
 * authenticated request. Writes are refused here too when the context is not writable.
 */
let SandboxDb = class SandboxDb {
    registry;
    constructor(registry) {
        this.registry = registry;
    }
    read(ctx, fn) {
        return this.registry.run(ctx.sandboxId, (ds) => fn(ds.manager));
    }
    write(ctx, fn) {
        if (!ctx.writable)
            throw new domain_exception_js_1.DomainException(ctx.lockReason ?? 'SANDBOX_LOCKED');
        return this.registry.write(ctx.sandboxId, fn);
    }
};
exports.SandboxDb = SandboxDb;
exports.SandboxDb = SandboxDb = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_registry_service_js_1.SandboxRegistry])
], SandboxDb);
//# sourceMappingURL=sandbox-db.service.js.map
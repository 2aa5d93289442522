"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Sandbox = void 0;
const common_1 = require("@nestjs/common");
/** The SandboxContext that the SandboxGuard resolved for this request. */
exports.Sandbox = (0, common_1.createParamDecorator)((_data, ctx) => {
    const context = ctx.switchToHttp().getRequest().sandbox;
    if (!context)
        throw new Error('@Sandbox() used on a route without SandboxGuard');
    return context;
});
//# sourceMappingURL=sandbox.decorator.js.map
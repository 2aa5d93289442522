import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { SandboxContext } from './sandbox-context.js';

/** The SandboxContext that the SandboxGuard resolved for this request. */
export const Sandbox = createParamDecorator((_data: unknown, ctx: ExecutionContext): SandboxContext => {
  const context = ctx.switchToHttp().getRequest().sandbox;
  if (!context) throw new Error('@Sandbox() used on a route without SandboxGuard');
  return context;
});

import type { TestApp } from './test-app';

export const SANDBOX_PREFIX = '/api/sandboxes/:sandboxId';

export interface SandboxRoute {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
}

/**
 * Every route of the app whose path starts with /api/sandboxes/:sandboxId, from Express 5's router:
 * a new route is covered by the suites that walk them (isolation, lock) without editing them.
 */
export function sandboxRoutes(t: TestApp): SandboxRoute[] {
  const express = t.app.getHttpAdapter().getInstance();
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes: SandboxRoute[] = [];
  for (const layer of stack) {
    const route = layer.route as { path?: unknown; methods?: Record<string, boolean> } | undefined;
    if (!route || typeof route.path !== 'string' || !route.path.startsWith(SANDBOX_PREFIX)) continue;
    for (const method of Object.keys(route.methods ?? {})) routes.push({ method: method as SandboxRoute['method'], path: route.path });
  }
  return routes;
}

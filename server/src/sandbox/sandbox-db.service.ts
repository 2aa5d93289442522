import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { SandboxContext } from './sandbox-context.js';
import { SandboxRegistry } from './sandbox-registry.service.js';

/**
 * How domain services reach sandbox data: always with the context the guard resolved from the
 * authenticated request. Writes are refused here too when the context is not writable.
 */
@Injectable()
export class SandboxDb {
  constructor(
    private readonly registry: SandboxRegistry,
    private readonly clock: Clock,
  ) {}

  read<T>(ctx: SandboxContext, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.registry.run(ctx.sandboxId, (ds) => fn(ds.manager));
  }

  write<T>(ctx: SandboxContext, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!ctx.writable) throw new DomainException(ctx.lockReason ?? 'SANDBOX_LOCKED');
    const until = ctx.writableUntil;
    if (!until) return this.registry.write(ctx.sandboxId, fn);
    return this.registry.write(ctx.sandboxId, (em) => {
      // The candidate's end passed while this write waited in the sandbox's queue (behind the lock snapshot).
      if (this.clock.now().getTime() >= until.getTime()) throw new DomainException('SANDBOX_LOCKED');
      return fn(em);
    });
  }
}

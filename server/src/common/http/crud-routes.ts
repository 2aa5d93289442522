import { Body, Delete, Get, Param, ParseIntPipe, Post, Put, Query, Res, Type, UseGuards, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiBody } from '@nestjs/swagger';
import type { Response } from 'express';
import { Sandbox } from '../../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../../sandbox/sandbox-context.js';
import { SandboxGuard } from '../../sandbox/sandbox.guard.js';
import { validationPipeOptions } from '../validation/validation-pipe.options.js';
import { withContentRange } from './content-range.js';
import { ListResult } from './list-query.js';

export interface CrudService<D> {
  list(ctx: SandboxContext, query: Record<string, unknown>): Promise<ListResult<unknown>>;
  get(ctx: SandboxContext, id: number): Promise<unknown>;
  create(ctx: SandboxContext, dto: D): Promise<unknown>;
  update(ctx: SandboxContext, id: number, dto: D): Promise<unknown>;
  remove(ctx: SandboxContext, id: number): Promise<unknown>;
}

/**
 * The five routes of a sandbox resource in the ra-data-simple-rest dialect. A resource's controller
 * extends this and adds its actions (declared in the subclass, they match before `:id`).
 */
export function CrudRoutes<D extends object>(resource: string, dto: Type<D>) {
  const body = new ValidationPipe({ ...validationPipeOptions, expectedType: dto });

  @ApiBearerAuth()
  @UseGuards(SandboxGuard)
  abstract class Crud {
    abstract readonly service: CrudService<D>;

    @Get()
    async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
      return withContentRange(res, resource, await this.service.list(ctx, query));
    }

    @Get(':id')
    get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
      return this.service.get(ctx, id);
    }

    @Post()
    @ApiBody({ type: dto })
    create(@Sandbox() ctx: SandboxContext, @Body(body) input: D) {
      return this.service.create(ctx, input);
    }

    @Put(':id')
    @ApiBody({ type: dto })
    update(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body(body) input: D) {
      return this.service.update(ctx, id, input);
    }

    @Delete(':id')
    remove(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
      return this.service.remove(ctx, id);
    }
  }
  return Crud;
}

import { Controller, Get, Param, ParseIntPipe, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { Staff, STAFF_ROLES } from './staff.entity.js';

const LIST: ListSpec<Staff> = {
  alias: 's',
  sortable: { id: 's.id', lastName: 's.lastName', firstName: 's.firstName', role: 's.role', jobTitle: 's.jobTitle' },
  filters: { id: filters.ids('s.id'), role: filters.equals('s.role', STAFF_ROLES), q: filters.text(['s.firstName', 's.lastName', 's.jobTitle']) },
};

/** The company's people, from the scenario (read-only). */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/staff')
@UseGuards(SandboxGuard)
export class StaffController {
  constructor(private readonly db: SandboxDb) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const list = parseListQuery(query, ['lastName', 'ASC']);
    return withContentRange(res, 'staff', await this.db.read(ctx, (em) => runList(em.createQueryBuilder(Staff, 's'), LIST, list)));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.db.read(ctx, (em) => em.findOneByOrFail(Staff, { id }));
  }
}

import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { Int } from '../common/validation/decorators.js';
import { JuriesService } from './juries.service.js';

export class AssignJuryDto {
  @Int({ required: true, min: 1, max: Number.MAX_SAFE_INTEGER }) userId: number;
}

/** Jury members of a session. Proctors and admins assign them; an assigned jury sees who else grades. */
@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions/:id/juries')
export class JuriesController {
  constructor(private readonly juries: JuriesService) {}

  @Get()
  @Roles('admin', 'proctor', 'jury')
  async list(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const rows = await this.juries.list(id, user);
    res.setHeader('Content-Range', `juries 0-${Math.max(0, rows.length - 1)}/${rows.length}`);
    return rows;
  }

  @Post()
  @Roles('admin', 'proctor')
  assign(@Param('id', ParseIntPipe) id: number, @Body() dto: AssignJuryDto, @CurrentUser() user: AuthUser) {
    return this.juries.assign(id, dto.userId, user);
  }

  @Delete(':userId')
  @Roles('admin', 'proctor')
  unassign(@Param('id', ParseIntPipe) id: number, @Param('userId', ParseIntPipe) userId: number, @CurrentUser() user: AuthUser) {
    return this.juries.unassign(id, userId, user);
  }
}

import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { withContentRange } from '../common/http/content-range.js';
import { CreateSessionDto } from './dto/create-session.dto.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Roles('admin', 'proctor', 'jury')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response, @CurrentUser() user: AuthUser) {
    return withContentRange(res, 'sessions', await this.sessions.list(query, user));
  }

  @Get(':id')
  @Roles('admin', 'proctor', 'jury')
  get(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.sessions.get(id, user);
  }

  @Post()
  @Roles('admin', 'proctor')
  create(@Body() dto: CreateSessionDto, @CurrentUser() user: AuthUser) {
    return this.sessions.create(dto, user.id);
  }
}

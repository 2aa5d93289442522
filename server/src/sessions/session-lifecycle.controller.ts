import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { ControlDb } from '../control/control-db.service.js';
import { hidesCandidateNames, readableSession } from '../juries/jury-access.js';
import { SessionEventsService } from '../session-events/session-events.service.js';
import { ExtendCandidateDto, OptionalReasonDto, ReasonDto, UnlockCandidateDto } from './dto/lifecycle.dto.js';
import { SessionLifecycleService } from './session-lifecycle.service.js';
import { SessionLiveService } from './session-live.service.js';

/**
 * Session lifecycle (proctor / admin): open, start, pause, resume, end, archive, extend or unlock one
 * candidate; each answers the session detail. Live view and events: proctor / admin, and the juries
 * assigned to the session.
 */
@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions/:id')
export class SessionLifecycleController {
  constructor(
    private readonly lifecycle: SessionLifecycleService,
    private readonly live: SessionLiveService,
    private readonly events: SessionEventsService,
    private readonly control: ControlDb,
  ) {}

  @Post('open')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  open(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: OptionalReasonDto) {
    return this.lifecycle.act(id, 'open', user, dto.reason ?? null);
  }

  @Post('start')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  start(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: OptionalReasonDto) {
    return this.lifecycle.act(id, 'start', user, dto.reason ?? null);
  }

  @Post('pause')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  pause(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: ReasonDto) {
    return this.lifecycle.act(id, 'pause', user, dto.reason);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  resume(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: OptionalReasonDto) {
    return this.lifecycle.act(id, 'resume', user, dto.reason ?? null);
  }

  @Post('end')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  end(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: ReasonDto) {
    return this.lifecycle.act(id, 'end', user, dto.reason);
  }

  @Post('archive')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  archive(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Body() dto: OptionalReasonDto) {
    return this.lifecycle.act(id, 'archive', user, dto.reason ?? null);
  }

  @Post('candidates/:candidateId/extend')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  extend(
    @Param('id', ParseIntPipe) id: number,
    @Param('candidateId', ParseIntPipe) candidateId: number,
    @CurrentUser() user: AuthUser,
    @Body() dto: ExtendCandidateDto,
  ) {
    return this.lifecycle.extend(id, candidateId, user, dto.minutes, dto.reason);
  }

  @Post('candidates/:candidateId/unlock')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  unlock(
    @Param('id', ParseIntPipe) id: number,
    @Param('candidateId', ParseIntPipe) candidateId: number,
    @CurrentUser() user: AuthUser,
    @Body() dto: UnlockCandidateDto,
  ) {
    return this.lifecycle.unlock(id, candidateId, user, dto.minutes, dto.reason);
  }

  @Get('live')
  @Roles('admin', 'proctor', 'jury')
  liveView(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.live.live(id, user);
  }

  @Get('events')
  @Roles('admin', 'proctor', 'jury')
  async eventList(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser) {
    const session = await this.control.read((em) => readableSession(em, user, id));
    return this.events.list(id, { hideNames: hidesCandidateNames(user, session) });
  }
}

import { Body, Controller, Get, Param, ParseIntPipe, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { MarksService } from './marks.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions/:id')
export class MarksController {
  constructor(private readonly marks: MarksService) {}

  /** Every jury's marks for one candidate; `mine` tells the caller's own (the only ones they may change). */
  @Get('candidates/:candidateId/marks')
  @Roles('admin', 'proctor', 'jury')
  get(@Param('id', ParseIntPipe) id: number, @Param('candidateId', ParseIntPipe) candidateId: number, @CurrentUser() user: AuthUser) {
    return this.marks.get(id, candidateId, user);
  }

  /** `[{ criterionId, points, maxPoints, comment }]` (or `{ marks: [...] }`): upserted for the calling jury. */
  @Put('candidates/:candidateId/marks')
  @Roles('jury')
  @ApiBody({
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['criterionId', 'maxPoints'],
        properties: { criterionId: { type: 'string' }, points: { type: 'number', nullable: true }, maxPoints: { type: 'number' }, comment: { type: 'string', nullable: true } },
      },
    },
  })
  put(@Param('id', ParseIntPipe) id: number, @Param('candidateId', ParseIntPipe) candidateId: number, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.marks.put(id, candidateId, body, user);
  }

  @Get('marks.csv')
  @Roles('admin', 'proctor', 'jury')
  async csv(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser) {
    const { filename, buffer } = await this.marks.csv(id, user);
    return new StreamableFile(buffer, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"`, length: buffer.length });
  }
}

import { Body, Controller, HttpCode, Param, ParseIntPipe, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import type { Request } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { Text } from '../common/validation/decorators.js';
import { LoginCardsService } from './login-cards.service.js';

export class CredentialDto {
  @Text(40, { required: true }) username: string;
  @Text(100, { required: true }) password: string;
}

export class LoginCardsDto {
  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(300, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => CredentialDto)
  credentials: CredentialDto[];
}

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions/:id/login-cards')
export class LoginCardsController {
  constructor(private readonly cards: LoginCardsService) {}

  /**
   * The login cards PDF (A4, 8 per page) for `{ credentials: [{ username, password }] }` as returned
   * by session creation or candidate import; 422 when a username is not a candidate of the session
   * or a password is not theirs.
   */
  @Post()
  @HttpCode(200)
  @Roles('admin', 'proctor')
  @ApiProduces('application/pdf')
  async pdf(@Param('id', ParseIntPipe) id: number, @Body() dto: LoginCardsDto, @CurrentUser() user: AuthUser, @Req() req: Request) {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : null;
    const { filename, buffer } = await this.cards.pdf(id, dto.credentials, user, origin);
    return new StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: buffer.length });
  }
}

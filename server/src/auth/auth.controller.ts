import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Text } from '../common/validation/decorators.js';
import { Public, CurrentUser } from './auth.decorators.js';
import { AuthUser, publicUser } from './auth-user.js';
import { bearerOf } from './auth.guard.js';
import { AuthService } from './auth.service.js';

export class LoginDto {
  @Text(100, { required: true }) username: string;
  /** Not trimmed: a password is taken as typed. */
  @IsString({ message: 'app.validation.required' })
  @MinLength(1, { message: 'app.validation.required' })
  @MaxLength(200, { message: 'app.validation.too_long' })
  password: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.auth.login(body.username, body.password, req.ip ?? 'unknown');
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return { user: publicUser(user) };
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request): Promise<void> {
    const token = bearerOf(req);
    if (token) await this.auth.logout(token);
  }
}

import { MeResponse, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../common/current-user.decorator';
import { Public, RequirePermission } from '../../common/permission.decorator';
import { AcceptInviteDto, LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const signedIn = await this.auth.login(body.email, body.password, req.ip ?? 'unknown');
    setSessionCookie(req, res, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.user };
  }

  @Post('invite')
  @HttpCode(200)
  @Public()
  async acceptInvite(
    @Body() body: AcceptInviteDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const signedIn = await this.auth.acceptInvite(body.token, body.password);
    setSessionCookie(req, res, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.user };
  }

  /** Public, so that a stale cookie can always be cleared. */
  @Post('logout')
  @HttpCode(204)
  @Public()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(sessionToken(req));
    clearSessionCookie(req, res);
  }

  @Get('me')
  @RequirePermission(PERMISSIONS.sessionRead)
  me(@CurrentUser() user: SessionUser): MeResponse {
    return { user };
  }
}

import { can, Permission } from '@datenlotse/contracts';
import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PERMISSION_KEY, PUBLIC } from '../../common/permission.decorator';
import { requestContext } from '../../common/request-context';
import { AuthService } from './auth.service';
import { sessionToken } from './session-cookie';

/**
 * The global guard: an endpoint without a declared permission is refused (deny by default), a public one is
 * open, and every other one needs a session whose role the permission matrix allows.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | typeof PUBLIC | undefined>(
      PERMISSION_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (!permission) throw new ForbiddenException('This endpoint declares no permission');
    if (permission === PUBLIC) return true;
    const session = await this.auth.resolve(sessionToken(context.switchToHttp().getRequest<Request>()));
    if (!session) throw new UnauthorizedException('Not signed in');
    const store = requestContext.get();
    if (store) {
      store.user = session.user;
      store.municipalityId = session.municipalityId;
    }
    if (!can(session.user.role, permission)) {
      throw new ForbiddenException(`Your role may not do this (needs ${permission})`);
    }
    return true;
  }
}

import { createParamDecorator, UnauthorizedException } from '@nestjs/common';
import { SessionUser } from '@datenlotse/contracts';
import { requestContext } from './request-context';

/** The signed-in user, as the auth guard put it into the request context. */
export const CurrentUser = createParamDecorator((): SessionUser => {
  const user = requestContext.actor();
  if (!user) throw new UnauthorizedException('Not signed in');
  return user;
});

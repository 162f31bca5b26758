import { AsyncLocalStorage } from 'node:async_hooks';
import { SessionUser } from '@datenlotse/contracts';

/** What the data layer knows about the request it is serving. */
export interface RequestContext {
  requestId: string;
  ip: string;
  user?: SessionUser;
  municipalityId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  /** The signed-in user's municipality; a query outside a signed-in request is a programming error. */
  municipalityId(): string {
    const id = storage.getStore()?.municipalityId;
    if (!id) throw new Error('No municipality in the request context');
    return id;
  },
  actor(): SessionUser | undefined {
    return storage.getStore()?.user;
  },
};

import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { API_ROUTES } from '@datenlotse/contracts';
import { HANDLED_STATUSES } from './api-error';
import { errorInterceptor } from './error.interceptor';
import { ToastService } from './toast.service';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  const shown: string[] = [];

  beforeEach(() => {
    localStorage.clear(); // German texts
    shown.length = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        {
          provide: ToastService,
          useValue: {
            show: (message: string) => Promise.resolve(void shown.push(message)),
          },
        },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  function fail(url: string, status: number, body: object | null, context?: HttpContext): unknown {
    let received: unknown;
    http.get(url, { context }).subscribe({ error: (error: unknown) => (received = error) });
    backend.expectOne(url).flush(body, { status, statusText: 'x' });
    return received;
  }

  it('sends the user to /login on a 401 and keeps the way back', () => {
    fail(API_ROUTES.users, 401, {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'no session',
    });
    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/' },
    });
  });

  it('does not redirect when /auth/me answers 401 (not signed in yet)', () => {
    fail(API_ROUTES.me, 401, null);
    expect(router.navigate).not.toHaveBeenCalled();
    expect(shown).toEqual([]);
  });

  it("words a conflict in the user's language and still passes the error on", () => {
    const error = fail(API_ROUTES.users, 409, {
      statusCode: 409,
      error: 'Conflict',
      message: 'The user was changed by someone else; reload and try again',
    });
    expect(shown).toEqual(['Der Datensatz wurde inzwischen von anderer Seite geändert.']);
    expect(error).toBeTruthy();
  });

  it("toasts the API's message for a status the app does not word itself", () => {
    fail(API_ROUTES.users, 404, { statusCode: 404, error: 'Not Found', message: 'No user 42' });
    expect(shown).toEqual(['No user 42']);
  });

  it('toasts a generic text when the server is unreachable', () => {
    let received: unknown;
    http.get(API_ROUTES.users).subscribe({ error: (error: unknown) => (received = error) });
    backend.expectOne(API_ROUTES.users).error(new ProgressEvent('error'), { status: 0 });
    expect(shown).toEqual(['Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.']);
    expect(received).toBeTruthy();
  });

  it('leaves a 400 with fields to the form', () => {
    fail(API_ROUTES.users, 400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: { email: ['ungültig'] },
    });
    expect(shown).toEqual([]);
  });

  it('stays silent for statuses the caller handles itself', () => {
    const context = new HttpContext().set(HANDLED_STATUSES, [429]);
    fail(
      API_ROUTES.login,
      429,
      { statusCode: 429, error: 'Too Many Requests', message: 'slow down' },
      context,
    );
    expect(shown).toEqual([]);
  });
});

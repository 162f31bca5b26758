import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { API_ROUTES, AppInfo } from '@datenlotse/contracts';
import { errorInterceptor } from '../core/error.interceptor';
import { SessionService } from '../core/session.service';
import { LoginPage } from './login-page';

const info: AppInfo = {
  municipalityName: 'Demostadt',
  demoMode: true,
  demoAccounts: [
    {
      email: 'team@demo.test',
      password: 'demo-passwort',
      role: 'team',
      name: 'Tara Team',
    },
  ],
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement as HTMLElement;
    backend.expectOne(API_ROUTES.info).flush(info);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function button(text: RegExp): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((b) => text.test(b.textContent ?? ''));
    if (!found) throw new Error(`no button ${text}`);
    return found;
  }

  it('shows the municipality and fills the form from a demo account', async () => {
    expect(element.textContent).toContain('Demostadt');
    button(/Eintragen/).click();
    await fixture.whenStable();
    const inputs = element.querySelectorAll('input');
    expect(inputs[0].value).toBe('team@demo.test');
    expect(inputs[1].value).toBe('demo-passwort');
  });

  it('announces wrong credentials in an alert', async () => {
    button(/Eintragen/).click();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne(API_ROUTES.login).flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Invalid credentials',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'E-Mail oder Passwort ist falsch.',
    );
  });

  it('signs in and goes to the start page', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    button(/Eintragen/).click();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne(API_ROUTES.login);
    expect(request.request.body).toEqual({
      email: 'team@demo.test',
      password: 'demo-passwort',
    });
    request.flush({
      user: {
        id: '1',
        email: 'team@demo.test',
        name: 'Tara Team',
        role: 'team',
        locale: 'de',
        departmentIds: [],
      },
    });
    await fixture.whenStable();
    expect(TestBed.inject(SessionService).user()?.name).toBe('Tara Team');
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('does not send an incomplete form', async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    backend.expectNone(API_ROUTES.login);
    expect(element.querySelectorAll('mat-error').length).toBe(2);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { API_ROUTES, DuplicateContactsError } from '@datenlotse/contracts';
import { HANDLED_STATUSES } from '../core/api-error';
import { contactFixture } from '../testing/fixtures';
import { ContactDialog, ContactDialogData } from './contact-dialog';

describe('ContactDialog', () => {
  let closed: unknown[];

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function render(data: ContactDialogData): Promise<ComponentFixture<ContactDialog>> {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result?: unknown) => closed.push(result) } },
      ],
    });
    const fixture = TestBed.createComponent(ContactDialog);
    await fixture.whenStable();
    return fixture;
  }

  function element(fixture: ComponentFixture<ContactDialog>): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(fixture: ComponentFixture<ContactDialog>, name: string, value: string): void {
    const field = element(fixture).querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!field) throw new Error(`no field ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function submitButton(fixture: ComponentFixture<ContactDialog>): HTMLButtonElement {
    const button = element(fixture).querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!button) throw new Error('no submit button');
    return button;
  }

  const existing = contactFixture('c1', 'Dr. Anna Beispiel', 'a37', {
    departmentName: 'Feuerwehr',
    email: 'anna.beispiel@example.org',
  });
  const duplicateAnswer: DuplicateContactsError = {
    statusCode: 409,
    error: 'Conflict',
    message: 'Possible duplicate',
    duplicates: [existing],
  };

  it('warns of possible duplicates and creates the contact only when asked to', async () => {
    const fixture = await render({ mode: 'create', departmentId: 'a37' });
    const backend = TestBed.inject(HttpTestingController);
    input(fixture, 'name', 'Anna Beispiel');
    input(fixture, 'email', 'anna.beispiel@example.org');
    submitButton(fixture).click();

    const first = backend.expectOne(API_ROUTES.contacts);
    // The dialog words the 409 itself: the error interceptor must not toast it.
    expect(first.request.context.get(HANDLED_STATUSES)).toContain(409);
    expect(first.request.body).toEqual({
      departmentId: 'a37',
      name: 'Anna Beispiel',
      email: 'anna.beispiel@example.org',
      isHead: false,
      relationship: 'cold',
    });
    first.flush(duplicateAnswer, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    const warning = element(fixture).querySelector('.duplicates');
    expect(warning?.getAttribute('role')).toBe('alert');
    expect(warning?.textContent).toContain('Mögliche Dubletten');
    expect(warning?.textContent).toContain('Dr. Anna Beispiel');
    expect(warning?.textContent).toContain('Feuerwehr');
    expect(warning?.textContent).toContain('anna.beispiel@example.org');
    expect(submitButton(fixture).textContent?.trim()).toBe('Trotzdem anlegen');
    expect(closed).toEqual([]);

    submitButton(fixture).click();
    const second = backend.expectOne(API_ROUTES.contacts);
    expect(second.request.body).toEqual({ ...first.request.body, confirmDuplicate: true });
    const created = contactFixture('c2', 'Anna Beispiel', 'a37');
    second.flush(created);
    expect(closed).toEqual([{ kind: 'created', contact: created }]);
  });

  it('checks again without confirmation when the form is changed after the warning', async () => {
    const fixture = await render({ mode: 'create', departmentId: 'a37' });
    const backend = TestBed.inject(HttpTestingController);
    input(fixture, 'name', 'Anna Beispiel');
    submitButton(fixture).click();
    backend.expectOne(API_ROUTES.contacts).flush(duplicateAnswer, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    input(fixture, 'name', 'Anna Beispiel-Schmidt');
    await fixture.whenStable();
    expect(element(fixture).querySelector('.duplicates')).toBeNull();
    expect(submitButton(fixture).textContent?.trim()).toBe('Anlegen');
    submitButton(fixture).click();
    expect(backend.expectOne(API_ROUTES.contacts).request.body.confirmDuplicate).toBeUndefined();
  });

  it('shows a field error from the server at the field', async () => {
    const fixture = await render({ mode: 'create', departmentId: 'a37' });
    input(fixture, 'name', 'Anna Beispiel');
    submitButton(fixture).click();
    TestBed.inject(HttpTestingController)
      .expectOne(API_ROUTES.contacts)
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: { email: ['email must be an email'] },
          codes: { email: ['isEmail'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(element(fixture).querySelector('mat-error')?.textContent?.trim()).toBe(
      'Bitte eine gültige E-Mail-Adresse eingeben.',
    );
    expect(closed).toEqual([]);
  });

  it('sends only the version and the changed fields when saving', async () => {
    const contact = contactFixture('c1', 'Dr. Anna Beispiel', 'a37', {
      title: 'Amtsleiterin',
      email: 'anna.beispiel@example.org',
      isHead: true,
      relationship: 'introduced',
      version: 4,
    });
    const fixture = await render({ mode: 'edit', contact });
    input(fixture, 'title', '');
    input(fixture, 'phone', '0211 899-0');
    submitButton(fixture).click();
    const request = TestBed.inject(HttpTestingController).expectOne(`${API_ROUTES.contacts}/c1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ version: 4, title: null, phone: '0211 899-0' });
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, ApiError, MailTemplateDto, MailTemplatePreview } from '@datenlotse/contracts';
import { ToastService } from '../core/toast.service';
import { MailTemplateEditor, PREVIEW_DEBOUNCE_MS } from './mail-template-editor';

const toast = { show: vi.fn(() => Promise.resolve()) };

const PATH = `${API_ROUTES.mailTemplates}/task_due/de`;

const shipped: MailTemplateDto = {
  key: 'task_due',
  locale: 'de',
  subject: 'Aufgabe fällig: {{task.title}}',
  html: '<p>Hallo {{recipient.name}},</p><p>{{task.title}} ist fällig.</p>',
  text: 'Hallo {{recipient.name}}, {{task.title}} ist fällig.',
  variables: ['recipient.name', 'task.title', 'task.url', 'task.notes', 'dueDate', 'overdue'],
  customised: false,
  updatedAt: '2026-01-19T08:00:00.000Z',
  version: 3,
};

function rendered(text: string): MailTemplatePreview {
  return { subject: 'Aufgabe fällig: Hydranten prüfen', html: `<p>${text}</p>`, text };
}

async function open(
  loaded: MailTemplateDto = shipped,
): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [{ path: 'admin/mail-templates/:key/:locale', component: MailTemplateEditor }],
        withComponentInputBinding(),
      ),
      provideHttpClient(),
      provideHttpClientTesting(),
      // The snack bar's timers would keep the test waiting; what is said is what matters.
      { provide: ToastService, useValue: toast },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/admin/mail-templates/task_due/de', MailTemplateEditor);
  const backend = TestBed.inject(HttpTestingController);
  backend.expectOne(PATH).flush(loaded);
  await harness.fixture.whenStable();
  // The loaded template is previewed at once.
  backend.expectOne(`${PATH}/preview`).flush(rendered('Hallo Anna'));
  await harness.fixture.whenStable();
  return { harness, backend };
}

function type(element: HTMLElement, selector: string, value: string): void {
  const field = element.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

function invalidTemplate(field: string, reason: string): ApiError {
  return {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Validation failed',
    fields: { [field]: [reason] },
    codes: { [field]: ['invalidTemplate'] },
  };
}

describe('MailTemplateEditor', () => {
  beforeEach(() => {
    localStorage.clear();
    toast.show.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('shows the template, its placeholders and the preview in a sandboxed frame', async () => {
    const { harness } = await open();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Aufgabe fällig (Deutsch)');
    expect(element.querySelector<HTMLTextAreaElement>('textarea[formcontrolname="html"]')?.value).toBe(
      shipped.html,
    );
    const placeholders = Array.from(element.querySelectorAll('.variables button')).map((b) =>
      b.textContent?.trim(),
    );
    expect(placeholders).toContain('{{task.title}}');
    expect(placeholders).toContain('{{city}}');
    const frame = element.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toBe('<p>Hallo Anna</p>');
    expect(element.querySelector('pre')?.textContent).toBe('Hallo Anna');
  });

  it('asks for the preview once typing pauses, with the last draft', async () => {
    const { harness, backend } = await open();
    const element = harness.routeNativeElement as HTMLElement;
    vi.useFakeTimers();
    type(element, 'textarea[formcontrolname="text"]', 'Hallo');
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 100);
    type(element, 'textarea[formcontrolname="text"]', 'Hallo {{recipient.name}}');
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 100);
    // Still typing: nothing asked yet.
    backend.expectNone(`${PATH}/preview`);

    vi.advanceTimersByTime(100);
    const requests = backend.match(`${PATH}/preview`);
    expect(requests).toHaveLength(1);
    expect(requests[0].request.method).toBe('POST');
    expect(requests[0].request.body).toEqual({
      subject: shipped.subject,
      html: shipped.html,
      text: 'Hallo {{recipient.name}}',
    });
    vi.useRealTimers();
    requests[0].flush(rendered('Hallo Anna Beispiel'));
    await harness.fixture.whenStable();
    expect(element.querySelector('pre')?.textContent).toBe('Hallo Anna Beispiel');
  });

  it("shows the server's reason at the field when it refuses the template on save", async () => {
    const { harness, backend } = await open();
    const element = harness.routeNativeElement as HTMLElement;
    vi.useFakeTimers();
    type(element, 'textarea[formcontrolname="html"]', '<p>{{unknown.thing}}</p>');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const save: TestRequest = backend.expectOne(
      (request) => request.url === PATH && request.method === 'PUT',
    );
    expect(save.request.body).toEqual({
      subject: shipped.subject,
      html: '<p>{{unknown.thing}}</p>',
      text: shipped.text,
      version: 3,
    });
    save.flush(invalidTemplate('html', 'uses "unknown.thing", which this mail does not provide'), {
      status: 400,
      statusText: 'Bad Request',
    });
    // The draft's preview is refused the same way; the preview keeps the last valid one.
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    backend
      .expectOne(`${PATH}/preview`)
      .flush(invalidTemplate('html', 'uses "unknown.thing", which this mail does not provide'), {
        status: 400,
        statusText: 'Bad Request',
      });
    vi.useRealTimers();
    await harness.fixture.whenStable();

    const errors = Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual([
      'Die Vorlage ist ungültig: uses "unknown.thing", which this mail does not provide',
    ]);
    const htmlField = element.querySelector('textarea[formcontrolname="html"]');
    expect(htmlField?.getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('Die Vorschau zeigt den letzten gültigen Stand.');
    expect(element.querySelector('pre')?.textContent).toBe('Hallo Anna');
  });

  it('reloads the template when someone else saved it meanwhile (409)', async () => {
    const { harness, backend } = await open();
    const element = harness.routeNativeElement as HTMLElement;
    vi.useFakeTimers();
    type(element, 'input[formcontrolname="subject"]', 'Neu');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    backend
      .expectOne((request) => request.url === PATH && request.method === 'PUT')
      .flush({ statusCode: 409, message: 'stale' }, { status: 409, statusText: 'Conflict' });
    // Let the change detection scheduled under the fake clock run (well before the preview's pause ends).
    vi.advanceTimersByTime(20);
    vi.useRealTimers();
    backend
      .expectOne((request) => request.url === PATH && request.method === 'GET')
      .flush({
        ...shipped,
        subject: 'Von anderer Seite',
        customised: true,
        version: 4,
      });
    // HttpClient keeps the app unstable while a request is open: answer the reloaded template's preview.
    backend.expectOne(`${PATH}/preview`).flush(rendered('Von anderer Seite'));
    await harness.fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname="subject"]')?.value).toBe(
      'Von anderer Seite',
    );
    expect(element.textContent).toContain('angepasst');
    expect(toast.show).toHaveBeenCalledWith(
      'Die Vorlage wurde inzwischen von anderer Seite geändert. Der aktuelle Stand ist neu geladen.',
      { error: true },
    );
  });

  it('resets a customised template to the shipped text after asking', async () => {
    const { harness, backend } = await open({
      ...shipped,
      subject: 'Eigener Betreff',
      customised: true,
      version: 5,
    });
    const element = harness.routeNativeElement as HTMLElement;
    const reset = Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((button) =>
      button.textContent?.includes('Auf mitgelieferten Text zurücksetzen'),
    );
    reset?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain(
      'Die Vorlage „Aufgabe fällig“ (Deutsch) erhält wieder den mitgelieferten Text.',
    );
    const confirm = Array.from(dialog?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((button) =>
      button.textContent?.includes('Auf mitgelieferten Text zurücksetzen'),
    );
    confirm?.click();
    // The dialog reports its answer once it has closed.
    const request = await vi.waitFor(() => backend.expectOne(`${PATH}/customisation`));
    expect(request.request.method).toBe('DELETE');
    request.flush({ ...shipped, version: 6 });
    backend.expectOne(`${PATH}/preview`).flush(rendered('Hallo Anna'));
    await harness.fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname="subject"]')?.value).toBe(
      shipped.subject,
    );
    expect(element.textContent).toContain('mitgeliefert');
    expect(toast.show).toHaveBeenCalledWith('Die Vorlage ist auf den mitgelieferten Text zurückgesetzt.');
  });
});

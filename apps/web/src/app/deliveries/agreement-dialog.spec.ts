import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { API_ROUTES, ApiError, datasetPath } from '@datenlotse/contracts';
import { contactFixture } from '../testing/fixtures';
import { AgreementDialog, AgreementDialogData } from './agreement-dialog';
import { agreementFixture } from './delivery-fixtures';

describe('AgreementDialog', () => {
  let closed: unknown[];

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function render(data: AgreementDialogData): Promise<ComponentFixture<AgreementDialog>> {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result?: unknown) => closed.push(result) } },
      ],
    });
    const fixture = TestBed.createComponent(AgreementDialog);
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === API_ROUTES.contacts)
      .flush({ items: [contactFixture('c1', 'Anna Beispiel', 'a37')], total: 1 });
    await fixture.whenStable();
    return fixture;
  }

  function element(fixture: ComponentFixture<AgreementDialog>): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function chooseRrule(fixture: ComponentFixture<AgreementDialog>): Promise<void> {
    element(fixture).querySelector<HTMLInputElement>('mat-radio-button input[value="rrule"]')?.click();
    await fixture.whenStable();
  }

  async function typeRule(fixture: ComponentFixture<AgreementDialog>, rule: string): Promise<void> {
    const field = element(fixture).querySelector<HTMLInputElement>('[formcontrolname="rrule"]');
    if (!field) throw new Error('no rule field');
    field.value = rule;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  function previewDates(fixture: ComponentFixture<AgreementDialog>): string[] {
    return Array.from(element(fixture).querySelectorAll('.preview li')).map(
      (li) => li.textContent?.trim() ?? '',
    );
  }

  function ruleError(fixture: ComponentFixture<AgreementDialog>): string {
    return element(fixture).querySelector('.rrule mat-error')?.textContent?.trim() ?? '';
  }

  const data = (): AgreementDialogData => ({
    datasetId: 'ds1',
    departmentId: 'a37',
    agreement: agreementFixture({ schedule: { kind: 'monthly', startDate: '2099-01-31' } }),
  });

  it('previews the next five due dates, clamped to short months', async () => {
    const fixture = await render(data());
    expect(previewDates(fixture)).toEqual([
      '31.01.2099',
      '28.02.2099',
      '31.03.2099',
      '30.04.2099',
      '31.05.2099',
    ]);
  });

  it('says what is wrong with a custom rule while it is typed, and previews a good one', async () => {
    const fixture = await render(data());
    await chooseRrule(fixture);

    await typeRule(fixture, 'FREQ=MONTHLY;BYSETPOS=-1');
    expect(ruleError(fixture)).toMatch(/^Diese Regel kann nicht gelesen werden: .*BYSETPOS/);
    expect(previewDates(fixture)).toEqual([]);

    await typeRule(fixture, 'FREQ=MONTHLY;BYMONTHDAY=15');
    expect(ruleError(fixture)).toBe('');
    // The start date counts as the first due date, then every 15th.
    expect(previewDates(fixture)).toEqual([
      '31.01.2099',
      '15.02.2099',
      '15.03.2099',
      '15.04.2099',
      '15.05.2099',
    ]);
  });

  it('sends the rule with the version and shows the server’s refusal at the rule field', async () => {
    const fixture = await render(data());
    await chooseRrule(fixture);
    await typeRule(fixture, 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31');
    element(fixture).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

    const put = TestBed.inject(HttpTestingController).expectOne(datasetPath('ds1', 'agreement'));
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      contactId: 'c1',
      method: 'email',
      format: 'CSV',
      schedule: { kind: 'rrule', startDate: '2099-01-31', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31' },
      note: null,
      version: 3,
    });
    const refusal: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: { 'schedule.rrule': ['rrule: not readable'] },
      codes: { 'schedule.rrule': ['invalidRrule'] },
    };
    put.flush(refusal, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();

    expect(closed).toEqual([]);
    expect(ruleError(fixture)).toBe('Diese Regel kann nicht gelesen werden.');
  });
});

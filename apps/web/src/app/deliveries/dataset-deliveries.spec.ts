import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_BASE, API_ROUTES, DeliveryDto, Role, datasetPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { DatasetDeliveries } from './dataset-deliveries';
import { agreementFixture, deliveryFixture } from './delivery-fixtures';

async function render(role: Role = 'team'): Promise<{
  fixture: ComponentFixture<DatasetDeliveries>;
  backend: HttpTestingController;
  changes: number[];
}> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // Dialogs close at once, without waiting for an animation the test browser never ends.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u-team', email: 't@x.de', name: 'Tara Team', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(DatasetDeliveries);
  fixture.componentRef.setInput('datasetId', 'ds1');
  fixture.componentRef.setInput('departmentId', 'a37');
  fixture.componentRef.setInput('stage', 'in_review');
  const changes: number[] = [];
  fixture.componentInstance.changed.subscribe(() => changes.push(1));
  await fixture.whenStable();
  return { fixture, backend, changes };
}

const overdueAgreement = agreementFixture({
  schedule: { kind: 'monthly', startDate: '2026-01-31' },
  nextDueAt: '2026-03-31',
  overdue: true,
  daysOverdue: 3,
});

function flush(backend: HttpTestingController, deliveries: DeliveryDto[]): void {
  backend.expectOne(datasetPath('ds1', 'agreement')).flush({ agreement: overdueAgreement });
  backend.expectOne(datasetPath('ds1', 'deliveries')).flush(deliveries);
}

function text(fixture: ComponentFixture<DatasetDeliveries>): string {
  return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
}

function buttons(root: ParentNode, label: string): HTMLButtonElement[] {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('button')).filter(
    (button) => button.textContent?.trim() === label,
  );
}

describe('DatasetDeliveries', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the agreement in words, overdue in words, and each delivery’s check in words', async () => {
    const { fixture, backend } = await render();
    flush(backend, [
      deliveryFixture('d3', { receivedAt: '2026-03-02T09:30:00Z' }),
      deliveryFixture('d2', { qualityCheck: 'failed', qualityNote: 'Spalte „Standort“ fehlt' }),
      deliveryFixture('d1', { qualityCheck: 'passed', fileName: 'sirenen.csv', checksum: 'sha256:abc' }),
    ]);
    await fixture.whenStable();

    const shown = text(fixture);
    expect(shown).toContain('monatlich ab 31.01.2026');
    expect(shown).toContain('31.03.2026');
    expect(shown).toContain('überfällig seit 3 Tagen');
    expect(shown).toContain('Anna Beispiel');
    expect(shown).toContain('E-Mail');
    expect(shown).toContain('Prüfung ausstehend');
    expect(shown).toContain('Prüfung nicht bestanden');
    expect(shown).toContain('Spalte „Standort“ fehlt');
    expect(shown).toContain('Prüfung bestanden');
    expect(shown).toContain('sirenen.csv');
    // Only the pending delivery offers to enter its check.
    expect(buttons(fixture.nativeElement as HTMLElement, 'Prüfung eintragen')).toHaveLength(1);
    expect(buttons(fixture.nativeElement as HTMLElement, 'Vereinbarung ändern')).toHaveLength(1);
  });

  it('offers no changes to a reader (management)', async () => {
    const { fixture, backend } = await render('management');
    flush(backend, [deliveryFixture('d3')]);
    await fixture.whenStable();

    expect(text(fixture)).toContain('Prüfung ausstehend');
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('button')).toHaveLength(0);
  });

  it('enters a failed check with its findings, then reads everything again and tells the page', async () => {
    const { fixture, backend, changes } = await render();
    flush(backend, [deliveryFixture('d3', { version: 2 })]);
    await fixture.whenStable();

    buttons(fixture.nativeElement as HTMLElement, 'Prüfung eintragen')[0].click();
    await fixture.whenStable();
    const dialog = document.body.querySelector<HTMLElement>('dl-delivery-dialog');
    if (!dialog) throw new Error('no dialog');
    dialog.querySelector<HTMLInputElement>('mat-radio-button input[value="failed"]')?.click();
    await fixture.whenStable();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    // The findings are required for a failed check: nothing is sent yet.
    backend.expectNone(`${API_BASE}/deliveries/d3`);
    expect(dialog.textContent).toContain('Bitte ausfüllen.');

    const note = dialog.querySelector<HTMLTextAreaElement>('[formcontrolname="qualityNote"]');
    if (!note) throw new Error('no findings field');
    note.value = 'Koordinaten fehlen';
    note.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const patch = backend.expectOne(`${API_BASE}/deliveries/d3`);
    expect(patch.request.body).toEqual({
      version: 2,
      qualityCheck: 'failed',
      qualityNote: 'Koordinaten fehlen',
    });
    patch.flush(
      deliveryFixture('d3', { version: 3, qualityCheck: 'failed', qualityNote: 'Koordinaten fehlen' }),
    );
    await fixture.whenStable();

    flush(backend, [
      deliveryFixture('d3', { version: 3, qualityCheck: 'failed', qualityNote: 'Koordinaten fehlen' }),
    ]);
    await fixture.whenStable();
    expect(changes).toHaveLength(1);
    expect(text(fixture)).toContain('Prüfung nicht bestanden');
    expect(buttons(fixture.nativeElement as HTMLElement, 'Prüfung eintragen')).toHaveLength(0);
    // The button is gone: the focus lands on the delivery the check was about, not on the page's start.
    expect((document.activeElement as HTMLElement | null)?.dataset['delivery']).toBe('d3');
  });
  it('records a delivery received just now, its check still pending, and puts the focus back', async () => {
    const { fixture, backend, changes } = await render();
    flush(backend, []);
    await fixture.whenStable();
    expect(text(fixture)).toContain('Noch keine Lieferung eingegangen.');

    const record = buttons(fixture.nativeElement as HTMLElement, 'Lieferung erfassen')[0];
    // In review, recording another delivery is not the next step: the button does not stand out.
    expect(record.classList).toContain('mat-mdc-outlined-button');
    fixture.componentRef.setInput('stage', 'delivery_scheduled');
    await fixture.whenStable();
    expect(record.classList).toContain('mat-mdc-unelevated-button');
    record.click();
    await fixture.whenStable();
    const dialog = document.body.querySelector<HTMLElement>('dl-delivery-dialog');
    if (!dialog) throw new Error('no dialog');
    const fileName = dialog.querySelector<HTMLInputElement>('[formcontrolname="fileName"]');
    if (!fileName) throw new Error('no file name field');
    fileName.value = ' sirenen-2026-03.csv ';
    fileName.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

    const post = backend.expectOne((r) => r.url === datasetPath('ds1', 'deliveries') && r.method === 'POST');
    const body = post.request.body as Record<string, unknown>;
    expect(Date.now() - new Date(String(body['receivedAt'])).getTime()).toBeLessThan(60_000);
    expect(body).toEqual({
      receivedAt: body['receivedAt'],
      fileName: 'sirenen-2026-03.csv',
      url: null,
      checksum: null,
      note: null,
      qualityCheck: null,
      qualityNote: null,
    });
    post.flush(deliveryFixture('d9', { fileName: 'sirenen-2026-03.csv' }));
    await fixture.whenStable();
    flush(backend, [deliveryFixture('d9', { fileName: 'sirenen-2026-03.csv' })]);
    await fixture.whenStable();

    expect(changes).toHaveLength(1);
    expect(text(fixture)).toContain('sirenen-2026-03.csv');
    expect(document.activeElement).toBe(record);
  });
});

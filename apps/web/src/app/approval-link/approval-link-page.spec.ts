import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_ROUTES, ApprovalLinkView, approvalLinkPath } from '@datenlotse/contracts';
import { linkViewFixture } from '../approvals/approval-fixtures';
import { ApprovalLinkPage } from './approval-link-page';

const TOKEN = 'tok-123';

async function render(
  answer: ApprovalLinkView | 'not-found',
): Promise<{ fixture: ComponentFixture<ApprovalLinkPage>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ApprovalLinkPage);
  fixture.componentRef.setInput('token', TOKEN);
  fixture.detectChanges();
  const get = backend.expectOne((r) => r.url === approvalLinkPath(TOKEN) && r.method === 'GET');
  if (answer === 'not-found') {
    get.flush(
      { statusCode: 404, error: 'Not Found', message: 'no link' },
      { status: 404, statusText: 'Not Found' },
    );
  } else {
    get.flush(answer);
  }
  backend.match(API_ROUTES.info).forEach((request) => request.flush({ municipalityName: 'Musterstadt' }));
  await fixture.whenStable();
  return { fixture, backend };
}

function text(fixture: ComponentFixture<ApprovalLinkPage>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

function heading(fixture: ComponentFixture<ApprovalLinkPage>): string {
  return (fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent?.trim() ?? '';
}

function choose(fixture: ComponentFixture<ApprovalLinkPage>, label: string): void {
  const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-radio-button'));
  const button = buttons.find((element) => element.textContent?.trim() === label);
  (button?.querySelector('input') as HTMLInputElement).click();
}

function submit(fixture: ComponentFixture<ApprovalLinkPage>): void {
  (
    (fixture.nativeElement as HTMLElement).querySelector('button[type="submit"]') as HTMLButtonElement
  ).click();
}

describe('ApprovalLinkPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows an open request: the dataset, its licence, the objections with their outcome, and three decisions', async () => {
    const { fixture } = await render(linkViewFixture());
    expect(heading(fixture)).toBe('Freigabe eines Datensatzes');
    const page = text(fixture);
    expect(page).toContain('Musterstadt');
    expect(page).toContain('Guten Tag Dr. Hanna Weber,');
    expect(page).toContain('Standorte der Sirenen');
    expect(page).toContain('Datenlizenz Deutschland – Namensnennung – Version 2.0');
    expect(page).toContain('CSV, GeoJSON');
    expect(page).toContain('Jährlich');
    expect(page).toContain('Kritische Infrastruktur');
    expect(page).toContain('Geklärt: veröffentlichbar');
    expect(page).toContain('Sirenen sind ohnehin sichtbar');
    const choices = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('mat-radio-button'),
    ).map((element) => element.textContent?.trim());
    expect(choices).toEqual(['Freigeben', 'Ablehnen', 'Änderungen anfordern']);
  });

  it('does not send a rejection without a reason, and thanks the head once it went through', async () => {
    const { fixture, backend } = await render(linkViewFixture());
    choose(fixture, 'Ablehnen');
    submit(fixture);
    await fixture.whenStable();
    backend.expectNone((r) => r.method === 'POST');
    expect(text(fixture)).toContain('Grund der Ablehnung');
    expect(text(fixture)).toContain('Bitte ausfüllen.');
    expect(document.activeElement?.tagName).toBe('TEXTAREA');

    const comment = (fixture.nativeElement as HTMLElement).querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Die Koordinaten sind zu genau.';
    comment.dispatchEvent(new Event('input'));
    submit(fixture);
    const post = backend.expectOne((r) => r.url === approvalLinkPath(TOKEN) && r.method === 'POST');
    expect(post.request.body).toEqual({ decision: 'rejected', comment: 'Die Koordinaten sind zu genau.' });
    post.flush(linkViewFixture({ state: 'used' }));
    await fixture.whenStable();
    expect(heading(fixture)).toBe('Vielen Dank, Ihre Ablehnung ist eingegangen');
    expect(text(fixture)).toContain('„Standorte der Sirenen“ wird nicht veröffentlicht.');
  });

  it('approves without a comment', async () => {
    const { fixture, backend } = await render(linkViewFixture());
    choose(fixture, 'Freigeben');
    submit(fixture);
    const post = backend.expectOne((r) => r.url === approvalLinkPath(TOKEN) && r.method === 'POST');
    expect(post.request.body).toEqual({ decision: 'approved' });
    post.flush(linkViewFixture({ state: 'used' }));
    await fixture.whenStable();
    expect(heading(fixture)).toBe('Vielen Dank, der Datensatz ist freigegeben');
  });

  it('asks for a choice before sending anything', async () => {
    const { fixture, backend } = await render(linkViewFixture());
    submit(fixture);
    await fixture.whenStable();
    backend.expectNone((r) => r.method === 'POST');
    expect(text(fixture)).toContain('Bitte wählen Sie zuerst eine Entscheidung.');
  });

  it('explains a link that was already used', async () => {
    const { fixture } = await render(
      linkViewFixture({ state: 'used', request: { ...linkViewFixture().request!, status: 'approved' } }),
    );
    expect(heading(fixture)).toBe('Diese Anfrage ist bereits entschieden');
    expect(text(fixture)).toContain('schon entschieden: Freigegeben.');
    expect(text(fixture)).toContain('wenden Sie sich bitte an das Open-Data-Team');
    expect((fixture.nativeElement as HTMLElement).querySelector('form')).toBeNull();
  });

  it('explains an expired link with its date', async () => {
    const { fixture } = await render(
      linkViewFixture({ state: 'expired', request: { ...linkViewFixture().request!, status: 'expired' } }),
    );
    expect(heading(fixture)).toBe('Dieser Link ist abgelaufen');
    expect(text(fixture)).toContain('bis 15.03.2026 gültig');
  });

  it('explains a withdrawn request', async () => {
    const { fixture } = await render(linkViewFixture({ state: 'withdrawn' }));
    expect(heading(fixture)).toBe('Diese Anfrage wurde zurückgezogen');
    expect(text(fixture)).toContain('Sie müssen nichts tun.');
  });

  it('explains an unknown link (404) kindly, not as an error', async () => {
    const { fixture } = await render('not-found');
    expect(heading(fixture)).toBe('Dieser Link ist nicht gültig');
    expect(text(fixture)).toContain('wenden Sie sich bitte an das Open-Data-Team');
    expect(text(fixture)).not.toContain('konnten nicht geladen');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_ROUTES, ApprovalRequestDto, DatasetStage, Role, datasetPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { datasetFixture } from '../datasets/dataset-fixtures';
import { approvalFixture } from './approval-fixtures';
import { DatasetApproval } from './dataset-approval';

const USER_IDS: Record<Role, string> = {
  admin: 'u-admin',
  team: 'u-team',
  department_head: 'u-head',
  management: 'u-management',
};

async function render(
  role: Role,
  stage: DatasetStage,
  requests: ApprovalRequestDto[],
): Promise<{ fixture: ComponentFixture<DatasetApproval>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: USER_IDS[role], email: 'x@x.de', name: 'Someone', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(DatasetApproval);
  fixture.componentRef.setInput('dataset', datasetFixture('d1', 'Standorte der Sirenen', { stage }));
  fixture.detectChanges();
  backend.expectOne(`${datasetPath('d1')}/approval-requests`).flush(requests);
  await fixture.whenStable();
  return { fixture, backend };
}

function buttons(fixture: ComponentFixture<DatasetApproval>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map(
    (button) => button.textContent?.trim() ?? '',
  );
}

function text(fixture: ComponentFixture<DatasetApproval>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

describe('DatasetApproval', () => {
  beforeEach(() => localStorage.clear());

  it('offers the team "Freigabe anfordern" while the dataset awaits approval', async () => {
    const { fixture } = await render('team', 'awaiting_approval', []);
    expect(buttons(fixture)).toEqual(['Freigabe anfordern']);
  });

  it('offers no request before the dataset awaits approval', async () => {
    const { fixture } = await render('team', 'in_clarification', []);
    expect(buttons(fixture)).toEqual([]);
    expect(text(fixture)).not.toContain('Freigabe');
  });

  it('offers no request to a department head or to management; they read that none was made', async () => {
    for (const role of ['department_head', 'management'] as const) {
      TestBed.resetTestingModule();
      const { fixture } = await render(role, 'awaiting_approval', []);
      expect(buttons(fixture)).toEqual([]);
      expect(text(fixture)).toContain('Das Open-Data-Team hat noch keine Freigabe angefragt.');
    }
  });

  it('shows a pending request with whom, when and until when, and lets the team withdraw it', async () => {
    const { fixture } = await render('team', 'awaiting_approval', [approvalFixture('r1')]);
    expect(text(fixture)).toContain(
      'Freigabe angefragt bei Dr. Hanna Weber am 01.03.2026, gültig bis 15.03.2026.',
    );
    expect(buttons(fixture)).toEqual(['Anfrage zurückziehen']);
  });

  it('lets the department head asked decide right on the dataset page', async () => {
    const { fixture } = await render('department_head', 'awaiting_approval', [approvalFixture('r1')]);
    expect(text(fixture)).toContain('Sie sind als Amtsleitung um die Freigabe gebeten.');
    expect(buttons(fixture)).toEqual(['Freigeben', 'Änderungen anfordern', 'Ablehnen']);
  });

  it('shows how earlier requests ended: who, when, how and why', async () => {
    const { fixture } = await render('team', 'in_clarification', [
      approvalFixture('r1', {
        status: 'changes_requested',
        decidedAt: '2026-03-04T09:00:00Z',
        decidedVia: 'email_link',
        decidedByName: 'Dr. Hanna Weber',
        comment: 'Bitte ohne Steuerungsdaten.',
      }),
    ]);
    expect(text(fixture)).toContain(
      'Änderungen angefordert von Dr. Hanna Weber am 04.03.2026 über den E-Mail-Link',
    );
    expect(text(fixture)).toContain('Bitte ohne Steuerungsdaten.');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_ROUTES, ApprovalRequestDto, Role } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { approvalFixture } from './approval-fixtures';
import { ApprovalsPage } from './approvals-page';

async function render(
  role: Role,
  userId: string,
  requests: ApprovalRequestDto[],
): Promise<{ fixture: ComponentFixture<ApprovalsPage>; backend: HttpTestingController }> {
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
    user: { id: userId, email: 'x@x.de', name: 'Someone', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(ApprovalsPage);
  await fixture.whenStable();
  backend.expectOne((r) => r.url === API_ROUTES.approvals && r.method === 'GET').flush(requests);
  await fixture.whenStable();
  return { fixture, backend };
}

function pendingTitles(fixture: ComponentFixture<ApprovalsPage>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.request.pending .title')).map(
    (title) => title.textContent?.trim() ?? '',
  );
}

function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('ApprovalsPage', () => {
  beforeEach(() => localStorage.clear());

  it("puts the head's own requests first and lets them decide; a reason is required to reject", async () => {
    const { fixture, backend } = await render('department_head', 'u-head', [
      approvalFixture('r-other', { datasetTitle: 'Hydranten', approverUserId: 'u-other' }),
      approvalFixture('r-mine', { datasetTitle: 'Sirenen' }),
      approvalFixture('r-old', {
        datasetTitle: 'Feuerwachen',
        status: 'approved',
        decidedAt: '2026-02-01T10:00:00Z',
      }),
    ]);
    expect(pendingTitles(fixture)).toEqual(['Sirenen', 'Hydranten']);
    const mine = (fixture.nativeElement as HTMLElement).querySelector('.request.pending') as HTMLElement;
    expect(mine.textContent).toContain('Angefragt von Tara Team am 01.03.2026');
    expect(mine.textContent).toContain('gültig bis 15.03.2026');

    button(mine, 'Ablehnen').click();
    await fixture.whenStable();
    const dialog = document.body.querySelector('dl-decide-dialog') as HTMLElement;
    button(dialog, 'Ablehnen').click();
    await fixture.whenStable();
    backend.expectNone((r) => r.method === 'POST');
    expect(dialog.textContent).toContain('Bitte ausfüllen.');

    const comment = dialog.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Die Standorte sind vertraulich.';
    comment.dispatchEvent(new Event('input'));
    button(dialog, 'Ablehnen').click();
    const post = backend.expectOne(`${API_ROUTES.approvals}/r-mine/decision`);
    expect(post.request.body).toEqual({ decision: 'rejected', comment: 'Die Standorte sind vertraulich.' });
    post.flush(approvalFixture('r-mine', { status: 'rejected' }));
    await fixture.whenStable();
    backend.expectOne((r) => r.url === API_ROUTES.approvals && r.method === 'GET').flush([]);
  });

  it('offers management no decision and no withdrawal', async () => {
    const { fixture } = await render('management', 'u-management', [approvalFixture('r1')]);
    expect(pendingTitles(fixture)).toEqual(['Standorte der Sirenen']);
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.request button')).toHaveLength(0);
  });

  it('lets the team withdraw a pending request but not decide it', async () => {
    const { fixture } = await render('team', 'u-team', [approvalFixture('r1')]);
    const labels = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.request button')).map(
      (element) => element.textContent?.trim(),
    );
    expect(labels).toEqual(['Zurückziehen']);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Freigabe durch Dr. Hanna Weber');
  });
});

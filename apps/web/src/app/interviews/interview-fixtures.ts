import { InterviewDto, InterviewSummaryDto } from '@datenlotse/contracts';

/** Wednesday, 2 December 2026, 10:00 local time: tests read the time as the user would. */
export const PLANNED_AT = new Date(2026, 11, 2, 10, 0).toISOString();

/** A row of the interview list; `overrides` sets what the test is about. */
export function interviewSummaryFixture(
  id: string,
  overrides: Partial<InterviewSummaryDto> = {},
): InterviewSummaryDto {
  return {
    id,
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    status: 'planned',
    scheduledAt: PLANNED_AT,
    durationMinutes: 90,
    location: 'Feuerwache 1, Raum 3',
    videoUrl: null,
    interviewers: [{ id: 'u-team', name: 'Tara Team' }],
    invitees: [{ id: 'c1', name: 'Anna Beispiel' }],
    templateName: 'Dreiteiliges Interview',
    templateVersionNumber: 1,
    startedAt: null,
    completedAt: null,
    version: 1,
    ...overrides,
  };
}

/** An interview as its page reads it; `overrides` sets what the test is about. */
export function interviewFixture(id: string, overrides: Partial<InterviewDto> = {}): InterviewDto {
  return {
    ...interviewSummaryFixture(id),
    templateVersionId: 'v1',
    definition: { sections: [] },
    answers: [],
    notes: [],
    invitationSentAt: null,
    cancelReason: null,
    outcomes: [],
    completionCount: 0,
    ...overrides,
  };
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { InterviewDto, InterviewOutcomeDto, InterviewOutcomeKind, PERMISSIONS } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { InterviewActions } from './interview-actions';
import { InterviewIcons } from './interview-icons';
import { InterviewStatusChip } from './interview-status-chip';
import { interviewWhen, namesOf, questionnaireOf } from './interview-wording';
import { InterviewsService } from './interviews.service';

/** Where an outcome lives in the app: a path and, on the department page, the anchor of the record. */
export interface OutcomeLink {
  path: string[];
  fragment?: string;
}

/** The order and headings of the outcome groups. */
const OUTCOME_GROUPS: readonly { kind: InterviewOutcomeKind; title: TranslationKey }[] = [
  { kind: 'dataset', title: 'interview.outcomeDatasets' },
  { kind: 'objection', title: 'interview.outcomeObjections' },
  { kind: 'agreement', title: 'interview.outcomeAgreement' },
  { kind: 'task', title: 'interview.outcomeTasks' },
  { kind: 'interaction', title: 'interview.outcomeInteraction' },
];

/**
 * Datasets have their own page; the unit's general objections, its tasks and its timeline entry are on the
 * department page (anchored); the delivery agreement sits on its dataset's page, which the outcome does not
 * name, so it stays plain text.
 */
export function outcomeLink(
  interview: Pick<InterviewDto, 'departmentId'>,
  outcome: InterviewOutcomeDto,
): OutcomeLink | null {
  const department = ['/organisation', interview.departmentId];
  switch (outcome.kind) {
    case 'dataset':
      return { path: ['/datasets', outcome.entityId] };
    case 'objection':
      return { path: department, fragment: `objection-title-${outcome.entityId}` };
    case 'task':
      return { path: department, fragment: `task-${outcome.entityId}` };
    case 'interaction':
      return { path: department, fragment: `interaction-${outcome.entityId}` };
    case 'agreement':
      return null;
  }
}

/**
 * One interview at a glance: when and where, who takes part, with which questionnaire, and what can happen
 * next by its status (invite, edit, cancel, run; after it: the protocol and the records it created). The team
 * acts; department heads and management read it and open the protocol.
 */
@Component({
  selector: 'dl-interview-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LoadState, InterviewStatusChip],
  templateUrl: './interview-page.html',
  styleUrl: './interview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewPage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly interviews = inject(InterviewsService);
  private readonly actions = inject(InterviewActions);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.interviewsWrite));
  protected readonly interview = loadableFor(this.id, (id) =>
    this.interviews.get(id, { handleNotFound: true }),
  );
  protected readonly notFound = computed(
    () => this.interview.status() === 'error' && this.interview.errorStatus() === 404,
  );
  protected readonly outcomeGroups = computed(() => {
    const interview = this.interview.value();
    if (!interview) return [];
    return OUTCOME_GROUPS.map((group) => ({
      ...group,
      items: interview.outcomes
        .filter((outcome) => outcome.kind === group.kind)
        .map((outcome) => ({ outcome, link: outcomeLink(interview, outcome) })),
    })).filter((group) => group.items.length > 0);
  });

  constructor() {
    inject(AppIcons);
    inject(InterviewIcons);
    const title = inject(Title);
    effect(() => {
      const interview = this.interview.value();
      if (!interview) return;
      const heading = this.i18n.t('interview.title', { department: interview.departmentName });
      title.setTitle(`${heading} – ${this.i18n.t('app.name')}`);
    });
  }

  protected when(interview: InterviewDto): string {
    return interviewWhen(this.i18n, interview);
  }

  protected names(people: InterviewDto['interviewers']): string {
    return namesOf(this.i18n, people);
  }

  protected questionnaire(interview: InterviewDto): string {
    return questionnaireOf(this.i18n, interview);
  }

  // Saved, sent or stale: the page shows what the server now holds.
  protected invite(interview: InterviewDto): void {
    this.actions.invite(interview).subscribe(() => this.interview.reload());
  }

  protected edit(interview: InterviewDto): void {
    this.actions.edit(interview).subscribe(() => this.interview.reload());
  }

  protected cancel(interview: InterviewDto): void {
    this.actions.cancel(interview).subscribe(() => this.interview.reload());
  }
}

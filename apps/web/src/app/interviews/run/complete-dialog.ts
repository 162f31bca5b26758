import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { CompletionSummary } from './completion';

export interface CompleteDialogData {
  summary: CompletionSummary;
  /** Completed before: the records are updated, not made twice. */
  again: boolean;
}

/** "Interview abschließen?": what completing will create, before it does. Closes with `true` to complete. */
@Component({
  selector: 'dl-complete-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>
      {{ (data.again ? 'interviewRun.completeAgainTitle' : 'interviewRun.completeTitle') | t }}
    </h2>
    <mat-dialog-content>
      <p>{{ 'interviewRun.completeIntro' | t }}</p>
      <ul class="summary" data-testid="completion-summary">
        @for (line of lines(); track $index) {
          <li>{{ line }}</li>
        }
      </ul>
      @if (data.again) {
        <p>{{ 'interviewRun.completeAgainNote' | t }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'app.cancel' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        {{ (data.again ? 'interviewRun.completeAgain' : 'interviewRun.complete') | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .summary {
      margin: 0 0 12px;
      padding-inline-start: 20px;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompleteDialog {
  protected readonly data = inject<CompleteDialogData>(MAT_DIALOG_DATA);
  private readonly i18n = inject(I18nService);

  protected readonly lines = computed(() => {
    const summary = this.data.summary;
    const t = this.i18n.t.bind(this.i18n);
    const day = (iso: string): string => this.i18n.formatDate(`${iso}T00:00:00`);
    const lines = [
      t('interviewRun.summaryDatasets', { count: summary.datasets }),
      t('interviewRun.summaryObjections', { count: summary.objections }),
    ];
    if (summary.agreementDataset) {
      lines.push(
        summary.firstDelivery
          ? t('interviewRun.summaryAgreementDue', {
              title: summary.agreementDataset,
              date: day(summary.firstDelivery),
            })
          : t('interviewRun.summaryAgreement', { title: summary.agreementDataset }),
      );
    } else {
      lines.push(t('interviewRun.summaryNoAgreement'));
    }
    const tasks: string[] = [];
    if (summary.followUp) tasks.push(t('interviewRun.taskFollowUp', { date: day(summary.followUp) }));
    if (summary.releaseTask) tasks.push(t('interviewRun.taskRelease'));
    if (summary.nextStepsTask) tasks.push(t('interviewRun.taskNextSteps'));
    if (tasks.length > 0) lines.push(t('interviewRun.summaryTasks', { tasks: tasks.join(', ') }));
    lines.push(t('interviewRun.summaryProtocol'));
    return lines;
  });
}

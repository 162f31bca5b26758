import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { ObjectionDto } from '@datenlotse/contracts';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { categoryLabel, isOutcome, objectionStatusLabel } from './objection-labels';
import { ObjectionStatusChip } from './objection-status-chip';
import { ObjectionsService } from './objections.service';

/**
 * One objection with its answer, outcome and discussion. The team answers and edits it, and deletes it while
 * it is open (the API keeps answered and decided ones as history); whoever may comment (the team and the
 * department's heads) adds to the discussion right here.
 */
@Component({
  selector: 'dl-objection-item',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    TranslatePipe,
    FieldErrorPipe,
    ObjectionStatusChip,
  ],
  templateUrl: './objection-item.html',
  styleUrl: './objection-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectionItem {
  readonly objection = input.required<ObjectionDto>();
  /** Titles of the library's arguments; null where the user may not read the library (department heads). */
  readonly argumentTitles = input<ReadonlyMap<string, string> | null>(null);
  readonly canWrite = input(false);
  readonly canComment = input(false);

  readonly answer = output<ObjectionDto>();
  readonly edit = output<ObjectionDto>();
  readonly remove = output<ObjectionDto>();
  /** A comment was added: the objection as the API returned it. */
  readonly commented = output<ObjectionDto>();

  protected readonly i18n = inject(I18nService);
  private readonly objections = inject(ObjectionsService);
  private readonly toast = inject(ToastService);

  protected readonly categoryLabel = categoryLabel;
  protected readonly statusLabel = objectionStatusLabel;
  protected readonly commentForm = inject(NonNullableFormBuilder).group({
    // Checked on submit, not marked as required: an empty box is the normal state of a discussion.
    body: ['', [Validators.maxLength(4000)]],
  });
  protected readonly submission = new FormSubmission(this.commentForm, this.i18n);

  protected readonly decided = computed(() => isOutcome(this.objection().status));
  protected readonly usedArguments = computed(() => {
    const titles = this.argumentTitles();
    const ids = this.objection().argumentIds;
    if (!titles) return null;
    return ids.map((id) => titles.get(id)).filter((title): title is string => !!title);
  });

  protected submitComment(): void {
    if (this.submission.submitting()) return;
    const body = this.commentForm.controls.body.value.trim();
    if (!body) {
      this.commentForm.controls.body.setErrors({ required: true });
      this.commentForm.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.objections.comment(this.objection().id, { body }).subscribe({
      next: (objection) => {
        this.submission.end();
        this.commentForm.reset();
        void this.toast.show(this.i18n.t('objections.commented'));
        this.commented.emit(objection);
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogConfig, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  OUTCOME_TYPES,
  QUESTION_OUTCOMES,
  QUESTION_TYPES,
  QuestionDefinition,
  QuestionOutcome,
} from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { formDialogConfig } from '../shared/form-dialog';
import { QuestionnaireIcons } from './questionnaire-icons';
import { OptionsArray, optionForm, questionForm, questionFromForm } from './question-form';
import { localized, outcomeLabel, typeLabel } from './questionnaire-wording';

export interface QuestionDialogData {
  question: QuestionDefinition;
  isNew: boolean;
  /** The questions before this one: a condition or `optionsFrom` may only refer to these. */
  earlier: readonly QuestionDefinition[];
  /** The keys of all other questions. */
  otherKeys: readonly string[];
  /** Outcomes other questions already have: each is used once. */
  takenOutcomes: readonly QuestionOutcome[];
}

/** The question dialog has many fields: it is wider than the other form dialogs. */
export function questionDialogConfig(data: QuestionDialogData): MatDialogConfig<QuestionDialogData> {
  return { ...formDialogConfig(data), width: '760px' };
}

/** A choice the condition can compare with: yes/no, or an option of the question it reads. */
interface ConditionChoice {
  value: string;
  label: string;
}

/**
 * One question: key, type, texts and help in both languages, required, and what its type needs (options or
 * the rows of an earlier dataset list, a scale), a condition on an earlier answer and the outcome.
 */
@Component({
  selector: 'dl-question-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './question-dialog.html',
  styleUrl: './question-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionDialog {
  protected readonly data = inject<QuestionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<QuestionDialog, QuestionDefinition>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  protected readonly form = questionForm(this.fb, this.data.question, this.data.otherKeys);
  protected readonly options: OptionsArray = this.form.controls.options;
  protected readonly types = QUESTION_TYPES;
  protected readonly typeLabel = typeLabel;
  protected readonly outcomeLabel = outcomeLabel;

  protected readonly type = toSignal(this.form.controls.type.valueChanges, {
    initialValue: this.form.controls.type.value,
  });
  protected readonly optionsFrom = toSignal(this.form.controls.optionsFrom.valueChanges, {
    initialValue: this.form.controls.optionsFrom.value,
  });
  protected readonly conditionKey = toSignal(this.form.controls.conditionKey.valueChanges, {
    initialValue: this.form.controls.conditionKey.value,
  });
  protected readonly isChoice = computed(
    () => this.type() === 'single_choice' || this.type() === 'multi_choice',
  );
  protected readonly ownOptions = computed(
    () => this.isChoice() && !(this.type() === 'single_choice' && this.optionsFrom()),
  );
  /** Earlier dataset lists a single choice can offer the rows of (part 3: "which dataset first?"). */
  protected readonly datasetLists = this.data.earlier.filter((question) => question.type === 'dataset_list');
  protected readonly outcomes = computed(() =>
    QUESTION_OUTCOMES.filter(
      (outcome) => OUTCOME_TYPES[outcome] === this.type() && !this.data.takenOutcomes.includes(outcome),
    ),
  );
  protected readonly conditionChoices = computed<ConditionChoice[]>(() => {
    const target = this.data.earlier.find((question) => question.key === this.conditionKey());
    if (target?.type === 'yes_no') {
      return [
        { value: 'yes', label: this.i18n.t('app.yes') },
        { value: 'no', label: this.i18n.t('app.no') },
      ];
    }
    return (target?.options ?? []).map((option) => ({
      value: option.value,
      label: localized(this.i18n, option.label),
    }));
  });
  /** Checks across fields that the form controls do not make themselves (shown at their group). */
  protected readonly optionsProblem = signal(false);
  protected readonly scaleProblem = signal(false);

  constructor() {
    inject(QuestionnaireIcons);
    // A changed type keeps only an outcome that fits it; a changed condition question starts without values.
    this.form.controls.type.valueChanges.subscribe((type) => {
      const outcome = this.form.controls.outcome.value;
      if (outcome && OUTCOME_TYPES[outcome] !== type) this.form.controls.outcome.setValue('');
    });
    this.form.controls.conditionKey.valueChanges.subscribe(() =>
      this.form.controls.conditionValues.setValue([]),
    );
  }

  protected earlierLabel(question: QuestionDefinition): string {
    const text = localized(this.i18n, question.text);
    return text ? `${question.key} – ${text}` : question.key;
  }

  protected addOption(): void {
    this.options.push(optionForm(this.fb));
    this.optionsProblem.set(false);
    this.focus(`option-de-${this.options.length - 1}`);
  }

  protected moveOption(index: number, step: -1 | 1): void {
    const to = index + step;
    if (to < 0 || to >= this.options.length) return;
    const option = this.options.at(index);
    this.options.removeAt(index);
    this.options.insert(to, option);
    this.focus(`option-${step < 0 ? 'up' : 'down'}-${to}`);
  }

  protected removeOption(index: number): void {
    this.options.removeAt(index);
    this.focus('add-option');
  }

  protected submit(): void {
    const type = this.type();
    // Only the fields the type uses count: the options of a text question do not stop it from being applied.
    if (!this.ownOptions()) this.options.controls.forEach((option) => option.disable());
    const min = Number(this.form.controls.scaleMin.value);
    const max = Number(this.form.controls.scaleMax.value);
    this.scaleProblem.set(
      type === 'scale' && !(Number.isInteger(min) && Number.isInteger(max) && min < max && max - min <= 10),
    );
    this.optionsProblem.set(this.ownOptions() && this.options.length < 2);
    const invalid = this.form.invalid || this.scaleProblem() || this.optionsProblem();
    this.options.controls.forEach((option) => option.enable());
    if (invalid) {
      this.form.markAllAsTouched();
      // The first field with a problem gets the focus, so a keyboard user lands where the fix is.
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, .group-problem')
            ?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.dialogRef.close(questionFromForm(this.form));
  }

  private focus(id: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus(), {
      injector: this.injector,
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerInputEvent, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioChange, MatRadioModule } from '@angular/material/radio';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import {
  AnswerMap,
  AnswerValue,
  ConcernRow,
  DatasetCandidateRow,
  QuestionDefinition,
  hasAnswer,
} from '@datenlotse/contracts';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { fromIsoDate, provideLocalizedDates, toIsoDate } from '../../tasks/localized-date-adapter';
import { DatasetListEditor } from './dataset-list-editor';
import { InterviewRunIcons } from './interview-run-icons';
import { localized } from './localized';
import { ObjectionListEditor } from './objection-list-editor';

/** A person the contact questions offer: the department's contacts. */
export interface QuestionContact {
  id: string;
  name: string;
  role?: string | null;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** More options than this are a select rather than a column of radio buttons. */
export const MAX_RADIO_OPTIONS = 6;

let nextFieldId = 0;

/**
 * One question of a questionnaire, of any type, as a field: the guided interview screen and the questionnaire
 * preview both render questions with it. It holds no state of its own: `value` comes in, every edit goes out
 * through `valueChange` in the shape the API stores (see AnswerValue), so the caller decides when to save.
 */
@Component({
  selector: 'dl-question-field',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    DatasetListEditor,
    ObjectionListEditor,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './question-field.html',
  styleUrl: './question-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-question]': 'question().key', '[attr.data-type]': 'question().type' },
})
export class QuestionField {
  readonly question = input.required<QuestionDefinition>();
  readonly value = input<AnswerValue | undefined>(null);
  /** All answers so far: a choice over the rows of an earlier dataset list reads them. */
  readonly answers = input<AnswerMap>({});
  readonly contacts = input<readonly QuestionContact[]>([]);
  readonly readonly = input(false);
  /** A problem to show at the question (the server refused the answer). */
  readonly error = input<string | null>(null);
  readonly valueChange = output<AnswerValue>();

  private readonly i18n = inject(I18nService);
  protected readonly id = `question-field-${nextFieldId++}`;

  protected readonly text = computed(() => localized(this.question().text, this.i18n.locale()));
  protected readonly help = computed(() => localized(this.question().help, this.i18n.locale()));
  protected readonly answered = computed(() => hasAnswer(this.value()));

  /** The choices of a single or multiple choice: its options, or the rows of the dataset list it refers to. */
  protected readonly options = computed<ChoiceOption[]>(() => {
    const question = this.question();
    const locale = this.i18n.locale();
    if (question.optionsFrom) {
      const rows = this.answers()[question.optionsFrom];
      return Array.isArray(rows)
        ? (rows as DatasetCandidateRow[])
            .filter((row) => typeof row === 'object' && row.title?.trim())
            .map((row) => ({ value: row.id, label: row.title }))
        : [];
    }
    return (question.options ?? []).map((option) => ({
      value: option.value,
      label: localized(option.label, locale),
    }));
  });
  protected readonly asSelect = computed(() => this.options().length > MAX_RADIO_OPTIONS);

  protected readonly scaleSteps = computed(() => {
    const scale = this.question().scale;
    if (!scale) return [];
    return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  });
  protected readonly scaleMinLabel = computed(() =>
    localized(this.question().scale?.minLabel, this.i18n.locale()),
  );
  protected readonly scaleMaxLabel = computed(() =>
    localized(this.question().scale?.maxLabel, this.i18n.locale()),
  );

  protected readonly textValue = computed(() => {
    const value = this.value();
    return typeof value === 'string' ? value : '';
  });
  protected readonly dateValue = computed(() => fromIsoDate(this.textValue() || null));
  protected readonly chosen = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? (value as string[]) : [];
  });
  protected readonly datasetRows = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? (value as DatasetCandidateRow[]) : [];
  });
  protected readonly concernRows = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? (value as ConcernRow[]) : [];
  });
  /** A contact chosen earlier who is no longer among the department's contacts still shows. */
  protected readonly contactOptions = computed(() => {
    const contacts = [...this.contacts()];
    const value = this.value();
    if (typeof value === 'string' && value && !contacts.some((contact) => contact.id === value)) {
      contacts.unshift({ id: value, name: this.i18n.t('questionField.unknownContact') });
    }
    return contacts;
  });

  /** Radio buttons and checkboxes cannot be unchosen: a small button clears the answer. */
  protected readonly clearable = computed(() => {
    const type = this.question().type;
    return (
      !this.readonly() &&
      this.answered() &&
      ['yes_no', 'single_choice', 'scale', 'date', 'contact'].includes(type)
    );
  });

  constructor() {
    inject(InterviewRunIcons);
  }

  protected describedBy(): string | null {
    const ids = [this.help() ? `${this.id}-help` : '', this.error() ? `${this.id}-error` : ''];
    return ids.filter((id) => id).join(' ') || null;
  }

  protected emit(value: AnswerValue): void {
    if (!this.readonly()) this.valueChange.emit(value);
  }

  protected typed(event: Event): void {
    this.emit((event.target as HTMLTextAreaElement).value);
  }

  protected yesNo(event: MatRadioChange): void {
    this.emit(event.value === 'yes');
  }

  protected yesNoValue(): string | null {
    const value = this.value();
    return typeof value === 'boolean' ? (value ? 'yes' : 'no') : null;
  }

  protected single(event: MatRadioChange | MatSelectChange): void {
    const value: unknown = event.value;
    this.emit(typeof value === 'string' && value !== '' ? value : null);
  }

  /** The chosen options in the order of the question, so that a value does not depend on the clicking order. */
  protected toggle(value: string, event: MatCheckboxChange): void {
    const chosen = new Set(this.chosen());
    if (event.checked) chosen.add(value);
    else chosen.delete(value);
    this.emit(
      this.options()
        .filter((option) => chosen.has(option.value))
        .map((option) => option.value),
    );
  }

  protected scale(event: MatRadioChange): void {
    this.emit(Number(event.value));
  }

  protected date(event: MatDatepickerInputEvent<Date>): void {
    const date = event.value;
    if (date === null) {
      // Text that is not a date stays in the input with its error; an emptied input clears the answer.
      if ((event.targetElement as HTMLInputElement).value.trim() === '') this.emit(null);
      return;
    }
    if (!Number.isNaN(date.getTime())) this.emit(toIsoDate(date));
  }

  protected contactLabel(contact: QuestionContact): string {
    return contact.role ? `${contact.name} (${contact.role})` : contact.name;
  }
}

import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import {
  DefinitionProblem,
  QuestionDefinition,
  QuestionOutcome,
  QuestionnaireDefinition,
  QuestionnaireSection,
  allQuestions,
} from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import {
  QuestionPlace,
  addQuestion,
  addSection,
  moveQuestion,
  moveSection,
  newQuestion,
  newSection,
  questionProblems,
  questionsBefore,
  removeQuestion,
  removeSection,
  replaceQuestion,
  replaceSection,
  sectionProblems,
  stepPlace,
} from './definition-edits';
import { QuestionDialog, QuestionDialogData, questionDialogConfig } from './question-dialog';
import { localized, outcomeLabel, problemText, typeLabel } from './questionnaire-wording';
import { SectionDialog, SectionDialogData } from './section-dialog';
import { formDialogConfig } from '../shared/form-dialog';

/**
 * The sections and questions of a definition: shown read-only, or edited (dialogs for a section's and a
 * question's fields; order by drag and drop and by "nach oben"/"nach unten" buttons, so a keyboard does it
 * too). Problems are shown at the section or question they are about. Emits every changed definition.
 */
@Component({
  selector: 'dl-definition-editor',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
  ],
  templateUrl: './definition-editor.html',
  styleUrl: './definition-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DefinitionEditor {
  readonly definition = input.required<QuestionnaireDefinition>();
  readonly problems = input<readonly DefinitionProblem[]>([]);
  readonly readOnly = input(false);
  readonly definitionChange = output<QuestionnaireDefinition>();

  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);
  /** What a move did, for screen readers (the moved item keeps the focus). */
  protected readonly announcement = signal('');

  protected readonly typeLabel = typeLabel;
  protected readonly localized = (text: QuestionDefinition['text'] | null | undefined) =>
    localized(this.i18n, text);

  protected sectionProblemTexts(section: number): string[] {
    return sectionProblems(this.problems(), section).map((problem) => problemText(this.i18n, problem));
  }

  protected questionProblemTexts(place: QuestionPlace): string[] {
    return questionProblems(this.problems(), place).map((problem) => problemText(this.i18n, problem));
  }

  protected outcomeText(outcome: QuestionOutcome): string {
    return this.i18n.t('questionnaires.editor.outcomeLabel', { outcome: this.i18n.t(outcomeLabel(outcome)) });
  }

  /** "Nur wenn kennt_open_data = Ja": the condition in words, with the option labels of the question it reads. */
  protected conditionText(question: QuestionDefinition): string {
    const condition = question.condition;
    if (!condition) return '';
    const target = allQuestions(this.definition()).find(
      (candidate) => candidate.key === condition.questionKey,
    );
    const values = (condition.values ?? []).map((value) => {
      if (target?.type === 'yes_no') return this.i18n.t(value === 'yes' ? 'app.yes' : 'app.no');
      const option = target?.options?.find((candidate) => candidate.value === value);
      return option ? localized(this.i18n, option.label) : value;
    });
    return values.length === 0
      ? this.i18n.t('questionnaires.editor.showWhen', { key: condition.questionKey })
      : this.i18n.t('questionnaires.editor.showWhenValues', {
          key: condition.questionKey,
          values: values.join(', '),
        });
  }

  /** What the interviewer chooses from: the options, the rows of a dataset list, or the scale's range. */
  protected optionsText(question: QuestionDefinition): string {
    if (question.optionsFrom) {
      return this.i18n.t('questionnaires.editor.optionsFromLabel', { key: question.optionsFrom });
    }
    if (question.type === 'scale' && question.scale) {
      const range = this.i18n.t('questionnaires.editor.scaleLabel', {
        min: question.scale.min,
        max: question.scale.max,
      });
      const ends = [question.scale.minLabel, question.scale.maxLabel].map((label) =>
        localized(this.i18n, label),
      );
      return ends.every((end) => end) ? `${range} (${ends.join(' – ')})` : range;
    }
    const labels = (question.options ?? []).map((option) => localized(this.i18n, option.label));
    return labels.length > 0
      ? this.i18n.t('questionnaires.editor.optionsLabel', { options: labels.join(' · ') })
      : '';
  }

  protected canStep(place: QuestionPlace, step: -1 | 1): boolean {
    return stepPlace(this.definition(), place, step) !== null;
  }

  // --- sections ---

  protected addSection(): void {
    const definition = this.definition();
    this.openSection(newSection(definition), definition.sections.length, (section) => {
      this.definitionChange.emit(addSection(definition, section));
      this.focus(`section-${definition.sections.length}`);
    });
  }

  protected editSection(index: number): void {
    const definition = this.definition();
    this.openSection(definition.sections[index], index, (section) => {
      this.definitionChange.emit(replaceSection(definition, index, section));
      this.focus(`section-edit-${index}`);
    });
  }

  protected moveSection(index: number, step: -1 | 1): void {
    const definition = this.definition();
    const to = index + step;
    if (to < 0 || to >= definition.sections.length) return;
    this.definitionChange.emit(moveSection(definition, index, to));
    this.announcement.set(
      this.i18n.t('questionnaires.editor.movedSection', {
        title: localized(this.i18n, definition.sections[index].title),
        position: to + 1,
      }),
    );
    this.focus(`section-${step < 0 ? 'up' : 'down'}-${to}`);
  }

  protected removeSection(index: number): void {
    const definition = this.definition();
    const section = definition.sections[index];
    const remove = () => {
      this.definitionChange.emit(removeSection(definition, index));
      this.focus('add-section');
    };
    if (section.questions.length === 0) {
      remove();
      return;
    }
    this.confirm({
      title: this.i18n.t('questionnaires.editor.removeSectionTitle', { number: index + 1 }),
      text: this.i18n.t('questionnaires.editor.removeSectionText', {
        title: localized(this.i18n, section.title),
        count: section.questions.length,
      }),
      confirm: this.i18n.t('questionnaires.editor.remove'),
      danger: true,
    }).subscribe((confirmed) => {
      if (confirmed) remove();
    });
  }

  // --- questions ---

  protected addQuestion(sectionIndex: number): void {
    const definition = this.definition();
    const place = { section: sectionIndex, question: definition.sections[sectionIndex].questions.length };
    this.openQuestion(newQuestion(definition), place, true, (question) => {
      this.definitionChange.emit(addQuestion(definition, sectionIndex, question));
      this.focus(`q-edit-${place.section}-${place.question}`);
    });
  }

  protected editQuestion(place: QuestionPlace): void {
    const definition = this.definition();
    const question = definition.sections[place.section].questions[place.question];
    this.openQuestion(question, place, false, (edited) => {
      this.definitionChange.emit(replaceQuestion(definition, place, edited));
      this.focus(`q-edit-${place.section}-${place.question}`);
    });
  }

  protected step(place: QuestionPlace, step: -1 | 1): void {
    const definition = this.definition();
    const to = stepPlace(definition, place, step);
    if (!to) return;
    const key = definition.sections[place.section].questions[place.question].key;
    this.definitionChange.emit(moveQuestion(definition, place, to));
    this.announcement.set(
      this.i18n.t('questionnaires.editor.movedQuestion', {
        key,
        position: to.question + 1,
        section: to.section + 1,
      }),
    );
    this.focus(`q-${step < 0 ? 'up' : 'down'}-${to.section}-${to.question}`);
  }

  protected dropped(event: CdkDragDrop<number>): void {
    const from = { section: event.previousContainer.data, question: event.previousIndex };
    const to = { section: event.container.data, question: event.currentIndex };
    if (from.section === to.section && from.question === to.question) return;
    this.definitionChange.emit(moveQuestion(this.definition(), from, to));
  }

  protected removeQuestion(place: QuestionPlace): void {
    const definition = this.definition();
    const question = definition.sections[place.section].questions[place.question];
    this.confirm({
      title: this.i18n.t('questionnaires.editor.removeQuestionTitle'),
      text: this.i18n.t('questionnaires.editor.removeQuestionText', {
        text: localized(this.i18n, question.text) || question.key,
      }),
      confirm: this.i18n.t('questionnaires.editor.remove'),
      danger: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.definitionChange.emit(removeQuestion(definition, place));
      this.focus(`add-question-${place.section}`);
    });
  }

  private openSection(
    section: QuestionnaireSection,
    index: number,
    apply: (section: QuestionnaireSection) => void,
  ) {
    const otherKeys = this.definition()
      .sections.filter((_, i) => i !== index)
      .map((other) => other.key);
    this.dialog
      .open<SectionDialog, SectionDialogData, QuestionnaireSection>(
        SectionDialog,
        formDialogConfig({ section, otherKeys, isNew: index >= this.definition().sections.length }),
      )
      .afterClosed()
      .subscribe((result) => {
        if (result) apply(result);
      });
  }

  private openQuestion(
    question: QuestionDefinition,
    place: QuestionPlace,
    isNew: boolean,
    apply: (question: QuestionDefinition) => void,
  ): void {
    const definition = this.definition();
    const others = allQuestions(definition).filter((other) => other !== question);
    this.dialog
      .open<QuestionDialog, QuestionDialogData, QuestionDefinition>(
        QuestionDialog,
        questionDialogConfig({
          question,
          isNew,
          earlier: questionsBefore(definition, place),
          otherKeys: others.map((other) => other.key),
          takenOutcomes: others.flatMap((other) => (other.outcome ? [other.outcome] : [])),
        }),
      )
      .afterClosed()
      .subscribe((result) => {
        if (result) apply(result);
      });
  }

  private confirm(data: ConfirmDialogData) {
    return this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed();
  }

  /** Puts the focus on an element once the changed definition is rendered (ids by position). */
  private focus(id: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus(), {
      injector: this.injector,
    });
  }
}

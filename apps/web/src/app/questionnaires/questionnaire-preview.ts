import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  AnswerValue,
  QuestionDefinition,
  QuestionnaireDefinition,
  isQuestionVisible,
} from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { QuestionField } from '../interviews/run/question-field';
import { localized } from './questionnaire-wording';

/**
 * The questionnaire as the interviewer sees it, to try out: the same question fields as the guided interview
 * screen, answers kept here only (nothing is saved), and conditions showing and hiding questions as they would
 * in the interview. Contact questions offer no contacts here: the preview belongs to no department.
 */
@Component({
  selector: 'dl-questionnaire-preview',
  imports: [MatButtonModule, TranslatePipe, QuestionField],
  template: `
    <div class="bar">
      <p class="intro">{{ 'questionnaires.preview.intro' | t }}</p>
      <button mat-button type="button" (click)="answers.set({})">
        {{ 'questionnaires.preview.reset' | t }}
      </button>
    </div>
    @if (questionCount() === 0) {
      <p class="intro">{{ 'questionnaires.preview.empty' | t }}</p>
    }
    @for (section of definition().sections; track $index; let s = $index) {
      <section class="part" [attr.aria-labelledby]="'preview-part-' + s">
        <h2 [id]="'preview-part-' + s">
          {{ text(section.title) || ('questionnaires.editor.untitled' | t) }}
        </h2>
        @if (text(section.intro); as intro) {
          <p class="intro">{{ intro }}</p>
        }
        @for (question of section.questions; track question.key + $index) {
          @if (visible(question)) {
            <dl-question-field
              class="field"
              [question]="question"
              [value]="answers()[question.key] ?? null"
              [answers]="answers()"
              (valueChange)="answer(question.key, $event)"
            />
          }
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      padding-top: 16px;
      max-width: 760px;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .intro {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      white-space: pre-line;
    }
    .part {
      margin-top: 16px;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .field {
      display: block;
      margin-bottom: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnairePreview {
  readonly definition = input.required<QuestionnaireDefinition>();
  private readonly i18n = inject(I18nService);

  protected readonly answers = signal<Record<string, AnswerValue>>({});
  protected readonly questionCount = computed(() =>
    this.definition().sections.reduce((count, section) => count + section.questions.length, 0),
  );

  protected text(value: QuestionDefinition['text'] | null | undefined): string {
    return localized(this.i18n, value);
  }

  protected visible(question: QuestionDefinition): boolean {
    return isQuestionVisible(this.definition(), question, this.answers());
  }

  protected answer(key: string, value: AnswerValue): void {
    this.answers.update((answers) => ({ ...answers, [key]: value }));
  }
}

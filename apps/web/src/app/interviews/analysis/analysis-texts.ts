import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { QuestionAnalysis } from '@datenlotse/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';

type AnalysisText = NonNullable<QuestionAnalysis['texts']>[number];

/** How many answers show before "Alle anzeigen": enough to get the tone, short enough to scroll past. */
export const TEXTS_SHOWN = 5;

/**
 * The answers of an open question in their own words, each with the department that gave it (a link to the
 * interview); or, as a plain list, the data the departments asked for.
 */
@Component({
  selector: 'dl-analysis-texts',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  template: `
    <ul class="texts" [class.quotes]="quotes()">
      @for (text of shown(); track $index) {
        <li>
          @if (quotes()) {
            <blockquote>{{ text.text }}</blockquote>
          } @else {
            <span class="title">{{ text.text }}</span>
          }
          <a
            class="source"
            [routerLink]="['/interviews', text.interviewId]"
            [attr.aria-label]="'interviewAnalysis.openInterview' | t: { department: text.departmentName }"
            >{{ text.departmentName }}</a
          >
        </li>
      }
    </ul>
    @if (texts().length > limit) {
      <button
        mat-button
        type="button"
        class="more"
        [attr.aria-expanded]="expanded()"
        (click)="expanded.set(!expanded())"
      >
        {{
          expanded()
            ? ('interviewAnalysis.showFewer' | t)
            : ('interviewAnalysis.showAll' | t: { count: texts().length })
        }}
      </button>
    }
  `,
  styleUrl: './analysis-texts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalysisTexts {
  readonly texts = input.required<readonly AnalysisText[]>();
  /** Quotes (open answers) or a list of titles (requested data). */
  readonly quotes = input(true);

  protected readonly limit = TEXTS_SHOWN;
  protected readonly expanded = signal(false);
  protected readonly shown = computed(() =>
    this.expanded() ? this.texts() : this.texts().slice(0, TEXTS_SHOWN),
  );
}

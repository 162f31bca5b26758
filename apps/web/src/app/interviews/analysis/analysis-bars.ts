import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { QuestionAnalysis } from '@datenlotse/contracts';
import { TranslationKey } from '../../i18n/de';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { percentOf } from './analysis-query';

type Count = NonNullable<QuestionAnalysis['counts']>[number];

interface Bar {
  value: string;
  label: string;
  count: number;
  /** Of the interviews that answered; null where a count is of mentions, not interviews. */
  percent: number | null;
  /** The bar's length in percent of its track. */
  width: number;
}

/**
 * How often each answer was given, as a horizontal bar chart of plain HTML: a real table (answer, count,
 * share), so a screen reader reads the numbers, with a bar drawn in the count's cell for the eye. With
 * `shares`, a bar's length is the share of the interviews that answered; without (mentions of Fachverfahren
 * or objection categories, several per interview), the most frequent answer gets the full length.
 */
@Component({
  selector: 'dl-analysis-bars',
  imports: [TranslatePipe],
  template: `
    <table class="bars">
      <caption class="visually-hidden">
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'interviewAnalysis.answer' | t }}</th>
          <th scope="col">{{ countHeader() | t }}</th>
          @if (shares()) {
            <th scope="col" class="share">{{ 'interviewAnalysis.share' | t }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (bar of bars(); track bar.value) {
          <tr>
            <th scope="row" class="label">{{ bar.label }}</th>
            <td>
              <div class="bar-cell">
                <span class="track" aria-hidden="true"
                  ><span class="fill" [class.some]="bar.count > 0" [style.width.%]="bar.width"></span
                ></span>
                <span class="num">{{ i18n.formatNumber(bar.count) }}</span>
              </div>
            </td>
            @if (bar.percent !== null) {
              <td class="share num">
                {{ 'interviewAnalysis.percent' | t: { value: i18n.formatNumber(bar.percent) } }}
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './analysis-bars.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalysisBars {
  readonly counts = input.required<readonly Count[]>();
  /** Interviews that answered the question: the whole of the shares. */
  readonly answered = input.required<number>();
  /** Names the table for screen readers. */
  readonly caption = input.required<string>();
  readonly shares = input(true);

  protected readonly i18n = inject(I18nService);
  protected readonly countHeader = computed<TranslationKey>(() =>
    this.shares() ? 'interviewAnalysis.number' : 'interviewAnalysis.mentions',
  );

  protected readonly bars = computed<Bar[]>(() => {
    const counts = this.counts();
    const answered = this.answered();
    const shares = this.shares();
    const most = Math.max(0, ...counts.map((count) => count.count));
    // A count above the answered (should not happen for choices) must not draw past the track.
    const whole = shares ? Math.max(answered, most) : most;
    const locale = this.i18n.locale();
    return counts.map((count) => ({
      value: count.value,
      label: count.label[locale] || count.label.de || count.value,
      count: count.count,
      percent: shares ? percentOf(count.count, answered) : null,
      width: whole > 0 ? (count.count / whole) * 100 : 0,
    }));
  });
}

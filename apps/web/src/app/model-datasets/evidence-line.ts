import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { loadableFor } from '../core/loadable-for';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { evidenceText } from './evidence';
import { ModelDatasetsService } from './model-datasets.service';

/** One line of evidence from the Musterdatenkatalog: who else publishes the model dataset. */
@Component({
  selector: 'dl-evidence-line',
  imports: [TranslatePipe],
  template: `
    @if (text(); as text) {
      <span>{{ text }}</span>
    } @else if (evidence.status() === 'loading') {
      <span class="loading">{{ 'evidence.loading' | t }}</span>
    }
  `,
  styles: `
    .loading {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceLine {
  readonly modelDatasetId = input.required<string>();
  private readonly i18n = inject(I18nService);
  private readonly modelDatasets = inject(ModelDatasetsService);

  protected readonly evidence = loadableFor(this.modelDatasetId, (id) => this.modelDatasets.evidence(id));
  protected readonly text = computed(() => {
    const evidence = this.evidence.value();
    return evidence
      ? evidenceText(evidence, this.i18n.locale(), (key, params) => this.i18n.t(key, params))
      : null;
  });
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { ModelDatasetDto } from '@datenlotse/contracts';
import { loadable } from '../core/loadable';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { modelDatasetLabel } from './evidence';
import { ModelDatasetsService } from './model-datasets.service';

export interface EvidenceDialogData {
  modelDataset: ModelDatasetDto;
}

/**
 * A model dataset's full description and which municipalities publish it, each with its dataset's landing page
 * (Musterdatenkatalog 2.1).
 */
@Component({
  selector: 'dl-evidence-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, LoadState],
  template: `
    <h2 mat-dialog-title>{{ 'evidenceDialog.title' | t: { label: label() } }}</h2>
    <mat-dialog-content>
      @if (description) {
        <p class="description">{{ description }}</p>
      }
      <dl-load-state [status]="evidence.status()" (retry)="evidence.reload()" />
      @if (evidence.value(); as evidence) {
        @if (evidence.publications.length === 0) {
          <p>{{ 'evidenceDialog.empty' | t }}</p>
        } @else {
          <ul class="publications">
            @for (publication of evidence.publications; track $index) {
              <li>
                <span class="organisation">{{ publication.organisation }}</span>
                @if (publication.landingPage) {
                  <a [href]="publication.landingPage" target="_blank" rel="noopener noreferrer">{{
                    publication.title
                  }}</a>
                } @else {
                  <span>{{ publication.title }} ({{ 'evidenceDialog.noLink' | t }})</span>
                }
                @if (publication.license) {
                  <span class="license">{{ 'evidenceDialog.license' | t }}: {{ publication.license }}</span>
                }
              </li>
            }
          </ul>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'app.close' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .description {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .publications {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-direction: column;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .organisation {
      font: var(--mat-sys-title-small);
    }
    .license {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceDialog {
  private readonly modelDataset = inject<EvidenceDialogData>(MAT_DIALOG_DATA).modelDataset;
  private readonly i18n = inject(I18nService);
  private readonly service = inject(ModelDatasetsService);

  protected readonly description = this.modelDataset.description;
  protected readonly label = computed(() => modelDatasetLabel(this.modelDataset, this.i18n.locale()));
  protected readonly evidence = loadable(() => this.service.evidence(this.modelDataset.id));
}

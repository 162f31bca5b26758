import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loadableFor } from '../core/loadable-for';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { DatasetStageChip } from './dataset-stage-chip';
import { DatasetsService } from './datasets.service';

/** How many datasets the card lists; the link leads to all of them. */
export const DEPARTMENT_DATASETS_SHOWN = 8;

/** The unit's datasets on its page: the newest-changed first, each with its stage, and a link to the list. */
@Component({
  selector: 'dl-department-datasets',
  imports: [RouterLink, TranslatePipe, LoadState, DatasetStageChip],
  template: `
    <dl-load-state [status]="page.status()" (retry)="page.reload()" />
    @if (page.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'deptDatasets.empty' | t }}</p>
      } @else {
        <ul class="datasets">
          @for (row of page.items; track row.id) {
            <li>
              <a [routerLink]="['/datasets', row.id]">{{ row.title }}</a>
              <dl-dataset-stage-chip [stage]="row.stage" />
            </li>
          }
        </ul>
      }
      <a class="all" routerLink="/datasets" [queryParams]="{ departmentId: departmentId() }">
        {{ 'deptDatasets.all' | t: { count: page.total } }}
      </a>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .datasets {
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li a {
      overflow-wrap: anywhere;
    }
    .empty {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentDatasets {
  readonly departmentId = input.required<string>();
  private readonly datasets = inject(DatasetsService);

  protected readonly page = loadableFor(this.departmentId, (departmentId) =>
    this.datasets.list({ departmentId, sort: 'updated', order: 'desc', limit: DEPARTMENT_DATASETS_SHOWN }),
  );
}

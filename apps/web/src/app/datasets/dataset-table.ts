import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DATASET_SORTS, DatasetPage, DatasetRowDto, DatasetSort, SortOrder } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { I18nPaginatorIntl } from '../organisation/paginator-intl';
import { CompletenessMeter } from './completeness-meter';
import { DATASET_PAGE_SIZE, DatasetListView } from './dataset-list-query';
import { DatasetStageChip } from './dataset-stage-chip';

const SORT_LABELS: Readonly<Record<DatasetSort, TranslationKey>> = {
  title: 'datasets.colTitle',
  stage: 'datasets.colStage',
  department: 'datasets.colDepartment',
  owner: 'datasets.colOwner',
  updated: 'datasets.colUpdated',
  due: 'datasets.colDue',
  completeness: 'datasets.colCompleteness',
};

export interface DatasetSortChange {
  sort?: DatasetSort;
  order?: SortOrder;
}

/** One page of datasets: a Material table on wide screens, a list of cards on phones. */
@Component({
  selector: 'dl-dataset-table',
  imports: [
    RouterLink,
    MatFormFieldModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslatePipe,
    CompletenessMeter,
    DatasetStageChip,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: I18nPaginatorIntl }],
  templateUrl: './dataset-table.html',
  styleUrl: './dataset-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetTable {
  readonly page = input.required<DatasetPage>();
  readonly view = input.required<DatasetListView>();
  readonly narrow = input(false);
  readonly sortChange = output<DatasetSortChange>();
  readonly pageChange = output<number>();

  protected readonly i18n = inject(I18nService);
  protected readonly pageSize = DATASET_PAGE_SIZE;
  protected readonly columns = ['title', 'stage', 'department', 'owner', 'completeness', 'objections', 'due'];
  protected readonly sortChoices = DATASET_SORTS.flatMap((sort) =>
    (['asc', 'desc'] as const).map((order) => ({ value: `${sort}:${order}`, sort, order })),
  );

  protected sortLabel(choice: { sort: DatasetSort; order: SortOrder }): string {
    return this.i18n.t(choice.order === 'asc' ? 'datasets.sortAsc' : 'datasets.sortDesc', {
      field: this.i18n.t(SORT_LABELS[choice.sort]),
    });
  }

  protected sorted(sort: Sort): void {
    const field = DATASET_SORTS.find((candidate) => candidate === sort.active);
    if (!field || sort.direction === '') {
      this.sortChange.emit({});
      return;
    }
    this.sortChange.emit({ sort: field, order: sort.direction });
  }

  /** The phone's sort select: "field:order", or "" for the API's own order. */
  protected sortSelected(value: string): void {
    const [active, direction] = value.split(':');
    this.sorted({ active, direction: direction === 'desc' ? 'desc' : direction === 'asc' ? 'asc' : '' });
  }

  protected paged(event: PageEvent): void {
    this.pageChange.emit(event.pageIndex + 1);
  }

  /** "2 offen · 1 aufrechterhalten", or "keine". */
  protected objections(row: DatasetRowDto): string {
    const parts: string[] = [];
    if (row.unresolvedObjections > 0) {
      parts.push(this.i18n.t('datasets.objectionsOpen', { count: row.unresolvedObjections }));
    }
    if (row.upheldObjections > 0) {
      parts.push(this.i18n.t('datasets.objectionsUpheld', { count: row.upheldObjections }));
    }
    return parts.length > 0 ? parts.join(' · ') : this.i18n.t('datasets.objectionsNoneShort');
  }
}

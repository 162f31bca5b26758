import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { DatasetDto, PERMISSIONS } from '@datenlotse/contracts';
import { DatasetApproval } from '../approvals/dataset-approval';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { DatasetDeliveries } from '../deliveries/dataset-deliveries';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { DatasetObjections } from '../objections/dataset-objections';
import { relativeDay } from '../organisation/crm-labels';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { DatasetEditDialog, DatasetEditDialogData, DatasetEditDialogResult } from './dataset-edit-dialog';
import { DatasetHistory } from './dataset-history';
import { DatasetMetadata } from './dataset-metadata';
import { DatasetNextSteps } from './dataset-next-steps';
import { DatasetStageChip } from './dataset-stage-chip';
import { DatasetTimeline } from './dataset-timeline';
import { DatasetsService } from './datasets.service';
import { PipelineIcons } from './pipeline-icons';

/**
 * One dataset: where it stands and what can happen next, its stage history, DCAT-AP.de metadata, objections,
 * delivery agreement and deliveries, and its timeline. The team edits and moves it; management and the
 * department's head read it.
 */
@Component({
  selector: 'dl-dataset-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
    DatasetStageChip,
    DatasetNextSteps,
    DatasetMetadata,
    DatasetHistory,
    DatasetTimeline,
    DatasetObjections,
    DatasetDeliveries,
    DatasetApproval,
  ],
  templateUrl: './dataset-page.html',
  styleUrl: './dataset-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetPage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly datasets = inject(DatasetsService);
  private readonly departmentsService = inject(DepartmentsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.datasetsWrite));
  protected readonly dataset = loadableFor(this.id, (id) => this.datasets.get(id));
  protected readonly history = loadableFor(this.id, (id) => this.datasets.history(id));
  private readonly timeline = viewChild(DatasetTimeline);
  /** Every unit the user may see: for the edit dialog's department choice (only the team edits). */
  private readonly departments = loadable(() => this.departmentsService.list());

  protected readonly notFound = computed(
    () => this.dataset.status() === 'error' && this.dataset.errorStatus() === 404,
  );
  protected readonly dcatUrl = computed(() => this.datasets.dcatUrl(this.id()));

  constructor() {
    inject(PipelineIcons);
    const title = inject(Title);
    effect(() => {
      const dataset = this.dataset.value();
      if (dataset) title.setTitle(`${dataset.title} – ${this.i18n.t('app.name')}`);
    });
  }

  protected since(iso: string): string {
    return relativeDay(iso, this.i18n.locale());
  }

  /** Objections, deliveries or a move changed the dataset: its stage, moves, history and timeline. */
  protected reload(): void {
    this.dataset.reload();
    this.history.reload();
    this.timeline()?.refresh();
  }

  protected openEdit(dataset: DatasetDto): void {
    this.dialog
      .open<DatasetEditDialog, DatasetEditDialogData, DatasetEditDialogResult>(DatasetEditDialog, {
        ...formDialogConfig({ dataset, departments: this.departments.value() ?? [] }),
        width: '760px',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('dataset.saved', { title: result.dataset.title }));
        }
        this.reload();
      });
  }
}

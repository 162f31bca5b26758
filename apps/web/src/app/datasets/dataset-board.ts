import { CdkDrag, CdkDragDrop, CdkDropList, DragDropModule } from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Params, RouterLink } from '@angular/router';
import {
  DATASET_PIPELINE,
  DATASET_STAGES,
  DatasetBoardColumn,
  DatasetDto,
  DatasetRowDto,
  DatasetStage,
  PERMISSIONS,
  isSideStage,
} from '@datenlotse/contracts';
import { EMPTY, Subject, catchError, map, merge, switchMap } from 'rxjs';
import { LoadStatus } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { CompletenessMeter } from './completeness-meter';
import { datasetRuleLabel, datasetStageLabel } from './dataset-labels';
import { DatasetListView, boardQueryOf, paramsFromDatasetView } from './dataset-list-query';
import { DatasetMover } from './dataset-mover';
import { OfferedMove, acceptsDrop, rowMoves, subjectOfRow } from './dataset-moves';
import { DatasetsService } from './datasets.service';
import { PipelineIcons } from './pipeline-icons';

const SIDE_STAGES = DATASET_STAGES.filter(isSideStage);

/** A click that ends a drag is no click on the card's link. */
const CLICK_AFTER_DRAG_MS = 300;

/** The card as the dragged item's data: the row the move starts from. */
type CardDrag = CdkDrag<DatasetRowDto>;
type ColumnDrop = CdkDropList<DatasetStage>;

/** The card in a moved state, as the board shows it until it reads the columns again. */
function movedRow(row: DatasetRowDto, dataset: DatasetDto): DatasetRowDto {
  return {
    ...row,
    stage: dataset.stage,
    stageChangedAt: dataset.stageChangedAt,
    portalUrl: dataset.portalUrl,
    version: dataset.version,
    completenessScore: dataset.completeness.score,
  };
}

/**
 * The pipeline as a kanban board: one column per stage on the road to the portal, the side stages in a lane
 * of their own. A card is dragged to another column or moved with its "Verschieben" menu (the keyboard's
 * and screen reader's way); only the columns the state machine allows take the card, the others grey out.
 */
@Component({
  selector: 'dl-dataset-board',
  imports: [
    DragDropModule,
    CdkScrollable,
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    TranslatePipe,
    LoadState,
    CompletenessMeter,
  ],
  templateUrl: './dataset-board.html',
  styleUrl: './dataset-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetBoard {
  /** The list's view: the board applies its filters (not its page). */
  readonly view = input.required<DatasetListView>();

  private readonly datasets = inject(DatasetsService);
  private readonly mover = inject(DatasetMover);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.datasetsWrite));
  protected readonly stageLabel = datasetStageLabel;
  protected readonly ruleLabel = datasetRuleLabel;

  protected readonly status = signal<LoadStatus>('loading');
  private readonly columns = signal<DatasetBoardColumn[]>([]);
  private readonly reloads = new Subject<void>();
  protected readonly sideOpen = signal(false);
  /** The card being dragged, so that the columns that refuse it grey out. */
  protected readonly dragging = signal<DatasetRowDto | null>(null);
  /** A card on its way to another column; it takes no second move until the API has answered. */
  protected readonly pending = signal<string | null>(null);
  /** Read out politely: where a card went, or which columns take it. */
  protected readonly announcement = signal('');
  private lastDragEnd = 0;
  private destroyed = false;

  protected readonly pipelineColumns = computed(() => DATASET_PIPELINE.map((stage) => this.column(stage)));
  protected readonly sideColumns = computed(() => SIDE_STAGES.map((stage) => this.column(stage)));
  protected readonly sideTotal = computed(() =>
    this.sideColumns().reduce((sum, column) => sum + column.total, 0),
  );

  /** cdkDropList asks this before a card enters a column: only legal moves (and the way back) are let in. */
  protected readonly enterPredicate = (drag: CardDrag, drop: ColumnDrop): boolean =>
    drag.data.stage === drop.data || (this.canWrite() && acceptsDrop(drag.data, drop.data));

  constructor() {
    inject(PipelineIcons);
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    merge(
      toObservable(this.view).pipe(map((view) => ({ view, quiet: false }))),
      this.reloads.pipe(map(() => ({ view: this.view(), quiet: true }))),
    )
      .pipe(
        switchMap(({ view, quiet }) => {
          if (!quiet || this.status() !== 'ready') this.status.set('loading');
          return this.datasets.board(boardQueryOf(view)).pipe(
            catchError(() => {
              this.status.set('error');
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((columns) => {
        this.columns.set(columns);
        this.status.set('ready');
      });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected moves(row: DatasetRowDto): OfferedMove[] {
    return rowMoves(row);
  }

  /** Whether the dragged card may go to this column (false while nothing is dragged). */
  protected refuses(stage: DatasetStage): boolean {
    const row = this.dragging();
    return row !== null && row.stage !== stage && !acceptsDrop(row, stage);
  }

  /** The list view with this column's stage: where the cards beyond the board's first ones are. */
  protected moreParams(stage: DatasetStage): Params {
    const view = this.view();
    return paramsFromDatasetView({
      ...view,
      view: 'table',
      page: 1,
      filters: { ...view.filters, stages: [stage] },
    });
  }

  protected dragStarted(row: DatasetRowDto): void {
    this.dragging.set(row);
    const targets = rowMoves(row)
      .filter((move) => move.enabled)
      .map((move) => this.i18n.t(datasetStageLabel(move.to)));
    this.announcement.set(
      targets.length > 0
        ? this.i18n.t('datasetBoard.dragTargets', { title: row.title, stages: targets.join(', ') })
        : this.i18n.t('datasetBoard.dragNoTargets', { title: row.title }),
    );
  }

  protected dragEnded(): void {
    this.dragging.set(null);
    this.lastDragEnd = Date.now();
  }

  /** The card's link does not open the dataset when the click only ends a drag. */
  protected linkClicked(event: MouseEvent): void {
    if (Date.now() - this.lastDragEnd < CLICK_AFTER_DRAG_MS) event.preventDefault();
  }

  protected dropped(event: CdkDragDrop<DatasetStage, DatasetStage, DatasetRowDto>): void {
    const to = event.container.data;
    const row = event.item.data;
    if (event.previousContainer === event.container || row.stage === to) return;
    const move = rowMoves(row).find((candidate) => candidate.to === to);
    if (move) this.choose(row, move);
  }

  /** Moves a card (from a drop or the menu): it goes at once and comes back when the move fails. */
  protected choose(row: DatasetRowDto, move: OfferedMove): void {
    if (this.pending()) return;
    if (!move.enabled) {
      this.mover.move(subjectOfRow(row), move).subscribe();
      return;
    }
    const before = this.columns();
    this.pending.set(row.id);
    this.columns.set(this.withCardIn(before, { ...row, stage: move.to }, row.stage));
    const putBack = (): void => {
      this.columns.set(before);
      this.pending.set(null);
      this.focusCard(row.id);
    };
    this.mover.move(subjectOfRow(row), move).subscribe({
      next: (result) => {
        if (result.kind !== 'moved') {
          if (result.kind === 'refused') this.announcement.set(result.message);
          putBack();
          return;
        }
        this.columns.set(this.withCardIn(before, movedRow(row, result.dataset), row.stage));
        this.pending.set(null);
        this.announcement.set(result.announcement);
        this.focusCard(row.id);
        this.reloads.next();
      },
      error: () => putBack(),
    });
  }

  private column(stage: DatasetStage): DatasetBoardColumn {
    return this.columns().find((column) => column.stage === stage) ?? { stage, total: 0, cards: [] };
  }

  /** The columns with the card taken out of `from` and put on top of its (new) stage's column. */
  private withCardIn(
    columns: readonly DatasetBoardColumn[],
    card: DatasetRowDto,
    from: DatasetStage,
  ): DatasetBoardColumn[] {
    const stages = new Set([...columns.map((column) => column.stage), card.stage]);
    return DATASET_STAGES.filter((stage) => stages.has(stage)).map((stage) => {
      const column = columns.find((candidate) => candidate.stage === stage) ?? { stage, total: 0, cards: [] };
      let { cards, total } = column;
      if (stage === from) {
        cards = cards.filter((candidate) => candidate.id !== card.id);
        total -= 1;
      }
      if (stage === card.stage) {
        cards = [card, ...cards.filter((candidate) => candidate.id !== card.id)];
        total += 1;
      }
      return { stage, total: Math.max(total, cards.length), cards };
    });
  }

  /** Focus follows the card to where it now stands (or back where it was): its "Verschieben" button. */
  private focusCard(id: string): void {
    // A dialog may close after the board has gone (the user navigated away meanwhile).
    if (this.destroyed) return;
    const stage = this.columns().find((column) => column.cards.some((card) => card.id === id))?.stage;
    if (stage && isSideStage(stage)) this.sideOpen.set(true);
    afterNextRender(
      () =>
        Array.from(this.host.nativeElement.querySelectorAll<HTMLElement>('[data-move-for]'))
          .find((button) => button.dataset['moveFor'] === id)
          ?.focus(),
      { injector: this.injector },
    );
  }
}

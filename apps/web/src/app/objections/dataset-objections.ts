import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ObjectionDto, PERMISSIONS } from '@datenlotse/contracts';
import { EMPTY, Observable, catchError, filter, map, of, switchMap } from 'rxjs';
import { ArgumentsService } from '../arguments/arguments.service';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { WorkIcons } from '../timeline/work-icons';
import { AnswerDialog, AnswerDialogData } from './answer-dialog';
import { ObjectionDialog, ObjectionDialogData, ObjectionDialogResult } from './objection-dialog';
import { ObjectionItem } from './objection-item';
import { objectionStatusLabel } from './objection-labels';
import { ObjectionsService } from './objections.service';

/** The API's largest page: far more objections than one dataset or unit collects. */
const OBJECTIONS_LIMIT = 200;

interface Scope {
  datasetId: string | null;
  departmentId: string;
}

/**
 * The objections (Vorbehalte) of a dataset, or with `datasetId` null the department's general ones: what was
 * raised, how the team answered, what was agreed, and the discussion. The team records and answers them;
 * department heads only comment; management reads.
 */
@Component({
  selector: 'dl-dataset-objections',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LoadState, ObjectionItem],
  template: `
    <dl-load-state [status]="objections.status()" (retry)="objections.reload()" />
    @if (objections.value(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'objections.empty' | t }}</p>
      } @else {
        <ul class="objections" [attr.aria-label]="'objections.label' | t">
          @for (objection of list; track objection.id) {
            <li>
              <dl-objection-item
                [objection]="objection"
                [argumentTitles]="argumentTitles()"
                [canWrite]="canWrite()"
                [canComment]="canComment()"
                (answer)="openAnswer($event)"
                (edit)="openEdit($event)"
                (remove)="remove($event)"
                (commented)="written()"
              />
            </li>
          }
        </ul>
      }
    }
    @if (canWrite()) {
      <button mat-stroked-button type="button" class="add" (click)="openCreate()">
        <mat-icon svgIcon="add" />
        {{ 'objections.add' | t }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .objections {
      display: grid;
      gap: 12px;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .add {
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetObjections {
  readonly datasetId = input<string | null>(null);
  readonly departmentId = input.required<string>();
  /** After any write, so the page can reload what depends on objections (the dataset's moves). */
  readonly changed = output<void>();

  private readonly service = inject(ObjectionsService);
  private readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.objectionsWrite));
  protected readonly canComment = computed(() => this.session.can(PERMISSIONS.objectionsComment));

  private readonly scope = computed<Scope>(
    () => ({ datasetId: this.datasetId(), departmentId: this.departmentId() }),
    { equal: (a, b) => a.datasetId === b.datasetId && a.departmentId === b.departmentId },
  );
  protected readonly objections = loadableFor(this.scope, (scope) =>
    this.service
      .list(
        scope.datasetId
          ? { datasetId: scope.datasetId, limit: OBJECTIONS_LIMIT }
          : { departmentId: scope.departmentId, datasetId: 'none', limit: OBJECTIONS_LIMIT },
      )
      .pipe(map((page) => page.items)),
  );

  /** Titles of the arguments used (archived ones included), for those who may read the library. */
  protected readonly argumentTitles = toSignal(
    this.session.can(PERMISSIONS.argumentsRead)
      ? inject(ArgumentsService)
          .list({ includeArchived: true })
          .pipe(
            map((library) => new Map(library.map((argument) => [argument.id, argument.title]))),
            catchError(() => of(null)),
          )
      : of(null),
    { initialValue: null },
  );

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }

  protected openCreate(): void {
    this.openObjectionDialog({
      mode: 'create',
      datasetId: this.datasetId(),
      departmentId: this.departmentId(),
    });
  }

  protected openEdit(objection: ObjectionDto): void {
    this.openObjectionDialog({ mode: 'edit', objection });
  }

  protected openAnswer(objection: ObjectionDto): void {
    this.dialog
      .open<AnswerDialog, AnswerDialogData, ObjectionDialogResult>(AnswerDialog, {
        ...formDialogConfig({ objection }),
        width: '720px',
      })
      .afterClosed()
      .subscribe((result) => this.afterDialog(result, true));
  }

  protected remove(objection: ObjectionDto): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('objections.confirmDeleteTitle'),
      text: this.i18n.t('objections.confirmDeleteText', { statement: shorten(objection.statement) }),
      confirm: this.i18n.t('objections.delete'),
      danger: true,
    };
    this.confirm(data)
      .pipe(
        switchMap(() =>
          this.service.delete(objection.id).pipe(
            catchError(() => {
              this.objections.reload();
              return EMPTY;
            }),
          ),
        ),
      )
      .subscribe(() => {
        void this.toast.show(this.i18n.t('objections.deleted'));
        this.written();
      });
  }

  /** Any write: the list is read again and the page learns of it. */
  protected written(): void {
    this.objections.reload();
    this.changed.emit();
  }

  private openObjectionDialog(data: ObjectionDialogData): void {
    this.dialog
      .open<ObjectionDialog, ObjectionDialogData, ObjectionDialogResult>(
        ObjectionDialog,
        formDialogConfig(data),
      )
      .afterClosed()
      .subscribe((result) => this.afterDialog(result, false));
  }

  /** A stale objection (409) was already toasted by the error interceptor: show the current state. */
  private afterDialog(result: ObjectionDialogResult | undefined, answered: boolean): void {
    if (!result) return;
    if (result.kind === 'stale') {
      this.objections.reload();
      return;
    }
    const { objection } = result;
    if (result.kind === 'created') void this.toast.show(this.i18n.t('objections.created'));
    else if (answered) {
      const status = this.i18n.t(objectionStatusLabel(objection.status));
      void this.toast.show(this.i18n.t('objections.answered', { status }));
    } else void this.toast.show(this.i18n.t('objections.saved'));
    this.written();
  }

  private confirm(data: ConfirmDialogData): Observable<true> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px' })
      .afterClosed()
      .pipe(filter((confirmed): confirmed is true => confirmed === true));
  }
}

/** The statement in a confirmation: enough to recognise it. */
function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

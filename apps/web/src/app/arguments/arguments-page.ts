import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ArgumentDto, PERMISSIONS } from '@datenlotse/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { EvidenceLine } from '../model-datasets/evidence-line';
import { categoryLabel } from '../objections/objection-labels';
import { CrmIcons } from '../organisation/crm-icons';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { ArgumentDialog, ArgumentDialogData, ArgumentDialogResult } from './argument-dialog';
import { groupArguments } from './argument-groups';
import { ArgumentsService } from './arguments.service';

/**
 * The argument library by category: search, archived ones on demand, how often each was used. The team
 * keeps it; management reads it.
 */
@Component({
  selector: 'dl-arguments-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    TranslatePipe,
    LoadState,
    EvidenceLine,
  ],
  templateUrl: './arguments-page.html',
  styleUrl: './arguments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArgumentsPage {
  private readonly argumentsService = inject(ArgumentsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.argumentsWrite));
  protected readonly categoryLabel = categoryLabel;

  protected readonly includeArchived = signal(false);
  protected readonly library = loadableFor(this.includeArchived, (includeArchived) =>
    this.argumentsService.list({ includeArchived }),
  );
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = toSignal(this.search.valueChanges, { initialValue: '' });
  protected readonly groups = computed(() => groupArguments(this.library.value() ?? [], this.query()));
  protected readonly shown = computed(() =>
    this.groups().reduce((sum, group) => sum + group.arguments.length, 0),
  );

  constructor() {
    inject(AppIcons);
    inject(CrmIcons);
  }

  protected usedLabel(argument: ArgumentDto): string {
    if (argument.usedCount === 0) return this.i18n.t('arguments.usedNever');
    if (argument.usedCount === 1) return this.i18n.t('arguments.usedOnce');
    return this.i18n.t('arguments.usedCount', { count: argument.usedCount });
  }

  protected openCreate(): void {
    this.openDialog({ mode: 'create' });
  }

  protected openEdit(argument: ArgumentDto): void {
    this.openDialog({ mode: 'edit', argument });
  }

  protected setArchived(argument: ArgumentDto, archived: boolean): void {
    this.argumentsService.update(argument.id, { version: argument.version, archived }).subscribe({
      next: (saved) => {
        const key = archived ? 'arguments.archived' : 'arguments.unarchived';
        void this.toast.show(this.i18n.t(key, { title: saved.title }));
        this.library.reload();
      },
      // 409: changed elsewhere (the interceptor said so); 404: gone. Either way, show what is there now.
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 409 || error.status === 404)) {
          this.library.reload();
        }
      },
    });
  }

  private openDialog(data: ArgumentDialogData): void {
    this.dialog
      .open<ArgumentDialog, ArgumentDialogData, ArgumentDialogResult>(ArgumentDialog, {
        ...formDialogConfig(data),
        width: '640px',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'created') {
          void this.toast.show(this.i18n.t('arguments.created', { title: result.argument.title }));
        } else if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('arguments.saved', { title: result.argument.title }));
        }
        this.library.reload();
      });
  }
}

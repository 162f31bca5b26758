import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ImportDto } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { WorkIcons } from '../timeline/work-icons';
import { importKindLabel, importStatusLabel } from './import-fields';

/** The latest imports with their result; a completed one can be undone from here. */
@Component({
  selector: 'dl-recent-imports',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    @if (imports().length === 0) {
      <p class="empty">{{ 'import.recentEmpty' | t }}</p>
    } @else {
      <ul class="imports">
        @for (upload of imports(); track upload.id) {
          <li class="import">
            <div class="text">
              <span class="name">{{ upload.fileName }}</span>
              <span class="meta">
                {{ i18n.formatDateTime(upload.createdAt) }} · {{ kindLabel(upload.kind) | t }} ·
                {{ 'import.rowCount' | t: { count: i18n.formatNumber(upload.rowCount) } }}
              </span>
              <span class="meta">
                <span class="status">{{ statusLabel(upload.status) | t }}</span>
                @if (upload.status === 'completed' || upload.status === 'undone') {
                  ·
                  {{
                    'import.resultCounts'
                      | t
                        : {
                            created: i18n.formatNumber(upload.created),
                            updated: i18n.formatNumber(upload.updated),
                          }
                  }}
                }
              </span>
            </div>
            @if (upload.status === 'completed') {
              <button
                mat-stroked-button
                type="button"
                (click)="undo.emit(upload)"
                [attr.aria-label]="
                  'import.undoNamed'
                    | t: { name: upload.fileName, date: i18n.formatDateTime(upload.createdAt) }
                "
              >
                <mat-icon svgIcon="undo" />
                {{ 'import.undoShort' | t }}
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .imports {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .import {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .name {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .status {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecentImports {
  readonly imports = input.required<readonly ImportDto[]>();
  readonly undo = output<ImportDto>();
  protected readonly i18n = inject(I18nService);
  protected readonly kindLabel = importKindLabel;
  protected readonly statusLabel = importStatusLabel;

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }
}

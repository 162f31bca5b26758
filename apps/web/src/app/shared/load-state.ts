import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LoadStatus } from '../core/loadable';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Loading indicator and "could not load – try again" for a `loadable`. */
@Component({
  selector: 'dl-load-state',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  template: `
    <div role="status" class="status">
      @switch (status()) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
          <span class="visually-hidden">{{ 'app.loading' | t }}</span>
        }
        @case ('error') {
          <p class="error">
            {{ 'app.loadFailed' | t }}
            <button mat-button type="button" (click)="retry.emit()">
              {{ 'app.retry' | t }}
            </button>
          </p>
        }
      }
    </div>
  `,
  styles: `
    .status {
      min-height: 4px;
    }
    .error {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadState {
  readonly status = input.required<LoadStatus>();
  readonly retry = output();
}

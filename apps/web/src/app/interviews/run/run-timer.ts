import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';

/** "12:05" below an hour, "1:02:05" from then on. */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/**
 * How long the interview has been running: quiet on purpose (role timer, not announced), so that a screen
 * reader is not interrupted every second.
 */
@Component({
  selector: 'dl-run-timer',
  template: `
    @if (label()) {
      <span class="visually-hidden">{{ label() }}</span>
    }
    <span role="timer" aria-live="off">{{ text() }}</span>
  `,
  styles: `
    :host {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunTimer {
  /** When the run started (ISO). */
  readonly since = input.required<string>();
  /** "Dauer" – read with the time by screen readers that visit it. */
  readonly label = input('');

  private readonly now = signal(Date.now());
  protected readonly text = computed(() => elapsedText(this.now() - new Date(this.since()).getTime()));

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}

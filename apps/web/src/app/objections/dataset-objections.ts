import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * The objections of a dataset (or, with `datasetId` null, the department's general objections).
 * Placeholder so the dataset page compiles; the full list and dialogs follow.
 */
@Component({
  selector: 'dl-dataset-objections',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: ``,
})
export class DatasetObjections {
  readonly datasetId = input<string | null>(null);
  readonly departmentId = input.required<string>();
  /** After any write, so the page can reload what depends on objections (the dataset's moves). */
  readonly changed = output<void>();
}

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { DatasetStage } from '@datenlotse/contracts';

/** The delivery agreement and the deliveries of one dataset, for its page (first cut: filled in shortly). */
@Component({
  selector: 'dl-dataset-deliveries',
  template: ``,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetDeliveries {
  readonly datasetId = input.required<string>();
  readonly departmentId = input.required<string>();
  readonly stage = input.required<DatasetStage>();
  /** After any write: the dataset's stage may have moved. */
  readonly changed = output<void>();
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { DatasetDto } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CompletenessMeter } from './completeness-meter';
import {
  classificationLabel,
  dcatFieldLabel,
  frequencyLabel,
  licenseLabel,
  themeLabel,
} from './dataset-labels';

/**
 * The dataset's DCAT-AP.de metadata: how complete it is (and what is missing, by the standard's field names),
 * every value, and the JSON-LD the portal harvests. The team edits it through `edit`.
 */
@Component({
  selector: 'dl-dataset-metadata',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, CompletenessMeter],
  templateUrl: './dataset-metadata.html',
  styleUrl: './dataset-metadata.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetMetadata {
  readonly dataset = input.required<DatasetDto>();
  readonly canWrite = input(false);
  readonly dcatUrl = input.required<string>();
  readonly edit = output<void>();

  protected readonly i18n = inject(I18nService);
  protected readonly fieldLabel = dcatFieldLabel;

  protected readonly missingRequired = computed(() =>
    this.dataset().completeness.missingRequired.map((field) => this.i18n.t(dcatFieldLabel(field))),
  );
  protected readonly missingRecommended = computed(() =>
    this.dataset().completeness.missingRecommended.map((field) => this.i18n.t(dcatFieldLabel(field))),
  );

  protected readonly license = computed(() => {
    const license = this.dataset().license;
    return license ? this.i18n.t(licenseLabel(license)) : '';
  });
  protected readonly periodicity = computed(() => {
    const periodicity = this.dataset().accrualPeriodicity;
    return periodicity ? this.i18n.t(frequencyLabel(periodicity)) : '';
  });
  protected readonly themes = computed(() =>
    this.dataset()
      .themes.map((theme) => this.i18n.t(themeLabel(theme)))
      .join(', '),
  );
  protected readonly classification = computed(() =>
    this.i18n.t(classificationLabel(this.dataset().classification)),
  );
  /** "01.01.2020 – 31.12.2024", or an open end. */
  protected readonly temporal = computed(() => {
    const { temporalStart, temporalEnd } = this.dataset();
    if (!temporalStart && !temporalEnd) return '';
    return this.i18n.t('dataset.temporalRange', {
      start: this.i18n.formatDate(temporalStart) || '…',
      end: this.i18n.formatDate(temporalEnd) || '…',
    });
  });
  protected readonly contactPoint = computed(() => {
    const { contactPointName, contactPointEmail } = this.dataset();
    return [contactPointName, contactPointEmail].filter((part) => !!part).join(', ');
  });
}

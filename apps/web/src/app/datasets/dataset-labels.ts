import {
  DataTheme,
  DatasetClassification,
  DatasetRule,
  DatasetStage,
  DatasetTransitionVia,
  DcatField,
  Frequency,
  License,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

/** Translation keys for the pipeline's contract enums (the compiler checks that every value has a text). */
export function datasetStageLabel(stage: DatasetStage): TranslationKey {
  return `dataset.stage.${stage}`;
}

/** The wording of a refused move, in the user's language (the API's message is English). */
export function datasetRuleLabel(rule: DatasetRule): TranslationKey {
  return `dataset.rule.${rule}`;
}

export function classificationLabel(classification: DatasetClassification): TranslationKey {
  return `dataset.classification.${classification}`;
}

export function transitionViaLabel(via: DatasetTransitionVia): TranslationKey {
  return `dataset.via.${via}`;
}

export function themeLabel(theme: DataTheme): TranslationKey {
  return `dcat.theme.${theme}`;
}

export function frequencyLabel(frequency: Frequency): TranslationKey {
  return `dcat.frequency.${frequency}`;
}

export function licenseLabel(license: License): TranslationKey {
  return `dcat.license.${license}`;
}

export function dcatFieldLabel(field: DcatField): TranslationKey {
  return `dcat.field.${field}`;
}

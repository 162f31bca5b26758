import { ModelDatasetDto } from '@datenlotse/contracts';

/** Where a model dataset's URI lives: `dct:references` of a dataset points here. */
export const MODEL_DATASET_URI_BASE = 'https://musterdatenkatalog.de/def/musterdatensatz/';

/** The model_dataset columns every read selects, as snake_case aliases. */
export const MODEL_DATASET_COLUMNS = `m.id, m.key, m.name, m.theme, m.label, m.description,
  m.theme_en, m.label_en, m.publisher_count`;

export interface ModelDatasetRaw {
  id: string;
  key: string;
  name: string;
  theme: string;
  label: string;
  description: string | null;
  theme_en: string | null;
  label_en: string | null;
  publisher_count: number;
}

export const toModelDatasetDto = (row: ModelDatasetRaw): ModelDatasetDto => ({
  id: row.id,
  key: row.key,
  name: row.name,
  theme: row.theme,
  label: row.label,
  description: row.description,
  themeEn: row.theme_en,
  labelEn: row.label_en,
  uri: MODEL_DATASET_URI_BASE + row.key,
  publisherCount: row.publisher_count,
});

import { DatasetStage } from './dataset-stages';

/** The attribution the Musterdatenkatalog asks for (CC0, but we name it anyway). */
export const MODEL_DATASET_ATTRIBUTION =
  'Musterdatenkatalog: Bertelsmann Stiftung, mit GovData, KDZ, OKF DE und den Städten Bonn, Düsseldorf, Köln und Moers (CC0 1.0)';

/** A model dataset of the Musterdatenkatalog v4 taxonomy. */
export interface ModelDatasetDto {
  id: string;
  /** `thema/bezeichnung[/bezeichnung2]`, the path of its URI. */
  key: string;
  /** "Sicherheit - Zivilschutz und Katastrophenschutz - Sirene" */
  name: string;
  /** Thema: "Sicherheit" */
  theme: string;
  /** Bezeichnung: "Zivilschutz und Katastrophenschutz - Sirene" */
  label: string;
  description: string | null;
  themeEn: string | null;
  labelEn: string | null;
  /** `https://musterdatenkatalog.de/def/musterdatensatz/{key}`: what `dct:references` points at. */
  uri: string;
  /** Municipalities that publish it, from the Musterdatenkatalog 2.1 data (NRW). */
  publisherCount: number;
}

/** One municipality's dataset for a model dataset (Musterdatenkatalog 2.1). */
export interface ModelDatasetPublicationDto {
  organisation: string;
  title: string;
  landingPage: string | null;
  license: string | null;
}

/** "Sirenen: published by Bonn, Köln, Düsseldorf": evidence for an argument or an objection's answer. */
export interface ModelDatasetEvidence {
  modelDataset: ModelDatasetDto;
  /** Distinct municipalities, most prominent first. */
  publishers: string[];
  publications: ModelDatasetPublicationDto[];
}

/** The city's most advanced dataset for a model dataset. */
export interface CityDatasetRef {
  id: string;
  title: string;
  stage: DatasetStage;
}

/** `GET /model-datasets`: the gap list row. */
export interface ModelDatasetGapRow extends ModelDatasetDto {
  /** Null where the city has no dataset for it yet: a gap. */
  cityDataset: CityDatasetRef | null;
  /** How many of the city's datasets reference it. */
  cityDatasetCount: number;
}

export const MODEL_DATASET_COVERAGE = ['all', 'missing', 'covered', 'published'] as const;
export type ModelDatasetCoverage = (typeof MODEL_DATASET_COVERAGE)[number];

export interface ModelDatasetQuery {
  theme?: string;
  q?: string;
  coverage?: ModelDatasetCoverage;
}

/** The gap list, grouped by Thema in the taxonomy's order. */
export interface ModelDatasetGapList {
  themes: Array<{ theme: string; themeEn: string | null; rows: ModelDatasetGapRow[] }>;
  /** Totals over the whole catalogue, whatever the filter. */
  total: number;
  covered: number;
  published: number;
  attribution: string;
}

/** `GET /model-datasets/suggest?title=`: best matches for a dataset title, by German full-text similarity. */
export interface ModelDatasetSuggestion {
  modelDataset: ModelDatasetDto;
  /** 0–1; the client shows the first few above a threshold. */
  score: number;
}

/** `POST /model-datasets/:id/candidate`: a new dataset in `identified` for this model dataset. */
export interface CreateCandidateFromModelRequest {
  departmentId: string;
  title?: string;
}

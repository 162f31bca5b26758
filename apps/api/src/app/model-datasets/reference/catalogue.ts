import { createHash } from 'node:crypto';
import { MODEL_DATASET_TUPLES } from './model-datasets.data';
import {
  LANDING_PAGE_BASE,
  LICENSES,
  ORGANISATIONS,
  PUBLICATION_TUPLES,
  SOURCE_MODELS,
} from './publications.data';

/**
 * The Musterdatenkatalog as the product ships it (Bertelsmann Stiftung, CC0 1.0), decoded from the generated
 * tuples of tools/musterdatenkatalog/convert.mjs.
 */
export interface ShippedModelDataset {
  key: string;
  name: string;
  theme: string;
  label: string;
  description: string | null;
  themeEn: string | null;
  labelEn: string | null;
}

export interface ShippedPublication {
  /** The v4 key the 2.1 model dataset maps to; null where v4 has no counterpart. */
  modelKey: string | null;
  sourceModelName: string;
  organisation: string;
  title: string;
  landingPage: string | null;
  license: string | null;
}

export interface ShippedCatalogue {
  modelDatasets: readonly ShippedModelDataset[];
  publications: readonly ShippedPublication[];
  /** Position of each key in the taxonomy: the gap list's order. */
  order: ReadonlyMap<string, number>;
  /** Theme → position of its first model dataset. */
  themeOrder: ReadonlyMap<string, number>;
  /** Fingerprints of the rows as the loader stores them: equal fingerprints, nothing to load. */
  modelFingerprint: string;
  publicationFingerprint: string;
}

// The same separators the loader's SQL uses (chr(31) between fields, chr(30) for null), so both sides hash alike.
const FIELD = '\u001f';
const NULL = '\u001e';
const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/** md5 over the sorted md5s of the rows: independent of row order, as the SQL side computes it. */
export function fingerprint(rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const hashes = rows.map((row) => md5(row.map((v) => v ?? NULL).join(FIELD))).sort();
  return md5(hashes.join(''));
}

export const modelRow = (m: ShippedModelDataset): Array<string | null> => [
  m.key,
  m.name,
  m.theme,
  m.label,
  m.description,
  m.themeEn,
  m.labelEn,
];

export const publicationRow = (p: ShippedPublication): Array<string | null> => [
  p.modelKey,
  p.sourceModelName,
  p.organisation,
  p.title,
  p.landingPage,
  p.license,
];

let cached: ShippedCatalogue | undefined;

export function shippedCatalogue(): ShippedCatalogue {
  if (cached) return cached;
  const modelDatasets = MODEL_DATASET_TUPLES.map(
    ([key, name, theme, label, description, themeEn, labelEn]): ShippedModelDataset => ({
      key,
      name,
      theme,
      label,
      description,
      themeEn,
      labelEn,
    }),
  );
  const publications = PUBLICATION_TUPLES.map(
    ([title, organisation, source, landing, license]): ShippedPublication => ({
      modelKey: SOURCE_MODELS[source][1],
      sourceModelName: SOURCE_MODELS[source][0],
      organisation: ORGANISATIONS[organisation],
      title,
      landingPage: landing === null ? null : LANDING_PAGE_BASE + landing,
      license: license < 0 ? null : LICENSES[license],
    }),
  );
  const order = new Map(modelDatasets.map((m, index) => [m.key, index]));
  const themeOrder = new Map<string, number>();
  modelDatasets.forEach((m, index) => themeOrder.has(m.theme) || themeOrder.set(m.theme, index));
  cached = {
    modelDatasets,
    publications,
    order,
    themeOrder,
    modelFingerprint: fingerprint(modelDatasets.map(modelRow)),
    publicationFingerprint: fingerprint(publications.map(publicationRow)),
  };
  return cached;
}

/**
 * DCAT-AP.de vocabularies the dataset metadata draws from. The keys are what the API stores and accepts; the
 * URIs are what the JSON-LD says.
 */

/** Licences of the dcat-ap.de licence vocabulary (https://www.dcat-ap.de/def/licenses/). */
export const LICENSES = {
  'dl-by-de/2.0': { label: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', attribution: true },
  'dl-zero-de/2.0': { label: 'Datenlizenz Deutschland – Zero – Version 2.0', attribution: false },
  'cc-by/4.0': { label: 'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)', attribution: true },
  'cc-by-sa/4.0': {
    label: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 (CC BY-SA 4.0)',
    attribution: true,
  },
  'cc-zero': { label: 'Creative Commons CC Zero License (CC0 1.0)', attribution: false },
  odbl: { label: 'Open Data Commons Open Database License (ODbL)', attribution: true },
  'other-open': { label: 'Andere offene Lizenz', attribution: false },
} as const satisfies Record<string, { label: string; attribution: boolean }>;
export type License = keyof typeof LICENSES;
export const LICENSE_KEYS = Object.keys(LICENSES) as License[];

/** `http://dcat-ap.de/def/licenses/dl-by-de/2.0`: the licence URI form DCAT-AP.de prescribes. */
export const licenseUri = (license: License): string => `http://dcat-ap.de/def/licenses/${license}`;

/** Whether the licence obliges users to name the source, so that the dataset needs an attribution text. */
export const licenseNeedsAttribution = (license: License): boolean => LICENSES[license].attribution;

/** The EU data-theme vocabulary (http://publications.europa.eu/resource/authority/data-theme). */
export const DATA_THEMES = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
] as const;
export type DataTheme = (typeof DATA_THEMES)[number];
export const dataThemeUri = (theme: DataTheme): string =>
  `http://publications.europa.eu/resource/authority/data-theme/${theme}`;

/** The EU frequency vocabulary (http://publications.europa.eu/resource/authority/frequency), the common part. */
export const FREQUENCIES = [
  'CONT',
  'DAILY',
  'WEEKLY',
  'BIWEEKLY',
  'MONTHLY',
  'QUARTERLY',
  'BIANNUAL',
  'ANNUAL',
  'BIENNIAL',
  'IRREG',
  'NEVER',
  'UNKNOWN',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencyUri = (frequency: Frequency): string =>
  `http://publications.europa.eu/resource/authority/frequency/${frequency}`;

/** The municipality as a spatial entity: the geocoding URI of its Amtlicher Gemeindeschlüssel. */
export const municipalitySpatialUri = (geocode: string): string =>
  `http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${geocode}`;

/** The DCAT-AP.de metadata fields the completeness score counts. */
export const DCAT_FIELDS = [
  'title',
  'description',
  'publisher',
  'license',
  'attribution',
  'keywords',
  'themes',
  'contactPoint',
  'accrualPeriodicity',
  'spatial',
  'temporal',
  'landingPage',
  'modelDataset',
] as const;
export type DcatField = (typeof DCAT_FIELDS)[number];

export interface DcatCompleteness {
  /** 0–100: required fields count twice, recommended ones once. */
  score: number;
  /** Required fields that are empty: the dataset cannot be published well without them. */
  missingRequired: DcatField[];
  missingRecommended: DcatField[];
}

/** The facts about a dataset's metadata the completeness score looks at. */
export interface DcatMetadataFacts {
  title: string | null;
  description: string | null;
  /** The publishing department is always known; the field exists for datasets without one (never today). */
  publisher: string | null;
  license: License | null;
  attributionText: string | null;
  keywords: readonly string[];
  themes: readonly string[];
  contactPointEmail: string | null;
  accrualPeriodicity: Frequency | null;
  /** The municipality's geocode is always set; kept so the rule reads like the standard. */
  spatial: string | null;
  temporalStart: string | null;
  landingPage: string | null;
  modelDatasetId: string | null;
}

const filled = (value: string | null | readonly string[]): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim().length > 0;

/**
 * DCAT-AP.de completeness: required are title, description, publisher and licence (and the attribution text
 * when the licence asks for one); the rest are the standard's recommended fields.
 */
export function dcatCompleteness(facts: DcatMetadataFacts): DcatCompleteness {
  const attributionNeeded = facts.license !== null && licenseNeedsAttribution(facts.license);
  const required: Array<[DcatField, boolean]> = [
    ['title', filled(facts.title)],
    ['description', filled(facts.description)],
    ['publisher', filled(facts.publisher)],
    ['license', facts.license !== null],
  ];
  if (attributionNeeded) required.push(['attribution', filled(facts.attributionText)]);
  const recommended: Array<[DcatField, boolean]> = [
    ['keywords', filled(facts.keywords)],
    ['themes', filled(facts.themes)],
    ['contactPoint', filled(facts.contactPointEmail)],
    ['accrualPeriodicity', facts.accrualPeriodicity !== null],
    ['spatial', filled(facts.spatial)],
    ['temporal', filled(facts.temporalStart)],
    ['landingPage', filled(facts.landingPage)],
    ['modelDataset', filled(facts.modelDatasetId)],
  ];
  const total = required.length * 2 + recommended.length;
  const got = required.filter(([, ok]) => ok).length * 2 + recommended.filter(([, ok]) => ok).length;
  return {
    score: Math.round((got / total) * 100),
    missingRequired: required.filter(([, ok]) => !ok).map(([field]) => field),
    missingRecommended: recommended.filter(([, ok]) => !ok).map(([field]) => field),
  };
}

import {
  dataThemeUri,
  DataTheme,
  Frequency,
  frequencyUri,
  License,
  licenseUri,
  municipalitySpatialUri,
} from '@datenlotse/contracts';

/** The prefixes DCAT-AP.de uses; hydra only for the pages of a long catalogue. */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  adms: 'http://www.w3.org/ns/adms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

export const JSON_LD = 'application/ld+json';

/** Everything the JSON-LD of one dataset says, read from the dataset, its department and municipality. */
export interface DcatDatasetSource {
  id: string;
  title: string;
  description: string | null;
  keywords: string[];
  themes: DataTheme[];
  formats: string[];
  license: License | null;
  attributionText: string | null;
  accrualPeriodicity: Frequency | null;
  contactPointName: string | null;
  contactPointEmail: string | null;
  temporalStart: string | null;
  temporalEnd: string | null;
  landingPage: string | null;
  portalUrl: string | null;
  publishedAt: Date | null;
  modifiedAt: Date;
  departmentName: string;
  municipalityName: string;
  geocode: string;
  modelDatasetKey: string | null;
  modelDatasetName: string | null;
}

export interface DcatCatalogSource {
  municipalityName: string;
  geocode: string;
  /** The catalogue's own address, for its `@id` and the pages' links. */
  url: string;
  datasets: DcatDatasetSource[];
  /** The address of the next page, when the catalogue goes on. */
  nextPageUrl: string | null;
}

type JsonLd = Record<string, unknown>;

const MUSTERDATENSATZ_BASE = 'https://musterdatenkatalog.de/def/musterdatensatz/';
const FILE_TYPE_BASE = 'http://publications.europa.eu/resource/authority/file-type/';
const MUNICIPALITY_LEVEL = 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality';

/** `https://musterdatenkatalog.de/def/musterdatensatz/abfallentsorgung/abfallkalender`. */
export const modelDatasetUri = (key: string): string =>
  MUSTERDATENSATZ_BASE + key.split('/').map(encodeURIComponent).join('/');

const german = (text: string) => ({ '@value': text, '@language': 'de' });
const ref = (uri: string) => ({ '@id': uri });
const typed = (value: string, type: 'xsd:date' | 'xsd:dateTime') => ({ '@value': value, '@type': type });

/** A dataset's identifier: its page on the portal once it has one, a stable URN before. */
const datasetUri = (source: DcatDatasetSource) => source.portalUrl ?? `urn:uuid:${source.id}`;

/** The department as the publisher, named with its municipality ("Feuerwehr, Landeshauptstadt Düsseldorf"). */
function publisher(source: DcatDatasetSource): JsonLd {
  return {
    '@type': 'foaf:Organization',
    'foaf:name': `${source.departmentName}, ${source.municipalityName}`,
  };
}

function contactPoint(source: DcatDatasetSource): JsonLd | undefined {
  if (!source.contactPointEmail && !source.contactPointName) return undefined;
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': source.contactPointName ?? source.departmentName,
    ...(source.contactPointEmail && { 'vcard:hasEmail': ref(`mailto:${source.contactPointEmail}`) }),
  };
}

function temporal(source: DcatDatasetSource): JsonLd | undefined {
  if (!source.temporalStart && !source.temporalEnd) return undefined;
  return {
    '@type': 'dct:PeriodOfTime',
    ...(source.temporalStart && { 'dcat:startDate': typed(source.temporalStart, 'xsd:date') }),
    ...(source.temporalEnd && { 'dcat:endDate': typed(source.temporalEnd, 'xsd:date') }),
  };
}

/**
 * One distribution per format. The licence sits on the distribution, as DCAT-AP.de wants it, with the
 * attribution text beside it when the licence asks for one.
 */
function distributions(source: DcatDatasetSource): JsonLd[] {
  const accessUrl = source.portalUrl ?? source.landingPage;
  const common: JsonLd = {
    '@type': 'dcat:Distribution',
    ...(accessUrl && { 'dcat:accessURL': ref(accessUrl) }),
    ...(source.license && { 'dct:license': ref(licenseUri(source.license)) }),
    ...(source.attributionText && { 'dcatde:licenseAttributionByText': source.attributionText }),
  };
  if (source.formats.length === 0) return [{ ...common, 'dct:title': german(source.title) }];
  return source.formats.map((format) => ({
    ...common,
    'dct:title': german(`${source.title} (${format})`),
    'dct:format': ref(FILE_TYPE_BASE + encodeURIComponent(format.toUpperCase())),
  }));
}

/** The dcat:Dataset node, without a context (the catalogue holds many). */
export function dcatDatasetNode(source: DcatDatasetSource): JsonLd {
  const keywords = [...source.keywords];
  if (source.modelDatasetName && !keywords.includes(source.modelDatasetName)) {
    keywords.push(source.modelDatasetName);
  }
  const spatial = municipalitySpatialUri(source.geocode);
  const node: JsonLd = {
    '@id': datasetUri(source),
    '@type': 'dcat:Dataset',
    'dct:identifier': source.id,
    'dct:title': german(source.title),
    ...(source.description && { 'dct:description': german(source.description) }),
    'dct:publisher': publisher(source),
    ...(keywords.length > 0 && { 'dcat:keyword': keywords }),
    ...(source.themes.length > 0 && { 'dcat:theme': source.themes.map((t) => ref(dataThemeUri(t))) }),
    ...(source.accrualPeriodicity && {
      'dct:accrualPeriodicity': ref(frequencyUri(source.accrualPeriodicity)),
    }),
    'dct:spatial': ref(spatial),
    'dcatde:politicalGeocodingURI': ref(spatial),
    'dcatde:politicalGeocodingLevelURI': ref(MUNICIPALITY_LEVEL),
    // GovData keeps the list of contributor ids; a municipality is identified by its geocoding URI.
    'dcatde:contributorID': ref(spatial),
    ...(source.landingPage && { 'dcat:landingPage': ref(source.landingPage) }),
    ...(source.modelDatasetKey && { 'dct:references': ref(modelDatasetUri(source.modelDatasetKey)) }),
    ...(source.publishedAt && { 'dct:issued': typed(source.publishedAt.toISOString(), 'xsd:dateTime') }),
    'dct:modified': typed(source.modifiedAt.toISOString(), 'xsd:dateTime'),
    'dcat:distribution': distributions(source),
  };
  const point = contactPoint(source);
  if (point) node['dcat:contactPoint'] = point;
  const period = temporal(source);
  if (period) node['dct:temporal'] = period;
  return node;
}

/** One dataset as a JSON-LD document of its own. */
export function dcatDatasetDocument(source: DcatDatasetSource): JsonLd {
  return { '@context': DCAT_CONTEXT, ...dcatDatasetNode(source) };
}

/** The municipality's published datasets as a dcat:Catalog, one page of them. */
export function dcatCatalogDocument(source: DcatCatalogSource): JsonLd {
  return {
    '@context': DCAT_CONTEXT,
    '@id': source.url,
    '@type': 'dcat:Catalog',
    'dct:title': german(`Open-Data-Katalog ${source.municipalityName}`),
    'dct:description': german(`Die veröffentlichten offenen Daten von ${source.municipalityName}.`),
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': source.municipalityName },
    'dct:spatial': ref(municipalitySpatialUri(source.geocode)),
    'dct:language': ref('http://publications.europa.eu/resource/authority/language/DEU'),
    'dcat:dataset': source.datasets.map(dcatDatasetNode),
    ...(source.nextPageUrl && {
      'hydra:view': {
        '@id': source.url,
        '@type': 'hydra:PartialCollectionView',
        'hydra:next': ref(source.nextPageUrl),
      },
    }),
  };
}

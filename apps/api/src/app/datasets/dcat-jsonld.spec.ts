import { dcatCatalogDocument, dcatDatasetDocument, DcatDatasetSource, modelDatasetUri } from './dcat-jsonld';

const SIRENS: DcatDatasetSource = {
  id: '0b9c8f2e-4d7a-4c55-9a51-1f2e3d4c5b6a',
  title: 'Sirenenstandorte',
  description: null,
  keywords: [],
  themes: [],
  formats: [],
  license: 'dl-zero-de/2.0',
  attributionText: null,
  accrualPeriodicity: null,
  contactPointName: null,
  contactPointEmail: null,
  temporalStart: '2024-01-01',
  temporalEnd: null,
  landingPage: null,
  portalUrl: null,
  publishedAt: null,
  modifiedAt: new Date('2026-11-04T09:00:00Z'),
  departmentName: 'Feuerwehr',
  municipalityName: 'Landeshauptstadt Düsseldorf',
  geocode: '05111000',
  modelDatasetKey: 'sicherheit/sirenen',
  modelDatasetName: 'Sicherheit - Sirenen',
};

describe('DCAT-AP.de JSON-LD', () => {
  it('puts the licence URI on the distribution, in the form dcat-ap.de defines', () => {
    const doc = dcatDatasetDocument(SIRENS);
    expect(doc['dcat:distribution']).toEqual([
      {
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': 'Sirenenstandorte', '@language': 'de' },
        'dct:license': { '@id': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0' },
      },
    ]);
  });

  it('names the publisher with its municipality and refers to the model dataset', () => {
    const doc = dcatDatasetDocument(SIRENS);
    expect(doc['dct:publisher']).toEqual({
      '@type': 'foaf:Organization',
      'foaf:name': 'Feuerwehr, Landeshauptstadt Düsseldorf',
    });
    expect(doc['dct:references']).toEqual({
      '@id': 'https://musterdatenkatalog.de/def/musterdatensatz/sicherheit/sirenen',
    });
    expect(doc['dcat:keyword']).toEqual(['Sicherheit - Sirenen']);
    expect(doc['dct:temporal']).toEqual({
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': '2024-01-01', '@type': 'xsd:date' },
    });
  });

  it('keeps a model dataset key with umlauts a valid URI', () => {
    expect(modelDatasetUri('öffentliche-sicherheit/sirenen')).toBe(
      'https://musterdatenkatalog.de/def/musterdatensatz/%C3%B6ffentliche-sicherheit/sirenen',
    );
  });

  it('links the next page of a long catalogue', () => {
    const catalog = dcatCatalogDocument({
      municipalityName: 'Landeshauptstadt Düsseldorf',
      geocode: '05111000',
      url: 'https://datenlotse.example/api/v1/catalog/dcat',
      datasets: [SIRENS],
      nextPageUrl: 'https://datenlotse.example/api/v1/catalog/dcat?page=2',
    });
    expect(catalog['hydra:view']).toMatchObject({
      'hydra:next': { '@id': 'https://datenlotse.example/api/v1/catalog/dcat?page=2' },
    });
    expect((catalog['dcat:dataset'] as object[])[0]).not.toHaveProperty('@context');
  });
});

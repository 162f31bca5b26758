import { DatasetDto, DepartmentDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

type Node = Record<string, unknown>;

const JSON_LD_KEYWORDS = new Set(['@context', '@id', '@type', '@value', '@language']);

/**
 * What a JSON-LD processor needs to expand the document: every key a keyword or a `prefix:term` whose prefix
 * the context defines, every type a defined term, every `@id` an absolute IRI. Returns what breaks that.
 */
function jsonLdProblems(value: unknown, context: Record<string, string>, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonLdProblems(item, context, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const problems: string[] = [];
  const known = (term: string) => term.includes(':') && term.split(':')[0] in context;
  for (const [key, inner] of Object.entries(value as Node)) {
    if (key === '@context') continue;
    if (!JSON_LD_KEYWORDS.has(key) && !known(key)) problems.push(`${path}.${key}: undefined prefix`);
    if (key === '@type' && typeof inner === 'string' && !known(inner))
      problems.push(`${path}: type ${inner}`);
    if (key === '@id' && !(typeof inner === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(inner))) {
      problems.push(`${path}: @id ${String(inner)} is no absolute IRI`);
    }
    problems.push(...jsonLdProblems(inner, context, `${path}.${key}`));
  }
  return problems;
}

describe('DCAT-AP.de JSON-LD (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let db: DataSource;
  let unit: DepartmentDto;
  let sirens: DatasetDto;
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    db = t.app.get(DataSource);
    unit = await newDepartment(team, 'Amt für Bevölkerungsschutz');
    const [model] = await db.query(
      `INSERT INTO model_dataset (key, name, theme, label, version)
         VALUES ('sicherheit/sirenen', 'Sicherheit - Sirenen', 'Sicherheit', 'Sirenen', 1)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id, name`,
    );
    sirens = (
      await team
        .post('/api/v1/datasets')
        .send({
          title: 'Sirenenstandorte',
          departmentId: unit.id,
          description: 'Standorte der Warnsirenen im Stadtgebiet',
          keywords: ['Sirenen', 'Warnung'],
          themes: ['GOVE', 'JUST'],
          formats: ['CSV', 'GeoJSON'],
          license: 'dl-by-de/2.0',
          attributionText: 'Stadt Demostadt, Amt für Bevölkerungsschutz',
          accrualPeriodicity: 'ANNUAL',
          contactPointName: 'Amt für Bevölkerungsschutz',
          contactPointEmail: 'bevoelkerungsschutz@demostadt.de',
          temporalStart: '2024-01-01',
          temporalEnd: '2025-12-31',
          landingPage: 'https://www.demostadt.de/sirenen',
          modelDatasetId: model.id,
        })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('describes one dataset as a dcat:Dataset with the fields DCAT-AP.de asks for', async () => {
    const res = await team.get(`/api/v1/datasets/${sirens.id}/dcat`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text) as Node;
    const context = doc['@context'] as Record<string, string>;
    expect(context).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      adms: 'http://www.w3.org/ns/adms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    });
    expect(jsonLdProblems(doc, context)).toEqual([]);
    expect(doc).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:identifier': sirens.id,
      'dct:title': { '@value': 'Sirenenstandorte', '@language': 'de' },
      'dct:description': { '@value': 'Standorte der Warnsirenen im Stadtgebiet', '@language': 'de' },
      'dct:publisher': {
        '@type': 'foaf:Organization',
        'foaf:name': 'Amt für Bevölkerungsschutz, Demostadt am Rhein',
      },
      'dcat:keyword': ['Sirenen', 'Warnung', 'Sicherheit - Sirenen'],
      'dcat:theme': [
        { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
        { '@id': 'http://publications.europa.eu/resource/authority/data-theme/JUST' },
      ],
      'dct:accrualPeriodicity': {
        '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
      },
      'dct:spatial': { '@id': 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05111000' },
      'dcatde:contributorID': { '@id': 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05111000' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': '2024-01-01', '@type': 'xsd:date' },
        'dcat:endDate': { '@value': '2025-12-31', '@type': 'xsd:date' },
      },
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': 'Amt für Bevölkerungsschutz',
        'vcard:hasEmail': { '@id': 'mailto:bevoelkerungsschutz@demostadt.de' },
      },
      'dcat:landingPage': { '@id': 'https://www.demostadt.de/sirenen' },
      'dct:references': { '@id': 'https://musterdatenkatalog.de/def/musterdatensatz/sicherheit/sirenen' },
    });
    expect(doc['@id']).toBe(`urn:uuid:${sirens.id}`); // not on the portal yet
    const distributions = doc['dcat:distribution'] as Node[];
    expect(distributions).toHaveLength(2);
    for (const distribution of distributions) {
      expect(distribution).toMatchObject({
        '@type': 'dcat:Distribution',
        'dct:license': { '@id': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' },
        'dcatde:licenseAttributionByText': 'Stadt Demostadt, Amt für Bevölkerungsschutz',
        'dcat:accessURL': { '@id': 'https://www.demostadt.de/sirenen' },
      });
    }
    expect(distributions.map((d) => d['dct:format'])).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      { '@id': 'http://publications.europa.eu/resource/authority/file-type/GEOJSON' },
    ]);
  });

  it('leaves out what is not known instead of writing empty values', async () => {
    const bare: DatasetDto = (
      await team.post('/api/v1/datasets').send({ title: 'Kaum Metadaten', departmentId: unit.id }).expect(201)
    ).body;
    const doc = JSON.parse((await team.get(`/api/v1/datasets/${bare.id}/dcat`).expect(200)).text) as Node;
    expect(jsonLdProblems(doc, doc['@context'] as Record<string, string>)).toEqual([]);
    for (const absent of [
      'dct:description',
      'dcat:keyword',
      'dcat:theme',
      'dct:temporal',
      'dcat:contactPoint',
    ]) {
      expect(doc[absent]).toBeUndefined();
    }
    expect(doc['dct:title']).toEqual({ '@value': 'Kaum Metadaten', '@language': 'de' });
    expect(doc['dcat:distribution']).toEqual([
      { '@type': 'dcat:Distribution', 'dct:title': doc['dct:title'] },
    ]);
  });

  it('publishes the catalogue of published datasets to everyone, and nothing unpublished', async () => {
    const before = JSON.parse((await t.anonymous().get('/api/v1/catalog/dcat').expect(200)).text) as Node;
    const ids = (doc: Node) => (doc['dcat:dataset'] as Node[]).map((d) => d['dct:identifier']);
    expect(ids(before)).not.toContain(sirens.id);
    await db.query(`UPDATE dataset SET stage = 'approved', approval_granted = true WHERE id = $1`, [
      sirens.id,
    ]);
    await team
      .post(`/api/v1/datasets/${sirens.id}/transitions`)
      .send({ to: 'published', portalUrl: 'https://opendata.demostadt.de/dataset/sirenen' })
      .expect(200);
    const res = await t.anonymous().get('/api/v1/catalog/dcat').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const catalog = JSON.parse(res.text) as Node;
    expect(jsonLdProblems(catalog, catalog['@context'] as Record<string, string>)).toEqual([]);
    expect(catalog).toMatchObject({
      '@type': 'dcat:Catalog',
      'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': 'Demostadt am Rhein' },
      'dct:spatial': { '@id': 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05111000' },
    });
    const entry = (catalog['dcat:dataset'] as Node[]).find((d) => d['dct:identifier'] === sirens.id);
    expect(entry).toMatchObject({
      '@id': 'https://opendata.demostadt.de/dataset/sirenen',
      '@type': 'dcat:Dataset',
      'dct:issued': { '@type': 'xsd:dateTime' },
    });
    expect(entry?.['@context']).toBeUndefined();
    const stages: Array<{ stage: string }> = await db.query(
      `SELECT stage FROM dataset WHERE id = ANY($1::uuid[])`,
      [ids(catalog)],
    );
    expect(stages.every((s) => s.stage === 'published' || s.stage === 'maintained')).toBe(true);
    const chosen = JSON.parse(
      (await t.anonymous().get('/api/v1/catalog/dcat?geocode=05111000').expect(200)).text,
    );
    expect(ids(chosen)).toEqual(ids(catalog));
    await t.anonymous().get('/api/v1/catalog/dcat?geocode=09162000').expect(404);
    const bad = await t.anonymous().get('/api/v1/catalog/dcat?geocode=Berlin').expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['geocode']);
  });

  it('keeps the JSON-LD of a dataset to signed-in readers', async () => {
    await t.anonymous().get(`/api/v1/datasets/${sirens.id}/dcat`).expect(401);
    const management = await t.signIn('management');
    await management.get(`/api/v1/datasets/${sirens.id}/dcat`).expect(200);
  });
});

import { BadRequestException } from '@nestjs/common';
import {
  checkDatasetRecord,
  isHttpUrl,
  isIsoDay,
  normaliseDatasetFields,
  normaliseList,
} from './dataset-fields';

/** The field a 400 names, and its code. */
function refusal(run: () => unknown): { field: string; code: string } {
  try {
    run();
  } catch (error) {
    const body = (error as BadRequestException).getResponse() as { codes: Record<string, string[]> };
    const [field] = Object.keys(body.codes);
    return { field, code: body.codes[field][0] };
  }
  throw new Error('not refused');
}

describe('dataset fields, as every caller hands them to the service', () => {
  it('trims keywords and formats, drops blanks and repeats (the first spelling wins)', () => {
    expect(normaliseList([' Sirenen', 'sirenen ', '', '  ', 'Warnung'])).toEqual(['Sirenen', 'Warnung']);
    expect(normaliseDatasetFields({ formats: ['CSV', 'csv', 'GeoJSON'] })).toEqual({
      formats: ['CSV', 'GeoJSON'],
    });
  });

  it('returns only the fields that were given, tidied', () => {
    expect(
      normaliseDatasetFields({ title: '  Sirenen ', description: '   ', themes: ['GOVE', 'GOVE'] }),
    ).toEqual({
      title: 'Sirenen',
      description: null,
      themes: ['GOVE'],
    });
  });

  it('names the wrong field for another module that skipped the API checks', () => {
    expect(refusal(() => normaliseDatasetFields({ license: 'cc-by-3.0' as never }))).toEqual({
      field: 'license',
      code: 'isIn',
    });
    expect(refusal(() => normaliseDatasetFields({ accrualPeriodicity: 'HOURLY' as never }))).toMatchObject({
      field: 'accrualPeriodicity',
    });
    expect(refusal(() => normaliseDatasetFields({ departmentId: 'Feuerwehr' }))).toMatchObject({
      field: 'departmentId',
    });
    expect(
      refusal(() => normaliseDatasetFields({ keywords: Array.from({ length: 31 }, (_, i) => `k${i}`) })),
    ).toMatchObject({ field: 'keywords' });
    expect(refusal(() => normaliseDatasetFields({ title: ' ' }))).toMatchObject({ field: 'title' });
  });

  it('accepts only whole http(s) URLs and real calendar days', () => {
    expect(isHttpUrl('https://opendata.duesseldorf.de/dataset/sirenen')).toBe(true);
    expect(isHttpUrl('ftp://daten.example')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('29.02.2028')).toBe(false);
  });

  it('asks for the attribution text when the licence needs one, and an end not before the start', () => {
    const record = { license: null, attributionText: null, temporalStart: null, temporalEnd: null };
    expect(() => checkDatasetRecord({ ...record, license: 'dl-zero-de/2.0' })).not.toThrow();
    expect(
      refusal(() => checkDatasetRecord({ ...record, license: 'dl-by-de/2.0', attributionText: ' ' })),
    ).toEqual({
      field: 'attributionText',
      code: 'attributionRequired',
    });
    expect(
      refusal(() =>
        checkDatasetRecord({ ...record, temporalStart: '2026-01-01', temporalEnd: '2025-12-31' }),
      ),
    ).toMatchObject({ field: 'temporalEnd' });
  });
});

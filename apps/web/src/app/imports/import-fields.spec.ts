import { ImportDto } from '@datenlotse/contracts';
import { assignedMapping, initialMapping, mappingFields, progressPercent } from './import-fields';

function upload(overrides: Partial<ImportDto> = {}): ImportDto {
  return {
    id: 'imp1',
    kind: 'contacts',
    fileName: 'kontakte.csv',
    status: 'uploaded',
    columns: ['Name', 'Amt', 'E-Mail (dienstlich)', 'Bemerkung'],
    sample: [],
    rowCount: 3,
    suggestedMapping: { name: 'Name', department: 'Amt', email: 'E-Mail (dienstlich)' },
    mapping: null,
    processedRows: 0,
    created: 0,
    updated: 0,
    error: null,
    createdAt: '2025-03-01T10:00:00Z',
    finishedAt: null,
    undoneAt: null,
    ...overrides,
  };
}

describe('import mapping', () => {
  it("starts from the API's suggestion and leaves every other field unassigned", () => {
    expect(initialMapping(upload())).toEqual({
      name: 'Name',
      department: 'Amt',
      title: '',
      email: 'E-Mail (dienstlich)',
      phone: '',
      isHead: '',
      relationship: '',
      legalBasis: '',
    });
  });

  it('ignores a suggested column the file does not have', () => {
    const mapping = initialMapping(upload({ suggestedMapping: { name: 'Vollständiger Name' } }));
    expect(mapping['name']).toBe('');
  });

  it('marks the fields the import cannot do without', () => {
    const required = mappingFields('contacts').filter((field) => field.required);
    expect(required.map((field) => field.field)).toEqual(['name', 'department']);
  });

  it('sends only assigned fields', () => {
    expect(assignedMapping({ name: 'Name', title: '', department: 'Amt' })).toEqual({
      name: 'Name',
      department: 'Amt',
    });
  });

  it('shows the share of rows processed', () => {
    expect(progressPercent(upload({ status: 'running', rowCount: 200, processedRows: 50 }))).toBe(25);
    expect(progressPercent(upload({ status: 'completed', rowCount: 0 }))).toBe(100);
  });
});

import { suggestMapping } from './import-mapping';
import { parseKind, parseRelationship, parseTags, parseYesNo } from './import-values';

describe('import mapping and values', () => {
  it('matches headers without case, accents, spaces or dashes, umlauts written either way', () => {
    expect(
      suggestMapping('departments', ['BEZEICHNUNG', 'Kuerzel', 'art', 'Uebergeordnete Einheit']),
    ).toEqual({
      name: 'BEZEICHNUNG',
      shortName: 'Kuerzel',
      kind: 'art',
      parentName: 'Uebergeordnete Einheit',
    });
  });

  it('matches headers that start with a known name, and uses each column once', () => {
    expect(
      suggestMapping('contacts', ['Name', 'E-Mail (dienstlich)', 'Telefon intern', 'Amt', 'Name 2']),
    ).toEqual({
      name: 'Name',
      department: 'Amt',
      email: 'E-Mail (dienstlich)',
      phone: 'Telefon intern',
    });
  });

  it('knows the German labels of kinds, relationships and yes/no', () => {
    expect(
      ['Dezernat', 'Amt', 'Abteilung', 'Eigenbetrieb', 'Institut', 'Extern', 'external'].map(parseKind),
    ).toEqual(['dezernat', 'amt', 'abteilung', 'eigenbetrieb', 'institut', 'external', 'external']);
    expect(parseKind('Kommune')).toBeNull();
    expect(['persönlich bekannt', 'Vorgestellt', 'kalt', 'personally_known'].map(parseRelationship)).toEqual([
      'personally_known',
      'introduced',
      'cold',
      'personally_known',
    ]);
    expect(['ja', 'X', '1', 'true', 'Nein', '0', 'no'].map(parseYesNo)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(parseYesNo('vielleicht')).toBeNull();
    expect(parseTags('Geodaten, Pilotamt;Geodaten | Luft')).toEqual(['Geodaten', 'Pilotamt', 'Luft']);
  });
});

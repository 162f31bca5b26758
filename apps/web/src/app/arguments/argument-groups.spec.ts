import { argumentFixture } from '../objections/objection-fixtures';
import { groupArguments } from './argument-groups';

describe('the argument library by category', () => {
  const library = [
    argumentFixture('a1', { category: 'privacy', title: 'Aggregieren', usedCount: 1 }),
    argumentFixture('a2', { title: 'Sichtbar auf jedem Dach', usedCount: 7 }),
    argumentFixture('a3', { category: 'privacy', title: 'Anonymisieren', usedCount: 4 }),
    argumentFixture('a4', {
      category: 'misuse',
      title: 'Missbrauch ist auch heute möglich',
      evidence: 'Köln',
    }),
  ];

  it('groups in the order of the categories, the most used argument first', () => {
    const groups = groupArguments(library, '');
    expect(groups.map((group) => group.category)).toEqual(['critical_infrastructure', 'privacy', 'misuse']);
    expect(groups[1].arguments.map((argument) => argument.title)).toEqual(['Anonymisieren', 'Aggregieren']);
  });

  it('finds every word of the search in title, text or evidence, ignoring case and accents', () => {
    expect(groupArguments(library, 'koln').flatMap((group) => group.arguments.map((a) => a.id))).toEqual([
      'a4',
    ]);
    expect(
      groupArguments(library, 'SIRENEN dach').flatMap((group) => group.arguments.map((a) => a.id)),
    ).toEqual(['a2']);
    expect(groupArguments(library, 'nichts dergleichen')).toEqual([]);
  });
});

import { fingerprint, shippedCatalogue } from './catalogue';

describe('the shipped Musterdatenkatalog', () => {
  const catalogue = shippedCatalogue();

  it('has the 241 model datasets of the v4 taxonomy with unique keys, in 25 Themen', () => {
    expect(catalogue.modelDatasets).toHaveLength(241);
    expect(new Set(catalogue.modelDatasets.map((m) => m.key)).size).toBe(241);
    expect(catalogue.themeOrder.size).toBe(25);
    // the source writes "Öffentlicher" in one column and "öffentlicher" in the other
    const named = (m: { name: string; theme: string; label: string }) =>
      m.name.toLowerCase() === `${m.theme} - ${m.label}`.toLowerCase();
    expect(catalogue.modelDatasets.every(named)).toBe(true);
    expect(catalogue.modelDatasets.some((m) => /<|&nbsp;|\u00a0|\s{2}/.test(m.description ?? ''))).toBe(
      false,
    );
  });

  it('maps the 2.1 publications onto v4 keys that exist, the sirens onto the Sirene', () => {
    const keys = new Set(catalogue.modelDatasets.map((m) => m.key));
    expect(catalogue.publications.every((p) => p.modelKey === null || keys.has(p.modelKey))).toBe(true);
    const sirens = catalogue.publications.filter(
      (p) => p.sourceModelName === 'Zivil- und Katastrophenschutz - Sirenen',
    );
    expect(sirens.map((p) => [p.organisation, p.modelKey])).toEqual(
      ['Bonn', 'Köln', 'Düsseldorf'].map((city) => [
        city,
        'sicherheit/zivilschutzUndKatastrophenschutz/sirene',
      ]),
    );
    expect(catalogue.publications.some((p) => p.landingPage?.endsWith('/nan'))).toBe(false);
  });

  it('fingerprints rows independently of their order, and notices a changed field or a null', () => {
    const rows = [
      ['a', 'b'],
      ['c', null],
    ];
    expect(fingerprint(rows)).toBe(fingerprint([...rows].reverse()));
    expect(fingerprint(rows)).not.toBe(
      fingerprint([
        ['a', 'b'],
        ['c', ''],
      ]),
    );
  });
});

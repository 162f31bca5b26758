#!/usr/bin/env node
/**
 * Converts the Musterdatenkatalog (Bertelsmann Stiftung, CC0 1.0) into the TypeScript reference modules the API
 * loads on every start (apps/api/src/app/model-datasets/reference/*.data.ts), so that the product never reads
 * the shared data folder at run time.
 *
 *   node tools/musterdatenkatalog/convert.mjs ../shared/data/musterdatenkatalog [--verbose]
 *
 * Inputs
 * - musterdatenkatalog-v4-taxonomie.csv: 242 rows = 241 model datasets plus the catch-all "Sonstiges", which
 *   has no Bezeichnung and is not a dataset anyone could publish: it is left out (241 ship). No blank rows, no
 *   duplicate keys (the converter stops if that changes). The key is `thema/Bezeichnung[/Bezeichnung2]` from
 *   the slug columns, as in the URI https://musterdatenkatalog.de/def/musterdatensatz/{key}. Runs of spaces are
 *   collapsed ("Tourismus -  Unterkunft"), HTML and non-breaking spaces stripped, one typo in a name corrected
 *   ("Zugrifsszahl": the slug already says zugriffszahl).
 * - musterdatenkatalog-2.1-nrw.csv: 2,370 real NRW datasets under 314 v2.1 names. 14 rows carry no model
 *   dataset (harvester records, test data): skipped. Rows repeated with the same identifier and model dataset
 *   (Kerpen, harvested twice) are kept once. Titles lose HTML entities; the landing page "…/dataset/nan" (a
 *   pandas NaN in the source) becomes null; organisation names drop "Stadt "/"Gemeinde " so that "Stadt Moers"
 *   and "Bonn" read alike, and "Jühlich" is spelt Jülich.
 *
 * The 2.1 → v4 mapping (v4 regrouped the taxonomy: 2.1 "Zivil- und Katastrophenschutz - Sirenen" is v4
 * "Sicherheit - Zivilschutz und Katastrophenschutz - Sirene"; no official mapping between these two versions
 * is published). Each side becomes word tokens: lower case, umlauts folded to the plain vowel (ä → a, so that
 * "Bäder" and "Bad" meet), ß → ss, split at anything that is not a letter ("Zivil-" → zivil), stop words
 * removed, then simple German suffix stripping (-ungen → -ung, then one of -en -er -e -s, or -n after e/l/r,
 * while three letters remain: Sirenen/Sirene → siren, Denkmäler/Denkmal → denkmal). A token may carry a
 * synonym ("Einrichtungen" are what v4 calls "Standort", "Messstellen" its "Messung"); a match takes the
 * better of the two. Two tokens score 1 when equal, 0.9 when one letter apart in words of eight or more
 * letters (typos and a linking s: "Schuleingangsunteruchungen", "Grundstückbewertung"), 0.5 + 0.5 ·
 * shorter/longer when one contains the other (at least four letters: "demografie" in "demografiebericht"),
 * else 0; words that say little alone (Standort, Information, Kennzahl, …) count half, so that the Thema must
 * agree. Two token sets score the Dice-style mean of every token's best match on either side.
 *   score = 0.65 · dice(2.1 Bezeichnung, v4 leaf) + 0.35 · coverage(2.1 Thema by the whole v4 name)
 * where the v4 leaf is Bezeichnung2 when there is one ("Sirene"), else the Bezeichnung. The Bezeichnung weighs
 * more because v4 kept the leaves and moved them between themes; the Thema may name the v4 theme, group or
 * leaf ("Jugend - Einrichtungen" → Freizeit - Jugendeinrichtung). The best v4 candidate wins at score ≥ 0.42
 * (the weakest right matches the heuristic finds sit at 0.43; the wrong ones that only share the Thema at
 * 0.35); below it the 2.1 name stays unmapped. OVERRIDES fixes what the heuristic gets wrong, checked by eye
 * over all 313 names against the titles filed under each (`--verbose` prints every mapping with its score and
 * marks overrides; the converter warns about overrides the heuristic already agrees with): synonyms it cannot
 * know ("Kindertagestätten" is a Kita location, "Website - Zugriffe" the city's website), wrong neighbours
 * above the threshold, and mixed bags with no v4 counterpart that stay null.
 *
 * Output: model-datasets.data.ts and publications.data.ts (arrays of tuples, one per line, prettier-ignored).
 * The loader compares a fingerprint of the stored rows with these, so a new conversion reaches every
 * installation on its next start.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../apps/api/src/app/model-datasets/reference');
const LANDING_BASE = 'https://open.nrw/dataset/';
const THRESHOLD = 0.42;

/** Typos in v4 names, corrected in name and label (the slug is already right). */
const NAME_FIXES = { Zugrifsszahl: 'Zugriffszahl' };

/** Organisation names as the evidence shows them. */
const ORGANISATION_FIXES = { Jühlich: 'Jülich' };

/**
 * 2.1 name → v4 key (or null: no counterpart), where the heuristic is wrong or unsure. Each was checked against
 * the titles of the 2.1 datasets under that name.
 */
const OVERRIDES = {
  // other words for the same thing
  'Kindertageseinrichtungen - Kindertagestätten': 'bildung/kindertageseinrichtung/standort',
  'Sport- und Spielstätten - Einrichtungen': 'freizeit/spielplatzUndSpielstaette',
  'Sport- und Spielstätten - Belegung': 'freizeit/spielplatzUndSpielstaette',
  'Vereine, Verbände - Einrichtungen': 'freizeit/verein',
  'Soziale Hilfen - Einrichtungen': 'sozialeHilfe/angebotUndBeratungsstelle',
  'Senioren - Einrichtungen': 'sozialeHilfe/pflege',
  'Gesundheitseinrichtungen - Drogenhilfe': 'sozialeHilfe/angebotUndBeratungsstelle',
  'Bildungsträger - Einrichtungen': 'bildung/ausbildung',
  'Behörden - Einrichtungen': 'buergerservice/dienstleistung',
  'Externe Infrastruktur - Öffnungszeiten': 'buergerservice/dienstleistung',
  'Bürgerservice - Produkte': 'buergerservice/dienstleistung',
  'Externe Infrastruktur - Kirchen, Kapellen und Klöster': 'kultur/religioeseEinrichtung',
  'Externe Infrastruktur - Einkaufsführer': 'wirtschaft/dienstleistung/einzelhandel',
  'Infrastruktur - Fahrradstraßen': 'verkehr/radverkehr/radwegUndRadroute',
  'Individualverkehr - KFZ-Bestand': 'verkehr/kfz/fahrzeugzulassung',
  'Individualverkehr - Kennzahlen': 'verkehr/kfz/fahrzeugzulassung', // number plates, registered vehicles
  'Individualverkehr - Lärm': 'klimaschutzUndUmweltschutz/berichtUndAnalyse/luftUndEmission',
  'Individualverkehr - Straßenverkehr': 'verkehr/kfz/messung',
  'Radverkehr - Fahrräder': 'verkehr/radverkehr/verleih', // rental bikes
  'Radverkehr - Bürgerbeteiligung': 'politischePartizipation/buergerbeteiligung/entwicklungUndInformation',
  'ÖPNV - Haltestellen': 'verkehr/oepnv/liniennetzSollfahrdatenEchtzeitdaten',
  'ÖPNV- Haltestellen': 'verkehr/oepnv/liniennetzSollfahrdatenEchtzeitdaten',
  'ÖPNV - Verkehrsnetz': 'verkehr/oepnv/liniennetzSollfahrdatenEchtzeitdaten',
  'Website - Zugriffe': 'digitalisierung/website', // the city's website, not the open data portal
  'Open Data - Information': 'digitalisierung/openData/planung',
  'Open Data - Wunschlisten': 'digitalisierung/openData/planung',
  'Bevölkerung - Arbeit': 'wirtschaft/beschaeftigung',
  'Bevölkerung - Bedarfsgemeinschaften': 'sozialeHilfe/finanzielleUnterstuetzung/grundsicherung',
  'Bevölkerung - Geburten und Sterbefälle': 'bevoelkerungsstruktur/demografiebericht',
  'Bevölkerung - Wohnen': 'bevoelkerungsstruktur/haushaltszusammensetzung', // households by size and kind
  'Soziale Hilfen - Asylwerber': 'sozialeHilfe/flucht/asylbewerber',
  'Soziale Hilfen - Leistungsbezieher': 'sozialeHilfe/finanzielleUnterstuetzung/grundsicherung',
  'Soziale Hilfen - Straßen': 'raumplanung/sozialraum', // streets of the Sozialraum teams
  'Wohnen - Wohnen': 'bau/wohnungsbestand',
  'Wohnen - Wohnungseigentum': 'bau/wohnungsbestand',
  'Wohnen - Bauprojekte': 'bau/bauvorhaben',
  'Wohnen - Wohnquartiere': 'raumplanung/raumgliederung/ortsteil',
  'Wohnen - Wohnplätze': 'raumplanung/raumgliederung/ortsteil',
  'Haushalt - Eckdaten': 'finanzen/haushalt/plan',
  'Haushalt - Einzeldarstellungen': 'finanzen/haushalt/plan',
  'Haushalt - Sicherungskonzept': 'finanzen/haushalt/plan',
  'Haushalt - Haushaltskonsolidierung': 'finanzen/haushalt/plan',
  'Haushalt - Produktbereichssummen': 'finanzen/haushalt/produktplan',
  'Haushalt - Produktgruppen': 'finanzen/haushalt/produktplan',
  'Kultur - Förderungen': 'finanzen/haushalt/zuwendungUndFoerderung',
  'Steuern und Abgaben - Hundesteuer': 'finanzen/steuernUndAbgaben',
  'Steuern und Abgaben - Nettoeinnahmen': 'finanzen/steuernUndAbgaben',
  'Abfallwirtschaft - Müllabfuhr': 'abfallentsorgung/abfallkalender', // collection dates
  'Stadtwerke - Immobilienangebote': 'raumplanung/liegenschaft/grundstueckUndGebaeude',
  'Tiefbau - Geschäftsberichte': 'bau/tiefbau',
  'Bau - Bauprojekte': 'bau/bauvorhaben',
  'Liegenschaften - Jahresberichte': 'raumplanung/liegenschaft/grundstueckUndGebaeude',
  'Hochschulen - Gebäude': 'bildung/hochschule/standort',
  'Grünflächen - Parkanlagen': 'floraUndFauna/flaeche/gruenflaecheUndGruenflaechenkataster',
  'Grünflächen - Kleingärten': 'floraUndFauna/flaeche/gruenflaecheUndGruenflaechenkataster',
  'Grünflächen - Blumenampeln': 'floraUndFauna/flaeche/gruenflaecheUndGruenflaechenkataster',
  'Stadtplan - Stadtmodell 3D': 'raumplanung/stadtplan',
  'Stadtmarketing - Information': 'oeffentlichkeitsarbeit/stadtmarketing',
  'Stadtmarketing - Zahlen und Fakten': 'oeffentlichkeitsarbeit/stadtmarketing',
  'Stadtmarketing - Städterankings': 'oeffentlichkeitsarbeit/stadtmarketing',
  'Stadtmarketing - Standortentwicklung': 'wirtschaft/wirtschaftsstandort',
  'Öffentlichkeitsarbeit - Amtsblatt': 'oeffentlichkeitsarbeit/pressemitteilungUndVeroeffentlichung',
  'Öffentlichkeitsarbeit - Fotos': 'oeffentlichkeitsarbeit/pressemitteilungUndVeroeffentlichung',
  'Feuerwehr - Kennzahlen': 'sicherheit/feuerwehr/feuerwehreinsatz',
  'Rettungsdienst - Reanimationen': 'gesundheit/rettungsdienst/rettungsdiensteinsatz',
  'Kultur - Besucherzahlen': 'kultur/veranstaltung/besucherzahl',
  'Kultur - Veranstaltungen': 'kultur/veranstaltung/angebot',
  'Friedhöfe - Ehrengräber': 'kultur/friedhof/grabstaette',
  'Stadtarchiv - Bestände': 'geschichte/quelle/archivbestand',
  'Volkshochschulen - Programm': 'bildung/volkshochschule/veranstaltung',
  'Volkshochschulen - Information': 'bildung/volkshochschule/veranstaltung',
  'Tourismus - Übernachtungen': 'tourismus/gaestezahl',
  'Energiewirtschaft - Heizung': 'energie/waermeversorgung',
  'Energiewirtschaft - Wasser': 'energie/wasserversorgung',
  'Umweltschutz - Messstellen': 'klimaschutzUndUmweltschutz/berichtUndAnalyse/luftUndEmission', // air quality
  'Umweltschutz - Nachhaltigkeit': 'klimaschutzUndUmweltschutz/berichtUndAnalyse/klimabilanz',
  // no counterpart in v4: mixed bags, or things no model dataset describes
  'Abfallwirtschaft - Gremien': null, // a board of the waste company, not the council's
  'Freizeit - Einrichtungen': null, // zoo, concert hall, table tennis: not youth centres
  'Radverkehr - Förderungen': null,
};

// ---------------------------------------------------------------------------------------------- matching

const STOP_WORDS = new Set([
  'und',
  'der',
  'die',
  'das',
  'des',
  'den',
  'von',
  'im',
  'in',
  'mit',
  'an',
  'fur',
  'zu',
]);
/** 2.1's "Einrichtungen" are the places v4 calls "Standort"; its "Messstellen" what v4 calls "Messung". */
const SYNONYMS = { einrichtung: 'standort', messstell: 'messung' };

const fold = (text) =>
  text.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');

/** Words that say little on their own ("Standort", "Information"): they count half, so the Thema must agree. */
const GENERIC = new Set([
  'standort',
  'information',
  'kennzahl',
  'angebot',
  'programm',
  'bericht',
  'messung',
  'bestand',
]);

function stem(word) {
  let w = word.replace(/ungen$/, 'ung');
  // -n only after e, l or r (Sirenen, Regeln, Mauern): "Plan" keeps its n.
  for (const suffix of ['en', 'er', 'e', 'n', 's']) {
    if (suffix === 'n' && !/[elr]n$/.test(w)) continue;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** A token is its stem plus, where there is one, its synonym; a match takes the better of the two. */
export const tokens = (text) =>
  fold(text ?? '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem)
    .map((w) => (SYNONYMS[w] ? [w, SYNONYMS[w]] : [w]));

/** Whether a and b differ by at most one inserted, deleted or replaced letter. */
function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

function wordMatch(a, b) {
  const weight = GENERIC.has(a) || GENERIC.has(b) ? 0.5 : 1;
  if (a === b) return weight;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // a typo or a linking s in a long word: "Schuleingangsunteruchung", "Grundstückbewertung"
  if (short.length >= 8 && oneEditApart(a, b)) return 0.9 * weight;
  if (short.length >= 4 && long.includes(short)) return (0.5 + (0.5 * short.length) / long.length) * weight;
  return 0;
}

const tokenMatch = (a, b) => Math.max(...a.flatMap((x) => b.map((y) => wordMatch(x, y))));

const best = (token, others) => Math.max(0, ...others.map((o) => tokenMatch(token, o)));
const coverage = (a, b) => (a.length ? a.reduce((sum, t) => sum + best(t, b), 0) / a.length : 0);
const dice = (a, b) =>
  a.length + b.length
    ? (a.reduce((s, t) => s + best(t, b), 0) + b.reduce((s, t) => s + best(t, a), 0)) / (a.length + b.length)
    : 0;

function score(source, target) {
  return 0.65 * dice(source.label, target.leaf) + 0.35 * coverage(source.theme, target.context);
}

// ---------------------------------------------------------------------------------------------- reading

const clean = (text) =>
  (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const fixName = (text) => Object.entries(NAME_FIXES).reduce((t, [from, to]) => t.replaceAll(from, to), text);

const readCsv = (dir, file) => parse(readFileSync(join(dir, file)), { columns: true, bom: true });

function readTaxonomy(dir) {
  const rows = readCsv(dir, 'musterdatenkatalog-v4-taxonomie.csv');
  const seen = new Set();
  const models = [];
  for (const row of rows) {
    if (!clean(row.MUSTERDATENSATZ)) throw new Error(`v4: a row without a name: ${JSON.stringify(row)}`);
    if (!row.Bezeichnung) continue; // "Sonstiges", the catch-all
    const key = [row.thema, row.Bezeichnung, row.Bezeichnung2].filter(Boolean).join('/');
    if (seen.has(key)) throw new Error(`v4: duplicate key ${key}`);
    seen.add(key);
    const label = fixName(clean(row.BEZEICHNUNG));
    const parts = label.split(' - ');
    models.push({
      key,
      name: fixName(clean(row.MUSTERDATENSATZ)),
      theme: clean(row.THEMA),
      label,
      description: clean(row.Beschreibung) || null,
      themeEn: clean(row.Topic) || null,
      labelEn: clean(row.Label) || null,
      match: {
        leaf: tokens(parts[parts.length - 1]),
        // the 2.1 Thema may name the v4 group or the leaf itself ("Jugend - Einrichtungen" → Jugendeinrichtung)
        context: tokens([row.THEMA, ...parts].join(' ')),
      },
    });
  }
  return { models, rows: rows.length };
}

const organisation = (org) => {
  const name = clean(org).replace(/^(Stadt|Gemeinde) /, '');
  return ORGANISATION_FIXES[name] ?? name;
};

function readPublications(dir) {
  const rows = readCsv(dir, 'musterdatenkatalog-2.1-nrw.csv');
  const seen = new Set();
  const publications = [];
  let unnamed = 0;
  let repeated = 0;
  for (const row of rows) {
    const sourceName = clean(row.MUSTERDATENSATZ);
    if (!sourceName) {
      unnamed++;
      continue;
    }
    const identity = `${row['dct:identifier']}|${sourceName}`;
    if (seen.has(identity)) {
      repeated++;
      continue;
    }
    seen.add(identity);
    const landing = clean(row['dcat:landingPage']);
    publications.push({
      sourceName,
      theme: clean(row.THEMA),
      label: clean(row.BEZEICHNUNG),
      title: clean(row['dct:title']),
      organisation: organisation(row.ORG),
      landingPage: landing && !landing.endsWith('/nan') ? landing : null,
      license: clean(row['dcat:Distribution.dct:license']) || null,
    });
  }
  return { publications, rows: rows.length, unnamed, repeated };
}

function mapSourceNames(publications, models) {
  const byKey = new Map(models.map((m) => [m.key, m]));
  for (const [name, key] of Object.entries(OVERRIDES)) {
    if (key !== null && !byKey.has(key)) throw new Error(`override ${name}: no v4 key ${key}`);
  }
  const names = new Map();
  for (const p of publications) {
    if (names.has(p.sourceName)) continue;
    const source = { label: tokens(p.label), theme: tokens(p.theme) };
    const ranked = models
      .map((m) => ({ key: m.key, name: m.name, score: score(source, m.match) }))
      .sort((a, b) => b.score - a.score);
    const top = ranked[0];
    const heuristic = top.score >= THRESHOLD ? top.key : null;
    const override = Object.hasOwn(OVERRIDES, p.sourceName);
    names.set(p.sourceName, {
      key: override ? OVERRIDES[p.sourceName] : heuristic,
      heuristic,
      top,
      override,
    });
  }
  const redundant = [...names].filter(([, n]) => n.override && n.key === n.heuristic).map(([name]) => name);
  if (redundant.length) console.warn(`overrides the heuristic already agrees with: ${redundant.join('; ')}`);
  const unused = Object.keys(OVERRIDES).filter((name) => !names.has(name));
  if (unused.length) throw new Error(`overrides for unknown 2.1 names: ${unused.join('; ')}`);
  return names;
}

// ---------------------------------------------------------------------------------------------- writing

const HEADER = (file) =>
  [
    `// Generated by tools/musterdatenkatalog/convert.mjs from ${file}; do not edit, convert again.`,
    '// Source: the Musterdatenkatalog of the Bertelsmann Stiftung with GovData, KDZ, OKF DE and the cities of',
    '// Bonn, Düsseldorf, Köln and Moers; CC0 1.0 (https://github.com/bertelsmannstift/Musterdatenkatalog).',
    '',
  ].join('\n');

/** A TypeScript literal in the project's quote style. */
const lit = (value) =>
  typeof value === 'string'
    ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
    : JSON.stringify(value);
const tuple = (values) => `  [${values.map(lit).join(', ')}],`;

function writeModels(models) {
  const lines = [
    HEADER('musterdatenkatalog-v4-taxonomie.csv'),
    "/** [key, name, theme, label, description, themeEn, labelEn], in the taxonomy's order. */",
    'export type ModelDatasetTuple = readonly [',
    '  string,',
    '  string,',
    '  string,',
    '  string,',
    '  string | null,',
    '  string | null,',
    '  string | null,',
    '];',
    '',
    '// prettier-ignore',
    'export const MODEL_DATASET_TUPLES: readonly ModelDatasetTuple[] = [',
    ...models.map((m) => tuple([m.key, m.name, m.theme, m.label, m.description, m.themeEn, m.labelEn])),
    '];',
    '',
  ];
  writeFileSync(join(OUT, 'model-datasets.data.ts'), lines.join('\n'));
}

function writePublications(publications, names) {
  const orgs = [...new Set(publications.map((p) => p.organisation))].sort((a, b) => a.localeCompare(b, 'de'));
  const licenses = [...new Set(publications.map((p) => p.license).filter(Boolean))].sort();
  const sources = [...names.keys()].sort((a, b) => a.localeCompare(b, 'de'));
  const index = (list) => new Map(list.map((v, i) => [v, i]));
  const orgIndex = index(orgs);
  const licenseIndex = index(licenses);
  const sourceIndex = index(sources);
  const lines = [
    HEADER('musterdatenkatalog-2.1-nrw.csv'),
    `/** Every landing page in the source is on open.nrw; the tuples keep the rest of the address. */`,
    `export const LANDING_PAGE_BASE = ${lit(LANDING_BASE)};`,
    '',
    '// prettier-ignore',
    `export const ORGANISATIONS: readonly string[] = [${orgs.map(lit).join(', ')}];`,
    '',
    '// prettier-ignore',
    `export const LICENSES: readonly string[] = [${licenses.map(lit).join(', ')}];`,
    '',
    '/** [2.1 model dataset name, the v4 key it maps to or null]. */',
    '// prettier-ignore',
    'export const SOURCE_MODELS: readonly (readonly [string, string | null])[] = [',
    ...sources.map((name) => tuple([name, names.get(name).key])),
    '];',
    '',
    '/** [title, ORGANISATIONS index, SOURCE_MODELS index, landing page after the base or null, LICENSES index or -1]. */',
    'export type PublicationTuple = readonly [string, number, number, string | null, number];',
    '',
    '// prettier-ignore',
    'export const PUBLICATION_TUPLES: readonly PublicationTuple[] = [',
    ...publications.map((p) => {
      if (p.landingPage && !p.landingPage.startsWith(LANDING_BASE)) {
        throw new Error(`landing page outside ${LANDING_BASE}: ${p.landingPage}`);
      }
      return tuple([
        p.title,
        orgIndex.get(p.organisation),
        sourceIndex.get(p.sourceName),
        p.landingPage ? p.landingPage.slice(LANDING_BASE.length) : null,
        p.license ? licenseIndex.get(p.license) : -1,
      ]);
    }),
    '];',
    '',
  ];
  writeFileSync(join(OUT, 'publications.data.ts'), lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------- main

function main() {
  const [dir, flag] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tools/musterdatenkatalog/convert.mjs <folder with the CSV files> [--verbose]');
    process.exit(2);
  }
  const taxonomy = readTaxonomy(dir);
  const source = readPublications(dir);
  const names = mapSourceNames(source.publications, taxonomy.models);
  const byKey = new Map(taxonomy.models.map((m) => [m.key, m]));

  const mappedNames = [...names.values()].filter((n) => n.key).length;
  const mappedRows = source.publications.filter((p) => names.get(p.sourceName).key).length;
  const overridden = [...names.values()].filter((n) => n.override).length;
  const v4Covered = new Set(source.publications.map((p) => names.get(p.sourceName).key).filter(Boolean));
  console.log(
    `v4 taxonomy: ${taxonomy.rows} rows, ${taxonomy.models.length} model datasets (without "Sonstiges")`,
  );
  console.log(
    `2.1 data: ${source.rows} rows, ${source.unnamed} without a model dataset, ${source.repeated} repeated; ` +
      `${source.publications.length} publications under ${names.size} names`,
  );
  console.log(
    `mapped: ${mappedNames} of ${names.size} names (${overridden} by override), ` +
      `${mappedRows} of ${source.publications.length} publications; ${v4Covered.size} v4 model datasets have evidence`,
  );
  if (flag === '--verbose') {
    for (const [name, n] of [...names].sort(([a], [b]) => a.localeCompare(b, 'de'))) {
      const target = n.key ? byKey.get(n.key).name : '—';
      const mark = n.override ? (n.key === n.heuristic ? '=' : '!') : ' ';
      console.log(
        `${mark} ${n.top.score.toFixed(2)} ${name}  →  ${target}` +
          (n.override ? `   (heuristic: ${n.top.name})` : ''),
      );
    }
  }
  writeModels(taxonomy.models);
  writePublications(source.publications, names);
  console.log(`written to ${OUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

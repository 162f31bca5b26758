import { BrowserContext, expect, Locator, Page, test } from '@playwright/test';
import { DEMO, expectAccessible, openedDialog, screenshot, signIn } from './support';

/** The unit of the journey: the demo city's parks department, with its tree register. */
const UNIT = 'Garten-, Friedhofs- und Forstamt';
const SAVED = 'Alle Antworten gespeichert';

/** A question of the guided screen, by (the start of) its text. */
function question(scope: Page | Locator, text: string | RegExp): Locator {
  return scope.getByRole('group', { name: text });
}

/** The part of the interview that is shown, by its number. */
function part(page: Page, number: number): Locator {
  return page.getByRole('region', { name: new RegExp(`^Teil ${number} —`) });
}

async function pick(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** A date `days` from today as typed into a German date field. */
function germanDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-state')).toHaveText(SAVED, { timeout: 15_000 });
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  // The app learns of it from the browser's offline event.
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test('the three-part interview: planned, run in the guided screen (partly offline) and completed into records', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.team);

  // Plan the interview with the parks department
  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: 'Interview planen' }).click();
  const plan = await openedDialog(page, 'Interview planen');
  await pick(page, plan.getByRole('combobox', { name: 'Organisationseinheit' }), new RegExp(UNIT));
  await plan.getByLabel('Datum').fill(germanDate(0));
  await plan.getByLabel('Beginn').fill('10:00');
  await plan.getByLabel('Ort', { exact: true }).fill('Rathaus, Raum 204');
  await plan.getByRole('combobox', { name: 'Eingeladene Kontakte' }).click();
  await page.getByRole('option', { name: /Lisa Berger/ }).click();
  await page.getByRole('option', { name: /Wolfgang Krämer/ }).click();
  await page.keyboard.press('Escape');
  await plan.getByRole('button', { name: 'Planen' }).click();

  // The invitation goes out with a calendar entry
  const invite = await openedDialog(page, 'Einladung senden');
  await expect(invite.getByText(/Lisa Berger/)).toBeVisible();
  await invite.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByText('Die Einladung wird gesendet.')).toBeVisible();

  await page.getByTestId('interview-row').filter({ hasText: UNIT }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Interview mit ${UNIT}` })).toBeVisible();
  await expect(page.getByTestId('interview-invitation')).toContainText('Einladung gesendet am');
  await page.getByRole('link', { name: 'Interview durchführen' }).click();

  // Part 1: introduction; the concerns become objections
  await expect(page.getByRole('heading', { level: 1, name: `Interview: ${UNIT}` })).toBeVisible();
  const one = part(page, 1);
  await one
    .getByRole('textbox', { name: /Welche Aufgaben hat Ihr Amt/ })
    .fill('Pflege der Parks, Friedhöfe und Wälder; das Baumkataster mit 60.000 Straßenbäumen.');
  await question(one, /Kennen Sie das Open-Data-Portal/)
    .getByRole('radio', { name: 'Davon gehört, aber nicht genutzt' })
    .check();
  await question(one, /Wie gut ist Open Data/)
    .getByRole('radio', { name: /^2/ })
    .check();
  await expectSaved(page);
  await expectAccessible(page);
  await screenshot(page, 'interview-run-part1');

  // The network drops: answers wait in the browser and the screen says so
  await goOffline(context, page);
  await one
    .getByRole('textbox', { name: /Was verbinden Sie mit Open Data/ })
    .fill('Chance: weniger Anfragen zum Baumbestand.');
  await question(one, /Wo veröffentlicht Ihr Amt bereits Daten/)
    .getByRole('checkbox', { name: 'Geoportal' })
    .check();
  await one.getByRole('button', { name: 'Vorbehalt hinzufügen' }).click();
  const concern = one.getByTestId('concern-row').first();
  await pick(page, concern.getByRole('combobox', { name: 'Kategorie' }), 'Datenqualität');
  await concern
    .getByLabel('Vorbehalt', { exact: true })
    .fill('Das Kataster ist in den Außenbezirken nicht vollständig gepflegt.');
  await pick(page, concern.getByRole('combobox', { name: 'Geäußert von' }), /Wolfgang Krämer/);
  await expect(page.getByTestId('sync-state')).toContainText('offline');
  await screenshot(page, 'interview-run-offline');

  // Back online, everything is sent
  await context.setOffline(false);
  await expectSaved(page);

  // Part 2: the data; each row becomes a dataset candidate
  await page.getByRole('button', { name: /^Weiter: Teil 2/ }).click();
  const two = part(page, 2);
  await expect(two).toBeVisible();
  await two
    .getByRole('textbox', { name: /Mit welchen Fachverfahren/ })
    .fill('GALK-Baumkataster, Friedhofsverwaltung (Excel)');
  await question(two, /Können diese Systeme Daten exportieren/)
    .getByRole('radio', { name: /automatisch/ })
    .check();
  const rows: Array<[string, string, string]> = [
    ['Baumkataster', 'GALK-Baumkataster', 'CSV'],
    ['Friedhöfe mit Grabfeldern', 'Friedhofsverwaltung', 'XLSX'],
    ['Spielplätze', 'Grünflächenkataster', 'GeoJSON'],
  ];
  for (const [index, [title, system, format]] of rows.entries()) {
    await two.getByRole('button', { name: 'Datensatz hinzufügen' }).click();
    const row = two.getByTestId('dataset-row').nth(index);
    await row.getByLabel('Titel').fill(title);
    await row.getByLabel('Fachverfahren / Quelle').fill(system);
    await row.getByLabel('Format').fill(format);
  }
  await expectSaved(page);
  await screenshot(page, 'interview-run-part2');

  // Part 3: the agreement
  await page.getByRole('button', { name: /^Weiter: Teil 3/ }).click();
  const three = part(page, 3);
  await pick(
    page,
    question(three, /Ansprechperson für die Datenlieferung/).getByRole('combobox'),
    /Lisa Berger/,
  );
  await question(three, /Mit welchem Datensatz fangen wir an/)
    .getByRole('radio', { name: 'Baumkataster' })
    .check();
  await three.getByRole('textbox', { name: /Bis wann kommt die erste Lieferung/ }).fill(germanDate(21));
  await question(three, /Wie wird geliefert/)
    .getByRole('radio', { name: 'E-Mail' })
    .check();
  await pick(page, question(three, /In welchem Format/).getByRole('combobox'), 'CSV');
  await question(three, /Wie oft wird aktualisiert/)
    .getByRole('radio', { name: /monatlich/i })
    .check();
  await question(three, /Muss die Amtsleitung/)
    .getByRole('radio', { name: 'Ja' })
    .check();
  await three
    .getByRole('textbox', { name: /Was ist bis wann von wem zu tun/ })
    .fill('Frau Berger exportiert das Kataster als CSV.');
  await three.getByRole('textbox', { name: /Wann sprechen wir wieder/ }).fill(germanDate(35));
  await three
    .getByLabel('Notizen zu Teil 3')
    .fill('Herr Krämer möchte die Karte vor der Veröffentlichung sehen.');
  await expectSaved(page);
  await expectAccessible(page);

  // Complete: one step makes the records
  await page.getByRole('button', { name: 'Interview abschließen' }).click();
  const complete = await openedDialog(page, 'Interview abschließen?');
  await expect(complete.getByText('3 Datensätze in der Stufe „Identifiziert“')).toBeVisible();
  await expect(complete.getByText('1 Vorbehalt der Einheit')).toBeVisible();
  await complete.getByRole('button', { name: 'Interview abschließen' }).click();
  await expect(page.getByText('Interview abgeschlossen.')).toBeVisible();

  // The interview's page lists what it made
  await expect(page.getByRole('heading', { level: 1, name: `Interview mit ${UNIT}` })).toBeVisible();
  const outcomes = page.getByTestId('interview-outcomes');
  for (const [title] of rows) {
    await expect(outcomes.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  await expect(outcomes.getByText(/Das Kataster ist in den Außenbezirken/)).toBeVisible();
  await expect(outcomes.getByText(/Baumkataster/).first()).toBeVisible();
  await expect(outcomes.getByText(/Nachgespräch/)).toBeVisible();
  await expect(outcomes.getByText(/Freigabe der Amtsleitung einholen/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'interview-completed');

  // The first dataset is agreed and its delivery scheduled with Frau Berger
  await outcomes.getByRole('link', { name: 'Baumkataster', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Baumkataster' })).toBeVisible();
  await expect(page.getByText('Lieferung geplant').first()).toBeVisible();
  await expect(page.getByText(/Lisa Berger/).first()).toBeVisible();

  // The protocol reads like a document
  await page.goBack();
  await page.getByRole('link', { name: 'Protokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Protokoll/ })).toBeVisible();
  await expect(page.getByText('Chance: weniger Anfragen zum Baumbestand.')).toBeVisible();
  const candidates = page.getByRole('region', { name: /Tabelle zu „Welche Datensätze/ });
  await expect(candidates.getByRole('cell', { name: 'Spielplätze', exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'interview-protocol');

  // The tasks are the team's
  await page.goto('/tasks');
  await expect(page.getByText(/Nachgespräch: Garten-, Friedhofs- und Forstamt/)).toBeVisible();
});

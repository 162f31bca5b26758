import { expect, Locator, Page, test } from '@playwright/test';
import type { DatasetDto, DepartmentDto } from '@datenlotse/contracts';
import { DEMO, expectAccessible, openedDialog, screenshot, signIn } from './support';

/** The Feuerwehr of the demo city: the unit of the siren case and of the department head. */
const FEUERWEHR = 'Amt 37 – Feuerwehr, Rettungsdienst und Bevölkerungsschutz';
const OPEN_OBJECTION_RULE =
  'Offene Vorbehalte: Ein Datensatz mit offenem Vorbehalt kommt nicht über die Klärung hinaus.';

/** A column of the board, named by its heading ("Identifiziert" plus the hidden count). */
function boardColumn(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${stage}\\b`) });
}

/** A card of the board, by its dataset's title. */
function boardCard(column: Locator, title: string): Locator {
  const link = column.page().getByRole('link', { name: title, exact: true });
  return column.getByRole('listitem').filter({ has: link });
}

test('the siren journey: the Feuerwehr objects, the team answers from the library, the dataset becomes publishable', async ({
  page,
}) => {
  const title = 'Sirenenstandorte Stadtteile';
  await signIn(page, DEMO.team);
  await page.goto('/datasets');

  // A new candidate, with the model dataset the title suggests
  await page.getByRole('button', { name: 'Neuer Datensatz' }).click();
  const create = await openedDialog(page, 'Neuer Datensatz');
  await create.getByLabel('Titel', { exact: true }).fill(title);
  await create.getByRole('combobox', { name: 'Organisationseinheit' }).click();
  await page.getByRole('option', { name: FEUERWEHR, exact: true }).click();
  const siren = create.getByRole('radio', { name: /Katastrophenschutz - Sirene\b/ });
  await expect(siren).toBeVisible();
  await siren.check();
  await create.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText(`„${title}“ wurde angelegt.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Sirene/).first()).toBeVisible();

  // Without objections the way to "Vereinbart" is open
  const toAgreed = page.getByRole('button', { name: 'Nach „Vereinbart“' });
  await expect(toAgreed).toBeEnabled();

  // The Feuerwehr objects: critical infrastructure, vandalism
  await page.getByRole('button', { name: 'Vorbehalt erfassen' }).click();
  const record = await openedDialog(page, 'Vorbehalt erfassen');
  await record.getByRole('combobox', { name: 'Erhoben von' }).click();
  await page.getByRole('option', { name: 'Jens Kowalski', exact: true }).click();
  await record.getByRole('combobox', { name: 'Kategorie' }).click();
  await page.getByRole('option', { name: 'Kritische Infrastruktur', exact: true }).click();
  await record
    .getByLabel('Vorbehalt', { exact: true })
    .fill('Sirenen sind kritische Infrastruktur. Eine Karte der Standorte lädt zu Vandalismus ein.');
  await record.getByRole('button', { name: 'Erfassen' }).click();
  await expect(page.getByText('Vorbehalt erfasst.')).toBeVisible();

  const objection = page.getByRole('article', { name: 'Kritische Infrastruktur' });
  await expect(objection.getByText('Offen', { exact: true })).toBeVisible();
  await expect(objection.getByText(/Erhoben von Jens Kowalski/)).toBeVisible();

  // The open objection holds the dataset in clarification, and the page says why
  await expect(toAgreed).toBeDisabled();
  await expect(toAgreed).toHaveAccessibleDescription(OPEN_OBJECTION_RULE);
  await expect(page.getByText(OPEN_OBJECTION_RULE)).toBeVisible();

  // The answer: the siren argument, with the Musterdatenkatalog's evidence
  await objection.getByRole('button', { name: 'Beantworten' }).click();
  const answer = await openedDialog(page, 'Vorbehalt beantworten');
  await expect(answer.getByText(/„Sirenen sind kritische Infrastruktur/)).toBeVisible();
  const evidence = answer.getByText(/Sirene: veröffentlicht von .*Bonn/).first();
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText('Köln');
  await answer.getByRole('checkbox', { name: 'Sirenen stehen sichtbar auf den Dächern' }).check();
  await answer
    .getByLabel('Antwort in eigenen Worten')
    .fill(
      'Die Sirenen stehen sichtbar auf Dächern und Masten; wer durch die Stadt geht, sieht sie. ' +
        'Bonn und Köln veröffentlichen ihre Sirenenstandorte seit Jahren.',
    );
  await answer.getByRole('radio', { name: 'Veröffentlichbar', exact: true }).check();
  await answer
    .getByLabel('Was wurde vereinbart?')
    .fill('Standorte und Sirenentyp, ohne Angaben zur Ansteuerung');
  await expectAccessible(page);
  await screenshot(page, 'objection-answer-dialog-team-de-1280');
  await answer.getByRole('button', { name: 'Antwort speichern' }).click();
  await expect(page.getByText('Antwort gespeichert: Geklärt: veröffentlichbar.')).toBeVisible();
  await expect(answer).toBeHidden();

  await expect(objection.getByText('Geklärt: veröffentlichbar', { exact: true })).toBeVisible();
  await expect(objection.getByText('Sirenen stehen sichtbar auf den Dächern')).toBeVisible();

  // Publishable: now the dataset moves on, and its history says so
  await expect(toAgreed).toBeEnabled();
  await toAgreed.click();
  const facts = page.getByRole('definition').filter({ hasText: /seit/ });
  await expect(facts.getByText('Vereinbart', { exact: true })).toBeVisible();
  const history = page.getByRole('list', { name: 'Phasenverlauf' });
  await expect(history.getByRole('listitem').first()).toContainText('Identifiziert → Vereinbart');
  await expect(history.getByRole('listitem').first()).toContainText('Tara Team, in der App');
  await expect(page.getByRole('button', { name: 'Nach „Vereinbart“' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'dataset-page-team-de-1280');
  const datasetUrl = page.url();

  // The Feuerwehr's head reads the outcome on a phone and joins the discussion, but does not answer
  await page.context().clearCookies();
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.head);
  await page.goto(datasetUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const seen = page.getByRole('article', { name: 'Kritische Infrastruktur' });
  await expect(seen.getByText('Geklärt: veröffentlichbar', { exact: true })).toBeVisible();
  await expect(
    seen.getByRole('definition').filter({ hasText: /Geklärt: veröffentlichbar \(am / }),
  ).toBeVisible();
  await expect(seen.getByText('Standorte und Sirenentyp, ohne Angaben zur Ansteuerung')).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Beantworten' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vorbehalt erfassen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nächste Schritte' })).toHaveCount(0);
  await seen
    .getByLabel('Kommentar', { exact: true })
    .fill('Einverstanden. Bitte die Liste vor der Veröffentlichung mit der Leitstelle abstimmen.');
  await seen.getByRole('button', { name: 'Kommentieren' }).click();
  await expect(page.getByText('Kommentar gespeichert.')).toBeVisible();
  await expect(seen.getByText(/Dr\. Hanna Brandt am \d/)).toBeVisible();
  await expect(seen.getByText(/mit der Leitstelle abstimmen/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'dataset-page-head-de-390');
});

test('the team moves a card on the board by dragging it and with the keyboard', async ({ page }) => {
  const title = 'Löschwasserentnahmestellen Board';
  await signIn(page, DEMO.team);

  // A candidate of its own, so that the test does not depend on the demo's cards
  const departments = await page.request.get('/api/v1/departments');
  expect(departments.ok()).toBe(true);
  const feuerwehr = ((await departments.json()) as DepartmentDto[]).find(
    (unit) => unit.shortName === 'Amt 37',
  );
  expect(feuerwehr).toBeDefined();
  const created = await page.request.post('/api/v1/datasets', {
    data: { title, departmentId: feuerwehr?.id },
  });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as DatasetDto).stage).toBe('identified');

  await page.goto('/datasets?view=board');
  const identified = boardColumn(page, 'Identifiziert');
  const clarification = boardColumn(page, 'In Klärung');
  const card = boardCard(identified, title);
  await expect(card).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'dataset-board-team-de-1280');

  // Drag with the mouse: CDK drag-drop follows real pointer moves, not a synthetic drop
  const from = await card.getByText('Feuerwehr, Rettungsdienst und Bevölkerungsschutz').boundingBox();
  const target = await clarification.getByRole('list').boundingBox();
  if (!from || !target) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  // While the card is held, the columns the state machine does not allow say so
  await expect(boardColumn(page, 'Lieferung geplant').getByText('Hierhin nicht möglich')).toBeVisible();
  await expect(clarification.getByText('Hierhin nicht möglich')).toHaveCount(0);
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 20 });
  await page.mouse.move(target.x + target.width / 2, target.y + 50, { steps: 5 });
  await page.mouse.up();
  await expect(boardCard(clarification, title)).toBeVisible();
  await expect(boardCard(identified, title)).toHaveCount(0);
  await expect(page.getByText(`„${title}“ ist jetzt in der Phase „In Klärung“.`)).toBeAttached();

  // The move was made, not only shown: it is still there after a reload
  await page.reload();
  await expect(boardCard(clarification, title)).toBeVisible();
  await expect(boardCard(identified, title)).toHaveCount(0);

  // The keyboard's way: the card's "Verschieben" menu; putting it on hold asks for the reason
  await boardCard(clarification, title)
    .getByRole('button', { name: `„${title}“ verschieben` })
    .press('Enter');
  const onHold = page.getByRole('menuitem', { name: /^Nach „Zurückgestellt“/ });
  await expect(onHold).toContainText('Mit Begründung');
  await onHold.press('Enter');
  const reason = await openedDialog(page, 'Nach „Zurückgestellt“ verschieben');
  await expect(reason.getByText(`„${title}“ geht von „In Klärung“ nach „Zurückgestellt“.`)).toBeVisible();
  await reason.getByLabel('Begründung').fill('Die Feuerwehr überarbeitet das Kataster bis zum Herbst.');
  await reason.getByRole('button', { name: 'Nach „Zurückgestellt“' }).click();
  await expect(reason).toBeHidden();
  await expect(boardCard(clarification, title)).toHaveCount(0);
  await expect(boardCard(boardColumn(page, 'Zurückgestellt'), title)).toBeVisible();

  // The reason is in the dataset's history
  await boardCard(boardColumn(page, 'Zurückgestellt'), title).getByRole('link', { name: title }).click();
  const history = page.getByRole('list', { name: 'Phasenverlauf' });
  await expect(history.getByRole('listitem').first()).toContainText('In Klärung → Zurückgestellt');
  await expect(history.getByRole('listitem').first()).toContainText(
    'Begründung: Die Feuerwehr überarbeitet das Kataster bis zum Herbst.',
  );
});

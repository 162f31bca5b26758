import { expect, test } from '@playwright/test';
import { MailCatcher, readableBody } from './mail-catcher';
import { DEMO, expectAccessible, openedDialog, screenshot, signIn } from './support';

const DATASET = 'Defibrillatoren (AED-Standorte)';
const HEAD_EMAIL = 'amtsleitung@demo.datenlotse.de';

const catcher = new MailCatcher();
test.beforeAll(() => catcher.listen(Number(process.env['E2E_SMTP_PORT'])));
test.afterAll(() => catcher.close());

test('the team asks the Feuerwehr for release, the head approves from the mail link, the dataset is approved', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.team);
  await page.goto('/datasets?q=Defibrillatoren');
  await page.getByRole('link', { name: DATASET }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: DATASET })).toBeVisible();
  await expect(page.getByText('Wartet auf Freigabe').first()).toBeVisible();

  await page.getByRole('button', { name: 'Freigabe anfordern' }).click();
  const request = await openedDialog(page, 'Freigabe anfordern');
  await expect(request.getByRole('combobox', { name: 'Freigabe durch' })).toContainText('Dr. Hanna Brandt');
  await request.getByLabel('Nachricht an die Amtsleitung (freiwillig)').fill('Die Standorte sind geprüft.');
  await request.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(page.getByText(/Freigabe angefragt bei Dr\. Hanna Brandt/)).toBeVisible();

  // The mail reaches the head through SMTP; its link is the only way to the decision without signing in.
  await expect
    .poll(() => catcher.mails.filter((mail) => mail.to.includes(HEAD_EMAIL)).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const mail = readableBody(catcher.mails.filter((m) => m.to.includes(HEAD_EMAIL)).at(-1)!.raw);
  expect(mail).toContain(DATASET);
  const link = /https?:\/\/[^\s"<>]+\/freigabe\/[A-Za-z0-9_-]+/.exec(mail)?.[0];
  expect(link).toBeTruthy();

  const headContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  const head = await headContext.newPage();
  await head.goto(new URL(link!).pathname);
  await expect(head.getByRole('heading', { level: 1, name: 'Freigabe eines Datensatzes' })).toBeVisible();
  await expect(head.getByRole('heading', { level: 2, name: DATASET })).toBeVisible();
  await expect(head.getByText('Die Standorte sind geprüft.')).toBeVisible();
  await expectAccessible(head);
  await screenshot(head, 'approval-link-open-de-390');
  await head.getByRole('radio', { name: 'Freigeben' }).check();
  await head.getByRole('button', { name: 'Entscheidung absenden' }).click();
  await expect(
    head.getByRole('heading', { level: 1, name: 'Vielen Dank, der Datensatz ist freigegeben' }),
  ).toBeVisible();
  await expectAccessible(head);

  // The link is single-use: opened again, it says the request is decided.
  await head.goto(new URL(link!).pathname);
  await expect(head.getByRole('heading', { level: 1 })).not.toHaveText('Freigabe eines Datensatzes');
  await expect(head.getByRole('radio', { name: 'Freigeben' })).toHaveCount(0);
  await headContext.close();

  await page.reload();
  await expect(page.getByText('Freigegeben', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/über den E-Mail-Link/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'dataset-approved-team-de-1280');
});

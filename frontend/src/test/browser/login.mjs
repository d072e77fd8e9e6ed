// Logs in through Keycloak's two pages (username, then password) and checks the agency page, then logs out through
// Keycloak. Run by KeycloakEndToEndIT:
//   node src/test/browser/login.mjs BASE USERNAME EXPECTED_AGENCY FORBIDDEN_AGENCY [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, username, expected, forbidden, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage();
  // Keycloak asks for the username, then on a second page for the password (organizations are on)
  await login(page, base, '/agensi', username);

  // back in MeritASN, on the agency page
  await page.locator('#agency-name').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('#agency-name').textContent(), expected);
  assert.equal(await page.getByText(forbidden, { exact: true }).count(), 0, `${forbidden} must not be visible`);
  assert.ok((await page.locator('#user-roles').textContent()).includes('Operator BKPSDM'), 'role shown');
  assert.equal(await page.locator('#agency-switch').count(), 0, 'no agency switch for a user of one agency');
  assert.equal(await page.getByRole('link', { name: 'Platform' }).count(), 0, 'no platform menu for a tenant admin');
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  // logout goes through Keycloak and ends the Keycloak session too
  await page.click('#logout-button');
  await page.locator('#login-link').waitFor({ timeout: 60_000 });
  await page.goto(`${base}/agensi`);
  await page.locator('#username').waitFor({ timeout: 60_000 });
  console.log(`login as ${username}: OK`);
} finally {
  await browser.close();
}

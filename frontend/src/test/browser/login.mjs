// Logs in through Keycloak's two pages (username, then password) and checks the agency page, then logs out through
// Keycloak. Run by KeycloakEndToEndIT:
//   node src/test/browser/login.mjs BASE USERNAME EXPECTED_AGENCY FORBIDDEN_AGENCY [screenshot]
import { chromium } from 'playwright-core';
import { strict as assert } from 'node:assert';

const [base, username, expected, forbidden, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.MERITASN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/agensi`);

  // Keycloak, page 1: the username only (organizations are on)
  await page.locator('#username').waitFor({ timeout: 60_000 });
  assert.ok(page.url().includes('/realms/meritasn/'), `expected Keycloak's login page, got ${page.url()}`);
  assert.equal(await page.locator('#password').count(), 0, 'the first page asks for the username only');
  await page.fill('#username', username);
  await page.click('#kc-login');

  // page 2: the password
  await page.locator('#password').waitFor();
  await page.fill('#password', 'meritasn-demo');
  await page.click('#kc-login');

  // back in MeritASN, on the agency page
  await page.locator('#agency-name').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('#agency-name').textContent(), expected);
  assert.equal(await page.getByText(forbidden, { exact: true }).count(), 0, `${forbidden} must not be visible`);
  assert.ok((await page.locator('#user-roles').textContent()).includes('Operator BKPSDM'), 'role shown');
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

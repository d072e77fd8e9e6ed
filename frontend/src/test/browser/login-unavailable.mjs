// With Keycloak down, signing in shows MeritASN's page saying so (not the browser's error page). Run by
// KeycloakOutageEndToEndIT:   node src/test/browser/login-unavailable.mjs BASE
import { strict as assert } from 'node:assert';
import { launch } from './support.mjs';

const [base] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage();
  const redirect = page
    .waitForResponse((r) => r.url().includes('/oauth2/authorization/'), { timeout: 60_000 })
    .catch(() => null);
  await page.goto(`${base}/agensi`);
  const response = await redirect;
  await page.locator('#login-unavailable').waitFor({ timeout: 60_000 });
  if (response) assert.equal(response.status(), 503);
  assert.ok((await page.locator('h1').textContent()).includes('Layanan masuk sedang tidak tersedia'));
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  console.log('sign-in unavailable page: OK');
} finally {
  await browser.close();
}

// A user of two agencies (the demo's operator.dua: Medan and Tangerang) acts for the first, switches to the other in
// the user panel; the agency page (served by the same caller lookup as every browser service) follows, also on a new
// page load. Run by KeycloakEndToEndIT:
//   node src/test/browser/agency-switch.mjs BASE
import { strict as assert } from 'node:assert';
import { chooseOption, launch, login } from './support.mjs';

const [base] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await login(page, base, '/agensi', 'operator.dua');
  const agencyName = async (expected) => {
    await page
      .locator('#agency-name')
      .filter({ hasText: expected })
      .waitFor({ timeout: 60_000 })
      .catch(async (e) => {
        const shown = await page
          .locator('body')
          .innerText()
          .catch(() => '(no body)');
        const seen = `${page.url()}: ${shown.slice(0, 600)}\n${problems.join('\n')}`;
        throw new Error(`${expected} not shown on ${seen}\n${e.message}`);
      });
    return page.locator('#agency-name').textContent();
  };

  // memberships in key order: Medan first
  assert.equal(await agencyName('Medan'), 'Pemerintah Kota Medan');
  assert.equal(await page.locator('#user-agency').textContent(), 'Pemerintah Kota Medan');
  const offered = await page.locator('#agency-switch').evaluate((s) => s.items.map((i) => i.value));
  assert.deepEqual(offered, ['medan', 'tangerang'], 'the switch offers exactly the two memberships');

  await chooseOption(page, '#agency-switch', 'tangerang');
  assert.equal(await agencyName('Tangerang'), 'Pemerintah Kota Tangerang');
  assert.equal(await page.locator('#user-agency').textContent(), 'Pemerintah Kota Tangerang');

  // the choice belongs to the session: a new page load still acts for Tangerang
  await page.goto(`${base}/`);
  await page.goto(`${base}/agensi`);
  assert.equal(await agencyName('Tangerang'), 'Pemerintah Kota Tangerang');

  // and back
  await chooseOption(page, '#agency-switch', 'medan');
  assert.equal(await agencyName('Medan'), 'Pemerintah Kota Medan');

  // a call nobody catches (the switch's) that cannot reach the server is shown, in Indonesian, and changes nothing
  await page.route('**/connect/MyAgencyService/actFor', (route) => route.abort('internetdisconnected'));
  await chooseOption(page, '#agency-switch', 'tangerang');
  await page
    .locator('vaadin-notification-card')
    .filter({ hasText: 'Server tidak dapat dihubungi' })
    .waitFor({ timeout: 10_000 });
  await page.unroute('**/connect/MyAgencyService/actFor');
  await page.goto(`${base}/agensi`);
  assert.equal(await agencyName('Medan'), 'Pemerintah Kota Medan');
  console.log('agency switch for operator.dua: OK');
} finally {
  await browser.close();
}

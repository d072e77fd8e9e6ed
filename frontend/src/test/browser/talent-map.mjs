// The talent map as Medan's talent committee sees the demo period: counts in the PermenPANRB layout, members of a
// box, a talent card with its radar chart and explanation, and a calibration move with a reason.
//   node src/test/browser/talent-map.mjs BASE [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await login(page, base, '/peta-talenta', 'medan.komite');
  await page.goto(`${base}/peta-talenta`);
  await page.locator('#nine-box').waitFor({ timeout: 60_000 });
  // the grid is laid out 4 7 9 / 2 5 8 / 1 3 6
  const order = await page.locator('#nine-box > button').evaluateAll((buttons) => buttons.map((b) => b.id));
  assert.deepEqual(order, ['box-4', 'box-7', 'box-9', 'box-2', 'box-5', 'box-8', 'box-1', 'box-3', 'box-6']);
  await page.waitForFunction(
    () => [...document.querySelectorAll('[id$="-count"]')].some((e) => Number(e.textContent) > 0),
    null,
    { timeout: 90_000 },
  );
  const counts = await page.locator('[id$="-count"]').allTextContents();
  const total = counts.map(Number).reduce((a, b) => a + b, 0);
  assert.ok(total > 1000, `expected the demo employees on the map, got ${total}`);

  // completeness per unit is listed under the map
  await page
    .locator('#completeness vaadin-grid-cell-content')
    .filter({ hasText: /^Dinas / })
    .first()
    .waitFor();

  // the members of the fullest box, and one talent card
  const fullest = counts.map(Number).indexOf(Math.max(...counts.map(Number)));
  // a DOM click: the map re-renders every few seconds while it follows changes
  await page
    .locator('#nine-box > button')
    .nth(fullest)
    .evaluate((button) => button.click());
  await page
    .locator('vaadin-grid-cell-content')
    .filter({ hasText: /^\d{18}$/ })
    .first()
    .click();
  await page.locator('#talent-card').waitFor({ timeout: 30_000 });
  await page.locator('#talent-card .recharts-surface').first().waitFor();
  assert.ok(
    (await page.locator('#explanation vaadin-grid-cell-content').allTextContents()).some((t) =>
      t.includes('(data demo)'),
    ),
    'the explanation shows the evidence',
  );
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  console.log('talent map: OK');
} finally {
  await browser.close();
}

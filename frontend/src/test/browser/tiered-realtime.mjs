// Tiered assessment with the map in real time, as Jakarta Pusat runs it (policies assessment.tiers and
// talentmap.realtime): the talent committee keeps the open period's map open; the assessor, signed in in another
// browser context, enters one employee's potential score; the committee's map, never reloaded, then shows that
// employee's input as provisional (not validated through the tiers yet).
//   node src/test/browser/tiered-realtime.mjs BASE
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base] = process.argv.slice(2);
const browser = await launch();
const provisional = (page) => page.evaluate(() =>
  Number(/\d+/.exec(document.querySelector('#provisional-count')?.textContent ?? '0')?.[0] ?? 0));
try {
  const committee = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await login(committee, base, '/peta-talenta', 'jakarta_pusat.komite');
  await committee.goto(`${base}/peta-talenta`);
  await committee.locator('#map-realtime').waitFor({ timeout: 90_000 }).catch(async (e) => {
    throw new Error(`${e.message}\nat ${committee.url()}: ${(await committee.locator('main, body').first().innerText())
      .slice(0, 1500)}`);
  });
  await committee.waitForFunction(() => [...document.querySelectorAll('[id$="-count"]')]
    .some((e) => Number(e.textContent) > 0), null, { timeout: 90_000 });
  const counts = (await committee.locator('[id$="-count"]').allTextContents()).map(Number);
  await committee.locator('#nine-box > button').nth(counts.indexOf(Math.max(...counts))).evaluate((b) => b.click());
  const nip = (await committee.locator('#members vaadin-grid-cell-content').filter({ hasText: /^\d{18}$/ }).first()
    .textContent()).trim();
  const before = await provisional(committee);

  const assessor = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await login(assessor, base, '/penilaian', 'jakarta_pusat.penilai');
  await assessor.goto(`${base}/penilaian`);
  await assessor.waitForFunction(() => {
    const find = document.querySelector('#entry-find');
    return find && !find.hasAttribute('disabled');
  }, null, { timeout: 60_000 });
  await assessor.locator('#entry-search input').fill(nip);
  await assessor.click('#entry-find');
  await assessor.locator('#entry-nip').filter({ hasText: nip }).waitFor({ timeout: 30_000 });
  const stored = (await assessor.locator('#stored-POTENTIAL').textContent()).trim();
  const score = Number(/: ([\d.]+) /.exec(stored)?.[1]) >= 50 ? '22' : '88';
  await assessor.locator('#potential-evidence input').fill('Uji berjenjang: CACT 2026');
  await assessor.locator('#potential-score input').fill(score);
  await assessor.click('#potential-save');
  await assessor.locator('#stored-POTENTIAL').filter({ hasText: `${score} (bukti: Uji berjenjang: CACT 2026)` }).waitFor();

  // the committee's page was not touched: it follows by itself
  await committee.waitForFunction((b) => Number(/\d+/.exec(document.querySelector('#provisional-count')?.textContent
    ?? '0')?.[0] ?? 0) > b, before, { timeout: 30_000 });
  assert.ok(await provisional(committee) > before);
  console.log('tiered realtime: OK');
} finally {
  await browser.close();
}

// Tiered assessment with the map in real time, as Jakarta Pusat runs it (policies assessment.tiers and
// talentmap.realtime): the talent committee keeps the open period's map open; the assessor, signed in in another
// browser context, enters the demo employee's potential score; the committee's map, never reloaded, shows the input as
// provisional; the employee's tier holders, each signed in on their own, validate it on /validasi in turn, and the
// committee's map follows again: the input is no longer provisional. The talent card marks the result provisional,
// naming the input, until then.
//   node src/test/browser/tiered-realtime.mjs BASE NIP TIER1_USER [TIER2_USER ...]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

// the last argument is the screenshot path BrowserScript adds
const [base, nip, ...rest] = process.argv.slice(2);
const holders = rest.filter((a) => !a.endsWith('.png'));
const browser = await launch();
const provisional = (page) =>
  page.evaluate(() => Number(/\d+/.exec(document.querySelector('#provisional-count')?.textContent ?? '0')?.[0] ?? 0));
try {
  const committee = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await login(committee, base, '/peta-talenta', 'jakarta_pusat.komite');
  await committee.goto(`${base}/peta-talenta`);
  await committee
    .locator('#map-realtime')
    .waitFor({ timeout: 90_000 })
    .catch(async (e) => {
      throw new Error(
        `${e.message}\nat ${committee.url()}: ${(await committee.locator('main, body').first().innerText()).slice(
          0,
          1500,
        )}`,
      );
    });
  await committee.waitForFunction(
    () => [...document.querySelectorAll('[id$="-count"]')].some((e) => Number(e.textContent) > 0),
    null,
    { timeout: 90_000 },
  );
  const before = await provisional(committee);

  const assessor = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await login(assessor, base, '/penilaian', 'jakarta_pusat.penilai');
  await assessor.goto(`${base}/penilaian`);
  await assessor.waitForFunction(
    () => {
      const find = document.querySelector('#entry-find');
      return find && !find.hasAttribute('disabled');
    },
    null,
    { timeout: 60_000 },
  );
  await assessor.locator('#entry-search input').fill(nip);
  await assessor.click('#entry-find');
  await assessor.locator('#entry-nip').filter({ hasText: nip }).waitFor({ timeout: 30_000 });
  const stored = (await assessor.locator('#stored-POTENTIAL').textContent()).trim();
  const score = Number(/: ([\d.]+) /.exec(stored)?.[1]) >= 50 ? '22' : '88';
  await assessor.locator('#potential-evidence input').fill('Uji berjenjang: CACT 2026');
  await assessor.locator('#potential-score input').fill(score);
  await assessor.click('#potential-save');
  await assessor
    .locator('#stored-POTENTIAL')
    .filter({ hasText: `${score} (bukti: Uji berjenjang: CACT 2026)` })
    .waitFor();

  // the committee's page was not touched: it follows by itself
  await committee.waitForFunction(
    (b) => Number(/\d+/.exec(document.querySelector('#provisional-count')?.textContent ?? '0')?.[0] ?? 0) > b,
    before,
    { timeout: 30_000 },
  );
  assert.ok((await provisional(committee)) > before);

  // the employee's talent card, opened from the committee's session, marks the result provisional with the input
  const period = await committee.evaluate(() => document.querySelector('#map-period')?.value);
  const card = await committee.context().newPage();
  await card.goto(`${base}/peta-talenta/${nip}?periode=${period}`);
  const mark = card.locator('#card-validation');
  await mark.waitFor({ timeout: 30_000 });
  assert.equal(await mark.getAttribute('data-state'), 'PROVISIONAL');
  assert.match(await mark.innerText(), /POTENTIAL: divalidasi 0 dari 1 jenjang/);

  // each tier in turn, each holder in a browser of their own; the validation page shows the input waiting for them
  for (const holder of holders) {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await login(page, base, '/validasi', holder);
    await page.goto(`${base}/validasi`);
    const row = page.locator(`#pending-${nip}-POTENTIAL`);
    await row.waitFor({ timeout: 60_000 });
    await row.locator('.validate').click();
    await row.waitFor({ state: 'detached', timeout: 30_000 }).catch(async (e) => {
      throw new Error(`${holder}: ${e.message}\n${await row.innerText()}`);
    });
    await page.context().close();
  }
  await committee.waitForFunction(
    (b) => Number(/\d+/.exec(document.querySelector('#provisional-count')?.textContent ?? '0')?.[0] ?? 0) === b,
    before,
    { timeout: 30_000 },
  );
  // and the card, read again, no longer marks the input: validated through its one tier
  await card.reload();
  await mark.waitFor({ timeout: 30_000 });
  assert.doesNotMatch(await mark.innerText(), /POTENTIAL/);
  console.log('tiered realtime: OK');
} finally {
  await browser.close();
}

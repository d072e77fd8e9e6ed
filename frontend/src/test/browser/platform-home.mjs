// The home page of national oversight (BKN): how many agencies the registry holds, by status and by schema version,
// linked to the registry page; the national figures as the fairness report counts them.
//   node src/test/browser/platform-home.mjs BASE USERNAME AGENCY_COUNT MAPPED POOL [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, username, count, mapped, pool, screenshot] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
try {
  await login(page, base, '/platform', username);
  await page.goto(`${base}/`);
  await page.locator(`#home-agencies[data-count="${count}"]`).waitFor({ timeout: 60_000 });
  assert.ok((await page.locator('.home-schema-version').count()) > 0, 'the schema versions are shown');
  const national = page.locator('#home-national');
  await national.waitFor({ timeout: 60_000 });
  assert.deepEqual(
    [await national.getAttribute('data-mapped'), await national.getAttribute('data-pool')],
    [mapped, pool],
    "the national figures are the fairness report's",
  );
  assert.match(await national.innerText(), new RegExp(`${Number(mapped).toLocaleString('id-ID')}|${mapped} pegawai`));
  await page.locator('#home-agencies a').click();
  await page.waitForURL(/\/platform$/);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log('platform home: OK');
} catch (e) {
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

// Accessibility (WCAG 2.1 A and AA, as axe-core checks it) of the public pages and the pages a tenant admin works
// in: each page, once its content has loaded, has no violation. A violation is printed with the rule, its impact and
// the elements it concerns.
//   node src/test/browser/a11y.mjs BASE USERNAME AGENCY [screenshot]
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { launch, login } from './support.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [base, username, agency, screenshot] = process.argv.slice(2);
const browser = await launch();
let page;

// the page's violations of WCAG 2.1 A and AA once the selector shows its content
async function check(path, ready) {
  await page.goto(`${base}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500); // let late data (grids, selects) settle
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help}: ` +
      v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', '),
  );
}

try {
  const problems = [];
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  problems.push(...(await check('/instansi', 'h2')));
  problems.push(...(await check(`/pengumuman/${agency}`, 'h1')));
  problems.push(...(await check('/verifikasi/ZZZZZZZZZZ', '#verify-not-found')));

  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await login(page, base, '/pegawai', username);
  for (const [path, ready] of [
    ['/', '#inbox'],
    ['/pegawai', '#employee-more'],
    ['/unit', '#unit-tree li'],
    ['/impor', '#import-recent'],
    ['/peta-talenta', '#nine-box'],
    ['/kelengkapan', '#completeness-period'],
    ['/suksesi', 'h2'],
    ['/komite', 'h2'],
    ['/mobilitas/permintaan', 'h2'],
    ['/agensi', '#agency-name'],
    ['/notifikasi', '#notifications-save'],
    ['/pengembangan', '#development-nip'],
    ['/kelompok-talenta', '#pool-summary'],
  ]) {
    problems.push(...(await check(path, ready)));
  }
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  assert.deepEqual(problems, [], `axe found:\n${problems.join('\n')}`);
  console.log('accessibility: OK');
} catch (e) {
  if (screenshot && page) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

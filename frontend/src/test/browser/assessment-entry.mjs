// Assessment inputs as Medan's assessor enters them in the open demo period: one employee's potential score with its
// evidence (the result is recomputed and shown at once), then a bulk file with one good and one refused row.
// Changes one demo employee only (it stays mapped): the other tests share this database.
//   node src/test/browser/assessment-entry.mjs BASE [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await login(page, base, '/penilaian', 'medan.penilai');

  // a mapped demo employee, so both scores are shown: the first member of the fullest box of the map
  await page.goto(`${base}/peta-talenta`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('[id$="-count"]')].some((e) => Number(e.textContent) > 0),
    null,
    { timeout: 90_000 },
  );
  const counts = (await page.locator('[id$="-count"]').allTextContents()).map(Number);
  // a DOM click: the map re-renders every few seconds while it follows changes
  await page
    .locator('#nine-box > button')
    .nth(counts.indexOf(Math.max(...counts)))
    .evaluate((button) => button.click());
  const nip = (
    await page
      .locator('#members vaadin-grid-cell-content')
      .filter({ hasText: /^\d{18}$/ })
      .first()
      .textContent()
  ).trim();

  // the entry page: the open period is chosen, the employee is found by NIP with the position's standard
  await page.goto(`${base}/penilaian`);
  await page.waitForFunction(
    () => {
      const find = document.querySelector('#entry-find');
      return find && !find.hasAttribute('disabled');
    },
    null,
    { timeout: 60_000 },
  );
  await page.locator('#entry-search input').fill(nip);
  await page.click('#entry-find');
  await page.locator('#entry-nip').filter({ hasText: nip }).waitFor({ timeout: 30_000 });
  await page.locator('#result-mapped').waitFor();
  assert.ok(
    (await page.locator('#competency-standard [id^="level-"]').count()) > 0,
    'the competency standard is shown',
  );
  const potentialBefore = (await page.locator('#result-potential').textContent()).trim();
  const versionBefore = (await page.locator('#result-version').textContent()).trim();
  const stored = (await page.locator('#stored-POTENTIAL').textContent()).trim();
  const old = Number(/: ([\d.]+) /.exec(stored)?.[1]);
  const score = old >= 50 ? '21' : '89';

  // evidence is required; an out-of-range score is refused beside the field; nothing is stored either way
  await page.locator('#potential-score input').fill(score);
  await page.click('#potential-save');
  await page.locator('#potential-problem').filter({ hasText: 'bukti' }).waitFor();
  await page.locator('#potential-evidence input').fill('Uji browser: CACT 2026');
  await page.locator('#potential-score input').fill('150');
  await page.click('#potential-save');
  await page.locator('#potential-problem').filter({ hasText: '0 to 100' }).waitFor();
  assert.equal((await page.locator('#result-version').textContent()).trim(), versionBefore);

  // a valid score: the recomputed result shows at once, with a new version and the input with its evidence
  await page.locator('#potential-score input').fill(score);
  await page.click('#potential-save');
  await page
    .locator('#stored-POTENTIAL')
    .filter({ hasText: `${score} (bukti: Uji browser: CACT 2026)` })
    .waitFor();
  assert.equal(await page.locator('#potential-problem').count(), 0);
  const potentialAfter = (await page.locator('#result-potential').textContent()).trim();
  assert.notEqual(potentialAfter, potentialBefore, 'the potential score is recomputed');
  assert.notEqual((await page.locator('#result-version').textContent()).trim(), versionBefore);

  if (screenshot) {
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-single.png'), fullPage: true });
  }

  // bulk: the same employee again (another score) and a NIP the agency does not have
  await page.click('#tab-bulk');
  await page.locator('#bulk-columns').getByText('KOMPETENSI').waitFor();
  const csv =
    'NIP;POTENSI;BUKTI\n' +
    `${nip};${score === '21' ? '23,5' : '87,5'};Unggah uji browser\n` +
    '199013012015031001;70;Unggah uji browser\n';
  await page.setInputFiles('#bulk-file', { name: 'penilaian.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.click('#bulk-start');
  await page.locator('#bulk-status').filter({ hasText: 'COMPLETED' }).waitFor({ timeout: 60_000 });
  const status = await page.locator('#bulk-status').textContent();
  assert.ok(
    status.includes('2 dari 2 baris') && status.includes('1 diperbarui') && status.includes('1 ditolak'),
    status,
  );
  await page.locator('#bulk-errors vaadin-grid-cell-content').filter({ hasText: '199013012015031001' }).waitFor();
  // the reason in the UI's language (Indonesian), from its code, not the English message
  await page
    .locator('#bulk-errors vaadin-grid-cell-content')
    .filter({ hasText: 'Tidak ada pegawai dengan NIP ini di instansi.' })
    .waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#bulk-report')]);
  const report = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.ok(report.startsWith('BARIS,KOLOM,NILAI,ALASAN'), report);
  assert.ok(report.includes('3,NIP,199013012015031001,Tidak ada pegawai dengan NIP ini di instansi.'), report);
  assert.equal(report.trim().split('\n').length, 2, report);
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  console.log('assessment entry: OK');
} finally {
  await browser.close();
}

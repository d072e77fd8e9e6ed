// Browser check of the platform page, run by AgenciesPageBrowserIT against a live server:
//   node src/test/browser/agencies-page.mjs http://localhost:PORT ACTIVE_AGENCY_COUNT screenshot.png
// Drives Debian's Chromium through playwright-core; any failed expectation exits non-zero with the reason.
import { chromium } from 'playwright-core';
import { strict as assert } from 'node:assert';

const [base, active, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.MERITASN_CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/instansi`);

  // Bahasa Indonesia by default
  await page.getByRole('heading', { name: 'Instansi di platform' }).waitFor({ timeout: 60_000 });
  await page.getByText(`${active} instansi aktif.`).waitFor();
  for (const name of [
    'Pemerintah Kota Administrasi Jakarta Pusat',
    'Pemerintah Kota Tangerang',
    'Pemerintah Kota Palangka Raya',
    'Pemerintah Kota Medan',
    'Kementerian Ketenagakerjaan',
  ]) {
    await page.getByText(name, { exact: true }).waitFor();
  }
  assert.equal(await page.getByText('Kementerian', { exact: true }).count(), 1, 'kind column shows Kementerian once');
  assert.ok(await page.getByText('Nama instansi').isVisible(), 'Indonesian column header');

  // English on request, and the choice survives a reload
  await page.locator('vaadin-select').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Agencies on the platform' }).waitFor();
  await page.getByText(`${active} active agencies.`).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Agencies on the platform' }).waitFor({ timeout: 60_000 });
  await page.getByText('Ministry', { exact: true }).waitFor();

  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  console.log('agencies page: OK');
} finally {
  await browser.close();
}

// Paperwork from the talent map, as Medan's talent committee gets it: "Unduh PDF" downloads the talent-map report
// and "Unduh Excel" the members, each named with its verification code; the public verification page, opened
// without login as anyone scanning the QR code would, names the agency and says the data is unchanged.
//   node src/test/browser/documents.mjs BASE AGENCY_NAME [screenshot]
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { launch, login } from './support.mjs';

const [base, agencyName] = process.argv.slice(2);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await login(page, base, '/peta-talenta', 'medan.komite');
  await page.goto(`${base}/peta-talenta`);
  await page.locator('#download-TALENT_MAP_REPORT').waitFor({ timeout: 60_000 });

  const fetch = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }),
      page.locator(`#${id}`).evaluate((b) => b.click())]);
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(file) };
  };
  const pdf = await fetch('download-TALENT_MAP_REPORT');
  assert.match(pdf.name, /^talent-map-report-[A-Z2-9]{10}\.pdf$/);
  assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
  const xlsx = await fetch('download-TALENT_MAP_MEMBERS');
  assert.match(xlsx.name, /^talent-map-members-[A-Z2-9]{10}\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');

  // the public page, in a browser without a session
  const code = /([A-Z2-9]{10})\.pdf$/.exec(pdf.name)[1];
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${base}/verifikasi/${code}`);
  await visitor.locator('#verify-agency').waitFor({ timeout: 60_000 });
  assert.equal((await visitor.locator('#verify-agency').innerText()).trim(), agencyName);
  assert.equal(await visitor.locator('#verify-result').getAttribute('data-changed'), 'false');
  assert.ok((await visitor.title()).length > 0, 'the page has a title');
  await visitor.goto(`${base}/verifikasi/ZZZZZZZZZZ`);
  await visitor.locator('#verify-not-found').waitFor({ timeout: 30_000 });
  console.log('documents: OK');
} finally {
  await browser.close();
}

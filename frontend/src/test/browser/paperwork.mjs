// Every document and export of one seed agency, from the view that shows its data, as the agency's tenant admin gets
// them: each "Unduh PDF" / "Unduh Excel" button downloads a PDF or XLSX file named with its verification code; then
// anyone, in a browser without a session, opens the public verification page of each code and reads the issuing
// agency and that its records are unchanged. An unknown code says so.
//   node src/test/browser/paperwork.mjs BASE AGENCY AGENCY_NAME PUBLISHED_PERIOD NIP CASE SESSION REQUEST IMPORT_JOB [screenshot]
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { launch, login } from './support.mjs';

const [base, agency, agencyName, published, nip, caseId, sessionId, requestId, importJob, screenshot] =
  process.argv.slice(2);
const browser = await launch();
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page = await context.newPage();
  await login(page, base, '/peta-talenta', `${agency}.admin`);

  const codes = [];
  // presses the button (an evaluate click: a button below the fold still counts) and checks the file it brings
  const download = async (id) => {
    await page.locator(`[id="${id}"]`).waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.locator(`[id="${id}"]`).evaluate((b) => b.click()),
    ]);
    const name = file.suggestedFilename();
    const found = /^[a-z-]+-([A-Z2-9]{10})\.(pdf|xlsx)$/.exec(name);
    assert.ok(found, `${id}: ${name} is named with its verification code`);
    const bytes = await readFile(await file.path());
    assert.equal(
      bytes.subarray(0, found[2] === 'pdf' ? 5 : 2).toString(),
      found[2] === 'pdf' ? '%PDF-' : 'PK',
      `${id}: ${name} is a ${found[2]} file`,
    );
    codes.push({ id, code: found[1] });
  };
  const open = async (path) => page.goto(`${base}${path}`);

  // the talent map of the published period: report, members and talent pool
  await open('/peta-talenta');
  await page.locator('#map-period').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (document.querySelector('#map-period')?.items ?? []).length > 0);
  await page.locator('#map-period').evaluate((select, v) => {
    select.value = v;
  }, published);
  await download('download-TALENT_POOL'); // offered only once the chosen period is the published one
  await download('download-TALENT_MAP_REPORT');
  await download('download-TALENT_MAP_MEMBERS');
  await open(`/peta-talenta/${nip}?periode=${published}`);
  await download('download-TALENT_CARD');
  // the demo's announced succession case and the session that named its slate
  await open(`/suksesi/${caseId}`);
  await download('download-SUCCESSION_GROUP');
  await download('download-DECISION_DRAFT');
  await download('download-ANNOUNCEMENT_NOTICE');
  await open('/komite');
  await download(`download-COMMITTEE_MINUTES-${sessionId}`);
  await open('/mobilitas/permintaan');
  await download(`download-MOBILITY_REQUEST_LETTER-${requestId}`);
  // records and their quality
  await open('/pegawai');
  await download('download-EMPLOYEES');
  await open('/kelengkapan');
  await download('download-UNIT_COMPLETENESS');
  await open('/masukan-masyarakat');
  await download('download-COMMUNITY_INPUT');
  await open('/impor');
  await download(`download-IMPORT_ERRORS-${importJob}`);
  assert.equal(new Set(codes.map((c) => c.code)).size, 13, 'thirteen documents, each with its own code');

  // the public page of each code, as anyone scanning the QR code
  page = await (await browser.newContext()).newPage();
  for (const { id, code } of codes) {
    await page.goto(`${base}/verifikasi/${code}`);
    await page.locator('#verify-agency').waitFor({ timeout: 60_000 });
    assert.equal((await page.locator('#verify-agency').innerText()).trim(), agencyName, `${id} ${code}`);
    assert.equal(await page.locator('#verify-result').getAttribute('data-changed'), 'false', `${id} ${code}`);
  }
  assert.ok((await page.title()).length > 0, 'the page has a title');
  await page.goto(`${base}/verifikasi/ZZZZZZZZZZ`);
  await page.locator('#verify-not-found').waitFor({ timeout: 30_000 });
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`paperwork of ${agency}: ${codes.length} documents downloaded and verified: OK`);
} catch (e) {
  if (screenshot && page) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

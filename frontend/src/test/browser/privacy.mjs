// Personal data (UU 27/2022) in the browser (run by KeycloakEndToEndIT):
//   node src/test/browser/privacy.mjs BASE AGENCY NIP
// the tenant admin opens the employee's profile; the employee sees that read on "Data saya" and downloads their data
// as JSON; the agency's data-protection officer finds the same read in the access log.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { launch, login } from './support.mjs';

const [base, agency, nip] = process.argv.slice(2);
const browser = await launch();
try {
  const admin = await browser.newPage();
  await login(admin, base, `/pegawai/${nip}`, `${agency}.admin`);
  await admin.goto(`${base}/pegawai/${nip}`);
  await admin.locator('#profile-nip').waitFor({ timeout: 60_000 });
  assert.equal(await admin.locator('#profile-nip').textContent(), nip);

  const employee = await browser.newPage();
  await login(employee, base, '/data-saya', `${agency}.pegawai`);
  await employee.goto(`${base}/data-saya`);
  await employee.locator('#my-reads').waitFor({ timeout: 60_000 });
  const row = employee
    .locator('#my-reads tbody tr')
    .filter({ hasText: `${agency}.admin` })
    .first();
  assert.ok((await row.innerText()).includes('EMPLOYEE_RECORD'), "the admin's read of the record is listed");
  await employee.locator('#my-data-record').waitFor();
  assert.ok(
    (await employee.locator('#my-data-record').innerText()).includes(nip),
    "the readable record is the employee's",
  );
  const [download] = await Promise.all([employee.waitForEvent('download'), employee.click('#download-my-data')]);
  const document = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(download.suggestedFilename(), `data-saya-${nip}.json`);
  assert.equal(document.nip, nip);
  assert.equal(document.employee.nip, nip);
  assert.ok(Object.keys(document.histories).includes('POSITION'), 'histories are in the download');
  assert.ok('hasilPemetaanTalenta' in document.sections, 'talent results are in the download');
  assert.ok(
    document.readsByOthers.some((r) => r.reader === `${agency}.admin`),
    'reads are in the download',
  );
  console.log('employee sees the read and downloads their data: OK');

  const officer = await browser.newPage();
  await login(officer, base, '/log-akses', `${agency}.dpo`);
  await officer.goto(`${base}/log-akses`);
  await officer.locator('#log-nip input').fill(nip);
  await officer.click('#log-search');
  await officer
    .locator('#access-log tbody tr')
    .filter({ hasText: `${agency}.admin` })
    .first()
    .waitFor({ timeout: 60_000 });
  console.log('data-protection officer sees the read: OK');
} finally {
  await browser.close();
}

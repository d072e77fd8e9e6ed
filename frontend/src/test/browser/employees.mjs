// The employee pages as a tenant admin of Medan sees them (demo data seeded): list with search and paging, profile
// with history tabs, organization tree, positions with their standard, and an import with its error report.
//   node src/test/browser/employees.mjs BASE [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await login(page, base, '/pegawai', 'medan.admin');
  await page.goto(`${base}/pegawai`);

  // list: first page of 50, then the next page by keyset
  await page.getByText('50 pegawai ditampilkan').waitFor({ timeout: 60_000 });
  await page.click('#employee-more');
  await page.getByText('100 pegawai ditampilkan').waitFor();
  const firstNip = (
    await page
      .locator('vaadin-grid-cell-content')
      .filter({ hasText: /^\d{18}$/ })
      .first()
      .textContent()
  ).trim();

  // search by NIP
  await page.locator('#employee-search input').fill(firstNip);
  await page.click('#employee-filter');
  await page.getByText('1 pegawai ditampilkan').waitFor();

  // profile with tabs
  await page.goto(`${base}/pegawai/${firstNip}`);
  await page.locator('#profile-nip').waitFor();
  assert.equal((await page.locator('#profile-nip').textContent()).trim(), firstNip);
  await page.click('#tab-EDUCATION');
  await page
    .locator('#history-grid vaadin-grid-cell-content')
    .filter({ hasText: /^(S1|S2|D3|D4|SLTA) / })
    .first()
    .waitFor();
  await page.click('#tab-AUDIT');
  await page.getByText('employee.demo-seeded').first().waitFor();

  // edit: the tenant admin renames the employee; the change shows and is in the audit trail
  await page.click('#profile-edit');
  await page.locator('#form-name input').fill('Nama Diubah Browser');
  await page.click('#form-save');
  await page.locator('#profile-name').filter({ hasText: 'Nama Diubah Browser' }).waitFor();
  await page.click('#tab-AUDIT');
  await page.getByText('employee.updated').first().waitFor();

  // organization and positions
  await page.goto(`${base}/unit`);
  await page.locator('#unit-tree').getByText('Sekretariat Daerah', { exact: true }).waitFor();
  await page.goto(`${base}/jabatan`);
  await page.getByText('Kepala Sekretariat Daerah').first().waitFor();

  // import: one good row, one refused row, and the error report
  await page.goto(`${base}/impor`);
  const csv =
    'NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n' +
    '199001012015031777,Pegawai Impor Browser,III/a,01-04-2020,SETDA\n' +
    '19900101201503177X,Nip Salah,III/a,2020-04-01,SETDA\n';
  await page.setInputFiles('#import-file', { name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.click('#import-start');
  await page.locator('#import-status').filter({ hasText: 'COMPLETED' }).waitFor({ timeout: 60_000 });
  const status = await page.locator('#import-status').textContent();
  assert.ok(status.includes('1 ditolak'), status);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#import-report')]);
  const report = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(report).toString('utf8');
  assert.ok(text.startsWith('BARIS,KOLOM,NILAI,ALASAN'), text);
  assert.ok(text.includes('3,nip,19900101201503177X'), text);
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  console.log('employee pages: OK');
} finally {
  await browser.close();
}

// Community input moderation as Jakarta Pusat's tenant admin does it: two pending submissions (the test put them in
// the queue), one approved, one rejected with a reason, both then under their tab.
//   node src/test/browser/community.mjs BASE APPROVE_ID REJECT_ID [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, approveId, rejectId, screenshot] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
try {
  await login(page, base, '/masukan-masyarakat', 'jakarta_pusat.admin');
  await page.goto(`${base}/masukan-masyarakat`);
  await page.locator(`#approve-${approveId}`).waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('#community-off').count(), 0, 'Jakarta Pusat has community input on');

  await page.click(`#approve-${approveId}`);
  await page.locator(`#approve-${approveId}`).waitFor({ state: 'detached' });

  // a rejection needs a reason
  await page.click(`#reject-${rejectId}`);
  await page.locator('#reject-confirm[disabled]').waitFor();
  await page.locator('#reject-reason textarea').fill('Bukan tentang pelayanan pegawai ini');
  await page.locator('#reject-confirm:not([disabled])').click();
  await page.locator(`#reject-${rejectId}`).waitFor({ state: 'detached' });
  assert.equal(await page.locator('#community-error').count(), 0);

  await page.click('#status-APPROVED');
  await page
    .locator('#community-grid vaadin-grid-cell-content')
    .filter({ hasText: 'Pelayanan cepat dan ramah' })
    .waitFor();
  await page.click('#status-REJECTED');
  await page
    .locator('#community-grid vaadin-grid-cell-content')
    .filter({ hasText: 'Bukan tentang pelayanan pegawai ini' })
    .waitFor();
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  console.log('community moderation: OK');
} catch (e) {
  // what the page showed when a step failed
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

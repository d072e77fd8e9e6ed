// The talent-review board in calibration, as one committee member at a time sees it:
//   propose: drag the employee's row from box 5 onto box 8, give the reason; the move waits for a second member.
//   agree:   another member finds the pending move on the same board and agrees; the employee counts in box 8.
//   node src/test/browser/calibration.mjs BASE propose|agree USERNAME NIP NAME
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, step, username, nip, name] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await login(page, base, '/peta-talenta', username);
  await page.goto(`${base}/peta-talenta`);
  await page.locator('#nine-box').waitFor({ timeout: 60_000 });
  await page.locator('#review-board').waitFor({ timeout: 90_000 });
  // the session the member sits in is chosen for them
  await page.waitForFunction(() => document.querySelector('#session')?.value, null, { timeout: 30_000 });
  const count = async (box) => Number(await page.locator(`#box-${box}-count`).textContent());

  if (step === 'propose') {
    await page.locator('#box-5').evaluate((button) => button.click());
    await page.locator('#member-search input').fill(nip);
    const row = page.locator('#members vaadin-grid-cell-content').filter({ hasText: new RegExp(`^${nip}$`) });
    await row.waitFor({ timeout: 30_000 });
    const before = await count(8);
    await row.dragTo(page.locator('#box-8'));
    const reason = page.locator('#move-reason textarea');
    await reason.waitFor({ timeout: 10_000 });
    await reason.fill('Memimpin tim lintas bidang dengan hasil terukur pada 2026');
    await page.locator('#propose-move').click();
    await page
      .locator('#pending-moves vaadin-grid-cell-content')
      .filter({ hasText: name })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('.pending-move').filter({ hasText: '8' }).first().waitFor({ timeout: 30_000 });
    assert.equal(await count(8), before, 'a pending move changes no count');
    // the proposer cannot agree to their own move: only a withdraw button is offered
    assert.equal(await page.locator('#pending-moves .agree-move').count(), 0);
  } else {
    const pendingRow = page.locator('#pending-moves vaadin-grid-cell-content').filter({ hasText: name }).first();
    await pendingRow.waitFor({ timeout: 30_000 });
    const before = await count(8);
    await page.locator('#pending-moves .agree-move').first().click();
    await page.waitForFunction(
      (expected) => Number(document.querySelector('#box-8-count')?.textContent) === expected,
      before + 1,
      { timeout: 30_000 },
    );
    // nothing left to agree (the grid keeps hidden rows for reuse, so the heading's count is what is read)
    await page.locator('#pending-heading').filter({ hasText: /^0 / }).waitFor({ timeout: 30_000 });
    await page
      .locator('#settled-moves vaadin-grid-cell-content')
      .filter({ hasText: name })
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    // before closing calibration the committee reads the fairness monitor: a chart and the groups by gender
    await page.locator('#fairness-link').click();
    await page.locator('#fairness-chart .recharts-bar-rectangle').first().waitFor({ timeout: 60_000 });
    await page
      .locator('#fairness-groups vaadin-grid-cell-content')
      .filter({ hasText: /^Perempuan$/ })
      .first()
      .waitFor({ timeout: 30_000 });
  }
  console.log(`calibration ${step}: OK`);
} finally {
  await browser.close();
}

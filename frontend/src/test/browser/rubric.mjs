// The rubric editor as Tangerang's tenant admin uses it: a weight that breaks an axis sum shows the axis error at
// once and the save is refused; the weight put back, the preview shows what a weighted performance axis would do to
// the map, and the rubric saves as a new version. A committee member reads the rubric but cannot change it.
//   node src/test/browser/rubric.mjs BASE [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await login(page, base, '/rubrik', 'tangerang.admin');
  await page.goto(`${base}/rubrik`);
  await page.locator('#weight-SKP input').waitFor({ timeout: 60_000 });
  const versionOf = (text) => Number(/versi (\d+)/i.exec(text)?.[1]);
  const before = versionOf(await page.locator('#rubric-version').textContent());
  assert.ok(Number.isInteger(before), 'the version in force is shown');
  assert.equal(await page.locator('#sum-PERFORMANCE-error').count(), 0, 'the stored rubric is valid');

  // one weight off: the performance axis sums to 95, shown in red at once
  const skp = await page.locator('#weight-SKP input').inputValue();
  await page.locator('#weight-SKP input').fill(String(Number(skp) - 5));
  await page.locator('#sum-PERFORMANCE-error').filter({ hasText: 'berjumlah 95, harus 100' }).waitFor();
  assert.match(await page.locator('#sum-PERFORMANCE').getAttribute('class'), /\bproblem\b/);
  assert.equal(await page.locator('#sum-POTENTIAL-error').count(), 0);

  // the server refuses it too, and nothing is saved
  await page.click('#rubric-save');
  await page.locator('#save-refused').waitFor();
  assert.equal(await page.locator('#saved-version').count(), 0);

  // cut-offs out of order are marked on the field
  await page.locator('#cutoff-middle input').fill('85');
  await page.locator('#cutoff-high[invalid]').waitFor();
  await page.locator('#cutoff-middle input').fill('60');
  await page.locator('#cutoff-high:not([invalid])').waitFor();

  // put back: the error goes
  await page.locator('#weight-SKP input').fill(skp);
  await page.locator('#sum-PERFORMANCE-error').waitFor({ state: 'detached' });

  // before saving, the consequences: under a purely weighted performance axis, ordinary Baik performers (no award,
  // no team) fall into the bottom row; the preview shows every box under both versions for the same employees
  assert.equal(await page.locator('#performance-model').evaluate((select) => select.value), 'SKP_PREDIKAT');
  await page.locator('#performance-model').evaluate((select) => {
    select.value = 'WEIGHTED';
  });
  await page.click('#rubric-preview-button');
  await page.locator('#rubric-preview-table').waitFor({ timeout: 60_000 });
  const column = async (cls) =>
    Promise.all(
      (await page.locator(`#rubric-preview-table tbody .${cls}`).all()).map(async (cell) =>
        Number(await cell.textContent()),
      ),
    );
  const inForce = await column('preview-in-force');
  const proposed = await column('preview-proposed');
  assert.equal(inForce.length, 10, 'nine boxes and the not-mapped row');
  const total = (counts) => counts.reduce((a, b) => a + b, 0);
  assert.ok(total(inForce) > 0 && total(inForce) === total(proposed), `same employees: ${inForce} / ${proposed}`);
  // the bottom row is boxes 1, 3 and 6 (rows 0, 2 and 5 of the table)
  const bottom = (counts) => counts[0] + counts[2] + counts[5];
  assert.ok(bottom(proposed) > bottom(inForce), `weighted puts more in the bottom row: ${inForce} -> ${proposed}`);
  const summary = await page.locator('#rubric-preview').textContent();
  assert.match(summary, /berpindah kotak/);
  // back to the national model; the save stores a new version in force from today
  await page.locator('#performance-model').evaluate((select) => {
    select.value = 'SKP_PREDIKAT';
  });
  await page.click('#rubric-save');
  const saved = await page.locator('#saved-version').textContent({ timeout: 30_000 });
  const version = versionOf(saved);
  assert.ok(version > before, `a new version after ${before}: ${saved}`);
  await page
    .locator('#rubric-version')
    .filter({ hasText: `versi ${version},` })
    .waitFor();
  assert.equal(await page.locator('#save-refused').count(), 0);
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  // the talent committee reads it, without the controls to change it
  const committee = await (await browser.newContext()).newPage();
  await login(committee, base, '/rubrik', 'tangerang.komite');
  await committee.goto(`${base}/rubrik`);
  await committee.locator('#rubric-readonly').waitFor({ timeout: 60_000 });
  assert.equal(await committee.locator('#rubric-save').count(), 0);
  assert.equal(await committee.locator('#weight-SKP[readonly]').count(), 1);
  console.log('rubric editor: OK');
} finally {
  await browser.close();
}

// An employee (the demo account linked to a demo employee through its nip attribute) sees their own published
// result and their career roadmap, and nobody else's; their home page names their box and its next steps.
//   node src/test/browser/employee-self.mjs BASE AGENCY NIP [screenshot]
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { launch, login } from './support.mjs';

const [base, agency, nip, screenshot] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
try {
  await login(page, base, '/peta-karier', `${agency}.pegawai`);
  await page.goto(`${base}/peta-karier`);
  await page.locator('#roadmap-name').waitFor({ timeout: 60_000 });
  const roadmapText = await page.locator('#roadmap').innerText();
  assert.ok(roadmapText.includes(nip), "the roadmap is the employee's own");
  // Palangka Raya's roadmap speaks Indonesian: the server's reasons arrive as codes and are shown in the UI's language
  assert.match(roadmapText, /Langkah 1/, roadmapText.slice(0, 1500));
  assert.match(roadmapText, /hukuman disiplin/i, roadmapText.slice(0, 1500));
  assert.doesNotMatch(
    roadmapText,
    /discipline sanction|are required|levels below|is required/,
    roadmapText.slice(0, 1500),
  );

  // another employee's roadmap is refused (the employee is not their supervisor)
  await page.locator('#roadmap-nip input').fill('199001012015031999');
  await page.click('#roadmap-show');
  await page.locator('#roadmap-error').waitFor();

  await page.goto(`${base}/hasil-saya`);
  // the newest published period is chosen at once; the open one (2026) is not offered
  await page.waitForFunction(() => (document.querySelector('#mine-period')?.items ?? []).length > 0, null, {
    timeout: 60_000,
  });
  const labels = await page.locator('#mine-period').evaluate((select) => select.items.map((item) => item.label));
  assert.deepEqual(
    labels.filter((l) => l.includes('2026')),
    [],
    'an open period is offered to an employee',
  );
  await page.locator('#talent-card').waitFor({ timeout: 60_000 });
  assert.ok((await page.locator('#talent-card').innerText()).includes(nip), "the card is the employee's own");
  // and prints it: the PDF of their own card
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.locator('#download-TALENT_CARD').click(),
  ]);
  assert.match(download.suggestedFilename(), /^talent-card-[A-Z2-9]{10}\.pdf$/);
  assert.equal((await readFile(await download.path())).subarray(0, 5).toString(), '%PDF-');
  const cardBox = (await page.locator('#card-box').innerText()).trim();

  // the home page says the same box, with the next steps it recommends, and links to the result
  await page.goto(`${base}/`);
  await page.locator('#home-box').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('#home-box').getAttribute('data-box'), cardBox, "the home page shows the card's box");
  assert.ok((await page.locator('#home-next-steps li').count()) > 0, "the box's next steps are named");
  await page.locator('#inbox').waitFor();

  // e-mail choices: one kind unticked and English, saved; a reload shows them kept; then back to the defaults
  const choose = async (receiveResults, language) => {
    const box = page.locator('.notification-kind[data-kind="RESULT_PUBLISHED"]');
    if ((await box.evaluate((c) => c.checked)) !== receiveResults) await box.locator('input').click();
    await page.locator(`#notifications-language-${language}`).click();
    await page.click('#notifications-save');
    await page.locator('#notifications-saved').waitFor();
  };
  const shown = async () => {
    await page.goto(`${base}/notifikasi`);
    await page.locator('.notification-kind').first().waitFor({ timeout: 60_000 });
    return {
      results: await page.locator('.notification-kind[data-kind="RESULT_PUBLISHED"]').evaluate((c) => c.checked),
      language: await page.locator('#notifications-language').evaluate((g) => g.value),
      unticked: await page.locator('.notification-kind:not([checked])').count(),
    };
  };
  assert.deepEqual(await shown(), { results: true, language: 'id', unticked: 0 }, 'every kind is sent until unticked');
  await choose(false, 'en');
  assert.deepEqual(await shown(), { results: false, language: 'en', unticked: 1 }, 'the choices are kept');
  await choose(true, 'id');
  assert.deepEqual(await shown(), { results: true, language: 'id', unticked: 0 });

  // the development plan: drawn up from the published box, each action with its reason, at least 20 JP planned
  await page.goto(`${base}/pengembangan`);
  await page.locator('#development-none, #development-plan').first().waitFor({ timeout: 60_000 });
  if ((await page.locator('#development-none').count()) > 0) await page.click('#development-propose');
  await page.locator('#development-plan').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('#development-plan').getAttribute('data-nip'), nip, "the plan is the employee's own");
  assert.equal(await page.locator('#development-plan').getAttribute('data-status'), 'PROPOSED');
  assert.ok((await page.locator('.development-action').count()) > 0, 'the plan has actions');
  assert.match(
    await page.locator('#development-plan').innerText(),
    new RegExp(`kotak ${cardBox}|box ${cardBox}`, 'i'),
    'the plan is drawn up from the box on the card',
  );
  assert.equal(
    await page.locator('.development-complete').count(),
    0,
    'the employee does not record their own completions',
  );
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log('employee self-service: OK');
} catch (e) {
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

// One agency's cycle across its users, one step per run (the test checks the mail between the steps). Every step
// starts where the person would: their home page, where the task waits in the inbox, and follows its link.
//   assess    ASSESSOR  NIP             the missing competency of NIP is entered; "inputs missing" drops by one
//   declare   ADMIN     UNIT            the last undeclared unit is declared complete; the task goes
//   calibrate COMMITTEE                 "calibration can start": calibration is started and closed
//   publish   ADMIN                     "a calibrated map waits": the map is published
//   employee  EMPLOYEE  BOX             the home page shows the published box; a development plan is drawn up from it
//   slate     COMMITTEE POSITION NIPS   a case is opened for POSITION; "slates to name" leads to it; the slate is named
//   decide    PPK       CASE NIP        "decisions waiting" leads to the case; the PPK chooses NIP
//   node src/test/browser/cycle.mjs BASE STEP USER PERIOD_ID PERIOD_NAME [ARGS...] [screenshot]
import { strict as assert } from 'node:assert';
import { chooseOption, launch, login } from './support.mjs';

const args = process.argv.slice(2);
const screenshot = args.length > 5 && args[args.length - 1].endsWith('.png') ? args.pop() : undefined;
const [base, step, user, periodId, periodName, ...rest] = args;
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

const choose = (selector, value) => chooseOption(page, selector, value);

/** The inbox task of this kind on the home page (mentioning TEXT when given), or null once it is gone. */
async function task(kind, text) {
  await page.goto(`${base}/`);
  await page.locator('#inbox-tasks, #inbox-empty').first().waitFor({ timeout: 60_000 });
  const found = page.locator(`#inbox-tasks .inbox-task[data-kind="${kind}"]`).filter(text ? { hasText: text } : {});
  return (await found.count()) === 0 ? null : found.first();
}

/** The task is waiting, the navigation's badge counts it; its link is followed. Returns the task's count. */
async function follow(kind, text, path) {
  const found = await task(kind, text);
  assert.ok(
    found,
    `${user}'s inbox has no ${kind}${text ? ` for ${text}` : ''}: ${await page.locator('#inbox').innerText()}`,
  );
  const count = Number(await found.getAttribute('data-count'));
  const badge = Number(await page.locator('#inbox-badge').getAttribute('data-count'));
  assert.ok(badge >= count, `the badge (${badge}) counts the ${count} waiting`);
  await found.locator('a').click();
  await page.waitForURL((url) => url.pathname.startsWith(path), { timeout: 30_000 });
  return count;
}

async function gone(kind, text) {
  assert.equal(await task(kind, text), null, `${kind}${text ? ` for ${text}` : ''} is still in ${user}'s inbox`);
}

async function mapStatus(status) {
  await page.locator(`#nine-box[data-status="${status}"]`).waitFor({ timeout: 60_000 });
}

try {
  // a page that needs a sign-in sends the browser to Keycloak (the home page does not)
  await login(page, base, '/notifikasi', user);
  if (step === 'assess') {
    const [nip] = rest;
    const before = await follow('INPUTS_MISSING', periodName, '/kelengkapan');
    await page.goto(`${base}/penilaian`);
    await choose('#entry-period', periodId);
    await page.locator('#entry-search input').fill(nip);
    await page.click('#entry-find');
    await page.locator('#entry-nip').filter({ hasText: nip }).waitFor({ timeout: 30_000 });
    await page.locator('#result-missing').waitFor();
    // what is missing comes from the server as a code, shown in the user's language (Indonesian by default)
    assert.match(await page.locator('#result-missing').textContent(), /^Asesmen kompetensi: kedaluwarsa \(diases /);
    // a new assessment against the position's standard: each competency at its required level, assessed today
    const levels = page.locator('#competency-standard [id^="level-"] input');
    assert.ok((await levels.count()) > 0, 'the position has a competency standard');
    for (let i = 0; i < (await levels.count()); i++) await levels.nth(i).fill('3');
    await page
      .locator('#competency-assessed-on')
      .evaluate((picker) => (picker.value = new Date().toISOString().slice(0, 10)));
    await page.locator('#competency-evidence input').fill('Laporan asesmen kompetensi ulang (uji siklus)');
    await page.click('#competency-save');
    await page.locator('#result-mapped').waitFor({ timeout: 30_000 });
    const after = await task('INPUTS_MISSING', periodName);
    const left = after === null ? 0 : Number(await after.getAttribute('data-count'));
    assert.equal(left, before - 1, 'one input fewer is missing');
  } else if (step === 'declare') {
    const [unit] = rest;
    assert.equal(await follow('DECLARE_UNITS', periodName, '/kelengkapan'), 1, 'one unit is left to declare');
    await choose('#completeness-period', periodId);
    const row = page.locator(`[id="unit-${unit}"]`);
    await row.locator('.declaration-status').filter({ hasNotText: user }).waitFor({ timeout: 60_000 });
    await row.locator('.declare').click();
    await row.locator('.declaration-status').filter({ hasText: user }).waitFor({ timeout: 30_000 });
    await gone('DECLARE_UNITS', periodName);
  } else if (step === 'calibrate' || step === 'publish') {
    const calibrate = step === 'calibrate';
    await follow(calibrate ? 'START_CALIBRATION' : 'PUBLISH_PERIOD', periodName, '/peta-talenta');
    await choose('#map-period', periodId);
    if (calibrate) {
      await mapStatus('OPEN');
      await page.click('#start-calibration');
      await mapStatus('CALIBRATING');
      await page.click('#close-calibration');
      await mapStatus('CALIBRATED');
      await gone('START_CALIBRATION', periodName);
    } else {
      await mapStatus('CALIBRATED');
      await page.click('#publish');
      await mapStatus('PUBLISHED');
      await gone('PUBLISH_PERIOD', periodName);
    }
  } else if (step === 'employee') {
    const [box] = rest;
    await page.goto(`${base}/`);
    await page.locator('#home-box').waitFor({ timeout: 60_000 });
    assert.equal(
      await page.locator('#home-box').getAttribute('data-box'),
      box,
      'the home page shows the published box',
    );
    assert.ok((await page.locator('#home-box').innerText()).includes(periodName), 'of the period just published');
    await page.goto(`${base}/pengembangan`);
    await page.locator('#development-none, #development-plan').first().waitFor({ timeout: 60_000 });
    // this year's plan is drawn up from the newest published box; one drawn up earlier this year is drawn up again
    await page.click(
      (await page.locator('#development-none').count()) > 0 ? '#development-propose' : '#development-repropose',
    );
    await page.locator('#development-plan[data-status="PROPOSED"]').waitFor({ timeout: 60_000 });
    assert.ok((await page.locator('.development-action').count()) > 0, 'the plan has actions');
    assert.match(
      await page.locator('#development-plan').innerText(),
      new RegExp(`kotak ${box}`, 'i'),
      'the plan is drawn up from the published box',
    );
  } else if (step === 'slate') {
    const [position, nipList] = rest;
    const nips = nipList.split(',');
    await page.goto(`${base}/suksesi`);
    await choose('#succession-period', periodId);
    await page.click(`[id="open-${position}"]`);
    await page.waitForURL(/\/suksesi\/\d+$/, { timeout: 30_000 });
    const caseUrl = new URL(page.url()).pathname;
    // the opened case waits for a slate in the committee's inbox; its link leads to the case or the list of cases
    await follow('NAME_SLATES', undefined, '/suksesi');
    if (new URL(page.url()).pathname !== caseUrl) await page.goto(`${base}${caseUrl}`);
    await page.goto(`${base}/komite`);
    await page.locator('#session-title input').fill('Sidang komite siklus uji');
    await page.click('#session-create');
    await page.locator('article[id^="session-"]').filter({ hasText: 'Sidang komite siklus uji' }).first().waitFor();
    await page.goto(`${base}${caseUrl}`);
    await page.locator('#slate-form').waitFor({ timeout: 60_000 });
    // conditions the records cannot settle are settled in the session, each with its reason
    for (const nip of nips) {
      const open = page.locator(`[data-nip="${nip}"] .settle-check`);
      for (let settled = 0; (await open.count()) > 0; settled++) {
        assert.ok(settled < 10, `settling the checks of ${nip} does not end`);
        const before = await open.count();
        await open.first().click();
        await page.locator('#settle-reason textarea').fill('Dokumen asli diperiksa dalam sidang komite talenta');
        await page.click('#settle-submit');
        await page.waitForFunction(
          ([n, b]) => document.querySelectorAll(`[data-nip="${n}"] .settle-check`).length < b,
          [nip, before],
          { timeout: 30_000 },
        );
      }
    }
    for (let i = 0; i < nips.length; i++) {
      await choose(`#slate-nip-${i}`, nips[i]);
      await page.locator(`#slate-order-reason-${i} input`).fill('Urutan sesuai pembahasan dalam sidang komite');
    }
    await page.click('#slate-submit');
    await page.locator('#case-status[data-status="SLATE_PROPOSED"]').waitFor({ timeout: 60_000 });
    console.log(`CASE ${caseUrl}`);
  } else if (step === 'decide') {
    const [caseId, nip] = rest;
    await follow('DECIDE_SUCCESSORS', undefined, '/');
    // one case waiting opens it; several, the PPK's desk, where this case is listed
    if (!page.url().endsWith(`/suksesi/${caseId}`)) await page.locator(`#decide-${caseId}`).click({ timeout: 60_000 });
    await page.locator('#decision-form').waitFor({ timeout: 60_000 });
    await choose('#decision-nip', nip);
    await page.click('#decision-submit');
    await page.locator('#case-status[data-status="DECIDED"]').waitFor({ timeout: 60_000 });
  } else {
    throw new Error(`unknown step ${step}`);
  }
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`cycle ${step}: OK`);
} catch (e) {
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

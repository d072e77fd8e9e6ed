// Cross-agency mobility in the browser: the employee of FROM (demo account FROM.pegawai) consents to the national
// index; TO's tenant admin finds them by NAME and asks for them for one of TO's positions; the employee, whose home
// page shows the request in their inbox without a reload, agrees; FROM's PPK finds the release in their inbox and
// releases; TO's PPK accepts, which moves the employee.
//   node src/test/browser/mobility.mjs BASE FROM TO NIP NAME [screenshot]
import { strict as assert } from 'node:assert';
import { launch, login } from './support.mjs';

const [base, from, to, nip, name, screenshot] = process.argv.slice(2);
const browser = await launch();
let current;

async function as(username, path) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = (current = await context.newPage());
  await login(page, base, path, username);
  await page.goto(`${base}${path}`);
  return page;
}

try {
  const employee = await as(`${from}.pegawai`, '/mobilitas-saya');
  await employee.locator('#my-mobility-give').click({ timeout: 60_000 });
  await employee.locator('#my-mobility-consent[data-consented="true"]').waitFor();

  await employee.goto(`${base}/`);
  await employee.locator('#inbox').waitFor({ timeout: 60_000 });
  assert.equal(await employee.locator('.inbox-task[data-kind="ANSWER_TRANSFER_REQUEST"]').count(), 0);

  // the index is kept asynchronously: the search is repeated until the entry arrives (seconds)
  const admin = await as(`${to}.admin`, '/mobilitas');
  await admin.locator('#mobility-text input').fill(name);
  const hit = admin.locator(`article.mobility-candidate[data-nip="${nip}"]`);
  for (let i = 0; i < 30 && (await hit.count()) === 0; i++) {
    await admin.click('#mobility-search');
    await admin.waitForTimeout(1000);
  }
  await hit.waitFor();
  const text = await hit.innerText();
  assert.ok(!text.includes('NIK') && !/\b\d{2}\.\d{2}\b/.test(text), 'the hit shows no more than the index holds');
  await hit.locator('.mobility-request').click();
  await admin.locator('#mobility-request-position').evaluate((select) => {
    select.value = select.items[0].value;
  });
  await admin.click('#mobility-request-confirm');
  await admin.locator('#mobility-requested').waitFor();

  // the employee's home page, open since before the request, shows it in the inbox and the badge by itself
  await employee.locator('.inbox-task[data-kind="ANSWER_TRANSFER_REQUEST"] a').click({ timeout: 60_000 });
  await employee.waitForURL(/\/mobilitas-saya$/);
  await employee.locator('article.my-request[data-status="REQUESTED"] .my-request-consent').click({ timeout: 60_000 });
  await employee.locator('article.my-request[data-status="CONSENTED"]').waitFor();

  const releasing = await as(`${from}.ppk`, '/keputusan');
  await releasing.goto(`${base}/`);
  assert.ok(
    Number(await releasing.locator('#inbox-badge').getAttribute('data-count', { timeout: 60_000 })) >= 1,
    'the badge counts what waits',
  );
  await releasing.locator('.inbox-task[data-kind="RELEASE_OR_ACCEPT_TRANSFER"] a').click({ timeout: 60_000 });
  await releasing.waitForURL(/\/mobilitas\/permintaan$/);
  await releasing
    .locator(`article.mobility-request-row[data-nip="${nip}"][data-status="CONSENTED"] .request-approve`)
    .click({ timeout: 60_000 });
  await releasing.locator(`article.mobility-request-row[data-nip="${nip}"][data-status="RELEASED"]`).waitFor();

  const receiving = await as(`${to}.ppk`, '/mobilitas/permintaan');
  await receiving
    .locator(`article.mobility-request-row[data-nip="${nip}"][data-status="RELEASED"] .request-approve`)
    .click({ timeout: 60_000 });
  await receiving.locator(`article.mobility-request-row[data-nip="${nip}"][data-status="COMPLETED"]`).waitFor();
  if (screenshot) await current.screenshot({ path: screenshot, fullPage: true });
  console.log('mobility: OK');
} catch (e) {
  if (screenshot && current)
    await current.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
  throw e;
} finally {
  await browser.close();
}

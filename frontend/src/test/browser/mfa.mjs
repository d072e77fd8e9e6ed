// The second factor in the browser (run by KeycloakEndToEndIT):
//   node src/test/browser/mfa.mjs BASE NEW_PRIVILEGED_USERNAME
// 1. an employee signs in with username and password only;
// 2. a demo tenant admin is asked for a one-time code: a wrong one is refused, the computed one lets them in;
// 3. a new tenant admin without an authenticator must set one up first: the script reads the key Keycloak shows for
//    entering by hand, computes the code from it, and is let in.
import { strict as assert } from 'node:assert';
import { enterOneTimeCode, launch, login } from './support.mjs';
import { DEMO_TOTP_SECRET, base32Decode, totp } from './totp.mjs';

const [base, newUser] = process.argv.slice(2);
const back = (url) => url.toString().startsWith(base);
const browser = await launch();
try {
  const employee = await browser.newPage();
  assert.equal(await login(employee, base, '/agensi', 'medan.pegawai'), false, 'no one-time code for an employee');
  console.log('employee without a second factor: OK');

  const admin = await browser.newPage();
  await toPasswordDone(admin, 'medan.admin');
  await admin.locator('#otp').waitFor({ timeout: 60_000 });
  const right = totp(DEMO_TOTP_SECRET);
  await admin.fill('#otp', right === '000000' ? '111111' : '000000');
  await admin.click('#kc-login');
  await admin.locator('#input-error-otp').waitFor({ timeout: 60_000 });
  assert.ok(!back(admin.url()), 'a wrong code must not let the admin in');
  await enterOneTimeCode(admin, DEMO_TOTP_SECRET, back);
  await admin.locator('#agency-name').waitFor({ timeout: 60_000 });
  console.log('tenant admin with a second factor: OK');

  const fresh = await browser.newPage();
  await toPasswordDone(fresh, newUser);
  await fresh.locator('#totp').waitFor({ timeout: 60_000 }); // Keycloak's "set up your authenticator" page
  await fresh.click('#mode-manual');
  const key = base32Decode(await fresh.locator('#kc-totp-secret-key').textContent());
  await fresh.fill('#totp', totp(key));
  await fresh.fill('#userLabel', 'Ponsel dinas');
  await fresh.click('#saveTOTPBtn');
  await fresh.waitForURL(back, { timeout: 60_000 });
  console.log(`${newUser} set up an authenticator and signed in: OK`);
} finally {
  await browser.close();
}

async function toPasswordDone(page, username) {
  await page.goto(`${base}/agensi`);
  await page.locator('#username').waitFor({ timeout: 60_000 });
  await page.fill('#username', username);
  await page.click('#kc-login');
  await page.locator('#password').waitFor();
  await page.fill('#password', 'meritasn-demo');
  await page.click('#kc-login');
}

// Shared by the browser scripts: Debian's Chromium through playwright-core, and login through Keycloak's two pages.
import { chromium } from 'playwright-core';
import { DEMO_TOTP_SECRET, totp, untilNextWindow } from './totp.mjs';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.MERITASN_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `path`, which sends the browser to Keycloak; signs in (username page, then password page, then for privileged
 * roles the one-time code of the demo authenticator); returns there. Returns whether a one-time code was asked.
 */
export async function login(page, base, path, username, password = 'meritasn-demo', totpKey = DEMO_TOTP_SECRET) {
  await page.goto(`${base}${path}`);
  await page.locator('#username').waitFor({ timeout: 60_000 });
  if (!page.url().includes('/realms/meritasn/')) {
    throw new Error(`expected Keycloak's login page, got ${page.url()}`);
  }
  if ((await page.locator('#password').count()) !== 0) {
    throw new Error('the first page must ask for the username only');
  }
  await page.fill('#username', username);
  await page.click('#kc-login');
  await page.locator('#password').waitFor();
  await page.fill('#password', password);
  await page.click('#kc-login');
  const back = (url) => url.toString().startsWith(base);
  await Promise.race([page.waitForURL(back, { timeout: 60_000 }), page.locator('#otp').waitFor({ timeout: 60_000 })]);
  if (back(page.url())) {
    return false;
  }
  await enterOneTimeCode(page, totpKey, back);
  return true;
}

/** Fills Keycloak's one-time code page; a code already used in this window (another sign-in) waits for the next. */
export async function enterOneTimeCode(page, key, back) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.fill('#otp', totp(key));
    await page.click('#kc-login');
    await Promise.race([
      page.waitForURL(back, { timeout: 60_000 }),
      page.locator('#input-error-otp').waitFor({ timeout: 60_000 }),
    ]);
    if (back(page.url())) {
      return;
    }
    await page.waitForTimeout(untilNextWindow());
  }
  throw new Error('Keycloak refused three one-time codes');
}

/**
 * Picks VALUE in a vaadin-select as the user would: waits until the select offers it, then sets it, which the page's
 * listener sees as a pick from the list (a timeout names the select and the value).
 */
export async function chooseOption(page, selector, value) {
  await page
    .waitForFunction(
      ([s, v]) => (document.querySelector(s)?.items ?? []).some((item) => item.value === v),
      [selector, value],
      { timeout: 60_000 },
    )
    .catch((e) => {
      throw new Error(`${selector} never offered ${value}: ${e.message}`);
    });
  await page.locator(selector).evaluate((select, v) => (select.value = v), value);
}

// Shared by the browser scripts: Debian's Chromium through playwright-core, and login through Keycloak's two pages.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.MERITASN_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Opens `path`, which sends the browser to Keycloak; signs in (username page, then password page); returns there. */
export async function login(page, base, path, username, password = 'meritasn-demo') {
  await page.goto(`${base}${path}`);
  await page.locator('#username').waitFor({ timeout: 60_000 });
  if (!page.url().includes('/realms/meritasn/')) {
    throw new Error(`expected Keycloak's login page, got ${page.url()}`);
  }
  if (await page.locator('#password').count() !== 0) {
    throw new Error('the first page must ask for the username only');
  }
  await page.fill('#username', username);
  await page.click('#kc-login');
  await page.locator('#password').waitFor();
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.toString().startsWith(base), { timeout: 60_000 });
}

// Shared set-up for the browser tests: Debian's chromium driven by playwright-core,
// the server address and admin account from the environment, screenshots on failure.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
/** <repo>/test-results, where failure screenshots go (gitignored). */
export const RESULTS_DIR = path.resolve(here, '../../../test-results');

export const LAUNCH_OPTIONS = Object.freeze({
  headless: true,
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/**
 * The server under test and the admin account, from DANGBO_URL,
 * DANGBO_ADMIN_USER and DANGBO_ADMIN_PASSWORD; null when any is missing.
 */
export function serverConfig() {
  const baseURL = process.env.DANGBO_URL;
  const adminUser = process.env.DANGBO_ADMIN_USER;
  const adminPassword = process.env.DANGBO_ADMIN_PASSWORD;
  if (!baseURL || !adminUser || !adminPassword) return null;
  return { baseURL: baseURL.replace(/\/+$/, ''), adminUser, adminPassword };
}

export const MISSING_CONFIG = 'DANGBO_URL, DANGBO_ADMIN_USER and DANGBO_ADMIN_PASSWORD must be set';

export function launchBrowser(extra = {}) {
  return chromium.launch({ ...LAUNCH_OPTIONS, ...extra });
}

/**
 * A fresh context (own cookies) and page on `baseURL`, Vietnamese locale, desktop size.
 * The returned `pageErrors` collects uncaught errors of the page's scripts.
 */
export async function openPage(browser, baseURL, contextOptions = {}) {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 860 },
    ...contextOptions,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err));
  return { context, page, pageErrors };
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page, name) {
  await fs.mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Returns step(name, fn): runs fn, and when it throws saves a screenshot named
 * after the test and the step, notes where it went, and rethrows.
 */
export function stepper(t, page, testName) {
  let n = 0;
  return async function step(name, fn) {
    n += 1;
    try {
      return await fn();
    } catch (err) {
      try {
        const file = await saveScreenshot(page, `${testName}-${String(n).padStart(2, '0')}-${name}`);
        t.diagnostic(`screenshot of the failed step "${name}": ${file}`);
      } catch (shotErr) {
        t.diagnostic(`no screenshot: ${shotErr.message}`);
      }
      throw new Error(`step "${name}" failed: ${err.message}`, { cause: err });
    }
  };
}

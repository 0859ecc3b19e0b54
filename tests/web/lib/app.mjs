// Helpers for the module tests: log in through the UI, call the API with the page's session
// (cookie + CSRF token) to set up data, and drive antd widgets (date pickers, selects, trees).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchBrowser, MISSING_CONFIG, openPage, serverConfig, stepper } from './browser.mjs';

/** Logs in through the login page and waits for the shell. */
export async function loginUI(page, config) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(config.adminUser);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(config.adminPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // A desktop shows the side menu; a phone the button that opens it as a drawer.
  await page
    .getByRole('menuitem', { name: 'Đảng viên', exact: true })
    .or(page.getByRole('button', { name: 'Mở menu' }))
    .waitFor();
}

/**
 * The API with the page's session: get(path), post(path, body), put(path, body).
 * Writes carry the CSRF token and the page's origin, as the web app sends them.
 * Each call asserts the status when `expect` is given and returns the parsed body.
 */
export async function apiOf(page, baseURL) {
  const me = await page.request.get('/api/auth/me');
  assert.equal(me.status(), 200, 'not logged in');
  const csrf = (await me.json()).csrf_token;
  const headers = { 'X-CSRF-Token': csrf, Origin: baseURL, 'Content-Type': 'application/json' };
  const call = async (method, path, body, expect) => {
    const res = await page.request.fetch(path, { method, headers, data: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (expect !== undefined) assert.equal(res.status(), expect, `${method} ${path}: ${res.status()} ${text}`);
    return json;
  };
  return {
    get: (path, expect = 200) => call('GET', path, undefined, expect),
    post: (path, body, expect) => call('POST', path, body, expect),
    put: (path, body, expect) => call('PUT', path, body, expect),
  };
}

/** The root organization the admin sees (the first of GET /api/orgs). */
export async function rootOrg(api) {
  const { items } = await api.get('/api/orgs');
  const root = items.find((o) => o.parent_id === null) ?? items[0];
  assert.ok(root, 'no organization');
  return root;
}

/** A short unique tag for names, so tests sharing one server do not collide. */
export function stamp() {
  return Date.now().toString(36).slice(-5).toUpperCase();
}

/** Types a dd/mm/yyyy date into an antd DatePicker's input and confirms it. */
export async function fillDate(input, text) {
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/**
 * Types a dd/mm/yyyy date into an antd DatePicker and leaves the field with Tab: unlike Enter,
 * this does not submit the form the picker sits in.
 */
export async function typeDate(input, text) {
  await input.click();
  await input.fill(text);
  await input.press('Tab');
}

/** Opens an antd Select (by its input) and picks the option with this exact text. */
export async function pickOption(page, input, text, { search } = {}) {
  await input.click();
  if (search) await input.fill(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });
  await option.first().click();
}

/** Opens an antd TreeSelect (by its input), searches `search` and picks the node titled `title`. */
export async function pickTreeNode(page, input, title, search = title) {
  await input.click();
  await input.fill(search);
  const node = page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper').filter({ hasText: title });
  await node.first().click();
}

/** A member file for the API with the fields every member needs. */
export function memberBody(orgId, fields) {
  return {
    org_id: orgId,
    sex: 'male',
    ethnicity: 'Kinh',
    religion: 'Không',
    work: [],
    training: [],
    rewards: [],
    family: [],
    ...fields,
  };
}

/** Waits until `locator` matches exactly `n` elements (lists re-render after each request). */
export async function waitForCount(locator, n, timeout = 10_000) {
  const end = Date.now() + timeout;
  let count = await locator.count();
  while (count !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    count = await locator.count();
  }
  assert.equal(count, n, `expected ${n} matches of ${locator}, found ${count}`);
}

/**
 * A chi bộ cơ sở established 2000-01-01 with three official members admitted in 2005, who can
 * introduce candidates and vote (3 of 3). Returns { branch, members }.
 */
export async function branchWithIntroducers(api, tag, name = `Chi bộ Phát triển Đảng ${tag}`) {
  const root = await rootOrg(api);
  const branch = await api.post(
    '/api/orgs',
    { parent_id: root.id, kind: 'grassroots_branch', name, effective_on: '2000-01-01', decision_no: `1-QĐ/${tag}` },
    201,
  );
  const people = [
    { full_name: `Trần Quốc Bảo ${tag}`, birth_date: '1970-02-11', admitted_on: '2005-03-02', official_on: '2006-03-02' },
    { full_name: `Lê Thị Hạnh ${tag}`, sex: 'female', birth_date: '1975-08-19', admitted_on: '2005-06-15', official_on: '2006-06-15' },
    { full_name: `Võ Minh Châu ${tag}`, birth_date: '1978-12-01', admitted_on: '2005-11-20', official_on: '2006-11-20' },
  ];
  const members = [];
  for (const p of people) members.push(await api.post('/api/members', memberBody(branch.id, { ...p, confirm_duplicate: true }), 201));
  return { branch, members };
}

/** A candidate of `orgId` through the API (born 1995 unless given). */
export function candidateBody(orgId, fields) {
  return {
    org_id: orgId,
    sex: 'male',
    birth_date: '1995-05-15',
    ethnicity: 'Kinh',
    religion: 'Không',
    general_education: '12/12',
    identified_on: '2024-09-01',
    ...fields,
  };
}

/** The local date `n` days before today as YYYY-MM-DD. */
export function isoDaysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** YYYY-MM-DD as the UI writes it: dd/mm/yyyy. */
export function vnDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * One browser for the tests of a file: registers the before/after hooks that launch and close
 * it (a missing server config fails the suite, it does not skip). Returns { config, open }:
 * open(t, name, contextOptions?) gives a fresh { context, page, pageErrors, step }, step saving
 * screenshots named after `name`; the caller closes `context`. PHONE as contextOptions: a phone.
 */
export function browserSuite() {
  const config = serverConfig();
  let browser;
  before(async () => {
    assert.ok(config, MISSING_CONFIG);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  const open = async (t, name, contextOptions) => {
    const opened = await openPage(browser, config.baseURL, contextOptions);
    return { ...opened, step: stepper(t, opened.page, name) };
  };
  return { config, open };
}

/** Logs in through the UI and returns the API with that session (see apiOf). */
export async function loginWithApi(page, config) {
  await loginUI(page, config);
  return apiOf(page, config.baseURL);
}

/** A chi bộ cơ sở directly under the root organization, made through POST /api/orgs. */
export async function createBranch(api, name, effectiveOn, decisionNo) {
  const root = await rootOrg(api);
  return api.post(
    '/api/orgs',
    { parent_id: root.id, kind: 'grassroots_branch', name, effective_on: effectiveOn, decision_no: decisionNo },
    201,
  );
}

/** A secretary's phone: 390×844 CSS pixels, touch. */
export const PHONE = Object.freeze({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Asserts the page itself does not scroll sideways (wide tables scroll inside their own box). */
export async function assertNoPageOverflow(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `the page scrolls sideways: ${scroll}px of content in ${width}px`);
}

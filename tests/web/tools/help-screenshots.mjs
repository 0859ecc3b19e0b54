// Takes the user guide's screenshots (web/public/help/<slug>.png) from a running server with
// the demo data (`make run`): for each topic of web/src/features/help/topics.ts, the page where
// the task starts, at 1280 × 800. Run by hand when the screens change:
//   DANGBO_URL=http://127.0.0.1:8080 DANGBO_ADMIN_USER=admin DANGBO_ADMIN_PASSWORD=… \
//     node tests/web/tools/help-screenshots.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, serverConfig } from '../lib/browser.mjs';
import { loginUI } from '../lib/app.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const topicsFile = path.join(repo, 'web/src/features/help/topics.ts');
const outDir = path.join(repo, 'web/public/help');

// slug → the path its task starts at, read from the topics' source (slug first, start last).
const source = fs.readFileSync(topicsFile, 'utf8');
const topics = [...source.matchAll(/slug: '([^']+)'[\s\S]*?start: \{ label: '[^']*', to: '([^']+)' \}/g)].map((m) => ({ slug: m[1], to: m[2] }));

const config = serverConfig();
if (!config) throw new Error('DANGBO_URL, DANGBO_ADMIN_USER, DANGBO_ADMIN_PASSWORD are needed');
const member = process.env.DANGBO_MEMBER_USER ?? 'dangvien';
fs.mkdirSync(outDir, { recursive: true });
// Waits until the page has its data: network quiet and no spinner or skeleton left.
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), null, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, config.baseURL, { viewport: { width: 1280, height: 800 } });
  await loginUI(page, config);
  for (const t of topics) {
    if (t.to === '/ca-nhan') continue; // the member's own page: below, as the member
    await page.goto(t.to);
    await settled(page);
    await page.screenshot({ path: path.join(outDir, `${t.slug}.png`) });
    console.log(`${t.slug}: ${t.to}`);
  }
  await context.close();
  const phone = await openPage(browser, config.baseURL, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto('/login');
  await phone.page.getByLabel('Tên đăng nhập').fill(member);
  await phone.page.getByLabel('Mật khẩu', { exact: true }).fill(config.adminPassword);
  await phone.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await phone.page.getByRole('button', { name: 'Mở menu' }).waitFor();
  await phone.page.goto('/ca-nhan');
  await settled(phone.page);
  await phone.page.screenshot({ path: path.join(outDir, 'ho-so-cua-toi.png') });
  console.log('ho-so-cua-toi: /ca-nhan (phone)');
  await phone.context.close();
} finally {
  await browser.close();
}

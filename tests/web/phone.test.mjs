// Daily use on a 390 × 844 phone: the menu is a drawer with labels, and every page of the menu,
// an organization's page and a member's file fit the screen (no sideways scrolling of the page;
// tables scroll inside their own box). Also the date fields take what people type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPageOverflow, branchWithIntroducers, browserSuite, loginWithApi, PHONE, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

/** The menu's leaf paths, read off the open drawer after expanding each group. */
async function menuPaths(page) {
  const drawer = page.locator('.app-drawer');
  for (const title of await drawer.locator('.ant-menu-submenu-title').all()) {
    const sub = title.locator('xpath=..');
    if (!((await sub.getAttribute('class')) ?? '').includes('ant-menu-submenu-open')) await title.click();
  }
  const ids = await drawer.locator('li.ant-menu-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-menu-id') ?? ''));
  return ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((p) => p.startsWith('/'));
}

test('the menu is a labelled drawer and every page fits a 390 px phone', { timeout: 300_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'phone', PHONE);
  try {
    const api = await loginWithApi(page, config);
    const { branch, members } = await branchWithIntroducers(api, stamp());

    let paths = [];
    await step('the menu opens as a drawer with labels', async () => {
      assert.equal(await page.locator('.app-sider').count(), 0, 'no icon strip on a phone');
      await page.getByRole('button', { name: 'Mở menu' }).click();
      const drawer = page.locator('.app-drawer');
      await drawer.getByRole('menuitem', { name: 'Đảng viên', exact: true }).waitFor();
      const box = await drawer.getByRole('menuitem', { name: 'Đảng viên', exact: true }).boundingBox();
      assert.ok(box && box.height >= 40, `touch target of ${box?.height}px`);
      paths = await menuPaths(page);
      assert.ok(paths.length >= 10, `only ${paths.length} menu entries: ${paths.join(', ')}`);
    });

    await step('a menu entry navigates and closes the drawer', async () => {
      await page.locator('.app-drawer').getByRole('menuitem', { name: 'Tổ chức đảng', exact: true }).click();
      await page.waitForURL('**/to-chuc');
      await page.locator('.app-drawer').waitFor({ state: 'hidden' });
    });

    for (const path of [...paths, `/to-chuc/${branch.id}`, `/dang-vien/${members[0].id}`]) {
      await step(`${path} fits`, async () => {
        await page.goto(path);
        await page.locator('.app-content h1, .app-content h2, .app-content h3, .app-content h4').first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertNoPageOverflow(page);
      });
    }

    await step('buttons are at least 40 px tall on a phone', async () => {
      for (const path of ['/', '/dang-vien', `/dang-vien/${members[0].id}`]) {
        await page.goto(path);
        await page.locator('.app-content h1, .app-content h2, .app-content h3, .app-content h4').first().waitFor();
        await page.waitForLoadState('networkidle');
        const small = await page.locator('.app-content button:visible, .app-header button:visible').evaluateAll((bs) =>
          bs.map((b) => ({ text: b.innerText.trim() || b.getAttribute('aria-label') || b.className, h: b.getBoundingClientRect().height })).filter((b) => b.h > 0 && b.h < 40),
        );
        assert.deepEqual(small, [], `${path}: small touch targets`);
      }
    });

    await step('the member file keeps the name whole', async () => {
      await page.goto(`/dang-vien/${members[0].id}`);
      const heading = page.getByRole('heading', { name: members[0].full_name });
      await heading.waitFor();
      const lines = await heading.evaluate((h) => {
        const range = document.createRange();
        range.selectNodeContents(h);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      const words = members[0].full_name.split(' ').length;
      assert.ok(lines < words, `the name wraps into ${lines} lines`);
    });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

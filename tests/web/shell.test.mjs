// The app shell end to end: login (wrong and right password), menu, adding a
// user as admin, its audit row, logout. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite } from './lib/app.mjs';

const { config, open } = browserSuite();

test('login, shell, add a user, audit log, logout', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'shell');
  const stamp = Date.now().toString(36);
  const newUser = { username: `thu.${stamp}`, displayName: `Nguyễn Văn Thử ${stamp}`, password: `Mk-${stamp}-thu!` };

  try {
    await step('redirected to login', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await page.getByText('dangbo — Quản lý công tác xây dựng Đảng').waitFor();
    });

    await step('wrong password shows the error', async () => {
      await page.getByLabel('Tên đăng nhập').fill(config.adminUser);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(`${config.adminPassword}-sai`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Đăng nhập không thành công' });
      await alert.waitFor();
      assert.match(page.url(), /\/login/);
    });

    let me;
    await step('log in', async () => {
      await page.getByLabel('Mật khẩu', { exact: true }).fill(config.adminPassword);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('menuitem', { name: 'Đảng viên', exact: true }).waitFor();
      const res = await page.request.get('/api/auth/me');
      assert.equal(res.status(), 200);
      me = (await res.json()).user;
      await page.locator('.app-header').getByText(me.display_name, { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    });

    await step('open Quản trị → Người dùng', async () => {
      await page.getByRole('menuitem', { name: 'Quản trị', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Người dùng', exact: true }).click();
      await page.waitForURL('**/quan-tri/nguoi-dung');
      await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
      await page.getByRole('cell', { name: config.adminUser, exact: true }).first().waitFor();
    });

    await step('the add-user form validates inline', async () => {
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
      await dialog.getByText('Vui lòng nhập tên đăng nhập.').waitFor();
      await dialog.getByText('Vui lòng chọn tổ chức đảng.').waitFor();
    });

    await step('add a user through the modal', async () => {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên đăng nhập').fill(newUser.username);
      await dialog.getByLabel('Họ và tên').fill(newUser.displayName);
      await dialog.getByLabel('Tổ chức đảng').click();
      const tree = page.locator('.ant-select-tree');
      const own = tree.getByTitle(me.org_name ?? '', { exact: true });
      await ((await own.count()) > 0 ? own.first() : tree.locator('.ant-select-tree-node-content-wrapper').first()).click();
      await dialog.getByLabel('Vai trò').click();
      await page.locator('.ant-select-item-option').filter({ hasText: 'Cán bộ tổ chức' }).click();
      await dialog.getByText('Họ và tên').click(); // close the role list
      await dialog.getByLabel('Mật khẩu', { exact: true }).fill(newUser.password);
      await dialog.getByLabel('Nhập lại mật khẩu').fill(newUser.password);
      await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(`Đã thêm người dùng ${newUser.username}.`).waitFor();
    });

    await step('the new user is in the table', async () => {
      await page.getByPlaceholder('Tìm theo tên đăng nhập hoặc họ tên').fill(newUser.username);
      await page.getByRole('button', { name: 'Tìm kiếm' }).click();
      const row = page.getByRole('row').filter({ hasText: newUser.username });
      await row.getByText(newUser.displayName).waitFor();
      await row.getByText('Cán bộ tổ chức').waitFor();
    });

    await step('Nhật ký shows the user.create row', async () => {
      await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).click();
      await page.waitForURL('**/quan-tri/nhat-ky');
      const row = page.getByRole('row').filter({ hasText: 'user.create' }).first();
      await row.waitFor();
      await row.getByText('Thành công').waitFor();
      await row.getByRole('button', { name: /mở rộng|expand/i }).click();
      await page.getByText('Sau khi thay đổi').first().waitFor();
    });

    await step('log out and land on login', async () => {
      await page.getByRole('button', { name: 'Tài khoản' }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
      await page.waitForURL('**/login');
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      const res = await page.request.get('/api/auth/me');
      assert.equal(res.status(), 401);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

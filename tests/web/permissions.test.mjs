// What the UI offers follows what the user may do (useAuth().can): a branch secretary sees the
// member-file buttons of their chi bộ but none of the lifecycle ones (transfers, events: the
// committee's organization staff record those) nor organization changes; organization staff
// see all of these; neither sees the admin menu or edits the shared holiday table.
// Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, createBranch, loginWithApi, memberBody, rootOrg, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

async function loginAs(page, username, password) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('menuitem', { name: 'Đảng viên', exact: true }).waitFor();
}

/** Whether a button named `name` is on the page once `ready` shows. */
async function hasButton(page, name) {
  return (await page.getByRole('button', { name }).count()) > 0;
}

test('buttons follow the actions of a secretary and of organization staff', { timeout: 180_000 }, async (t) => {
  const tag = stamp();
  const password = `Mk-${tag}-quyen!`;
  let branch;
  let member;
  const users = {};

  await t.test('a chi bộ, a member and two users (API, as admin)', async () => {
    const { context, page, pageErrors } = await open(t, 'permissions-setup');
    try {
      const api = await loginWithApi(page, config);
      const root = await rootOrg(api);
      branch = await createBranch(api, `Chi bộ Quyền ${tag}`, '2000-01-01', `1-QĐ/${tag}`);
      member = await api.post(
        '/api/members',
        memberBody(branch.id, {
          full_name: `Đặng Văn Quyền ${tag}`,
          birth_date: '1975-03-04',
          admitted_on: '2005-03-02',
          official_on: '2006-03-02',
          confirm_duplicate: true,
        }),
        201,
      );
      for (const [key, role, orgId] of [
        ['secretary', 'secretary', branch.id],
        ['staff', 'org_staff', root.id],
      ]) {
        const username = `quyen.${key}.${tag}`.toLowerCase();
        await api.post('/api/users', { username, display_name: `Người dùng ${key} ${tag}`, org_id: orgId, roles: [role], password }, 201);
        users[key] = username;
      }
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  for (const who of ['secretary', 'staff']) {
    const staff = who === 'staff';
    await t.test(`as ${who}`, async () => {
      const { context, page, pageErrors, step } = await open(t, `permissions-${who}`);
      try {
        await step('log in: no admin menu', async () => {
          await loginAs(page, users[who], password);
          assert.equal(await page.getByRole('menuitem', { name: 'Quản trị', exact: true }).count(), 0);
        });

        await step('members list: adding and importing (member.write)', async () => {
          await page.goto('/dang-vien');
          await page.getByRole('heading', { name: 'Đảng viên' }).waitFor();
          await page.getByRole('button', { name: 'Thêm đảng viên' }).waitFor();
          assert.ok(await hasButton(page, 'Nhập từ tệp'));
        });

        await step('member file: edit for both, transfers and events only for staff', async () => {
          await page.goto(`/dang-vien/${member.id}`);
          await page.locator('.profile-header').getByText(branch.name).waitFor();
          await page.getByRole('button', { name: 'Sửa' }).waitFor();
          await page.getByRole('button', { name: /Thao tác/ }).click();
          await page.getByRole('menuitem', { name: 'Các lần chuyển sinh hoạt' }).waitFor();
          assert.equal(await page.getByRole('menuitem', { name: 'Chuyển sinh hoạt đảng' }).count(), staff ? 1 : 0);
          assert.equal(await page.getByRole('menuitem', { name: /Sự kiện đảng viên/ }).count(), staff ? 1 : 0);
        });

        await step('transfer page: the forms only for staff', async () => {
          await page.goto(`/dang-vien/${member.id}/chuyen-sinh-hoat`);
          await page.getByRole('heading', { name: 'Chuyển sinh hoạt đảng' }).waitFor();
          if (staff) {
            await page.getByRole('tab', { name: 'Chuyển nội bộ' }).waitFor();
          } else {
            await page.getByText('Cán bộ tổ chức của cấp ủy ghi nhận việc chuyển sinh hoạt đảng.').waitFor();
            assert.equal(await page.locator('form#transfer-out, form#transfer-internal').count(), 0);
          }
        });

        await step('member events page: the form only for staff', async () => {
          await page.goto(`/dang-vien/${member.id}/su-kien`);
          await page.getByText('Ghi nhận sự kiện').waitFor();
          if (staff) await page.getByRole('combobox', { name: 'Sự kiện' }).waitFor();
          else await page.getByText('Cán bộ tổ chức của cấp ủy ghi nhận các sự kiện của đảng viên.').waitFor();
        });

        await step('transfers list: receiving from outside only for staff', async () => {
          await page.goto('/chuyen-sinh-hoat');
          await page.getByRole('heading', { name: 'Chuyển sinh hoạt đảng' }).waitFor();
          await page.locator('.transfer-filters').waitFor();
          assert.equal(await hasButton(page, 'Tiếp nhận chuyển đến'), staff);
        });

        await step('organization: changes only for staff (org.write)', async () => {
          await page.goto(`/to-chuc/${branch.id}`);
          await page.getByRole('heading', { name: branch.name }).waitFor();
          assert.equal(await hasButton(page, 'Đổi tên'), staff);
          await page.goto('/to-chuc');
          await page.getByRole('heading', { name: 'Tổ chức đảng' }).waitFor();
          assert.equal(await hasButton(page, 'Thêm tổ chức'), staff);
        });

        await step('holidays: shown, not editable (global.write)', async () => {
          await page.goto('/quan-tri/ngay-nghi');
          await page.getByRole('heading', { name: 'Ngày nghỉ lễ' }).waitFor();
          assert.equal(await hasButton(page, 'Thêm ngày nghỉ'), false);
        });

        await step('the user list is refused', async () => {
          await page.goto('/quan-tri/nguoi-dung');
          await page.getByText('Không có quyền truy cập').waitFor();
        });
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

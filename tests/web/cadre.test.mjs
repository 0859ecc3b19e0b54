// Quy hoạch cán bộ through the UI: the admin plans a member for secretary from the cadre page
// (with a roadmap item), lands on the plan with its roadmap and progress, finds it in the
// list; the pages fit a phone. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, pickOption, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a member planned for secretary with a roadmap', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'cadre');
  const tag = stamp();
  const name = `Hoàng Văn Quy Hoạch ${tag}`;
  let branch;
  try {
    await step('a chi bộ with an official member (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Quy hoạch ${tag}`, '2000-01-01', `5-QĐ/${tag}`);
      await api.post('/api/members', memberBody(branch.id, { full_name: name, birth_date: '1982-02-02', admitted_on: '2008-05-05', official_on: '2009-05-05', confirm_duplicate: true }), 201);
    });

    await step('the plan is recorded from the cadre page', async () => {
      await page.goto(`/quy-hoach?org=${branch.id}`);
      await page.getByRole('heading', { name: 'Quy hoạch cán bộ' }).waitFor();
      await page.getByText('Tài liệu mật').waitFor();
      await page.getByRole('button', { name: 'Bổ sung quy hoạch' }).click();
      const dialog = page.getByRole('dialog');
      await pickOption(page, dialog.getByLabel('Đảng viên được quy hoạch'), name, { search: `Quy Hoạch ${tag}` });
      await pickOption(page, dialog.getByLabel('Chức danh quy hoạch'), 'Bí thư');
      await dialog.getByLabel('Số quyết định').fill(`12-QĐ/${tag}`);
      await typeDate(dialog.getByLabel('Ngày quyết định'), '15/12/2025');
      await typeDate(dialog.getByLabel('Hạn', { exact: true }), '30/06/2027');
      await dialog.getByRole('button', { name: 'Ghi quy hoạch' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: `${name}: quy hoạch bí thư` }).waitFor();
      await page.getByText('Bồi dưỡng nghiệp vụ cho bí thư, cấp ủy viên').waitFor();
      await page.getByText('Chưa đến hạn').waitFor();
    });

    await step('the list shows the plan', async () => {
      await page.goto(`/quy-hoach?org=${branch.id}`);
      await page.locator('.ant-table-row').filter({ hasText: name }).getByText('Bí thư').waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the cadre page fits a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'cadre-phone', PHONE);
  try {
    await loginWithApi(page, config);
    await step('/quy-hoach at 390 × 844', async () => {
      await page.goto('/quy-hoach');
      await page.getByRole('heading', { name: 'Quy hoạch cán bộ' }).waitFor();
      await page.locator('.ant-table').first().waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

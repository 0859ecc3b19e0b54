// Đào tạo, bồi dưỡng through the UI: the admin opens a class from the training page, adds a
// member as a learner, records the result with one tap and a certificate, and sees the theory
// level on the member file; then the class page on a phone (390 × 844): one-tap results fit
// without the page scrolling sideways. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, pickOption, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a class opened, a learner added, result and certificate recorded', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'training');
  const tag = stamp();
  const name = `Nguyễn Văn Học ${tag}`;
  let branch;
  let member;
  try {
    await step('a chi bộ with an official member (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Đào tạo ${tag}`, '2000-01-01', `8-QĐ/${tag}`);
      member = await api.post('/api/members', memberBody(branch.id, { full_name: name, birth_date: '1985-02-02', admitted_on: '2010-05-05', official_on: '2011-05-05', confirm_duplicate: true }), 201);
    });

    await step('the class is opened from the training page', async () => {
      await page.goto(`/dao-tao?org=${branch.id}`);
      await page.getByRole('heading', { name: 'Đào tạo, bồi dưỡng' }).waitFor();
      await page.getByRole('button', { name: 'Mở lớp' }).click();
      const dialog = page.getByRole('dialog');
      await pickOption(page, dialog.getByLabel('Loại lớp'), 'Lý luận chính trị sơ cấp');
      await dialog.getByLabel('Tên lớp').fill(`Lớp sơ cấp ${tag}`);
      await typeDate(dialog.getByLabel('Ngày khai giảng'), '02/03/2026');
      await typeDate(dialog.getByLabel('Ngày bế giảng'), '30/03/2026');
      await dialog.getByRole('button', { name: 'Mở lớp' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: `Lớp sơ cấp ${tag}` }).waitFor();
    });

    await step('a learner added and the result recorded with one tap', async () => {
      await page.getByRole('button', { name: 'Thêm học viên' }).click();
      const dialog = page.getByRole('dialog');
      await pickOption(page, dialog.getByRole('combobox', { name: 'Tìm học viên' }), name, { search: `Học ${tag}` });
      await dialog.locator('.ant-select-selection-item').filter({ hasText: name }).waitFor();
      // A multiple select keeps its list open after a pick; a click on the title closes it.
      await dialog.getByText('Thêm học viên', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Thêm vào lớp' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: `Hoàn thành: ${name}`, exact: true }).click();
      await page.locator('.ant-table-row').filter({ hasText: name }).getByText('Hoàn thành').waitFor();
    });

    await step('the certificate raises the member file\'s theory level', async () => {
      await page.getByRole('button', { name: 'Hủy kết quả' }).click();
      const reason = page.getByRole('dialog');
      await reason.getByLabel('Lý do').fill('Ghi lại kèm giấy chứng nhận');
      await reason.getByRole('button', { name: 'Hủy kết quả' }).click();
      await reason.waitFor({ state: 'hidden' });
      await page.locator('.ant-table-row').filter({ hasText: name }).getByRole('button', { name: 'Cấp GCN' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Số giấy chứng nhận').fill(`15-GCN/${tag}`);
      await typeDate(dialog.getByLabel('Ngày cấp'), '05/04/2026');
      await dialog.getByRole('button', { name: 'Ghi giấy chứng nhận' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(`15-GCN/${tag} ngày 05/04/2026`).waitFor();
      const file = await (await page.request.get(`/api/members/${member.id}`)).json();
      assert.equal(file.theory_level, 'so_cap');
      assert.match(file.training[0].detail, new RegExp(`15-GCN/${tag}`));
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the training pages fit a phone, results one tap away', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'training-phone', PHONE);
  const tag = stamp();
  try {
    const api = await loginWithApi(page, config);
    const branch = await createBranch(api, `Chi bộ Điện thoại ${tag}`, '2000-01-01', `9-QĐ/${tag}`);
    const m = await api.post('/api/members', memberBody(branch.id, { full_name: `Trần Thị Tay ${tag}`, birth_date: '1990-02-02', admitted_on: '2015-05-05', official_on: '2016-05-05', confirm_duplicate: true }), 201);
    const c = await api.post(`/api/orgs/${branch.id}/training-classes`, { kind: 'new_member', title: `Lớp đảng viên mới ${tag}`, starts_on: '2026-05-04', ends_on: '2026-05-08' }, 201);
    await api.post(`/api/training-classes/${c.id}/learners`, { member_ids: [m.id] }, 200);
    await step('/dao-tao at 390 × 844', async () => {
      await page.goto(`/dao-tao?org=${branch.id}`);
      await page.getByRole('heading', { name: 'Đào tạo, bồi dưỡng' }).waitFor();
      await page.locator('.ant-table').first().waitFor();
      await assertNoPageOverflow(page);
    });
    await step('the class page at 390 × 844 with one-tap results', async () => {
      await page.goto(`/dao-tao/${c.id}`);
      await page.getByRole('heading', { name: `Lớp đảng viên mới ${tag}` }).waitFor();
      await assertNoPageOverflow(page);
      await page.getByRole('button', { name: `Không hoàn thành: Trần Thị Tay ${tag}` }).click();
      await page.getByText('Không hoàn thành').waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

// Khen thưởng through the UI: the admin records an individual award from the rewards page,
// sees the year's count ("0 tập thể, 1 cá nhân") and the award in the member file; then the
// rewards and movements pages on a phone (390 × 844) fit without scrolling sideways. Needs a
// running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, pickOption, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('an individual award recorded and shown in the member file', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'rewards');
  const tag = stamp();
  const name = `Nguyễn Văn Khen ${tag}`;
  let branch;
  let member;
  try {
    await step('a chi bộ with an official member (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Khen thưởng ${tag}`, '2000-01-01', `8-QĐ/${tag}`);
      member = await api.post('/api/members', memberBody(branch.id, { full_name: name, birth_date: '1985-02-02', admitted_on: '2010-05-05', official_on: '2011-05-05', confirm_duplicate: true }), 201);
    });

    await step('the award is recorded from the rewards page', async () => {
      await page.goto(`/khen-thuong?org=${branch.id}&year=2025`);
      await page.getByRole('heading', { name: 'Khen thưởng' }).waitFor();
      await page.getByText('Năm 2025: 0 tập thể, 0 cá nhân được khen thưởng').waitFor();
      await page.getByRole('button', { name: 'Ghi khen thưởng' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Cá nhân', { exact: true }).click();
      await pickOption(page, dialog.getByRole('combobox', { name: 'Tìm đảng viên' }), name, { search: `Khen ${tag}` });
      await dialog.getByLabel('Số quyết định').fill(`12-QĐ/${tag}`);
      await typeDate(dialog.getByLabel('Ngày quyết định'), '15/01/2025');
      await dialog.getByLabel('Thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024');
      await dialog.getByRole('button', { name: 'Ghi khen thưởng' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Năm 2025: 0 tập thể, 1 cá nhân được khen thưởng').waitFor();
      await page.locator('.ant-table-row').filter({ hasText: name }).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Xuất danh sách (Excel)' }).click();
      assert.equal((await download).suggestedFilename(), 'khen-thuong.xlsx');
    });

    await step('the member file lists the award', async () => {
      const file = await (await page.request.get(`/api/members/${member.id}`)).json();
      assert.equal(file.rewards.length, 1);
      assert.equal(file.rewards[0].title, 'Bằng khen — Đảng ủy cấp trên cơ sở');
      assert.match(file.rewards[0].detail, new RegExp(`12-QĐ/${tag} ngày 15/01/2025`));
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the rewards pages fit a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'rewards-phone', PHONE);
  const tag = stamp();
  try {
    const api = await loginWithApi(page, config);
    const branch = await createBranch(api, `Chi bộ Thi đua ${tag}`, '2000-01-01', `9-QĐ/${tag}`);
    await api.post(`/api/orgs/${branch.id}/rewards`, { subject: 'collective', form: 'emulation_flag', level: 'superior', decision_no: `5-QĐ/${tag}`, decided_on: '2025-02-02', reason: 'Đơn vị dẫn đầu phong trào thi đua năm 2024' }, 201);
    await api.post(`/api/orgs/${branch.id}/emulations`, { kind: 'dan_van_kheo', title: `Mô hình "Dân vận khéo" ${tag}`, starts_on: '2025-03-01' }, 201);
    await step('/khen-thuong at 390 × 844', async () => {
      await page.goto(`/khen-thuong?org=${branch.id}&year=2025`);
      await page.getByText('Năm 2025: 1 tập thể, 0 cá nhân được khen thưởng').waitFor();
      await assertNoPageOverflow(page);
    });
    await step('/thi-dua at 390 × 844', async () => {
      await page.goto(`/thi-dua?org=${branch.id}&year=2025`);
      await page.getByText(`Mô hình "Dân vận khéo" ${tag}`).waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

// Đơn vị văn hóa through the UI: the admin records a host unit's registration and result from
// the culture page and sees the year's counts; the page fits a phone (390 × 844). Needs a
// running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, loginWithApi, pickOption, rootOrg, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a host unit registered and recognised, the year counted', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'culture');
  const tag = stamp();
  let branch;
  try {
    await step('a chi bộ in a host unit of its own (API)', async () => {
      const api = await loginWithApi(page, config);
      const unit = await api.post('/api/host-units', { name: `Trung tâm Văn hóa ${tag}`, kind: 'public_unit' }, 201);
      const root = await rootOrg(api);
      branch = await api.post('/api/orgs', { parent_id: root.id, kind: 'grassroots_branch', name: `Chi bộ Văn hóa ${tag}`, host_unit_id: unit.id, effective_on: '2000-01-01', decision_no: `7-QĐ/${tag}` }, 201);
    });
    await step('the standing is recorded from the culture page', async () => {
      await page.goto(`/don-vi-van-hoa?org=${branch.id}&year=2025`);
      await page.getByRole('heading', { name: 'Cơ quan, đơn vị, doanh nghiệp văn hóa' }).waitFor();
      await page.getByText('Năm 2025: 0/1 đăng ký, 0/1 đạt, 0 tiêu biểu').waitFor();
      await page.getByRole('button', { name: `Ghi: Trung tâm Văn hóa ${tag}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Đăng ký xây dựng đơn vị văn hóa').click();
      await pickOption(page, dialog.getByRole('combobox', { name: 'Kết quả' }), 'Đạt chuẩn, tiêu biểu');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Năm 2025: 1/1 đăng ký, 1/1 đạt, 1 tiêu biểu').waitFor();
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the culture page fits a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'culture-phone', PHONE);
  try {
    await loginWithApi(page, config);
    await step('/don-vi-van-hoa at 390 × 844', async () => {
      await page.goto('/don-vi-van-hoa?year=2025');
      await page.getByText(/Năm 2025: .* đăng ký/).waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

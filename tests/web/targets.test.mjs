// Chỉ tiêu Nghị quyết Đại hội through the UI: the admin adds a typed target for the term,
// records the year's actual value and sees the year summed up; the page fits a phone
// (390 × 844). Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a typed target added and its year recorded', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'targets');
  const tag = stamp();
  let branch;
  try {
    await step('a chi bộ (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Chỉ tiêu ${tag}`, '2000-01-01', `6-QĐ/${tag}`);
    });
    await step('the target is added and the year recorded', async () => {
      await page.goto(`/chi-tieu-dai-hoi?org=${branch.id}&term=2025-2030&year=2025`);
      await page.getByRole('heading', { name: 'Chỉ tiêu Nghị quyết Đại hội' }).waitFor();
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Nội dung chỉ tiêu').fill(`Tỷ lệ ban hành nghị quyết chuyên đề ${tag}`);
      await dialog.getByLabel('Chỉ tiêu (mỗi năm)').fill('70');
      await dialog.getByLabel('Đơn vị tính').fill('%');
      await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: `Ghi năm: Tỷ lệ ban hành nghị quyết chuyên đề ${tag}` }).click();
      const year = page.getByRole('dialog');
      await year.getByLabel('Kết quả thực hiện').fill('75,5');
      await year.getByRole('button', { name: 'Lưu' }).click();
      await year.waitFor({ state: 'hidden' });
      await page.getByText('Năm 2025: 1/1 chỉ tiêu đạt và vượt').waitFor();
      await page.getByText('75,5%').waitFor();
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the targets page fits a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'targets-phone', PHONE);
  try {
    await loginWithApi(page, config);
    await step('/chi-tieu-dai-hoi at 390 × 844', async () => {
      await page.goto('/chi-tieu-dai-hoi?term=2025-2030&year=2025');
      await page.getByText(/Năm 2025: .* chỉ tiêu đạt và vượt/).waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

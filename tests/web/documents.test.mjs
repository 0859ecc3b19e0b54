// Văn bản cấp trên through the UI: the admin records a document and a grassroots
// organization's study session and thematic resolution, and sees the coverage; the pages fit
// a phone (390 × 844). Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a document recorded and a unit\'s implementation', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'documents');
  const tag = stamp();
  let branch;
  try {
    await step('a chi bộ cơ sở (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Văn bản ${tag}`, '2000-01-01', `5-QĐ/${tag}`);
    });
    await step('the document is recorded', async () => {
      await page.goto(`/van-ban-cap-tren?org=${branch.id}`);
      await page.getByRole('heading', { name: 'Văn bản cấp trên' }).waitFor();
      await page.getByRole('button', { name: 'Ghi văn bản' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Số văn bản').fill(`${tag}-NQ/TW`);
      await typeDate(dialog.getByLabel('Ngày ban hành'), '22/03/2025');
      await dialog.getByLabel('Trích yếu').fill('Về hội nhập quốc tế');
      await dialog.getByRole('button', { name: 'Ghi văn bản' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: `Nghị quyết số ${tag}-NQ/TW` }).click();
    });
    await step('the unit\'s steps are recorded', async () => {
      await page.getByRole('button', { name: `Ghi: Chi bộ Văn bản ${tag}` }).click();
      const dialog = page.getByRole('dialog');
      await typeDate(dialog.getByLabel('Ngày học tập, quán triệt'), '10/04/2025');
      await typeDate(dialog.getByLabel('Ngày ban hành nghị quyết chuyên đề'), '10/05/2025');
      await dialog.getByLabel('Số nghị quyết chuyên đề').fill('05-NQ/CB');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('05-NQ/CB — 10/05/2025').waitFor();
      await page.getByText('1/1 (100%)').first().waitFor();
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the documents page fits a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'documents-phone', PHONE);
  try {
    await loginWithApi(page, config);
    await step('/van-ban-cap-tren at 390 × 844', async () => {
      await page.goto('/van-ban-cap-tren');
      await page.getByRole('heading', { name: 'Văn bản cấp trên' }).waitFor();
      await page.locator('.ant-table').first().waitFor();
      await assertNoPageOverflow(page);
    });
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

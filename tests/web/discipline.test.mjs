// Kỷ luật through the UI (desktop): the admin records a khiển trách on a member from the
// discipline page, lands on the confidential file and finds it in the list, then records an
// appeal within the window. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, pickOption, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a discipline decision recorded and appealed', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'discipline');
  const tag = stamp();
  const name = `Phạm Văn Kỷ Luật ${tag}`;
  let branch;
  try {
    await step('a chi bộ with an official member (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Kỷ luật ${tag}`, '2000-01-01', `7-QĐ/${tag}`);
      await api.post('/api/members', memberBody(branch.id, { full_name: name, birth_date: '1970-02-02', admitted_on: '2000-05-05', official_on: '2001-05-05', confirm_duplicate: true }), 201);
    });

    await step('the decision is recorded from the discipline page', async () => {
      await page.goto(`/ky-luat?org=${branch.id}`);
      await page.getByRole('heading', { name: 'Kỷ luật' }).waitFor();
      await page.getByRole('button', { name: 'Ghi quyết định kỷ luật' }).click();
      const dialog = page.getByRole('dialog');
      await pickOption(page, dialog.getByLabel('Đảng viên bị kỷ luật'), name, { search: `Kỷ Luật ${tag}` });
      await pickOption(page, dialog.getByLabel('Hình thức kỷ luật'), 'Khiển trách');
      await typeDate(dialog.getByLabel('Ngày vi phạm'), '01/03/2026');
      await dialog.getByLabel('Nội dung vi phạm').fill('Vi phạm quy chế làm việc của cơ quan');
      await dialog.getByLabel('Số quyết định').fill(`9-QĐ/${tag}`);
      await typeDate(dialog.getByLabel('Ngày quyết định'), '01/06/2026');
      await typeDate(dialog.getByLabel('Ngày nhận quyết định'), '02/06/2026');
      await dialog.getByRole('button', { name: 'Ghi quyết định' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: `Khiển trách: ${name}` }).waitFor();
      await page.getByText('Hồ sơ mật').waitFor();
      await page.getByText('02/07/2026').waitFor(); // the last day to appeal
    });

    await step('the appeal within the window', async () => {
      await page.getByRole('button', { name: 'Ghi khiếu nại' }).click();
      const dialog = page.getByRole('dialog');
      await typeDate(dialog.getByLabel('Ngày khiếu nại'), '20/06/2026');
      await dialog.getByRole('button', { name: 'Ghi khiếu nại' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Đang khiếu nại').waitFor();
    });

    await step('the list shows the case', async () => {
      await page.goto(`/ky-luat?org=${branch.id}`);
      await page.locator('.ant-table-row').filter({ hasText: name }).getByText('Khiển trách').waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the inspection and discipline pages fit a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'discipline-phone', PHONE);
  try {
    await loginWithApi(page, config);
    for (const [path, heading] of [
      ['/ky-luat', 'Kỷ luật'],
      ['/kiem-tra', 'Kiểm tra, giám sát'],
    ]) {
      await step(`${path} at 390 × 844`, async () => {
        await page.goto(path);
        await page.getByRole('heading', { name: heading }).waitFor();
        await page.locator('.ant-table').first().waitFor();
        await assertNoPageOverflow(page);
      });
    }
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

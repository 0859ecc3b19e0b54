// The user guide inside the app: a page per task with its steps and the rules that govern it,
// as the rule set in force states them with their sources; each page leads to where the task
// is done. Rule notes also sit under the fields they govern (the admission vote).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, loginWithApi } from './lib/app.mjs';

const { config, open } = browserSuite();

test('the guide: a task page with its rules and sources, and the way to the task', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'help');
  try {
    await loginWithApi(page, config);
    await step('the index lists the tasks', async () => {
      await page.getByRole('menuitem', { name: 'Hướng dẫn' }).click();
      await page.waitForURL('**/huong-dan');
      for (const title of ['Thêm đảng viên', 'Kết nạp đảng viên', 'Chuyển sinh hoạt đảng', 'Lập báo cáo', 'Hồ sơ của tôi (dành cho đảng viên)']) {
        await page.getByText(title, { exact: true }).first().waitFor();
      }
    });
    await step('a task page: steps, the rules with their sources, the way to it', async () => {
      await page.getByText('Kết nạp đảng viên', { exact: true }).first().click();
      await page.waitForURL('**/huong-dan/ket-nap');
      await page.getByText('Bước 1').waitFor();
      const age = page.locator('.rule-note').filter({ hasText: 'Người vào Đảng phải đủ 18 tuổi và không quá 60 tuổi' });
      await age.waitFor();
      assert.match(await age.innerText(), /\(Điều 4 Điều lệ Đảng; Quy định 294-QĐ\/TW/);
      await page.locator('.rule-note').filter({ hasText: 'ít nhất 2/3 đảng viên chính thức tán thành' }).waitFor();
      // The screenshot of the task is there and loads.
      const shot = page.getByRole('img', { name: 'Màn hình: Kết nạp đảng viên' });
      await shot.waitFor();
      await page.waitForFunction((img) => img.complete && img.naturalWidth >= 1000, await shot.elementHandle());
      await page.getByRole('button', { name: 'Phát triển đảng viên' }).click();
      await page.waitForURL('**/phat-trien');
    });
    await step('an unknown page says so', async () => {
      await page.goto('/huong-dan/khong-co');
      await page.getByText('Không có trang hướng dẫn này').waitFor();
    });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

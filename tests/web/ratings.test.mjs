// Đánh giá, xếp loại on a secretary's phone (390 × 844): a chi bộ cơ sở with two members;
// the admin opens the 2024 list, records the branch's proposal "Hoàn thành tốt nhiệm vụ" for
// one of them in the step dialog, and the list and summary show it; the page never scrolls
// sideways. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, PHONE, pickOption, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a rating step recorded on a 390 px phone', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'ratings-phone', PHONE);
  const tag = stamp();
  let branch;
  const names = [`Lê Văn Xếp ${tag}`, `Hà Thị Loại ${tag}`];
  try {
    await step('a chi bộ with two members (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Xếp loại ${tag}`, '2000-01-01', `5-QĐ/${tag}`);
      for (const full_name of names) {
        await api.post('/api/members', memberBody(branch.id, { full_name, birth_date: '1980-02-02', admitted_on: '2010-05-19', official_on: '2011-05-19', confirm_duplicate: true }), 201);
      }
    });

    await step('the 2024 list of the chi bộ fits the phone', async () => {
      await page.goto(`/xep-loai?org_id=${branch.id}&year=2024`);
      await page.getByRole('heading', { name: 'Đánh giá, xếp loại chất lượng' }).waitFor();
      await page.getByText(names[0]).waitFor();
      await page.getByText('Năm 2024').first().waitFor();
      await assertNoPageOverflow(page);
    });

    await step('the proposal recorded in the step dialog', async () => {
      await page.getByRole('button', { name: `Ghi xếp loại ${names[0]}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/Năm này xếp loại theo mức/).waitFor();
      // The step offered first is the latest one the user may take: the branch's proposal.
      await dialog.locator('.ant-select-selection-item', { hasText: 'Chi bộ đề xuất' }).waitFor();
      await pickOption(page, dialog.getByLabel('Mức xếp loại'), 'Hoàn thành tốt nhiệm vụ');
      // The list closes with an animation; measured while still open it once reached 420 px.
      await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
      await assertNoPageOverflow(page);
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row').filter({ hasText: names[0] });
      await row.getByText('Hoàn thành tốt nhiệm vụ').first().waitFor();
      await row.getByText('Chi bộ đề xuất').waitFor();
      await assertNoPageOverflow(page);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

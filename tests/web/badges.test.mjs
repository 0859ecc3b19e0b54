// Huy hiệu Đảng through the UI: a member admitted exactly 30 years before the 7/11/2026 round
// is due at it; the admin proposes them, records the decision and the award, and the member
// file shows the badge. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, createBranch, loginWithApi, memberBody, pickOption, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a badge proposed, decided and awarded at a round', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'badges');
  const tag = stamp();
  const name = `Trần Văn Huy Hiệu ${tag}`;
  let branch;
  let member;
  try {
    await step('a chi bộ with a member of 30 years on 7/11/2026 (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Huy hiệu ${tag}`, '1980-01-01', `6-QĐ/${tag}`);
      member = await api.post('/api/members', memberBody(branch.id, { full_name: name, birth_date: '1960-02-02', admitted_on: '1996-11-07', official_on: '1997-11-07', confirm_duplicate: true }), 201);
    });

    await step('the member is due at the round and is proposed', async () => {
      await page.goto(`/huy-hieu?org_id=${branch.id}&year=2026&round=2026-11-07`);
      await page.getByRole('heading', { name: 'Huy hiệu Đảng' }).waitFor();
      const row = page.locator('.ant-table-row').filter({ hasText: name });
      await row.getByText('30 năm', { exact: true }).waitFor();
      await row.getByText('30 năm 0 tháng').waitFor();
      await page.getByText('Chưa đề nghị: 1 đảng viên').waitFor();
      // The list by one milestone: the round's milestones with their counts.
      await pickOption(page, page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Mốc tuổi Đảng' }) }), 'Huy hiệu 30 năm (1)');
      await page.waitForURL(/milestone=30/);
      await row.getByText('30 năm 0 tháng').waitFor();
      await page.getByRole('button', { name: `Đề nghị ${name}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Đề nghị Huy hiệu 30 năm tuổi Đảng').waitFor();
      await dialog.getByRole('button', { name: 'Đề nghị' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('Đã đề nghị').waitFor();
      await page.getByText('Chưa đề nghị: 0 đảng viên').waitFor();
    });

    await step('the decision and the award', async () => {
      await page.getByRole('tab', { name: /Đề nghị và đã trao/ }).click();
      const row = page.locator('.ant-table-row').filter({ hasText: name });
      await row.getByRole('button', { name: 'Ghi quyết định' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByLabel('Số quyết định').fill(`321-QĐ/${tag}`);
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByRole('button', { name: 'Ghi trao' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('Đã trao').waitFor();
    });

    await step('the member file shows the badge', async () => {
      await page.goto(`/dang-vien/${member.id}?tab=huy-hieu`);
      await page.getByText('30 năm tuổi Đảng').waitFor();
      await page.getByText(`321-QĐ/${tag}`, { exact: false }).waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

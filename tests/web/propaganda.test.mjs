// Công tác tuyên giáo through the UI: the admin records a study session on a resolution from
// the propaganda page (document, invited and attending members), sees its participation rate
// in the table and in the year's figures, and an online conference with its connection points;
// then the page on a phone (390 × 844): the figures and the lists fit without the page
// scrolling sideways. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, pickOption, stamp, typeDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('a study session and a conference recorded, the rate shown in the list and the figures', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'propaganda');
  const tag = stamp();
  let branch;
  try {
    await step('a chi bộ (API)', async () => {
      const api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Tuyên giáo ${tag}`, '2000-01-01', `7-QĐ/${tag}`);
    });

    await step('a study session recorded from the propaganda page', async () => {
      await page.goto(`/tuyen-giao?org=${branch.id}&year=2026&tab=hoc-tap`);
      await page.getByRole('heading', { name: 'Công tác tuyên giáo' }).waitFor();
      await page.getByRole('button', { name: 'Thêm buổi học tập' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên, nội dung').fill(`Học tập Nghị quyết 57-NQ/TW ${tag}`);
      await typeDate(dialog.getByLabel('Ngày tổ chức'), '10/03/2026');
      await dialog.getByLabel('Số hiệu văn bản').fill('57-NQ/TW');
      await pickOption(page, dialog.getByRole('combobox', { name: 'Loại văn bản' }), 'Nghị quyết');
      await dialog.getByLabel('Số đảng viên được triệu tập').fill('46');
      await dialog.getByLabel('Số đảng viên tham gia').fill('47');
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      // More attending than invited: refused, the dialog stays with the reason in Vietnamese.
      await dialog.getByText('không được lớn hơn số được triệu tập').first().waitFor();
      await dialog.getByLabel('Số đảng viên tham gia').fill('45');
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row').filter({ hasText: `57-NQ/TW ${tag}` });
      await row.getByText('97,83%').waitFor();
      await row.getByText('10/03/2026').waitFor();
    });

    await step('an online conference with its connection points', async () => {
      await page.getByRole('tab', { name: 'Hội nghị trực tuyến' }).click();
      await page.getByRole('button', { name: 'Thêm hội nghị' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên, nội dung').fill(`Hội nghị trực tuyến ${tag}`);
      await typeDate(dialog.getByLabel('Ngày tổ chức'), '20/05/2026');
      await dialog.getByLabel('Số điểm cầu').fill('70');
      await dialog.getByLabel('Số người dự').fill('1.250');
      await dialog.getByRole('button', { name: 'Ghi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.ant-table-row').filter({ hasText: `Hội nghị trực tuyến ${tag}` }).getByText('1.250').waitFor();
    });

    await step('the year\'s figures', async () => {
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      const rate = page.locator('.ant-card').filter({ hasText: 'Tỷ lệ đảng viên tham gia học tập' });
      await rate.getByText('97,83%').first().waitFor();
      await page.locator('.ant-card').filter({ hasText: 'Điểm cầu' }).getByText('70', { exact: true }).waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the propaganda page fits a phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'propaganda-phone', PHONE);
  const tag = stamp();
  try {
    const api = await loginWithApi(page, config);
    const branch = await createBranch(api, `Chi bộ Điện thoại TG ${tag}`, '2000-01-01', `6-QĐ/${tag}`);
    await api.post(
      `/api/orgs/${branch.id}/propaganda-activities`,
      { kind: 'study_session', held_on: '2026-03-10', title: `Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng ${tag}`, document_no: '01-NQ/ĐH', document_kind: 'resolution', invited: 30, attended: 30 },
      201,
    );
    for (const tab of ['hoc-tap', 'tong-hop', 'chi-thi-05', 'cong-tac-vien']) {
      await step(`/tuyen-giao ${tab} at 390 × 844`, async () => {
        await page.goto(`/tuyen-giao?org=${branch.id}&year=2026&tab=${tab}`);
        await page.getByRole('heading', { name: 'Công tác tuyên giáo' }).waitFor();
        if (tab === 'tong-hop') await page.getByText('Buổi học tập, quán triệt nghị quyết').waitFor();
        else await page.locator('.ant-table').first().waitFor();
        if (tab === 'hoc-tap') await page.getByText('100%').first().waitFor();
        await assertNoPageOverflow(page);
      });
    }
    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

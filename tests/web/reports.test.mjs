// The reports page: a preset over the whole tree shows a row per TCCSĐ with the totals row, a
// figure opens the members behind it, the comparison adds last year's columns, the Excel export
// downloads, the flows tab still works; and on a 390 px phone the page does not scroll sideways.
// Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPageOverflow, branchWithIntroducers, browserSuite, loginWithApi, PHONE, pickOption, rootOrg, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

/** A preset with the total of members, split by TCCSĐ or by unit. */
async function membersPreset(api) {
  const { items } = await api.get('/api/report-presets');
  const preset = items.find((p) => p.indicators.includes('members.total') && p.breakdown !== '');
  assert.ok(preset, `no preset counts members.total by unit: ${JSON.stringify(items.map((p) => p.code))}`);
  return preset;
}

test('a preset by TCCSĐ: totals, the people behind a figure, comparison, Excel export, flows', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'reports');
  const tag = stamp();
  try {
    let api;
    let root;
    let branch;
    let members;
    let preset;
    await step('a chi bộ cơ sở with three members (API)', async () => {
      api = await loginWithApi(page, config);
      root = await rootOrg(api);
      ({ branch, members } = await branchWithIntroducers(api, tag, `Chi bộ Báo cáo ${tag}`));
      preset = await membersPreset(api);
    });

    await step('pick the preset: a row per TCCSĐ and the totals row', async () => {
      await page.goto(`/bao-cao?org_id=${root.id}`);
      await page.getByRole('heading', { name: 'Báo cáo' }).waitFor();
      const loaded = page.waitForResponse(
        (r) => r.url().includes(`/api/orgs/${root.id}/indicators?`) && r.url().includes('members.total') && r.ok(),
      );
      // The chosen preset's text covers the input: open the list by its box.
      await pickOption(page, page.locator('.report-preset .ant-select-selector'), preset.label);
      const answer = await (await loaded).json();
      const table = page.locator('.indicator-table');
      await table.getByRole('row').filter({ hasText: branch.name }).waitFor();
      const total = table.locator('.indicator-total-row');
      await total.getByText(`Cộng: ${root.name}`).waitFor();
      const own = answer.indicators.find((v) => v.code === 'members.total');
      const shown = new Intl.NumberFormat('vi-VN').format(own.value);
      await total.getByRole('button', { name: `${own.label}, ${root.name}: ${shown} – xem danh sách` }).waitFor();
      // Percentages: "94,57%", "72,5%", "100%", or "—" without a base.
      for (const cell of await table.locator('td').allInnerTexts()) {
        if (cell.includes('%')) assert.match(cell.trim(), /^\d{1,3}(\.\d{3})*(,\d{1,2})?%$/, `percentage cell "${cell}"`);
      }
    });

    await step('a figure opens the members behind it, linked to their files', async () => {
      const row = page.locator('.indicator-table').getByRole('row').filter({ hasText: branch.name });
      await row.getByRole('button', { name: `Tổng số đảng viên, ${branch.name}: 3 – xem danh sách` }).click();
      const drawer = page.locator('.indicator-people');
      await drawer.getByText('Tổng số đảng viên: 3').waitFor();
      for (const m of members) {
        const link = drawer.getByRole('link', { name: m.full_name });
        await link.waitFor();
        assert.equal(await link.getAttribute('href'), `/dang-vien/${m.id}`);
      }
      // Searched by a name typed without diacritics: only that member stays.
      const [first, ...others] = members;
      const unaccented = first.full_name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      await drawer.getByLabel('Tìm theo tên').fill(unaccented);
      await drawer.getByLabel('Tìm theo tên').press('Enter');
      await drawer.getByRole('link', { name: others[0].full_name }).waitFor({ state: 'detached' });
      await drawer.getByRole('link', { name: first.full_name }).waitFor();
      const download = page.waitForEvent('download');
      await drawer.getByRole('button', { name: 'Danh sách (Word)' }).click();
      assert.match((await download).suggestedFilename(), /^danh-sach-members\.total-\d+\.docx$/);
      await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
      await drawer.waitFor({ state: 'hidden' });
    });

    await step('the comparison adds the same period a year earlier and the change', async () => {
      const loaded = page.waitForResponse((r) => r.url().includes('compare=previous_year') && r.ok());
      await page.getByRole('switch', { name: 'So sánh cùng kỳ năm trước' }).click();
      const answer = await (await loaded).json();
      assert.ok(answer.indicators.every((v) => 'previous' in v), 'every figure has its previous value');
      await page.locator('.indicator-table').getByRole('columnheader', { name: 'Cùng kỳ năm trước' }).first().waitFor();
      await page.locator('.indicator-table').getByRole('columnheader', { name: 'Tăng/giảm' }).first().waitFor();
    });

    await step('Xuất Excel downloads the same view as .xlsx', async () => {
      const response = page.waitForResponse((r) => r.url().includes(`/api/orgs/${root.id}/indicators/export?`));
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Xuất Excel' }).click();
      const res = await response;
      assert.equal(res.status(), 200);
      assert.match(res.headers()['content-type'] ?? '', /spreadsheetml/);
      const url = new URL(res.url());
      assert.equal(url.searchParams.get('format'), 'xlsx');
      assert.equal(url.searchParams.get('compare'), 'previous_year');
      assert.ok(url.searchParams.get('codes')?.includes('members.total'));
      assert.match((await download).suggestedFilename(), /\.xlsx$/);
    });

    await step('Lưu báo cáo đã gửi keeps the figures; the tab lists it and compares it with today', async () => {
      await page.getByRole('button', { name: 'Lưu báo cáo đã gửi' }).click();
      const dialog = page.getByRole('dialog', { name: 'Lưu báo cáo đã gửi' });
      await dialog.getByLabel('Tên báo cáo').fill(`Báo cáo thử ${tag}`);
      await dialog.getByLabel('Số văn bản').fill(`${tag}-BC/ĐUK`);
      const saved = page.waitForResponse((r) => r.url().includes(`/api/orgs/${root.id}/report-snapshots?`) && r.request().method() === 'POST');
      await dialog.getByRole('button', { name: 'Lưu báo cáo' }).click();
      assert.equal((await saved).status(), 201);
      await page.getByText(`Đã lưu báo cáo “Báo cáo thử ${tag}”`).waitFor();
      await page.getByRole('tab', { name: 'Báo cáo đã gửi' }).click();
      const row = page.getByRole('row').filter({ hasText: `Báo cáo thử ${tag}` });
      await row.waitFor();
      await row.getByRole('button', { name: 'So sánh' }).click();
      const drawer = page.locator('.snapshot-compare');
      await drawer.getByText('Tính lại như đã ghi nhận khi gửi cho đúng các số đã gửi.').waitFor();
      await drawer.getByRole('columnheader', { name: 'Như đã ghi nhận khi gửi' }).waitFor();
      await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
      await page.getByRole('tab', { name: 'Số liệu theo đơn vị' }).click();
    });

    await step('"Như đã ghi nhận đến ngày" asks the figures as recorded then', async () => {
      const loaded = page.waitForResponse((r) => r.url().includes('recorded=') && r.url().includes('/indicators?') && r.ok());
      const field = page.getByLabel('Như đã ghi nhận đến ngày');
      await field.click();
      await field.fill('01/01/2020');
      await field.press('Enter');
      const answer = await (await loaded).json();
      assert.equal(answer.recorded, '2020-01-01T16:59:59.999Z');
      await page.getByText('Số liệu như đã ghi nhận đến hết ngày 01/01/2020').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Lưu báo cáo đã gửi' }).count(), 0);
    });

    await step('the flows tab still shows the flows of the period', async () => {
      await page.getByRole('tab', { name: 'Biến động đảng viên' }).click();
      await page.getByText('Tất cả biến động trong kỳ').waitFor();
      await page.locator('.flow-table').getByRole('row').nth(1).waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the reports page fits a 390 px phone: the table scrolls in its own box', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'reports-phone', PHONE);
  try {
    let root;
    let preset;
    await step('log in', async () => {
      const api = await loginWithApi(page, config);
      root = await rootOrg(api);
      preset = await membersPreset(api);
    });

    await step('the preset with comparison, on a phone', async () => {
      await page.goto(`/bao-cao?org_id=${root.id}&preset=${encodeURIComponent(preset.code)}&compare=1`);
      await page.locator('.indicator-table .indicator-total-row').getByText(`Cộng: ${root.name}`).waitFor();
      await assertNoPageOverflow(page);
      const box = page.locator('.indicator-table .ant-table-content, .indicator-table .ant-table-body').first();
      const { scroll, width } = await box.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
      assert.ok(scroll > width, 'the wide table scrolls inside its box');
    });

    await step('the people drawer fits too', async () => {
      const total = page.locator('.indicator-table .indicator-total-row');
      await total.getByRole('button', { name: /^Tổng số đảng viên, / }).click();
      await page.locator('.indicator-people .ant-table-row').first().waitFor();
      await assertNoPageOverflow(page);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

// The dashboard on the home page: a chi bộ's stocks as figures, charts drawn as SVG, the worklist
// still there; the whole tree's dashboard on a 390 px phone does not scroll sideways.
// Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPageOverflow, branchWithIntroducers, browserSuite, loginWithApi, PHONE, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('the dashboard of a chi bộ: its figures, charts and the worklist', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'dashboard');
  const tag = stamp();
  try {
    let branch;
    await step('a chi bộ cơ sở with three official members (API)', async () => {
      const api = await loginWithApi(page, config);
      ({ branch } = await branchWithIntroducers(api, tag, `Chi bộ Tổng quan ${tag}`));
    });

    await step('its figures: three members, all official', async () => {
      await page.goto(`/?org_id=${branch.id}`);
      const dashboard = page.getByRole('region', { name: 'Tổng quan' });
      await dashboard.getByText(branch.name).first().waitFor();
      const figure = (title) => dashboard.locator('.dashboard-figure').filter({ has: page.getByText(title, { exact: true }) });
      await figure('Tổng số đảng viên').locator('.ant-statistic-content').getByText('3', { exact: true }).waitFor();
      await figure('Đảng viên chính thức').locator('.ant-statistic-content').getByText('3', { exact: true }).waitFor();
      await figure('Đảng viên dự bị').locator('.ant-statistic-content').getByText('0', { exact: true }).waitFor();
      await dashboard.getByText(`Biến động năm ${new Date().getFullYear()}`).waitFor();
    });

    await step('charts are drawn', async () => {
      const card = page.locator('.chart-card').filter({ hasText: 'Đảng viên qua mười năm' });
      await card.locator('.chart svg').first().waitFor();
      // The axis is labelled with the years.
      await card.locator('.chart svg').getByText(String(new Date().getFullYear()), { exact: true }).first().waitFor();
      assert.ok((await page.locator('.chart svg').count()) >= 1);
    });

    await step('the worklist is still on the page', async () => {
      await page.locator('.worklist').getByText('Việc cần làm').waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

test('the dashboard of the whole tree fits a 390 px phone', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'dashboard-phone', PHONE);
  try {
    await step('log in and open the home page', async () => {
      await loginWithApi(page, config);
      await page.goto('/');
      const dashboard = page.getByRole('region', { name: 'Tổng quan' });
      await dashboard.locator('.dashboard-figure').first().waitFor();
      await page.locator('.chart svg').first().waitFor();
    });

    await step('no sideways scrolling of the page', async () => {
      await page.locator('.worklist').waitFor();
      await assertNoPageOverflow(page);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

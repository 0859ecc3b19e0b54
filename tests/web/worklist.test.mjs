// The home page's worklist: a candidate with a recent admission decision shows as
// "Tổ chức lễ kết nạp" for the chi bộ chosen in the org picker; its button opens the candidate,
// and once the ceremony is recorded the item is gone. Dates are relative to today and never in
// the future. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { branchWithIntroducers, browserSuite, candidateBody, isoDaysAgo, loginWithApi, stamp, typeDate, vnDate, waitForCount } from './lib/app.mjs';

const { config, open } = browserSuite();

test('the ceremony item leaves the worklist once the ceremony is recorded', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'worklist');
  const tag = stamp();
  const name = `Bùi Thanh Tâm ${tag}`;
  const title = `Tổ chức lễ kết nạp: ${name}`;
  let branch;
  let candidate;

  /** Opens the home page and picks the chi bộ in its org picker. */
  const openWorklist = async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    // The picker shows the user's organization: open it by its box (the text covers the input).
    await page.locator('.home-org-picker .ant-select-selector').click();
    await page.getByRole('combobox', { name: 'Tổ chức đảng' }).fill(tag);
    const loaded = page.waitForResponse((r) => r.url().includes(`/api/orgs/${branch.id}/worklist`) && r.ok());
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
      .filter({ hasText: branch.name })
      .click();
    await page.waitForURL(new RegExp(`org_id=${branch.id}`));
    await loaded;
  };

  try {
    await step('a candidate decided three days ago (API)', async () => {
      const api = await loginWithApi(page, config);
      const made = await branchWithIntroducers(api, tag, `Chi bộ Việc cần làm ${tag}`);
      branch = made.branch;
      const [a, b] = made.members;
      candidate = await api.post(
        '/api/candidates',
        candidateBody(branch.id, { full_name: name, identified_on: isoDaysAgo(90) }),
        201,
      );
      const steps = [
        { step: 'class', on: isoDaysAgo(60), certificate_no: `GCN-W-${tag}` },
        { step: 'dossier', on: isoDaysAgo(50) },
        { step: 'introducers', on: isoDaysAgo(45), introducer1_id: a.id, introducer1_since: '2020-01-01', introducer2_id: b.id, introducer2_since: '2020-01-01' },
        { step: 'vote', on: isoDaysAgo(30), votes_for: 3, votes_total: 3 },
        { step: 'proposal', on: isoDaysAgo(20) },
        { step: 'decision', on: isoDaysAgo(3), decision_no: `40-QĐ/${tag}` },
      ];
      for (const s of steps) await api.post(`/api/candidates/${candidate.id}/steps`, s, 200);
    });

    await step('the worklist of the chi bộ shows "Tổ chức lễ kết nạp"', async () => {
      await openWorklist();
      const item = page.locator('.work-item').filter({ hasText: title });
      await item.waitFor();
      await item.getByText('Chờ lễ kết nạp').waitFor();
      await item.getByText(`Quyết định ngày ${vnDate(isoDaysAgo(3))}`).waitFor();
      await item.getByText(branch.name).waitFor();
      assert.equal(await item.locator('.ant-typography-danger').count(), 0, 'not overdue');
    });

    await step('its button opens the candidate at the ceremony step', async () => {
      await page.locator('.work-item').filter({ hasText: title }).getByRole('button', { name: /Ghi lễ kết nạp/ }).click();
      await page.waitForURL(`**/phat-trien/${candidate.id}`);
      await page.getByRole('heading', { name }).waitFor();
      await page.locator('.step-card').getByText('Ghi nhận lễ kết nạp').first().waitFor();
    });

    await step('record the ceremony (yesterday)', async () => {
      const card = page.locator('.step-card');
      await typeDate(card.getByLabel('Ngày tổ chức lễ kết nạp'), vnDate(isoDaysAgo(1)));
      await card.getByRole('button', { name: 'Ghi nhận lễ kết nạp' }).click();
      await page.locator('.profile-header').getByText('Đã kết nạp').waitFor();
    });

    await step('the item is gone from the worklist', async () => {
      await openWorklist();
      await waitForCount(page.locator('.work-item').filter({ hasText: name }), 0);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

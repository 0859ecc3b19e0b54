// Chuyển sinh hoạt nội bộ through the UI: a root with two chi bộ (established 2000) and one
// official member in the first; the admin (rights on both) transfers the member to the second
// with "Xác nhận tiếp nhận ngay", then the profile shows the new chi bộ and the second chi bộ's
// stock today counts 1. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, createBranch, isoDaysAgo, loginWithApi, memberBody, pickTreeNode, stamp, typeDate, vnDate } from './lib/app.mjs';

const { config, open } = browserSuite();

test('an internal transfer confirmed at once moves the member to the other chi bộ', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'transfer');
  const tag = stamp();
  const today = isoDaysAgo(0);
  let api;
  let a;
  let b;
  let member;

  try {
    await step('two chi bộ and an official member in the first (API)', async () => {
      api = await loginWithApi(page, config);
      a = await createBranch(api, `Chi bộ Chuyển đi ${tag}`, '2000-01-01', `1-QĐ/${tag}`);
      b = await createBranch(api, `Chi bộ Chuyển đến ${tag}`, '2000-01-01', `2-QĐ/${tag}`);
      member = await api.post(
        '/api/members',
        memberBody(a.id, {
          full_name: `Phạm Văn Chuyển ${tag}`,
          birth_date: '1972-04-09',
          admitted_on: '2005-03-02',
          official_on: '2006-03-02',
          confirm_duplicate: true,
        }),
        201,
      );
      assert.equal(member.status, 'official');
    });

    await step('the profile\'s action menu opens the transfer page', async () => {
      await page.goto(`/dang-vien/${member.id}`);
      await page.locator('.profile-header').getByText(a.name).waitFor();
      await page.getByRole('button', { name: /Thao tác/ }).click();
      await page.getByRole('menuitem', { name: 'Chuyển sinh hoạt đảng' }).click();
      await page.waitForURL(`**/dang-vien/${member.id}/chuyen-sinh-hoat`);
      await page.getByRole('heading', { name: 'Chuyển sinh hoạt đảng' }).waitFor();
      await page.getByRole('tab', { name: 'Chuyển nội bộ' }).waitFor();
    });

    await step('an internal transfer to chi bộ B, confirmed at once', async () => {
      const form = page.locator('form#transfer-internal');
      await pickTreeNode(page, form.getByLabel('Chi bộ chuyển đến'), b.name, tag);
      await typeDate(form.getByLabel('Ngày hiệu lực'), vnDate(today));
      await form.getByLabel('Số quyết định').fill(`15-QĐ/${tag}`);
      await form.getByLabel('Số giấy giới thiệu').fill(`7-GGT/${tag}`);
      await form.getByLabel('Xác nhận tiếp nhận ngay').check();
      await form.getByRole('button', { name: 'Chuyển nội bộ' }).click();
      await page.waitForURL(/\/chuyen-sinh-hoat\/\d+$/);
      const detail = page.locator('.transfer-detail');
      await detail.locator('.ant-tag').filter({ hasText: 'Đã xác nhận' }).first().waitFor();
      await detail.getByRole('link', { name: b.name }).waitFor();
      await detail.getByText(`Số 7-GGT/${tag}`).waitFor();
    });

    await step('the profile shows chi bộ B', async () => {
      await page.goto(`/dang-vien/${member.id}`);
      const header = page.locator('.profile-header');
      await header.getByRole('link', { name: b.name }).waitFor();
      assert.equal(await header.getByText(a.name).count(), 0, 'no longer in chi bộ A');
    });

    await step('the stock of B today counts 1, A counts 0 (API)', async () => {
      const statsB = await api.get(`/api/orgs/${b.id}/stats?at=${today}`);
      assert.equal(statsB.members, 1);
      const statsA = await api.get(`/api/orgs/${a.id}/stats?at=${today}`);
      assert.equal(statsA.members, 0);
      const { items } = await api.get(`/api/members/${member.id}/transfers`);
      assert.equal(items.length, 1);
      assert.equal(items[0].kind, 'internal');
      assert.equal(items[0].state, 'confirmed');
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

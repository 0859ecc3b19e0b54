// Organization changes end to end: a chi bộ cơ sở made through the API is renamed with a
// past effective date and then upgraded through the UI (a refused date shows the server's
// error inline); the history lists both decisions, and the tree "as of" earlier dates still
// shows the old name and kind. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, fillDate, loginWithApi, memberBody, rootOrg, stamp, waitForCount } from './lib/app.mjs';

const { config, open } = browserSuite();

test('rename and upgrade a chi bộ cơ sở; the tree as of a past date', { timeout: 180_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'org');
  const tag = stamp();
  const oldName = `Chi bộ Sở Xây dựng ${tag}`;
  const newName = `Chi bộ Sở Xây dựng và Quy hoạch ${tag}`;
  const firstBranch = `Chi bộ Văn phòng Sở ${tag}`;
  let org;

  try {
    await step('log in and make a chi bộ cơ sở with a member through the API', async () => {
      const api = await loginWithApi(page, config);
      const root = await rootOrg(api);
      org = await api.post(
        '/api/orgs',
        { parent_id: root.id, kind: 'grassroots_branch', name: oldName, effective_on: '2018-01-01', decision_no: `12-QĐ/${tag}`, decision_date: '2017-12-20' },
        201,
      );
      await api.post(
        '/api/members',
        memberBody(org.id, { full_name: `Hoàng Văn Nam ${tag}`, birth_date: '1975-10-10', admitted_on: '2000-02-03', official_on: '2001-02-03' }),
        201,
      );
    });

    await step('open it from the tree', async () => {
      await page.goto('/to-chuc');
      await page.getByRole('heading', { name: 'Tổ chức đảng' }).waitFor();
      await page.getByPlaceholder('Tìm tổ chức (không dấu cũng được)').fill(`chi bo so xay dung ${tag.toLowerCase()}`);
      const node = page.locator('.org-tree .ant-tree-treenode').filter({ hasText: oldName });
      await node.waitFor();
      await node.getByText('Chi bộ cơ sở').waitFor();
      await node.getByText(oldName).click();
      await page.locator('.org-stats').getByText(oldName).waitFor();
      await page.locator('.org-stats').getByRole('link', { name: /Chi tiết/ }).click();
      await page.waitForURL(`**/to-chuc/${org.id}`);
      await page.getByRole('heading', { name: oldName }).waitFor();
    });

    await step('rename with a past effective date and a decision', async () => {
      await page.getByRole('button', { name: 'Đổi tên' }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: 'Đổi tên tổ chức' });
      await dialog.getByLabel('Tên mới').fill(newName);
      await dialog.getByRole('button', { name: 'Đổi tên' }).click();
      await dialog.getByText('Vui lòng chọn ngày hiệu lực.').waitFor();
      await fillDate(dialog.getByLabel('Ngày hiệu lực'), '01/06/2022');
      await dialog.getByLabel('Số quyết định').fill(`45-QĐ/${tag}`);
      await fillDate(dialog.getByLabel('Ngày quyết định'), '25/05/2022');
      await dialog.getByRole('button', { name: 'Đổi tên' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Đã đổi tên tổ chức.').waitFor();
      await page.getByRole('heading', { name: newName }).waitFor();
    });

    await step('an upgrade dated before the last change is refused inline', async () => {
      await page.getByRole('button', { name: 'Nâng cấp' }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: 'Nâng cấp thành đảng bộ cơ sở' });
      await dialog.getByLabel('Tên chi bộ trực thuộc đầu tiên').fill(firstBranch);
      await fillDate(dialog.getByLabel('Ngày hiệu lực'), '01/01/2021');
      await dialog.getByRole('button', { name: 'Nâng cấp' }).click();
      await dialog.locator('.ant-alert-error').waitFor();
      assert.ok((await dialog.locator('.ant-alert-error').innerText()).trim().length > 0);
      assert.ok(await dialog.isVisible());
    });

    await step('upgrade with a valid date: it becomes a đảng bộ cơ sở', async () => {
      const dialog = page.getByRole('dialog').filter({ hasText: 'Nâng cấp thành đảng bộ cơ sở' });
      await fillDate(dialog.getByLabel('Ngày hiệu lực'), '01/03/2024');
      await dialog.getByLabel('Số quyết định').fill(`88-QĐ/${tag}`);
      await dialog.getByRole('button', { name: 'Nâng cấp' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Đã nâng cấp chi bộ cơ sở thành đảng bộ cơ sở.').waitFor();
      await page.locator('.page-title').getByText('Đảng bộ cơ sở', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Nâng cấp' }).waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: /Đơn vị trực thuộc/ }).click();
      await page.getByRole('link', { name: firstBranch }).waitFor();
    });

    await step('the history lists both decisions', async () => {
      await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
      const history = page.locator('.event-timeline');
      await history.getByText(`45-QĐ/${tag}`).waitFor();
      await history.getByText(`88-QĐ/${tag}`).waitFor();
      await history.getByText('01/06/2022').waitFor();
      await history.getByText('01/03/2024').waitFor();
      await history.getByText(`Từ “${oldName}” thành “${newName}”`).waitFor();
    });

    const treeNode = () => page.locator('.org-tree .ant-tree-treenode').filter({ hasText: tag }).first();
    const asOf = async (date) => {
      const picker = page.getByPlaceholder('Hôm nay');
      await fillDate(picker, date);
      await page.waitForURL(/at=\d{4}-\d{2}-\d{2}/);
      await page.getByText(`Cây tổ chức như ngày ${date}`).waitFor();
    };

    await step('today the tree shows the new name and kind', async () => {
      await page.goto('/to-chuc');
      await page.getByPlaceholder('Tìm tổ chức (không dấu cũng được)').fill(tag);
      await treeNode().getByText(newName).waitFor();
      await page.locator('.org-tree .ant-tree-treenode').filter({ hasText: newName }).getByText('Đảng bộ cơ sở').waitFor();
      await page.locator('.org-tree .ant-tree-treenode').filter({ hasText: firstBranch }).waitFor();
    });

    await step('as of 01/01/2020 the tree shows the old name, still a chi bộ cơ sở', async () => {
      await asOf('01/01/2020');
      const node = page.locator('.org-tree .ant-tree-treenode').filter({ hasText: oldName });
      await node.waitFor();
      await node.getByText('Chi bộ cơ sở').waitFor();
      await waitForCount(page.locator('.org-tree .ant-tree-treenode').filter({ hasText: newName }), 0);
      await waitForCount(page.locator('.org-tree .ant-tree-treenode').filter({ hasText: firstBranch }), 0);
    });

    await step('as of 01/01/2023 it has the new name but is not yet upgraded', async () => {
      await asOf('01/01/2023');
      const node = page.locator('.org-tree .ant-tree-treenode').filter({ hasText: newName });
      await node.waitFor();
      await node.getByText('Chi bộ cơ sở').waitFor();
      await waitForCount(page.locator('.org-tree .ant-tree-treenode').filter({ hasText: firstBranch }), 0);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

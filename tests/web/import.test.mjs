// Member import end to end: a CSV with one bad row is previewed with the row's error in
// Vietnamese, the commit is refused while the row is in, excluding the row lets it through,
// and the members appear in the list. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiOf, browserSuite, loginWithApi, pickTreeNode, rootOrg, stamp, waitForCount } from './lib/app.mjs';

const { config, open } = browserSuite();

test('import members from a CSV file with a bad row', { timeout: 180_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'import');
  const tag = stamp();
  const branchName = `Chi bộ Nhập tệp ${tag}`;
  const good = [`Lê Thị Mai ${tag}`, `Trần Quốc Bảo ${tag}`, `Phạm Minh Đức ${tag}`];
  const bad = `Vũ Văn Sai ${tag}`;
  // Line 1 is the header: the bad member is on line 4 of the file.
  const csv = [
    'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Tôn giáo,Ngày vào Đảng,Ngày chính thức',
    `${good[0]},Nữ,1988-04-12,Kinh,Không,2012-06-20,2013-06-20`,
    `${good[1]},Nam,1979-11-30,Tày,Không,2005-02-03,2006-02-03`,
    `${bad},Nam,1980-02-31,Kinh,Không,2008-03-01,2009-03-01`,
    `${good[2]},Nam,1992-09-09,Kinh,Phật giáo,2019-12-22,`,
  ].join('\r\n');

  try {
    await step('log in and make the chi bộ to import into', async () => {
      const api = await loginWithApi(page, config);
      const root = await rootOrg(api);
      await api.post('/api/orgs', { parent_id: root.id, kind: 'grassroots_branch', name: branchName, effective_on: '2000-01-01' }, 201);
    });

    await step('open the wizard from the member list', async () => {
      await page.goto('/dang-vien');
      await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
      await page.waitForURL('**/dang-vien/nhap');
      await page.getByRole('heading', { name: 'Nhập đảng viên từ tệp' }).waitFor();
    });

    await step('choose the file and the default chi bộ', async () => {
      await page.locator('input[type=file]').setInputFiles({
        name: `dang-vien-${tag}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from('\uFEFF' + csv, 'utf8'),
      });
      await page.getByText(`dang-vien-${tag}.csv`).waitFor();
      await pickTreeNode(page, page.getByLabel('Chi bộ mặc định'), branchName, tag);
      await page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' }).click();
    });

    await step('the preview shows the bad row with its Vietnamese error', async () => {
      await page.getByText('Kiểm tra dữ liệu').first().waitFor();
      const badRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: bad });
      await badRow.waitFor();
      await badRow.locator('td').nth(1).getByText('4', { exact: true }).waitFor();
      await badRow.getByText('1 lỗi').waitFor();
      // The row's errors are listed under it, in full.
      const errors = page.locator('.import-errors-row').filter({ hasText: 'Dòng 4' });
      await errors.getByText('Ngày sinh', { exact: false }).first().waitFor();
      const text = await errors.innerText();
      assert.match(text, /[ạảãáàâấầẩẫậăắằẳẵặẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳđ]/i, `not Vietnamese: ${text}`);
      await page.getByText('Còn 1 dòng có lỗi').waitFor();
      const stat = (title) => page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
      assert.equal(await stat('Hợp lệ').innerText(), '3');
      assert.equal(await stat('Có lỗi').innerText(), '1');
    });

    await step('the preview counts what will be written, and waits while a bad row is in', async () => {
      const stat = (title) => page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
      assert.equal(await stat('Sẽ nhập').innerText(), '3');
      assert.ok(await page.getByRole('button', { name: 'Nhập 3 đảng viên' }).isDisabled(), 'the import waits for the bad row');
      const api = await apiOf(page, config.baseURL);
      const found = await api.get(`/api/members?q=${encodeURIComponent(tag)}&status=all`);
      assert.equal(found.total, 0, 'nothing may be imported while a bad row is in');
    });

    await step('exclude the bad row and import the rest', async () => {
      await page.getByLabel('Bỏ qua dòng 4').check();
      await page.getByRole('button', { name: 'Nhập 3 đảng viên' }).click();
      await page.getByText('Đã nhập 3 đảng viên').waitFor();
      await page.getByText('1 dòng được bỏ qua').waitFor();
    });

    await step('the imported members are in the list of the chi bộ', async () => {
      await page.getByRole('button', { name: 'Xem danh sách đảng viên' }).click();
      await page.waitForURL(/\/dang-vien\?org_id=\d+/);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      for (const name of good) await rows.filter({ hasText: name }).waitFor();
      await page.getByText('Tìm thấy 3 đảng viên').waitFor();
      await waitForCount(rows.filter({ hasText: bad }), 0);
      await rows.filter({ hasText: good[0] }).getByText('Chính thức').waitFor();
      await rows.filter({ hasText: good[2] }).getByText('Dự bị').waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

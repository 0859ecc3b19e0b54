// Members end to end: a chi bộ made through the API, a member created through the form
// (inline validation, the likely-duplicate confirmation), edited (and a version conflict),
// and found again without diacritics. Needs a running server (see lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, createBranch, fillDate, loginWithApi, memberBody, pickTreeNode, stamp, waitForCount } from './lib/app.mjs';

const { config, open } = browserSuite();

test('create, edit and find a member', { timeout: 180_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'members');
  const tag = stamp();
  const branchName = `Chi bộ Kiểm thử Đảng viên ${tag}`;
  let api;
  let branch;
  let memberId;

  try {
    await step('log in and set up a chi bộ with two members through the API', async () => {
      api = await loginWithApi(page, config);
      branch = await createBranch(api, branchName, '2005-01-01', `1-QĐ/${tag}`);
      // Same name and birth date as the member the form creates: the server flags a likely duplicate.
      await api.post(
        '/api/members',
        memberBody(branch.id, {
          full_name: 'Nguyễn Văn An',
          birth_date: '1985-03-15',
          admitted_on: '2010-05-19',
          official_on: '2011-05-19',
          confirm_duplicate: true,
        }),
        201,
      );
      await api.post(
        '/api/members',
        memberBody(branch.id, {
          full_name: 'Đặng Thị Hoa',
          sex: 'female',
          birth_date: '1990-07-02',
          admitted_on: '2015-09-01',
          confirm_duplicate: true,
        }),
        201,
      );
    });

    await step('open the new-member form from the list', async () => {
      await page.goto('/dang-vien');
      await page.getByRole('heading', { name: 'Đảng viên' }).waitFor();
      await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
      await page.waitForURL('**/dang-vien/moi');
      await page.getByRole('heading', { name: 'Thêm đảng viên' }).waitFor();
    });

    await step('required fields and rules are checked inline', async () => {
      await page.getByLabel('Số CCCD').fill('12345');
      await page.getByLabel('Số thẻ đảng viên').fill('01234567');
      await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      await page.getByText('Vui lòng nhập họ và tên.').waitFor();
      await page.getByText('Vui lòng nhập ngày sinh.').waitFor();
      await page.getByText('Vui lòng nhập ngày vào Đảng.').waitFor();
      await page.getByText('Số CCCD phải gồm đúng 12 chữ số.').waitFor();
      await page.getByText('Chỉ đảng viên chính thức mới được cấp thẻ: hãy nhập ngày chính thức.').waitFor();
      assert.match(page.url(), /\/dang-vien\/moi/);
    });

    await step('fill in the file', async () => {
      await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
      await page.getByText('Nam', { exact: true }).click();
      await fillDate(page.getByLabel('Ngày sinh'), '15/03/1985');
      await page.getByLabel('Nơi sinh').fill('Thành phố Huế');
      await page.getByLabel('Số CCCD').fill(`0010850${String(Date.now()).slice(-5)}`);
      await pickTreeNode(page, page.getByLabel('Chi bộ sinh hoạt'), branchName, tag);
      await fillDate(page.getByLabel('Ngày vào Đảng'), '19/05/2010');
      // Official before admitted: refused on the spot.
      await fillDate(page.getByLabel('Ngày chính thức'), '01/01/2010');
      await page.getByText('Ngày chính thức không được trước ngày vào Đảng.').waitFor();
      await fillDate(page.getByLabel('Ngày chính thức'), '19/05/2011');
      await page.getByText('Ngày chính thức không được trước ngày vào Đảng.').waitFor({ state: 'detached' });
      await page.getByLabel('Số thẻ đảng viên').fill(`9${String(Date.now()).slice(-7)}`);
    });

    await step('save: the likely duplicate is shown and "Vẫn lưu" saves', async () => {
      await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: 'Có thể trùng với đảng viên đã có' });
      await confirm.waitFor();
      await confirm.getByText('Nguyễn Văn An', { exact: false }).first().waitFor();
      await confirm.getByRole('button', { name: 'Vẫn lưu' }).click();
      await page.waitForURL(/\/dang-vien\/\d+$/);
      memberId = Number(page.url().match(/\/dang-vien\/(\d+)$/)[1]);
      await page.getByRole('heading', { name: 'Nguyễn Văn An' }).waitFor();
      const header = page.locator('.profile-header');
      await header.getByText('Chính thức', { exact: true }).waitFor();
      await header.getByRole('link', { name: branchName }).waitFor();
      await page.getByText('Thành phố Huế').waitFor();
      await page.getByText('15/03/1985').first().waitFor();
    });

    await step('edit: change the occupation and add a work record', async () => {
      await page.getByRole('button', { name: /Sửa$/ }).click();
      await page.waitForURL(`**/dang-vien/${memberId}/sua`);
      await page.getByLabel('Nghề nghiệp').fill('Kỹ sư xây dựng');
      const work = page.locator('.form-section').filter({ hasText: 'Quá trình công tác' });
      await work.getByRole('button', { name: 'Thêm dòng' }).click();
      await fillDate(work.getByLabel('Thời gian công tác 1: từ ngày'), '01/08/2008');
      await work.getByLabel('Thời gian công tác 1: chức vụ, đơn vị công tác').fill('Chuyên viên Sở Xây dựng');
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.waitForURL(new RegExp(`/dang-vien/${memberId}$`));
      await page.getByText('Kỹ sư xây dựng').waitFor();
      await page.getByRole('tab', { name: 'Quá trình công tác' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Chuyên viên Sở Xây dựng' });
      await row.waitFor();
      await row.getByText('01/08/2008').waitFor();
    });

    await step('a change made meanwhile by someone else is reported, not overwritten', async () => {
      await page.getByRole('button', { name: /Sửa$/ }).click();
      await page.waitForURL(`**/dang-vien/${memberId}/sua`);
      await page.getByLabel('Nghề nghiệp').waitFor();
      const current = await api.get(`/api/members/${memberId}`);
      const { id: _id, org_name: _o, status: _s, status_label: _l, masked: _m, created_at: _c, updated_at: _u, ...rest } = current;
      await api.put(`/api/members/${memberId}`, { ...rest, home_town: 'Quảng Trị' }, 200);
      await page.getByLabel('Nghề nghiệp').fill('Kiến trúc sư');
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText('Hồ sơ đã thay đổi').waitFor();
      await page.getByRole('button', { name: 'Tải lại hồ sơ' }).click();
      await page.waitForFunction(() => document.querySelector('input#home_town')?.value === 'Quảng Trị');
      assert.equal(await page.getByLabel('Nghề nghiệp').inputValue(), 'Kỹ sư xây dựng');
    });

    await step('search without diacritics: "nguyen van an"', async () => {
      await page.goto('/dang-vien');
      const search = page.getByPlaceholder('Tìm theo tên (không dấu cũng được), số thẻ, CCCD…');
      await search.fill('nguyen van an');
      await search.press('Enter');
      await page.waitForURL(/q=nguyen/);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: branchName });
      await waitForCount(rows.filter({ hasText: 'Nguyễn Văn An' }), 2);
      await waitForCount(rows.filter({ hasText: 'Đặng Thị Hoa' }), 0);
    });

    await step('search "dang" finds Đặng Thị Hoa', async () => {
      const search = page.getByPlaceholder('Tìm theo tên (không dấu cũng được), số thẻ, CCCD…');
      await search.fill('dang');
      await search.press('Enter');
      await page.waitForURL(/q=dang/);
      const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Đặng Thị Hoa' }).filter({ hasText: branchName });
      await row.waitFor();
      await row.getByText('Dự bị').waitFor();
    });

    await step('the profile link opens the member', async () => {
      await page
        .locator('.ant-table-tbody tr.ant-table-row')
        .filter({ hasText: 'Đặng Thị Hoa' })
        .getByRole('link', { name: 'Đặng Thị Hoa' })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Đặng Thị Hoa' }).waitFor();
      await page.getByRole('tab', { name: 'Dòng thời gian' }).click();
      await page.locator('.event-timeline').getByText('01/09/2015').waitFor();
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

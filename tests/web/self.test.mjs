// A member's own space on a 390 × 844 phone: the member logs in with the account their unit
// made, finds "Hồ sơ của tôi" in the menu drawer, reads their file and sends a correction
// request; the unit answers it on "Đề nghị sửa hồ sơ", and the member sees the answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, PHONE, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();
const PASSWORD = 'Mat-khau-Dang-vien-2026';

test("a member reads their own file on a phone and asks for a correction", { timeout: 180_000 }, async (t) => {
  const tag = stamp();
  const staff = await open(t, 'self-staff');
  const phone = await open(t, 'self-member', PHONE);
  try {
    const api = await loginWithApi(staff.page, config);
    const branch = await createBranch(api, `Chi bộ Tự Phục Vụ ${tag}`, '2000-01-01', `2-QĐ/${tag}`);
    const m = await api.post('/api/members', memberBody(branch.id, { full_name: `Trịnh Thị Tự Xem ${tag}`, sex: 'female', birth_date: '1982-06-15', admitted_on: '2008-05-19', official_on: '2009-05-19' }), 201);
    const username = `dv.${tag.toLowerCase()}`;
    await api.post(`/api/members/${m.id}/account`, { username, password: PASSWORD }, 201);

    const { page, step } = phone;
    await step('the member logs in and opens Hồ sơ của tôi from the drawer', async () => {
      await page.goto('/login');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.locator('.app-drawer').getByRole('menuitem', { name: 'Hồ sơ của tôi' }).click();
      await page.waitForURL('**/ca-nhan');
      await page.getByRole('heading', { name: m.full_name }).waitFor();
      await page.getByText('Tuổi đảng', { exact: true }).first().waitFor();
      await page.getByText('Sinh hoạt chi bộ năm').waitFor();
      await page.getByText('Đảng phí năm').waitFor();
      await assertNoPageOverflow(page);
    });

    await step('a correction request is sent and listed as waiting', async () => {
      await page.getByRole('button', { name: 'Đề nghị sửa hồ sơ' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await dialog.getByText('Vui lòng chọn mục cần sửa.').waitFor();
      await dialog.getByLabel('Mục cần sửa').click();
      await page.locator('.ant-select-item-option').filter({ hasText: 'Quê quán' }).first().click();
      await dialog.getByLabel('Nội dung đúng').fill('Xã Hải Anh, Hải Hậu, Nam Định');
      await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Quê quán: Xã Hải Anh, Hải Hậu, Nam Định').waitFor();
      await page.getByText('Chờ xử lý').waitFor();
    });

    await step("the unit prints the member's sheet from the file", async () => {
      const sp = staff.page;
      await sp.goto(`/dang-vien/${m.id}`);
      await sp.getByRole('button', { name: /In giấy tờ/ }).click();
      const [download] = await Promise.all([
        sp.waitForEvent('download'),
        sp.getByRole('menuitem', { name: 'Phiếu đảng viên (mẫu 2-HSĐV) — Word' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `phieu-dang-vien-${m.id}.docx`);
    });

    await step('the unit answers it on Đề nghị sửa hồ sơ', async () => {
      const sp = staff.page;
      await sp.goto('/de-nghi-sua-ho-so');
      const row = sp.getByRole('row').filter({ hasText: m.full_name });
      await row.getByRole('button', { name: 'Trả lời' }).click();
      const dialog = sp.getByRole('dialog');
      await dialog.getByText('Không sửa').click();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Không sửa thì phải ghi lý do để đảng viên biết.').waitFor();
      await dialog.getByText('Đã sửa hồ sơ').click();
      await dialog.getByLabel('Trả lời đảng viên').fill('Chi bộ đã sửa quê quán.');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });

    await step('the member sees the answer', async () => {
      await page.reload();
      await page.getByText('Trả lời: Chi bộ đã sửa quê quán.', { exact: false }).waitFor();
    });
    assert.deepEqual([...staff.pageErrors, ...phone.pageErrors], []);
  } finally {
    await staff.context.close();
    await phone.context.close();
  }
});

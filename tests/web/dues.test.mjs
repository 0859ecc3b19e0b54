// A month's dues collection on a secretary's phone (390 × 844): a chi bộ with three members
// and their bases (API); the sheet shows each with the amount due prefilled, one member is
// changed to pay nothing with a reason, one save records the month, the page never scrolls
// sideways, and the API then answers what was collected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, loginWithApi, memberBody, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test("a month's collection on a 390 px phone", { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'dues-phone', PHONE);
  const tag = stamp();
  const month = '2026-03';
  let api;
  let branch;
  const members = [];

  try {
    await step('a chi bộ, three members with their bases (API)', async () => {
      api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Đảng phí ${tag}`, '2000-01-01', `1-QĐ/${tag}`);
      const bases = [{ income: 'salaried', amount: 4680000 }, { income: 'pensioner', amount: 6200000 }, { income: 'student' }];
      for (const [i, name] of ['Vũ Văn Lương', 'Đinh Thị Hưu', 'Cao Văn Học'].entries()) {
        const m = await api.post('/api/members', memberBody(branch.id, { full_name: `${name} ${tag}`, birth_date: `198${i}-05-0${i + 1}`, admitted_on: '2005-03-02', official_on: '2006-03-02', confirm_duplicate: true }), 201);
        await api.post(`/api/members/${m.id}/dues/basis`, { from_month: '2025-01', ...bases[i] }, 201);
        members.push(m);
      }
    });

    await step('the sheet lists the members with the amounts due prefilled, on a phone', async () => {
      await page.goto(`/dang-phi?org=${branch.id}&month=${month}`);
      await page.getByText('Phải thu 83.000 đ').waitFor();
      // The month is shown the Vietnamese way, not in the browser's locale ("March 2026").
      assert.equal(await page.getByLabel('Tháng', { exact: true }).inputValue(), '03/2026');
      const paid = page.getByLabel(`Số tiền ${members[0].full_name} đóng`, { exact: true });
      await paid.waitFor();
      assert.equal(await paid.inputValue(), '47000');
      await assertNoPageOverflow(page);
    });

    await step('one member pays nothing with a reason; one save records the month', async () => {
      const paid = page.getByLabel(`Số tiền ${members[1].full_name} đóng`, { exact: true });
      await paid.fill('0');
      await page.getByLabel(`Lý do ${members[1].full_name} chưa đóng`).fill('Nằm viện');
      await page.getByRole('button', { name: /Ghi sổ thu/ }).tap();
      await page.getByText('Đã thu 52.000 đ').waitFor();
      await page.getByText('Đã đóng 47.000 đ').waitFor();
      await assertNoPageOverflow(page);
    });

    await step('the API has the month', async () => {
      const sheet = await api.get(`/api/orgs/${branch.id}/dues/sheet?month=${month}`);
      assert.deepEqual(
        sheet.lines.map((l) => [l.member_id, l.recorded, l.paid, l.reason]).sort(),
        [[members[0].id, true, 47000, ''], [members[1].id, true, 0, 'Nằm viện'], [members[2].id, true, 5000, '']].sort(),
      );
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

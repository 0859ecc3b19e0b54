// Attendance on a secretary's phone (390 × 844): a chi bộ with three members and a meeting held
// today-ish (API); the meeting page lists them, one tap marks each (present, late, absent
// without reason), the rate shows 66,67%, the page never scrolls sideways, and the marks are
// what the API then answers. The meetings list shows the meeting too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, assertNoPageOverflow, browserSuite, createBranch, isoDaysAgo, loginWithApi, memberBody, stamp } from './lib/app.mjs';

const { config, open } = browserSuite();

test('attendance taken in one tap per member on a 390 px phone', { timeout: 150_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'meetings-phone', PHONE);
  const tag = stamp();
  let api;
  let branch;
  let meeting;
  const members = [];

  try {
    await step('a chi bộ, three members and a held meeting (API)', async () => {
      api = await loginWithApi(page, config);
      branch = await createBranch(api, `Chi bộ Sinh hoạt ${tag}`, '2000-01-01', `1-QĐ/${tag}`);
      for (const [i, name] of ['Vũ Văn Một', 'Đinh Thị Hai', 'Cao Văn Ba'].entries()) {
        const m = await api.post('/api/members', memberBody(branch.id, { full_name: `${name} ${tag}`, birth_date: `197${i}-05-0${i + 1}`, admitted_on: '2005-03-02', official_on: '2006-03-02', confirm_duplicate: true }), 201);
        members.push(m);
      }
      meeting = await api.post('/api/meetings', { org_id: branch.id, kind: 'regular', held_on: isoDaysAgo(1), topic: `Sinh hoạt thường kỳ ${tag}` }, 201);
    });

    await step('the meeting page lists the three members, on a phone', async () => {
      await page.goto(`/sinh-hoat/${meeting.id}`);
      await page.getByText(`Sinh hoạt thường kỳ ${tag}`).first().waitFor();
      for (const m of members) await page.getByRole('radiogroup', { name: `Điểm danh ${m.full_name}` }).waitFor();
      await assertNoPageOverflow(page);
    });

    await step('one tap per member', async () => {
      const taps = [['Có mặt', 'present'], ['Đến muộn', 'late'], ['Vắng không lý do', 'unexcused']];
      for (const [i, [label]] of taps.entries()) {
        const group = page.getByRole('radiogroup', { name: `Điểm danh ${members[i].full_name}` });
        const button = group.getByRole('radio', { name: label });
        const box = await button.boundingBox();
        assert.ok(box.height >= 44 && box.width >= 100, `a thumb-sized button: ${JSON.stringify(box)}`);
        await button.tap();
        await page.waitForFunction(
          ({ name, label }) => {
            const g = document.querySelector(`[aria-label="Điểm danh ${name}"]`);
            return [...(g?.querySelectorAll('[role="radio"]') ?? [])].some((b) => b.getAttribute('aria-checked') === 'true' && b.textContent.includes(label));
          },
          { name: members[i].full_name, label },
        );
      }
      await page.getByLabel('Tỷ lệ dự họp').filter({ hasText: '66,67%' }).waitFor();
      await assertNoPageOverflow(page);
    });

    await step('the API has the marks', async () => {
      const detail = await api.get(`/api/meetings/${meeting.id}`);
      assert.deepEqual(
        detail.roster.map((r) => [r.member_id, r.status]).sort(),
        [[members[0].id, 'present'], [members[1].id, 'late'], [members[2].id, 'unexcused']].sort(),
      );
    });

    await step('the record form suggests the unit committee as chair', async () => {
      await api.post(`/api/orgs/${branch.id}/committee`, { term: '2025–2030', person_name: members[0].full_name, member_id: members[0].id, position: 'secretary' }, 201);
      await page.goto(`/sinh-hoat/${meeting.id}`);
      await page.getByRole('button', { name: 'Ghi kết quả' }).click();
      const chair = page.getByRole('dialog').getByLabel('Chủ trì');
      await chair.click();
      await page.locator('.ant-select-item-option').filter({ hasText: `${members[0].full_name} — Bí thư` }).click();
      // The pick lands after the list's closing animation on a busy machine: wait for it.
      for (let i = 0; i < 50 && (await chair.inputValue()) !== members[0].full_name; i += 1) await page.waitForTimeout(100);
      assert.equal(await chair.inputValue(), members[0].full_name);
      await page.keyboard.press('Escape');
    });

    await step('the meetings list shows it, without sideways scrolling', async () => {
      await page.goto(`/sinh-hoat?org=${branch.id}`);
      await page.getByText(`Sinh hoạt thường kỳ ${tag}`).waitFor();
      await assertNoPageOverflow(page);
    });

    await step('the figures page: the chi bộ among the units (one page of them), on a phone', async () => {
      await page.goto(`/sinh-hoat/thong-ke?org=${branch.id}`);
      const statistic = page.locator('.ant-statistic').filter({ hasText: 'Chi bộ sinh hoạt đủ' });
      await statistic.getByText(/^\d+\/1$/).waitFor();
      await page.locator('.ant-table-row').filter({ hasText: branch.name }).waitFor();
      await assertNoPageOverflow(page);
    });

    assert.deepEqual(pageErrors.map(String), [], 'the page threw uncaught errors');
  } finally {
    await context.close();
  }
});

// Date fields take what people type (1/6/1990, 1-6-1990, 01.06.1990, 01/06/90, ISO) and never
// drop it silently: an impossible day or a future one where the past is required is told under
// the field, and the form is not sent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, loginWithApi } from './lib/app.mjs';

const { config, open } = browserSuite();

test('date fields take what people type and refuse what is not a date', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'dates');
  try {
    await loginWithApi(page, config);
    await page.goto('/dang-vien/moi');
    const born = page.getByLabel('Ngày sinh', { exact: true });
    const admitted = page.getByLabel('Ngày vào Đảng', { exact: true });
    await born.waitFor();

    const typed = async (input, text) => {
      await input.click();
      await input.fill(text);
      await input.press('Tab');
    };
    // The field rewrites what was typed once it loses focus, a moment later: wait for it (up
    // to 3 s), then compare, so a slow rewrite is not taken for a refused one.
    const shownValue = async (input, expected) => {
      for (let i = 0; i < 30 && (await input.inputValue()) !== expected; i++) {
        await page.waitForTimeout(100);
      }
      return input.inputValue();
    };

    // Each a different day, so that a text the picker dropped would show the previous one.
    for (const [text, shown] of [
      ['1/6/1990', '01/06/1990'],
      ['02/7/1991', '02/07/1991'],
      ['3-8-1992', '03/08/1992'],
      ['04.09.1993', '04/09/1993'],
      ['05/10/94', '05/10/1994'],
      ['1995-11-06', '06/11/1995'],
      ['7/12/15', '07/12/2015'],
    ]) {
      await step(`"${text}" is ${shown}`, async () => {
        await typed(born, text);
        assert.equal(await shownValue(born, shown), shown);
      });
    }

    await step('an impossible day is told under the field', async () => {
      await typed(admitted, '31/02/2020');
      await page.getByText('Không có ngày 31/02/2020: kiểm tra lại ngày và tháng.').waitFor();
    });

    await step('a future day where the past is required is told, not replaced', async () => {
      await typed(admitted, '01.06.2030');
      await page.getByText('Ngày 01/06/2030 ở sau hôm nay; ngày này phải là ngày đã qua.').waitFor();
    });

    await step('text that is no date is told', async () => {
      await typed(admitted, 'mùng 5');
      await page.getByText('"mùng 5" không phải là ngày.', { exact: false }).waitFor();
    });

    await step('a good date clears the error', async () => {
      await typed(admitted, '3/2/2015');
      assert.equal(await shownValue(admitted, '03/02/2015'), '03/02/2015');
      await page.getByText('không phải là ngày', { exact: false }).waitFor({ state: 'detached' });
    });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('number fields refuse "12,5" and "-5" with a message instead of 125 and 0', { timeout: 120_000 }, async (t) => {
  const { context, page, pageErrors, step } = await open(t, 'numbers');
  try {
    await loginWithApi(page, config);
    await page.goto('/bao-cao');
    await page.getByRole('button', { name: 'Đặt chỉ tiêu kết nạp' }).click();
    const dialog = page.getByRole('dialog');
    const target = dialog.getByLabel('Chỉ tiêu kết nạp (người)');
    const typed = async (text) => {
      await target.click();
      await target.fill(text);
      await target.press('Tab');
    };
    await step('a fraction is refused', async () => {
      await typed('12,5');
      await dialog.getByText('Phải là số nguyên; "12,5" có phần lẻ.').waitFor();
      await dialog.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await dialog.getByText('Phải là số nguyên; "12,5" có phần lẻ.').waitFor();
      assert.ok(await dialog.isVisible(), 'the form was not sent');
    });
    await step('a negative number is refused', async () => {
      await typed('-5');
      await dialog.getByText('Không được là số âm.').waitFor();
    });
    await step('"2.700" is two thousand seven hundred', async () => {
      await typed('2.700');
      await dialog.getByText('Không được là số âm.').waitFor({ state: 'detached' });
      assert.equal((await target.inputValue()).replace(/\D/g, ''), '2700');
    });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

// Lock-out under concurrency, and answers that do not tell which usernames exist: failures
// are counted and the lock checked in one write transaction, so concurrent wrong passwords
// cannot be outrun by a right one; unknown names lock after as many failures as known ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';

async function user(username) {
  await ok(admin.post('/api/users', { username, display_name: username, org_id: 1, roles: ['member'], password: PASSWORD }), 201);
}

useServer(async () => {
  await user('dong.thoi');
  await user('ten.that');
});

test('ten concurrent logins (nine wrong, one right) after four failures: at most one gets in, and the lock holds', async () => {
  const c = new Client(server.url);
  for (let i = 1; i <= 4; i++) assert.equal((await c.login('dong.thoi', `sai-${i}`)).status, 401);
  const attempts = Array.from({ length: 10 }, (_, i) => new Client(server.url).login('dong.thoi', i === 6 ? PASSWORD : `sai-dong-thoi-${i}`));
  const results = await Promise.all(attempts);
  const statuses = results.map((r) => r.status);
  const ins = statuses.filter((s) => s === 200).length;
  assert.ok(ins <= 1, `logged in ${ins} times: ${statuses}`);
  assert.ok(statuses.every((s) => [200, 401, 429].includes(s)), String(statuses));
  assert.ok(statuses.filter((s) => s === 429).length >= 4, `locked answers: ${statuses}`);
  // Locked now whatever the order was: the right password is refused.
  const after = await new Client(server.url).login('dong.thoi', PASSWORD);
  assert.equal(after.status, 429, after.text);
  assert.equal(after.json.code, 'login_locked');
  const row = (await ok(admin.get('/api/users?q=dong.thoi'))).items[0];
  assert.ok(row.locked_until, JSON.stringify(row));
});

test('a known and an unknown username answer alike, lock message included', async () => {
  const seq = async (name) => {
    const out = [];
    for (let i = 1; i <= 6; i++) {
      const r = await new Client(server.url).login(name, `sai-mat-khau-${i}`);
      out.push({ status: r.status, code: r.json.code, title: r.json.title, detail: r.json.detail.replace(/\d\d:\d\d ngày \d\d\/\d\d\/\d{4}/, 'T') });
    }
    return out;
  };
  const known = await seq('ten.that');
  const unknown = await seq('khong.ai.co.ten.nay');
  assert.deepEqual(unknown, known);
  assert.deepEqual(known.map((r) => r.code), ['login_failed', 'login_failed', 'login_failed', 'login_failed', 'login_locked', 'login_locked']);
  // Even the right password is refused while locked.
  const right = await new Client(server.url).login('ten.that', PASSWORD);
  assert.equal(right.json.code, 'login_locked');
});

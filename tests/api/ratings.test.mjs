// Ratings API suite: a 2024 rating on the four levels and a 2026 one on points, bad input
// refused in Vietnamese with nothing written, the "xuất sắc" cap blocking approval, the
// levels of the tree for each step, scope (nothing outside leaks), audit, and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '3-QĐ/ĐUK', decision_date: date });
const org = {};
const who = {};
const members = [];
let outsider;

async function login(username, roles, orgId) {
  await ok(admin.post('/api/users', { username, display_name: username, org_id: orgId, roles, password: PASSWORD }), 201);
  const c = new Client(server.url);
  assert.equal((await c.login(username, PASSWORD)).status, 200);
  return c;
}

async function member(orgId, name) {
  const body = { org_id: orgId, full_name: name, sex: 'male', birth_date: '1980-01-01', admitted_on: '2010-05-19', official_on: '2011-05-19' };
  return (await ok(admin.post('/api/members', body), 201)).id;
}

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Tài chính', ...at('2000-01-01') }), 201);
  org.g1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Ngân sách', ...at('2000-01-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Kín X', ...at('2000-01-01') }), 201);
  for (let i = 0; i < 7; i++) members.push(await member(org.g1.id, `Đảng viên Ngân Sách ${i}`));
  outsider = await member(org.x.id, 'Người Ngoài Phạm Vi');
  who.secretary = await login('bithu.ns', ['secretary'], org.g1.id);
  who.staff = await login('tochuc.tc', ['org_staff'], org.g.id);
  who.other = await login('tochuc.x', ['org_staff'], org.x.id);
});

const step = (client, id, body) => client.post(`/api/members/${id}/ratings`, body);

test('2024 is rated on levels, 2026 on points; bad input is refused in Vietnamese and writes nothing', async () => {
  const m = members[0];
  for (const [body, field] of [
    [{ year: 2024, step: 'self', on: '2025-01-05', level: 'good', score: 80 }, 'score'],
    [{ year: 2024, step: 'self', on: '2025-01-05' }, 'level'],
    [{ year: 2024, step: 'self', on: '2025-02-30', level: 'good' }, 'on'],
    [{ year: 2024, step: 'self', on: '2025-01-05', level: 'siêu' }, 'level'],
    [{ year: 'hai nghìn', step: 'self', on: '2025-01-05', level: 'good' }, 'year'],
    [{ year: 2026, step: 'self', on: '2026-11-20', score: 101 }, 'score'],
    [{ year: 2026, step: 'self', on: '2026-11-20', level: 'good' }, 'score'],
    [{ year: 2024, step: 'self', on: '2025-01-05', level: 'good', extra: 1 }, 'extra'],
  ]) {
    const r = await step(who.secretary, m, body);
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
    assert.ok(r.json.errors?.some((f) => f.field === field), r.text);
    assert.match(r.text, /[à-ỹĐđ]/u);
  }
  assert.deepEqual((await ok(admin.get(`/api/members/${m}/ratings`))).items, []);

  const old = await ok(step(who.secretary, m, { year: 2024, step: 'self', on: '2025-01-05', level: 'good' }));
  assert.equal(old.rating.scheme, 'quota');
  assert.equal(old.rating.self.by, 'bithu.ns');
  const scored = await ok(step(who.secretary, m, { year: 2026, step: 'self', on: '2026-11-20', score: 92 }));
  assert.equal(scored.rating.scheme, 'score');
  assert.equal(scored.rating.level, 'excellent');
  const above = await step(who.secretary, m, { year: 2026, step: 'proposed', on: '2026-11-21', score: 75, level: 'excellent' });
  assert.equal(above.status, 422, above.text);
  assert.equal(above.json.code, 'rating_score_level');
});

test('the cap of "xuất sắc" per TCCSĐ is shown and blocks approval until corrected', async () => {
  const year = 2023;
  const levels = ['good', 'good', 'good', 'good', 'good', 'excellent', 'excellent'];
  for (let i = 0; i < members.length; i++) {
    await ok(step(who.secretary, members[i], { year, step: 'proposed', on: '2024-01-05', level: levels[i] }));
    const d = await ok(step(who.staff, members[i], { year, step: 'decided', on: '2024-01-10', level: levels[i] }));
    if (i === 6) assert.equal(d.warnings.length, 1, JSON.stringify(d));
  }
  // A secretary decides nothing; the TCCSĐ's own staff approves nothing.
  const bySecretary = await step(who.secretary, members[0], { year, step: 'decided', on: '2024-01-10', level: 'good' });
  assert.equal(bySecretary.status, 403, bySecretary.text);
  const byOwn = await step(who.staff, members[0], { year, step: 'approved', on: '2024-02-01' });
  assert.equal(byOwn.status, 403, byOwn.text);

  const summary = await ok(who.staff.get(`/api/orgs/${org.g.id}/ratings/summary?year=${year}`));
  assert.equal(summary.scheme, 'quota');
  assert.equal(summary.members.rated, 7);
  assert.equal(summary.quotas.length, 1);
  assert.equal(summary.quotas[0].exceeded, true);
  assert.equal(summary.quotas[0].max_excellent, 1);

  const blocked = await step(admin, members[0], { year, step: 'approved', on: '2024-02-01', approval_no: '9-QĐ/ĐUK' });
  assert.equal(blocked.status, 422, blocked.text);
  assert.equal(blocked.json.code, 'rating_quota_exceeded');
  assert.match(blocked.json.detail, /Đảng bộ Sở Tài chính/);
  await ok(step(who.staff, members[6], { year, step: 'decided', on: '2024-01-15', level: 'good' }));
  const approved = await ok(step(admin, members[0], { year, step: 'approved', on: '2024-02-01', approval_no: '9-QĐ/ĐUK' }));
  assert.equal(approved.rating.stage, 'approved');
  assert.equal(approved.rating.approved.approval_no, '9-QĐ/ĐUK');

  const list = await ok(who.staff.get(`/api/orgs/${org.g.id}/ratings?year=${year}&stage=approved`));
  assert.equal(list.total, 1);
  const audit = await ok(admin.get('/api/audit?action=rating.approve&page_size=10'));
  assert.ok(audit.items.some((a) => a.outcome === 'ok'));
  assert.ok(audit.items.some((a) => a.outcome === 'refused'));

  const out = cli(['rating', 'summary', '--org', String(org.g.id), '--year', String(year), '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Đảng viên: 7 được xếp loại/);

  const ind = await ok(admin.get(`/api/orgs/${org.g.id}/indicators?codes=ratings.members_rated,ratings.members_good_percent&period=${year}&at=${year}-12-31`));
  const v = Object.fromEntries(ind.indicators.map((i) => [i.code, i.value]));
  assert.equal(v['ratings.members_rated'], 7);
  assert.equal(v['ratings.members_good_percent'], 100);
});

test('nothing outside the scope leaks: lists, summaries and writes answer as for missing ids', async () => {
  const list = await who.other.get(`/api/orgs/${org.g.id}/ratings?year=2024`);
  assert.equal(list.status, 404, list.text);
  const summary = await who.other.get(`/api/orgs/${org.g.id}/ratings/summary?year=2024`);
  assert.equal(summary.status, 404);
  const write = await step(who.other, members[1], { year: 2024, step: 'self', on: '2025-01-05', level: 'good' });
  const missing = await step(who.other, 987654, { year: 2024, step: 'self', on: '2025-01-05', level: 'good' });
  assert.equal(write.status, 404, write.text);
  assert.equal(missing.status, 404);
  assert.equal(write.json.title, missing.json.title);
  assert.ok(!write.text.includes('Ngân Sách'));
  const own = await ok(who.other.get(`/api/orgs/${org.x.id}/ratings?year=2024`));
  assert.deepEqual(own.items.map((r) => r.id), [outsider]);
  assert.ok(!JSON.stringify(own).includes('Ngân Sách'));
  const theirs = await who.other.get(`/api/members/${members[0]}/ratings`);
  assert.equal(theirs.status, 404);
});

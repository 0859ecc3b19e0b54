// Congress targets API suite: a term's targets of an organization, bad input refused in
// Vietnamese with nothing written, a computed target's actual value evaluated from the report
// figures (typing it refused), a typed one's yearly values, the year summed up ("n/m chỉ tiêu
// đạt và vượt"), any year of the term in the path, outsiders answered "not found", audit rows
// and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';

const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const who = {};

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Kế hoạch', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Tổng hợp', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác KH', ...at('2000-01-01') }), 201);
  who.staff = await login('tochuc.kehoach', org.g.id, 'org_staff');
  who.member = await login('dangvien.kehoach', org.b1.id, 'member');
  who.other = await login('tochuc.khac4', org.x.id, 'org_staff');
});

const target = (extra) => ({ term: '2025-2030', title: 'Tập thể được khen thưởng mỗi năm', unit: 'tập thể', comparison: 'at_least', indicator: 'rewards.collective', term_plan: '2', ...extra });
const board = (client, year) => client.get(`/api/orgs/${org.g.id}/congress-targets?term=2025-2030${year ? `&year=${year}` : ''}`);

test('bad input is refused in Vietnamese and nothing is written; outsiders get not found', async () => {
  let r = await who.staff.post(`/api/orgs/${org.g.id}/congress-targets`, target({ term: '2024-2029' }));
  assert.equal(r.status, 400, r.text);
  assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
  assert.match(r.json.detail, /Nhiệm kỳ/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/congress-targets`, target({ term_plan: '12,3,4' }));
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /phải là một số/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/congress-targets`, target({ indicator: 'khong.co' }));
  assert.equal(r.status, 400);
  r = await who.other.post(`/api/orgs/${org.g.id}/congress-targets`, target());
  assert.equal(r.status, 404);
  r = await who.member.post(`/api/orgs/${org.b1.id}/congress-targets`, target());
  assert.equal(r.status, 403);
  assert.equal((await who.other.get(`/api/orgs/${org.g.id}/congress-targets?term=2025-2030`)).status, 404);
  assert.equal((await ok(board(who.staff))).targets.length, 0);
});

test('a computed and a typed target; the year summed up; the CLI', async () => {
  const computed = await ok(who.staff.post(`/api/orgs/${org.g.id}/congress-targets`, target()), 201);
  const typed = await ok(who.staff.post(`/api/orgs/${org.g.id}/congress-targets`, target({ title: 'Tỷ lệ tổ chức cơ sở đảng ban hành nghị quyết chuyên đề', unit: '%', indicator: '', term_plan: '70' })), 201);
  for (const name of ['Chi bộ Tổng hợp']) {
    await ok(who.staff.post(`/api/orgs/${org.b1.id}/rewards`, { subject: 'collective', form: 'merit_certificate', level: 'superior', decision_no: '3-QĐ/ĐUK', decided_on: '2025-12-20', reason: `Khen ${name}` }), 201);
  }
  await ok(who.staff.post(`/api/orgs/${org.g.id}/rewards`, { subject: 'collective', form: 'merit_certificate', level: 'superior', decision_no: '3-QĐ/ĐUK', decided_on: '2025-12-20', reason: 'Khen Đảng bộ' }), 201);
  let r = await who.staff.request('PUT', `/api/congress-targets/${computed.id}/years/2025`, { body: { actual: '5' } });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /không nhập tay/);
  r = await who.staff.request('PUT', `/api/congress-targets/${typed.id}/years/2031`, { body: { actual: '60' } });
  assert.equal(r.status, 400);
  r = await who.other.request('PUT', `/api/congress-targets/${typed.id}/years/2025`, { body: { actual: '60' } });
  assert.equal(r.status, 404);
  await ok(who.staff.request('PUT', `/api/congress-targets/${typed.id}/years/2025`, { body: { actual: '62,5' } }));
  const b = await ok(board(who.staff, 2025));
  assert.equal(b.year, 2025);
  assert.deepEqual([b.measured, b.met], [2, 1]);
  const c = b.targets.find((t) => t.id === computed.id).years.find((y) => y.year === 2025);
  assert.deepEqual([c.actual, c.computed, c.met], [2, true, true]);
  const t = b.targets.find((x) => x.id === typed.id).years.find((y) => y.year === 2025);
  assert.deepEqual([t.actual, t.computed, t.met], [62.5, false, false]);
  for (const year of [2026, 2030]) assert.equal((await board(who.staff, year)).status, 200, String(year));
  assert.equal((await ok(admin.get('/api/audit?action=target.year&outcome=ok'))).total, 1);
  assert.ok((await ok(admin.get(`/api/audit?action=http.write&outcome=refused&entity_id=${encodeURIComponent(`/api/orgs/${org.g.id}/congress-targets`)}`))).total >= 1);
  const out = cli(['targets', 'show', '--db', server.dbUrl, '--org', String(org.g.id), '--term', '2025-2030', '--year', '2025']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Năm 2025: 1\/2 chỉ tiêu đạt và vượt\./);
  await ok(who.staff.post(`/api/congress-targets/${typed.id}/void`, { reason: 'Ghi nhầm' }), 204);
  assert.equal((await ok(board(who.staff, 2025))).targets.length, 1);
});

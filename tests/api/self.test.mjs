// Members' own space (issue 13): a user manager makes a member's own account; the member reads
// their own file (party age, badges, meetings with their attendance, dues) and nothing of
// anyone else; asks for a correction, which lands in the unit's worklist and is answered there.
// Bad input is refused in Vietnamese with nothing written; outsiders get "not found".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const s = {};
const vietnamese = /[à-ỹĐđ]/u;

async function login(username) {
  const c = new Client(server.url);
  assert.equal((await c.login(username, PASSWORD)).status, 200);
  return c;
}

useServer(async () => {
  s.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Nội vụ', ...at('2000-01-01') }), 201);
  s.b = await ok(admin.post('/api/orgs', { parent_id: s.g.id, kind: 'branch', name: 'Chi bộ Phòng Công chức', ...at('2000-02-01') }), 201);
  s.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Ngoài', ...at('2000-01-01') }), 201);
  s.m = await ok(admin.post('/api/members', { org_id: s.b.id, full_name: 'Lương Thị Tự Xem', sex: 'female', birth_date: '1975-03-03', admitted_on: '1996-05-19', official_on: '1997-05-19', home_town: 'Hải Dương' }), 201);
  s.other = await ok(admin.post('/api/members', { org_id: s.b.id, full_name: 'Đỗ Văn Người Khác', sex: 'male', birth_date: '1979-01-01', admitted_on: '2005-01-01', official_on: '2006-01-01' }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.congchuc', display_name: 'Bí thư Công chức', org_id: s.b.id, roles: ['secretary'], password: PASSWORD }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.ngoai', display_name: 'Bí thư Ngoài', org_id: s.x.id, roles: ['secretary'], password: PASSWORD }), 201);
  s.secretary = await login('bithu.congchuc');
  s.outsider = await login('bithu.ngoai');
});

test("a member's own account: made by a user manager once, never by a secretary", async () => {
  const denied = await s.secretary.post(`/api/members/${s.m.id}/account`, { username: 'ltxem', password: PASSWORD });
  assert.equal(denied.status, 403);
  const weak = await admin.post(`/api/members/${s.m.id}/account`, { username: 'ltxem', password: '123' });
  assert.equal(weak.status, 400);
  assert.match(weak.json.detail + JSON.stringify(weak.json.errors ?? []), vietnamese);
  const user = await ok(admin.post(`/api/members/${s.m.id}/account`, { username: 'ltxem', password: PASSWORD }), 201);
  assert.equal(user.member_id, s.m.id);
  assert.deepEqual(user.roles, ['member']);
  assert.equal(user.display_name, 'Lương Thị Tự Xem');
  const again = await admin.post(`/api/members/${s.m.id}/account`, { username: 'ltxem2', password: PASSWORD });
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'member_has_account');
  const audit = await ok(admin.get('/api/audit?action=member.account_create'));
  assert.equal(audit.total, 1);
  // The audit log names people, not "user #N".
  assert.equal(audit.items[0].entity_label, 'Người dùng Lương Thị Tự Xem');
  s.me = await login('ltxem');
});

test('the member reads their own file and nothing of anyone else', async () => {
  const file = await ok(s.me.get('/api/me/file'));
  assert.equal(file.member.full_name, 'Lương Thị Tự Xem');
  assert.ok(file.party_age.years >= 30, JSON.stringify(file.party_age));
  assert.ok(Array.isArray(file.meetings));
  assert.ok(Array.isArray(file.dues.unpaid_months));
  assert.equal(file.next_badge?.milestone, 40);
  assert.equal((await s.me.get(`/api/members/${s.other.id}`)).status, 403);
  assert.equal((await s.me.get(`/api/orgs/${s.b.id}/corrections`)).status, 403);
  const me = await ok(s.me.get('/api/auth/me'));
  assert.equal(me.user.member_id, s.m.id);
  const notMine = await ok(admin.get('/api/me/file'));
  assert.equal(notMine.member, null);
  assert.match(notMine.message, /chưa gắn với hồ sơ đảng viên/);
  const noFile = await admin.post('/api/me/corrections', { field: 'home_town', requested: 'Hải Phòng' });
  assert.equal(noFile.status, 422);
  assert.equal(noFile.json.code, 'no_own_file');
});

test('a correction request: refused when incomplete, then in the worklist and answered there', async () => {
  const before = (await ok(admin.get('/api/audit?action=correction.request'))).total;
  const bad = await s.me.post('/api/me/corrections', { field: 'mat_khau', requested: '' });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.json.errors.map((e) => e.field).sort(), ['field', 'requested']);
  assert.equal((await ok(admin.get('/api/audit?action=correction.request'))).total, before);
  const c = await ok(s.me.post('/api/me/corrections', { field: 'home_town', requested: 'Hải Phòng', note: 'Theo giấy khai sinh' }), 201);
  assert.equal(c.state, 'pending');
  assert.equal(c.field_label, 'Quê quán');
  const work = await ok(s.secretary.get(`/api/orgs/${s.b.id}/worklist`));
  const item = work.items.find((w) => w.kind === 'correction_request');
  assert.ok(item, JSON.stringify(work.items.map((w) => w.kind)));
  assert.match(item.detail, /Quê quán: Hải Phòng/);
  assert.equal(item.action, '/de-nghi-sua-ho-so');
  const listed = await ok(s.secretary.get(`/api/orgs/${s.b.id}/corrections?state=pending`));
  assert.deepEqual(listed.items.map((x) => x.id), [c.id]);
  assert.equal((await s.outsider.get(`/api/orgs/${s.b.id}/corrections`)).status, 404);
  const outside = await s.outsider.post(`/api/corrections/${c.id}/resolve`, { state: 'done' });
  assert.equal(outside.status, 404);
  const noReason = await s.secretary.post(`/api/corrections/${c.id}/resolve`, { state: 'rejected' });
  assert.equal(noReason.status, 400);
  assert.match(noReason.json.errors[0].message, /lý do/);
  const done = await ok(s.secretary.post(`/api/corrections/${c.id}/resolve`, { state: 'done', resolution: 'Đã sửa quê quán.' }));
  assert.equal(done.state, 'done');
  assert.equal(done.resolved_by, 'Bí thư Công chức');
  const twice = await s.secretary.post(`/api/corrections/${c.id}/resolve`, { state: 'rejected', resolution: 'x' });
  assert.equal(twice.status, 409);
  const file = await ok(s.me.get('/api/me/file'));
  assert.equal(file.corrections[0].resolution, 'Đã sửa quê quán.');
  const after = await ok(s.secretary.get(`/api/orgs/${s.b.id}/worklist`));
  assert.equal(after.items.filter((w) => w.kind === 'correction_request').length, 0);
});

test('the CLI lists and answers correction requests, and makes accounts', async () => {
  const c = await ok(s.me.post('/api/me/corrections', { field: 'other', requested: 'Bổ sung quá trình công tác 2010–2015' }), 201);
  const list = cli(['correction', 'list', '--db', server.dbUrl, '--org', String(s.b.id), '--state', 'pending']);
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /Nội dung khác: Bổ sung quá trình công tác/);
  const resolved = cli(['correction', 'resolve', String(c.id), '--db', server.dbUrl, '--state', 'rejected', '--note', 'Thiếu giấy tờ']);
  assert.equal(resolved.status, 0, resolved.stderr);
  const made = cli(['member', 'account', String(s.other.id), '--db', server.dbUrl, '--username', 'dvnguoikhac', '--password-stdin'], { input: `${PASSWORD}\n` });
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /Đã tạo tài khoản dvnguoikhac/);
});

// What actors learn about what lies outside their scope: duplicate checks that name no one
// elsewhere (entry, edit, import preview, transfer in), writes to ids outside the scope
// answered as for missing ids, shared data (holidays, host units) writable by root admins
// only, and candidates' national IDs masked for secretaries as members' are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '3-QĐ/ĐUK', decision_date: date });
const org = {};
const who = {};
// The member of branch B whom nobody in A may learn about.
const hidden = { full_name: 'Trịnh Thị Kín Đáo', sex: 'female', birth_date: '1985-03-04', national_id: '001185009999', admitted_on: '2010-05-19', official_on: '2011-05-19' };
let hiddenId;
let known; // a member of A

const ELSEWHERE = /ngoài phạm vi quản lý của bạn\. Hãy liên hệ cấp ủy cấp trên/;

function assertNothingOfB(r, { exceptNationalId = false } = {}) {
  const told = [hidden.full_name, '04/03/1985', '1985-03-04', 'Chi bộ Kín B'];
  if (!exceptNationalId) told.push(hidden.national_id);
  for (const s of told) {
    assert.ok(!r.text.includes(s), `the answer shows “${s}”: ${r.text}`);
  }
  assert.doesNotMatch(r.text, new RegExp(`mã ${hiddenId}\\b`), 'the answer names the file by its id');
}

async function login(username, roles, orgId) {
  await ok(admin.post('/api/users', { username, display_name: username, org_id: orgId, roles, password: PASSWORD }), 201);
  const c = new Client(server.url);
  assert.equal((await c.login(username, PASSWORD)).status, 200);
  return c;
}

useServer(async () => {
  for (const [key, name] of [['a', 'Chi bộ Mở A'], ['b', 'Chi bộ Kín B']]) {
    org[key] = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name, ...at('2000-01-01') }), 201);
  }
  hiddenId = (await ok(admin.post('/api/members', { org_id: org.b.id, ...hidden }), 201)).id;
  known = await ok(admin.post('/api/members', { org_id: org.a.id, full_name: 'Lý Văn Trong', sex: 'male', birth_date: '1979-09-09', national_id: '001079001111', admitted_on: '2005-01-01', official_on: '2006-01-01' }), 201);
  who.secretary = await login('bithu.mo', ['secretary'], org.a.id);
  who.staff = await login('tochuc.mo', ['org_staff'], org.a.id);
  who.admin = await login('quantri.mo', ['admin'], org.a.id);
});

test('entry: a national ID registered in another branch is told without who, where or when', async () => {
  const r = await who.secretary.post('/api/members', { org_id: org.a.id, full_name: 'Người Mới', sex: 'male', birth_date: '1990-01-01', national_id: hidden.national_id, admitted_on: '2015-01-01' });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.code, 'possible_duplicate');
  assert.match(r.json.detail, ELSEWHERE);
  assertNothingOfB(r);
  // The same name and birth date elsewhere is not told at all (it would say who exists there).
  const twin = await who.secretary.post('/api/members', { org_id: org.a.id, ...hidden, national_id: '' });
  assert.equal(twin.status, 201, twin.text);
  // Inside the scope the answer still names the file.
  const inside = await who.secretary.post('/api/members', { org_id: org.a.id, full_name: 'Người Khác', sex: 'male', birth_date: '1991-01-01', national_id: known.national_id, admitted_on: '2015-01-01' });
  assert.equal(inside.status, 409, inside.text);
  assert.match(inside.json.detail, new RegExp(`Lý Văn Trong \\(mã ${known.id}, sinh 09/09/1979, Chi bộ Mở A: Trùng số CCCD\\)`));
  // The root admin sees B: the detailed answer.
  const root = await admin.post('/api/members', { org_id: org.a.id, full_name: 'Người Mới', sex: 'male', birth_date: '1990-01-01', national_id: hidden.national_id, admitted_on: '2015-01-01' });
  assert.equal(root.status, 409);
  assert.match(root.json.detail, new RegExp(`${hidden.full_name} \\(mã ${hiddenId}`));
});

test('edit and transfer in: the same answer', async () => {
  const m = await ok(who.staff.get(`/api/members/${known.id}`));
  const edit = await who.staff.request('PUT', `/api/members/${known.id}`, { body: { ...m, national_id: hidden.national_id } });
  assert.equal(edit.status, 409, edit.text);
  assert.match(edit.json.detail, ELSEWHERE);
  assertNothingOfB(edit);
  const tin = await who.staff.post('/api/transfers/in', { org_id: org.a.id, full_name: 'Người Chuyển Đến', sex: 'male', birth_date: '1988-08-08', national_id: hidden.national_id, admitted_on: '2012-02-03', official_on: '2013-02-03', ...at('2025-06-01'), external_unit: 'Đảng bộ tỉnh Nghệ An' });
  assert.equal(tin.status, 409, tin.text);
  assert.match(tin.json.detail, ELSEWHERE);
  assertNothingOfB(tin);
});

test('import preview: rows matching B say only that the number is registered elsewhere', async () => {
  const csv = 'Họ và tên;Giới tính;Ngày sinh;Số CCCD;Ngày vào Đảng\n'
    + `Người Nhập Một;Nam;01/01/1990;${hidden.national_id};01/01/2015\n`
    + `Người Nhập Hai;Nam;02/02/1990;${known.national_id};01/01/2015\n`;
  const r = await who.secretary.post('/api/members/import/preview', { filename: 'a.csv', org_id: org.a.id, content_base64: Buffer.from(csv).toString('base64') });
  assert.equal(r.status, 200, r.text);
  assertNothingOfB(r, { exceptNationalId: true }); // the rows echo the file's own numbers
  const [one, two] = r.json.rows;
  const nid = one.errors.filter((e) => e.field === 'national_id');
  assert.equal(nid.length, 1, JSON.stringify(one.errors));
  assert.match(nid[0].message, ELSEWHERE);
  assert.match(two.errors.find((e) => e.field === 'national_id').message, new RegExp(`đảng viên mã ${known.id}\\.`));
});

test('ids outside the scope answer exactly as missing ones, for writes as for reads', async () => {
  const body = { full_name: 'Người Thử', sex: 'male', birth_date: '1990-01-01', admitted_on: '2015-01-01', version: 1 };
  for (const [method, path, missingPath] of [
    ['PUT', `/api/members/${hiddenId}`, '/api/members/999999'],
    ['GET', `/api/members/${hiddenId}`, '/api/members/999999'],
    ['POST', `/api/members/${hiddenId}/death`, '/api/members/999999/death'],
    ['POST', `/api/orgs/${org.b.id}/rename`, '/api/orgs/999999/rename'],
    ['GET', `/api/orgs/${org.b.id}/committee`, '/api/orgs/999999/committee'],
  ]) {
    for (const c of [who.staff, who.admin]) {
      const out = await c.request(method, path, method === 'GET' ? {} : { body });
      const missing = await c.request(method, missingPath, method === 'GET' ? {} : { body });
      assert.equal(out.status, 404, `${method} ${path}: ${out.text}`);
      assert.equal(missing.status, 404);
      const id = path.match(/\/(\d+)/)[1];
      assert.deepEqual(out.json, JSON.parse(missing.text.replace('999999', id)), path);
    }
  }
  // Ids in bodies too: a unit outside the scope is "not found", as a unit that does not exist.
  const { version, ...create } = body;
  const outside = await who.staff.post('/api/members', { org_id: org.b.id, ...create });
  const missing = await who.staff.post('/api/members', { org_id: 999999, ...create });
  assert.equal(outside.status, 404, outside.text);
  assert.equal(outside.json.detail, missing.json.detail.replace('999999', String(org.b.id)));
});

test('a change naming a second organization outside the scope answers as if it did not exist', async () => {
  const c = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Mở C', ...at('2000-01-01') }), 201);
  const c1 = await ok(admin.post('/api/orgs', { parent_id: c.id, kind: 'branch', name: 'Chi bộ Mở C1', ...at('2001-01-01') }), 201);
  const other = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Kín D', ...at('2000-01-01') }), 201);
  const staff = await login('tochuc.c', ['org_staff'], c.id);
  for (const [verb, field] of [['move', 'parent_id'], ['merge', 'target_id']]) {
    const out = await staff.post(`/api/orgs/${c1.id}/${verb}`, { [field]: other.id, ...at('2024-01-01') });
    const missing = await staff.post(`/api/orgs/${c1.id}/${verb}`, { [field]: 999999, ...at('2024-01-01') });
    assert.equal(out.status, 404, out.text);
    assert.equal(missing.status, 404, missing.text);
    assert.equal(out.json.detail, missing.json.detail.replace('999999', String(other.id)));
    assert.ok(!out.text.includes('Kín D'));
  }
  assert.equal((await ok(admin.get(`/api/orgs/${c1.id}`))).parent_id, c.id);
});

test('shared data: only an admin of the root edits holidays and host units', async () => {
  for (const c of [who.admin, who.staff]) {
    const put = await c.request('PUT', '/api/holidays/2030-12-24', { body: { name: 'Nghỉ riêng', kind: 'holiday' } });
    assert.equal(put.status, 403, put.text);
    const del = await c.request('DELETE', '/api/holidays/2030-01-01');
    assert.equal(del.status, 403, del.text);
    const unit = await c.post('/api/host-units', { name: 'Công ty Riêng', kind: 'state_enterprise' });
    assert.equal(unit.status, 403, unit.text);
  }
  const days = (await ok(admin.get('/api/holidays?year=2030'))).items;
  assert.ok(!days.some((d) => d.day === '2030-12-24'));
  assert.ok(days.some((d) => d.day === '2030-01-01'));
  assert.ok(!(await ok(admin.get('/api/host-units'))).items.some((u) => u.name === 'Công ty Riêng'));
  const refused = await ok(admin.get(`/api/audit?outcome=refused&entity_id=${encodeURIComponent('/api/holidays/2030-12-24')}`));
  assert.equal(refused.total, 2);
  await ok(admin.request('PUT', '/api/holidays/2030-12-24', { body: { name: 'Nghỉ chung', kind: 'holiday' } }));
  assert.equal((await admin.request('DELETE', '/api/holidays/2030-12-24')).status, 204);
  const kinds = (await ok(admin.get('/api/meta'))).host_unit_kinds.map((k) => k.code);
  await ok(admin.post('/api/host-units', { name: 'Công ty Chung', kind: kinds[0] }), 201);
});

test('candidates: national IDs masked for secretaries, as members\' are', async () => {
  const body = { org_id: org.a.id, full_name: 'Phan Thị Ưu Tú', sex: 'female', birth_date: '2000-02-02', national_id: '001300012345', ethnicity: 'Kinh', general_education: '12/12', identified_on: '2024-09-01' };
  const created = await who.secretary.post('/api/candidates', body);
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.national_id, '');
  assert.equal(created.json.masked, true);
  const id = created.json.id;
  const one = await ok(who.secretary.get(`/api/candidates/${id}`));
  assert.equal(one.national_id, '');
  const list = await who.secretary.get('/api/candidates?status=all');
  assert.ok(list.json.items.some((c) => c.id === id));
  assert.ok(!list.text.includes(body.national_id));
  const step = await who.secretary.post(`/api/candidates/${id}/steps`, { step: 'class', on: '2025-01-10', certificate_no: 'GCN-9', version: one.version });
  assert.equal(step.status, 200, step.text);
  assert.ok(!step.text.includes(body.national_id));
  // Members' masking, for comparison: the same roles see the number.
  assert.equal((await ok(who.secretary.get(`/api/members/${known.id}`))).national_id, '');
  for (const c of [who.staff, who.admin, admin]) {
    const full = await ok(c.get(`/api/candidates/${id}`));
    assert.equal(full.national_id, body.national_id);
    assert.equal(full.masked, false);
  }
});

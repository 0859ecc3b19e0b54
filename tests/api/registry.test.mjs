// Registry API suite: organizations with decisions and history (tree and stocks as of a
// date, unchanged by later restructuring), and member files (validation, duplicates,
// search without diacritics, masking of sensitive fields, optimistic concurrency).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

useServer();

const decision = (effective_on, decision_no = '') => ({ effective_on, decision_no, decision_date: effective_on });

function member(org_id, fields = {}) {
  return { org_id, full_name: 'Nguyễn Văn An', sex: 'male', birth_date: '1980-05-02', admitted_on: '2016-05-19', official_on: '2017-05-19', ...fields };
}

test('a restructuring leaves past trees and stocks as they were', async () => {
  const branch = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Tư pháp', ...decision('2015-03-01', '01-QĐ/ĐUK') }), 201);
  const a = await ok(admin.post('/api/members', member(branch.id, { full_name: 'Trần Văn Hùng', birth_date: '1975-01-01' })), 201);
  await ok(admin.post('/api/members', member(branch.id, { full_name: 'Lê Thị Mai', sex: 'female', birth_date: '1990-02-02', admitted_on: '2018-06-01', official_on: '' })), 201);

  const before = await ok(admin.get(`/api/orgs/1/stats?at=2018-12-31`));
  assert.equal(before.grassroots, 1);
  assert.equal(before.orgs_by_kind.grassroots_branch, 1);
  assert.deepEqual(before.members_by_status, { exempt: 0, official: 1, probationary: 1 });

  const up = await ok(admin.post(`/api/orgs/${branch.id}/upgrade`, { first_branch_name: 'Chi bộ Văn phòng', ...decision('2020-01-01', '15-QĐ/ĐUK') }));
  assert.equal(up.org.kind, 'grassroots_committee');
  assert.equal(up.members_moved, 2);
  const renamed = await ok(admin.post(`/api/orgs/${branch.id}/rename`, { name: 'Đảng bộ Sở Tư pháp', ...decision('2021-07-01') }));
  assert.equal(renamed.name, 'Đảng bộ Sở Tư pháp');

  // The past is unchanged...
  assert.deepEqual(await ok(admin.get(`/api/orgs/1/stats?at=2018-12-31`)), before);
  const tree2019 = await ok(admin.get('/api/orgs?at=2019-06-01'));
  const old = tree2019.items.find((o) => o.id === branch.id);
  assert.equal(old.name, 'Chi bộ Sở Tư pháp');
  assert.equal(old.kind, 'grassroots_branch');
  assert.equal(tree2019.items.length, 2);
  // ...and the present shows the change.
  const now = await ok(admin.get('/api/orgs/1/stats'));
  assert.equal(now.orgs_by_kind.grassroots_committee, 1);
  assert.equal(now.orgs_by_kind.branch, 1);
  assert.equal(now.orgs_by_kind.grassroots_branch, 0);
  assert.equal(now.members, 2);
  const history = await ok(admin.get(`/api/orgs/${branch.id}/history`));
  assert.deepEqual(history.items.map((e) => e.kind), ['established', 'upgraded', 'renamed']);
  assert.equal(history.items[1].decision_no, '15-QĐ/ĐUK');
  const timeline = await ok(admin.get(`/api/members/${a.id}/timeline`));
  assert.deepEqual(timeline.items.map((e) => e.kind), ['admitted', 'recognized', 'unit_changed']);

  // History is not rewritten in the middle, and the future is not recorded yet.
  const middle = await admin.post(`/api/orgs/${branch.id}/rename`, { name: 'Tên khác', ...decision('2019-01-01') });
  assert.equal(middle.status, 422);
  assert.equal(middle.json.code, 'history_conflict');
  const future = await admin.post(`/api/orgs/${branch.id}/rename`, { name: 'Tên khác', ...decision('2099-01-01') });
  assert.equal(future.status, 400);
  assert.ok(future.json.errors.some((e) => e.field === 'effective_on'));
  const nested = await admin.post(`/api/orgs/${branch.id}/upgrade`, { first_branch_name: 'X', ...decision('2022-01-01') });
  assert.equal(nested.status, 422);
  assert.equal(nested.json.code, 'upgrade_not_allowed');
  const dissolve = await admin.post(`/api/orgs/${branch.id}/dissolve`, decision('2022-01-01'));
  assert.equal(dissolve.status, 422);
  assert.match(dissolve.json.detail, /còn 0 đảng viên và 1 đơn vị/);
});

test('merge and split move members and units, with the sources ended', async () => {
  const c = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Y tế', ...decision('2010-01-01') }), 201);
  const b1 = await ok(admin.post('/api/orgs', { parent_id: c.id, kind: 'branch', name: 'Chi bộ Khoa Nội', ...decision('2010-01-01') }), 201);
  const b2 = await ok(admin.post('/api/orgs', { parent_id: c.id, kind: 'branch', name: 'Chi bộ Khoa Ngoại', ...decision('2010-01-01') }), 201);
  const m1 = await ok(admin.post('/api/members', member(b1.id, { full_name: 'Phạm Quốc Khánh', birth_date: '1970-03-03', admitted_on: '2011-01-01', official_on: '2012-01-01' })), 201);
  const m2 = await ok(admin.post('/api/members', member(b1.id, { full_name: 'Vũ Thị Hoa', sex: 'female', birth_date: '1971-03-03', admitted_on: '2011-01-01', official_on: '2012-01-01' })), 201);
  const merged = await ok(admin.post(`/api/orgs/${b1.id}/merge`, { target_id: b2.id, ...decision('2023-03-01', '20-QĐ/ĐUV') }));
  assert.equal(merged.members_moved, 2);
  const live = (await ok(admin.get('/api/orgs'))).items.map((o) => o.id);
  assert.ok(!live.includes(b1.id));
  assert.equal((await ok(admin.get(`/api/orgs/${c.id}/stats?at=2023-02-28`))).orgs_by_kind.branch, 2);
  assert.equal((await ok(admin.get(`/api/orgs/${c.id}/stats?at=2023-03-01`))).orgs_by_kind.branch, 1);
  assert.equal((await ok(admin.get(`/api/orgs/${c.id}/stats?at=2023-03-01`))).members, 2);

  const bad = await admin.post(`/api/orgs/${b2.id}/split`, { parts: [{ name: 'Chi bộ A', kind: 'branch', member_ids: [m1.id] }, { name: 'Chi bộ B', kind: 'branch', member_ids: [] }], ...decision('2024-01-01') });
  assert.equal(bad.status, 400);
  assert.match(bad.json.detail, /chưa được phân/);
  const split = await ok(admin.post(`/api/orgs/${b2.id}/split`, { parts: [{ name: 'Chi bộ A', kind: 'branch', member_ids: [m1.id] }, { name: 'Chi bộ B', kind: 'branch', member_ids: [m2.id] }], ...decision('2024-01-01') }));
  assert.equal(split.items.length, 2);
  const got = await ok(admin.get(`/api/members/${m2.id}`));
  assert.equal(got.org_id, split.items[1].id);
  assert.equal((await ok(admin.get(`/api/orgs/${c.id}/stats?at=2024-01-01`))).orgs_by_kind.branch, 2);
});

test('member files: validation, duplicates, unique numbers, search, masking, versions', async () => {
  const br = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Nội vụ', ...decision('2000-01-01') }), 201);
  // A date that is not a date is refused by the body schema, before the service runs.
  const notADate = await admin.post('/api/members', { org_id: br.id, full_name: 'An', birth_date: '2010-13-01' });
  assert.equal(notADate.status, 400);
  assert.deepEqual(notADate.json.errors.map((e) => e.field), ['birth_date']);
  const bad = await admin.post('/api/members', { org_id: br.id, full_name: 'An', sex: 'x', birth_date: '2099-12-01', admitted_on: '2009-01-01', official_on: '2008-01-01', national_id: '123', ethnicity: 'Không rõ', card_no: '', card_issued_on: '2020-01-01' });
  assert.equal(bad.status, 400);
  const fields = bad.json.errors.map((e) => e.field);
  for (const f of ['full_name', 'sex', 'birth_date', 'official_on', 'national_id', 'ethnicity', 'card_issued_on']) assert.ok(fields.includes(f), `thiếu lỗi ${f}: ${JSON.stringify(bad.json.errors)}`);
  const inCommittee = await admin.post('/api/members', member(1));
  assert.equal(inCommittee.status, 400);
  assert.match(inCommittee.json.detail, /chỉ sinh hoạt ở chi bộ/);

  const an = await ok(admin.post('/api/members', member(br.id, { national_id: '001080012345', card_no: '01234567', record_no: 'LL-001', family: [{ title: 'Vợ: Hoàng Thị Lan', from_date: '', to_date: '', detail: '' }] })), 201);
  const dup = await admin.post('/api/members', member(br.id, { full_name: 'nguyễn  văn   an' }));
  assert.equal(dup.status, 409);
  assert.equal(dup.json.code, 'possible_duplicate');
  const sameId = await admin.post('/api/members', member(br.id, { full_name: 'Nguyễn Văn Bình', birth_date: '1981-01-01', national_id: '001080012345' }));
  assert.equal(sameId.status, 409);
  assert.match(sameId.json.detail, /Trùng số CCCD/);
  const card = await admin.post('/api/members', member(br.id, { full_name: 'Nguyễn Văn Cường', birth_date: '1982-01-01', card_no: '01234567' }));
  assert.equal(card.status, 409);
  assert.equal(card.json.code, 'duplicate_number');
  await ok(admin.post('/api/members', member(br.id, { confirm_duplicate: true })), 201);
  await ok(admin.post('/api/members', member(br.id, { full_name: 'Đặng Thùy Dương', sex: 'female', birth_date: '1992-09-09' })), 201);

  const search = async (q) => (await ok(admin.get(`/api/members?q=${encodeURIComponent(q)}&org_id=${br.id}`))).items.map((m) => m.full_name);
  assert.deepEqual(await search('nguyen van an'), ['Nguyễn Văn An', 'Nguyễn Văn An']);
  assert.deepEqual(await search('an nguyen'), ['Nguyễn Văn An', 'Nguyễn Văn An']);
  assert.deepEqual(await search('dang'), ['Đặng Thùy Dương']);
  assert.deepEqual(await search('01234567'), ['Nguyễn Văn An']);
  assert.deepEqual(await search('001080012345'), ['Nguyễn Văn An']);
  const women = await ok(admin.get(`/api/members?org_id=${br.id}&sex=female`));
  assert.equal(women.total, 1);
  // Official lists: by given name first ("An" before "Dương").
  assert.deepEqual((await ok(admin.get(`/api/members?org_id=${br.id}`))).items.map((m) => m.full_name), ['Nguyễn Văn An', 'Nguyễn Văn An', 'Đặng Thùy Dương']);

  // A secretary sees the file without national ID and family.
  await ok(admin.post('/api/users', { username: 'bithu.noivu', display_name: 'Bí thư Nội vụ', org_id: br.id, roles: ['secretary'], password: 'Mat-khau-2026' }), 201);
  const sec = new Client(server.url);
  assert.equal((await sec.login('bithu.noivu', 'Mat-khau-2026')).status, 200);
  const masked = await ok(sec.get(`/api/members/${an.id}`));
  assert.equal(masked.masked, true);
  assert.equal(masked.national_id, '');
  assert.deepEqual(masked.family, []);
  assert.equal((await ok(admin.get(`/api/members/${an.id}`))).national_id, '001080012345');
  // The secretary's edit keeps the hidden fields; a stale version is refused.
  const edited = await ok(sec.request('PUT', `/api/members/${an.id}`, { body: { ...masked, occupation: 'Chuyên viên', version: masked.version } }));
  assert.equal(edited.occupation, 'Chuyên viên');
  const full = await ok(admin.get(`/api/members/${an.id}`));
  assert.equal(full.national_id, '001080012345');
  assert.equal(full.family.length, 1);
  const stale = await sec.request('PUT', `/api/members/${an.id}`, { body: { ...masked, version: masked.version } });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.code, 'version_conflict');
  // Outside the secretary's unit: not found; writes there refused.
  assertForbiddenOrMissing(await sec.get('/api/members?org_id=1'));
  const out = await sec.post('/api/members', member(1, { full_name: 'Ngoài Phạm Vi' }));
  assert.equal(out.status, 404, out.text);
  const audit = await ok(admin.get(`/api/audit?action=member.update&entity_id=${an.id}`));
  assert.equal(audit.total, 1);
  assert.equal(audit.items[0].before.occupation, '');
  assert.equal(audit.items[0].after.occupation, 'Chuyên viên');
});

function assertForbiddenOrMissing(r) {
  assert.ok([403, 404].includes(r.status), r.text);
}

test('CLI: stats and the tree as of a date match the API', async () => {
  const at = '2019-06-01';
  const api = await ok(admin.get(`/api/orgs/1/stats?at=${at}`));
  const r = cli(['stats', '--org', '1', '--at', at, '--db', server.dbUrl]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.members_by_status, api.members_by_status);
  assert.deepEqual(out.orgs_by_kind, api.orgs_by_kind);
  const tree = cli(['org', 'tree', '--at', at, '--db', server.dbUrl]);
  assert.match(tree.stdout, /Chi bộ Sở Tư pháp  \[Chi bộ cơ sở\]/);
  const bad = cli(['stats', '--org', '1', '--at', '01/06/2019', '--db', server.dbUrl]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /YYYY-MM-DD/);
  const search = cli(['member', 'search', 'hung tran', '--db', server.dbUrl]);
  assert.match(search.stdout, /Trần Văn Hùng/);
});

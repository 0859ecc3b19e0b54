// Member lifecycle API suite: every transfer and member event, bad input (Vietnamese
// problem+json, nothing written), refusals outside the scope (404 as if missing, audited),
// refusals of the role (403) and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

let staffA;
let staffB;
const org = {};

useServer(async () => {
  org.a = await makeOrg(1, 'grassroots_committee', 'Đảng bộ Sở Giao thông');
  org.a1 = await makeOrg(org.a.id, 'branch', 'Chi bộ Phòng Kế hoạch');
  org.a2 = await makeOrg(org.a.id, 'branch', 'Chi bộ Phòng Tài chính');
  org.b = await makeOrg(1, 'grassroots_committee', 'Đảng bộ Sở Xây dựng');
  org.b1 = await makeOrg(org.b.id, 'branch', 'Chi bộ Văn phòng Sở Xây dựng');
  for (const [username, orgId, roles] of [['tochuc.gt', org.a.id, ['org_staff']], ['tochuc.xd', org.b.id, ['org_staff']], ['bithu.kh', org.a1.id, ['secretary']]]) {
    await ok(admin.post('/api/users', { username, display_name: username, org_id: orgId, roles, password: 'Mat-khau-2026' }), 201);
  }
  staffA = new Client(server.url);
  staffB = new Client(server.url);
  assert.equal((await staffA.login('tochuc.gt', 'Mat-khau-2026')).status, 200);
  assert.equal((await staffB.login('tochuc.xd', 'Mat-khau-2026')).status, 200);
});

// A refusal: the status, problem+json, a Vietnamese detail; returns the body.
async function problem(promise, status, code) {
  const r = await promise;
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.ok(r.json.detail.length > 0);
  if (code) assert.equal(r.json.code, code, r.text);
  return r.json;
}

const fields = (p) => (p.errors || []).map((e) => e.field);
const at = (date, decision_no = '') => ({ effective_on: date, decision_no, decision_date: date });

async function makeOrg(parent_id, kind, name) {
  return ok(admin.post('/api/orgs', { parent_id, kind, name, ...at('2000-01-01', '1-QĐ/ĐUK') }), 201);
}

let people = 0;
async function member(orgId, fields = {}) {
  people += 1;
  const birth = `19${70 + (people % 25)}-0${1 + (people % 9)}-1${people % 10}`;
  return ok(admin.post('/api/members', {
    org_id: orgId, full_name: `Nguyễn Văn Thử ${String.fromCharCode(64 + people)}`, sex: 'male',
    birth_date: birth, admitted_on: '2010-05-19', official_on: '2011-05-19', ...fields,
  }), 201);
}

const stock = async (orgId, date) => (await ok(admin.get(`/api/orgs/${orgId}/stats?at=${date}`))).members;
const getMember = (id) => ok(admin.get(`/api/members/${id}`));
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;


test('transfer out: bad input writes nothing; the member leaves the stock; voiding restores', async () => {
  const m = await member(org.a1.id);
  const audits = await auditTotal('action=member.transfer_out');
  // A date that is not a date is refused by the body schema, before the service runs.
  const notADate = await problem(staffA.post(`/api/members/${m.id}/transfer-out`, { effective_on: '2099-01-01', letter_date: 'hôm qua' }), 400, 'validation_failed');
  assert.deepEqual(fields(notADate), ['letter_date']);
  const bad = await problem(staffA.post(`/api/members/${m.id}/transfer-out`, { effective_on: '2099-01-01', letter_date: '2099-01-02' }), 400, 'validation_failed');
  assert.deepEqual(fields(bad), ['effective_on', 'external_unit', 'letter_date']);
  assert.match(bad.detail, /Ngày hiệu lực không được sau hôm nay/);
  const wrongType = await problem(staffA.post(`/api/members/${m.id}/transfer-out`, { effective_on: 20260101, external_unit: 'X' }), 400);
  assert.deepEqual(fields(wrongType), ['effective_on']);
  assert.equal(await auditTotal('action=member.transfer_out'), audits);
  assert.equal((await getMember(m.id)).status, 'official');

  const t = await ok(staffA.post(`/api/members/${m.id}/transfer-out`, { ...at('2024-03-01'), external_unit: 'Đảng bộ tỉnh Lâm Đồng', letter_no: '15-GGT/ĐUK', letter_date: '2024-02-26' }), 201);
  assert.equal(t.kind, 'out');
  assert.equal(t.state, 'confirmed');
  assert.equal(t.letter_no, '15-GGT/ĐUK');
  assert.equal((await getMember(m.id)).status, 'transferred_out');
  assert.equal(await stock(org.a1.id, '2024-02-29'), 1);
  assert.equal(await stock(org.a1.id, '2024-03-01'), 0);
  const timeline = await ok(admin.get(`/api/members/${m.id}/timeline`));
  const ev = timeline.items.find((e) => e.kind === 'transferred_out');
  assert.equal(ev.kind_label, 'Chuyển sinh hoạt đảng đi');
  assert.equal(ev.org_id, org.a1.id);
  assert.equal(ev.detail.external_unit, 'Đảng bộ tỉnh Lâm Đồng');
  assert.equal(await auditTotal('action=member.transfer_out&outcome=ok'), audits + 1);

  await problem(staffA.post(`/api/members/${m.id}/events/${t.event_id}/void`, {}), 400, 'validation_failed');
  const v = await ok(staffA.post(`/api/members/${m.id}/events/${t.event_id}/void`, { reason: 'Nhập nhầm người' }));
  assert.equal(v.status, 'official');
  assert.equal(await stock(org.a1.id, '2024-03-01'), 1);
  assert.equal((await ok(admin.get(`/api/transfers/${t.id}`))).state, 'voided');
  const voided = (await ok(admin.get(`/api/members/${m.id}/timeline`))).items.find((e) => e.id === t.event_id);
  assert.ok(voided.voided_at);
  await problem(staffA.post(`/api/members/${m.id}/events/${t.event_id}/void`, { reason: 'Lần nữa' }), 409, 'event_voided');
});

test('transfer in creates the file from the transfer date; a duplicate card is a 409 field error', async () => {
  const body = {
    org_id: org.a2.id, full_name: 'Lê Thị Tiếp Nhận', sex: 'female', birth_date: '1986-04-04', admitted_on: '2012-02-03', official_on: '2013-02-03', card_no: '09001234',
    ...at('2025-06-01'), external_unit: 'Đảng bộ tỉnh Nghệ An', letter_no: '88-GGT/TU', letter_date: '2025-05-20',
  };
  const t = await ok(staffA.post('/api/transfers/in', body), 201);
  assert.equal(t.kind, 'in');
  assert.equal(t.to_org_id, org.a2.id);
  const m = await getMember(t.member_id);
  assert.equal(m.status, 'official');
  assert.equal(m.admitted_on, '2012-02-03');
  assert.equal(await stock(org.a2.id, '2025-05-31'), 0);
  assert.equal(await stock(org.a2.id, '2025-06-01'), 1);
  const kinds = (await ok(admin.get(`/api/members/${t.member_id}/timeline`))).items.map((e) => [e.kind, e.org_id]);
  assert.deepEqual(kinds, [['admitted', null], ['recognized', null], ['card_issued', null], ['transferred_in', org.a2.id]]);

  const members = (await ok(admin.get('/api/members?status=all&page_size=500'))).total;
  const dup = await problem(staffA.post('/api/transfers/in', { ...body, full_name: 'Phạm Văn Trùng Thẻ', birth_date: '1987-01-01' }), 409, 'duplicate_number');
  assert.deepEqual(fields(dup), ['card_no']);
  const missing = await problem(staffA.post('/api/transfers/in', { ...body, full_name: '', external_unit: '', card_no: '' }), 400);
  assert.ok(fields(missing).includes('full_name') && fields(missing).includes('external_unit'));
  const outside = await problem(staffA.post('/api/transfers/in', { ...body, org_id: org.b1.id, card_no: '', full_name: 'Ngoài Phạm Vi' }), 404);
  assert.equal(outside.detail, `Không tìm thấy tổ chức đảng có mã ${org.b1.id}.`);
  assert.equal((await ok(admin.get('/api/members?status=all&page_size=500'))).total, members);
  assert.equal(await auditTotal('action=member.transfer_in&outcome=refused'), 1);
});

test('internal transfer: pending until the receiving side confirms; the sender cannot confirm', async () => {
  const m = await member(org.a1.id);
  const badOrg = await problem(staffA.post(`/api/members/${m.id}/transfer-internal`, { ...at('2025-09-01'), to_org_id: org.a.id }), 400);
  assert.deepEqual(fields(badOrg), ['to_org_id']);
  const t = await ok(staffA.post(`/api/members/${m.id}/transfer-internal`, { ...at('2025-09-01'), to_org_id: org.b1.id, letter_no: '21-GGT/ĐUS' }), 201);
  assert.equal(t.state, 'pending');
  assert.equal(t.state_label, 'Chờ đơn vị nhận xác nhận');
  const pending = await ok(staffB.get(`/api/transfers?org_id=${org.b.id}&side=incoming&state=pending`));
  assert.deepEqual(pending.items.map((x) => x.id), [t.id]);
  assert.equal(pending.items[0].from_org_name, 'Chi bộ Phòng Kế hoạch');
  await problem(staffB.get('/api/transfers?state=waiting'), 400);

  const refused = await problem(staffA.post(`/api/transfers/${t.id}/confirm`, {}), 403);
  assert.match(refused.detail, /ngoài phạm vi/);
  assert.equal(await auditTotal('action=transfer.confirm&outcome=refused'), 1);
  assert.equal((await getMember(m.id)).org_id, org.a1.id);
  const now = await problem(staffA.post(`/api/members/${(await member(org.a1.id)).id}/transfer-internal`, { ...at('2025-09-01'), to_org_id: org.b1.id, confirm_now: true }), 403);
  assert.ok(now.detail);

  const done = await ok(staffB.post(`/api/transfers/${t.id}/confirm`, { note: 'Đã nhận hồ sơ' }));
  assert.equal(done.state, 'confirmed');
  assert.equal((await getMember(m.id)).org_id, org.b1.id);
  assert.equal(await stock(org.b1.id, '2025-08-31'), 0);
  assert.equal(await stock(org.b1.id, '2025-09-01'), 1);
  await problem(staffB.post(`/api/transfers/${t.id}/confirm`, {}), 409, 'transfer_state');
  await problem(staffB.post(`/api/transfers/${t.id}/cancel`, { reason: 'Muộn rồi' }), 409, 'transfer_state');

  // Cancel while pending, by either side.
  const t2 = await ok(staffB.post(`/api/members/${m.id}/transfer-internal`, { ...at('2025-10-01'), to_org_id: org.a2.id }), 201);
  await problem(staffA.post(`/api/members/${m.id}/transfer-out`, { ...at('2025-10-02'), external_unit: 'X' }), 404);
  await problem(staffB.post(`/api/members/${m.id}/transfer-out`, { ...at('2025-10-02'), external_unit: 'X' }), 409, 'transfer_open');
  await problem(staffA.post(`/api/transfers/${t2.id}/cancel`, {}), 400);
  assert.equal((await ok(staffA.post(`/api/transfers/${t2.id}/cancel`, { reason: 'Chưa đủ hồ sơ' }))).state, 'cancelled');
  // Within one's own subtree, at once.
  const m3 = await member(org.a1.id);
  const quick = await ok(staffA.post(`/api/members/${m3.id}/transfer-internal`, { ...at('2025-09-01'), to_org_id: org.a2.id, confirm_now: true }), 201);
  assert.equal(quick.state, 'confirmed');
  const mine = await ok(admin.get(`/api/members/${m3.id}/transfers`));
  assert.deepEqual(mine.items.map((x) => x.id), [quick.id]);
});

test('temporary transfer: durations by purpose, hosted but not counted, return', async () => {
  const m = await member(org.a1.id);
  const temp = (purpose, from, until, extra = {}) => staffA.post(`/api/members/${m.id}/transfer-temporary`, { purpose, ...at(from), until_on: until, external_unit: 'Trường Chính trị tỉnh', ...extra });
  await problem(temp('work', '2026-01-10', '2026-04-09'), 422, 'temporary_duration');
  await problem(temp('work', '2026-01-10', '2027-01-10'), 422, 'temporary_duration');
  await problem(temp('study', '2025-06-01', '2027-06-02'), 422, 'temporary_duration');
  const badPurpose = await problem(temp('du lịch', '2026-01-10', '2026-06-10', { to_org_id: org.b1.id }), 400);
  assert.deepEqual(fields(badPurpose), ['purpose', 'to_org_id']);
  const study = await ok(temp('study', '2025-06-01', '2027-06-01'), 201);
  assert.equal(study.state, 'confirmed');
  await ok(staffA.post(`/api/members/${m.id}/events/${study.event_id}/void`, { reason: 'Thử' }));

  const t = await ok(staffA.post(`/api/members/${m.id}/transfer-temporary`, { purpose: 'work', ...at('2026-06-01'), until_on: '2026-11-20', to_org_id: org.b1.id }), 201);
  assert.equal(t.state, 'pending');
  const hostStock = await stock(org.b1.id, '2026-07-01');
  await ok(staffB.post(`/api/transfers/${t.id}/confirm`, {}));
  const hosted = await ok(staffB.get(`/api/orgs/${org.b1.id}/temporary-members`));
  assert.equal(hosted.items.length, 1);
  assert.equal(hosted.items[0].until_on, '2026-11-20');
  assert.equal(hosted.items[0].expired, new Date().toISOString().slice(0, 10) > '2026-11-20');
  assert.equal(await stock(org.b1.id, '2026-07-01'), hostStock);
  assert.equal((await getMember(m.id)).org_id, org.a1.id);
  await problem(staffB.post(`/api/transfers/${t.id}/return`, { returned_on: '2026-05-01' }), 400);
  const back = await ok(staffB.post(`/api/transfers/${t.id}/return`, { returned_on: '2026-11-15' }));
  assert.equal(back.state, 'returned');
  assert.equal((await ok(staffB.get(`/api/orgs/${org.b1.id}/temporary-members`))).items.length, 0);
  const kinds = (await ok(admin.get(`/api/members/${m.id}/timeline`))).items.filter((e) => !e.voided_at).map((e) => e.kind);
  assert.deepEqual(kinds.slice(-2), ['temporary_out', 'temporary_returned']);
});

test('party cards: official members only, unique numbers, re-issue', async () => {
  const prob = await member(org.a1.id, { admitted_on: '2026-01-10', official_on: '' });
  await problem(staffA.post(`/api/members/${prob.id}/card`, { ...at('2026-06-01'), card_no: '01234567' }), 422, 'card_requires_official');
  const m = await member(org.a1.id);
  const bad = await problem(staffA.post(`/api/members/${m.id}/card`, { ...at('2026-06-01'), card_no: 'AB' }), 400);
  assert.deepEqual(fields(bad), ['card_no']);
  const issued = await ok(staffA.post(`/api/members/${m.id}/card`, { ...at('2026-06-01', '40-QĐ/ĐUK'), card_no: '01234567' }), 201);
  assert.equal(issued.card_no, '01234567');
  assert.equal((await getMember(m.id)).card_no, '01234567');
  const other = await member(org.a1.id);
  const dup = await problem(staffA.post(`/api/members/${other.id}/card`, { ...at('2026-06-01'), card_no: '01234567' }), 409, 'duplicate_number');
  assert.deepEqual(fields(dup), ['card_no']);
  await problem(staffA.post(`/api/members/${m.id}/card`, { ...at('2026-06-02'), card_no: '01234568' }), 409, 'card_exists');
  const re = await ok(staffA.post(`/api/members/${m.id}/card/reissue`, { ...at('2026-07-01'), reason: 'lost', card_no: '07654321' }), 201);
  assert.equal(re.kind, 'card_reissued');
  assert.equal((await getMember(m.id)).card_no, '07654321');
  await problem(staffA.post(`/api/members/${m.id}/card/reissue`, { ...at('2026-07-02'), reason: 'other' }), 400);
  const v = await ok(staffA.post(`/api/members/${m.id}/events/${re.event_id}/void`, { reason: 'Sai số thẻ' }));
  assert.equal(v.card_no, '01234567');
});

test('exemption, removal, expulsion, leaving, death; re-admission after 36 months, once; party age', async () => {
  const e = await member(org.a2.id);
  await problem(staffA.post(`/api/members/${e.id}/exempt`, at('2026-01-01')), 400);
  const ex = await ok(staffA.post(`/api/members/${e.id}/exempt`, { ...at('2026-01-01', '12-QĐ/ĐUS'), reason: 'Tuổi cao, sức yếu' }), 201);
  assert.equal(ex.status, 'exempt');
  assert.equal(ex.status_label, 'Miễn công tác và sinh hoạt');
  assert.equal((await ok(staffA.post(`/api/members/${e.id}/exemption-end`, at('2026-06-01')), 201)).status, 'official');

  const reasons = await ok(admin.get('/api/lifecycle/removal-reasons'));
  assert.ok(reasons.items.some((r) => r.code === 'returned_card'));
  const r = await member(org.a2.id);
  const noText = await problem(staffA.post(`/api/members/${r.id}/remove`, { ...at('2026-02-01', '5-QĐ/ĐUS'), reason: 'other' }), 400);
  assert.deepEqual(fields(noText), ['reason_text']);
  assert.equal((await ok(staffA.post(`/api/members/${r.id}/remove`, { ...at('2026-02-01', '5-QĐ/ĐUS'), reason: 'skipped_meetings_or_dues' }), 201)).status, 'removed');
  const p = await member(org.a2.id, { admitted_on: '2026-01-10', official_on: '' });
  await problem(staffA.post(`/api/members/${p.id}/expel`, at('2026-03-01', '7-QĐ/ĐUK')), 422, 'expulsion_probationary');
  const x = await member(org.a2.id);
  assert.deepEqual(fields(await problem(staffA.post(`/api/members/${x.id}/expel`, at('2026-03-01')), 400)), ['decision_no']);
  assert.equal((await ok(staffA.post(`/api/members/${x.id}/expel`, at('2026-03-01', '7-QĐ/ĐUK')), 201)).status, 'expelled');
  assert.equal((await ok(staffA.post(`/api/members/${p.id}/leave`, at('2026-04-01', '9-QĐ/ĐUS')), 201)).status, 'left');
  const d = await member(org.a2.id);
  await problem(staffA.post(`/api/members/${d.id}/death`, at('2009-01-01')), 422, 'history_conflict');
  assert.equal((await ok(staffA.post(`/api/members/${d.id}/death`, at('2026-05-01')), 201)).status, 'deceased');
  // Files stay in the registry, out of the stock.
  const all = await ok(admin.get(`/api/members?org_id=${org.a2.id}&status=all&page_size=500`));
  for (const id of [r.id, x.id, p.id, d.id]) assert.ok(all.items.some((i) => i.id === id));

  const l = await member(org.a1.id, { birth_date: '1970-01-01', admitted_on: '2000-01-01', official_on: '2001-01-01' });
  await ok(staffA.post(`/api/members/${l.id}/leave`, at('2019-01-15', '3-QĐ/ĐUS')), 201);
  const early = await problem(staffA.post(`/api/members/${l.id}/readmit`, { ...at('2022-02-01', '20-QĐ/ĐUK'), vote_on: '2022-01-14' }), 422, 'readmission_too_early');
  assert.match(early.detail, /36 tháng/);
  const re = await ok(staffA.post(`/api/members/${l.id}/readmit`, { ...at('2022-02-01', '20-QĐ/ĐUK'), vote_on: '2022-01-15' }), 201);
  assert.equal(re.status, 'probationary');
  assert.equal((await getMember(l.id)).admitted_on, '2000-01-01');
  const age = await ok(admin.get(`/api/members/${l.id}/party-age?on=2026-02-01`));
  // 26 years 1 month less the 3 years 17 days outside the party.
  assert.equal(age.years, 23);
  await problem(admin.get(`/api/members/${l.id}/party-age?on=01/02/2026`), 400);
  await ok(staffA.post(`/api/members/${l.id}/remove`, { ...at('2022-06-01', '8-QĐ/ĐUS'), reason: 'returned_card' }), 201);
  await problem(staffA.post(`/api/members/${l.id}/readmit`, at('2026-11-01', '30-QĐ/ĐUK')), 422, 'readmission_twice');
});

test('scope refusals are 404 as for a missing id, role refusals 403; audited; nothing written', async () => {
  const m = await member(org.a1.id);
  const before = await auditTotal('outcome=refused');
  for (const [path, body] of [
    ['transfer-out', { ...at('2026-01-01'), external_unit: 'X' }],
    ['card', { ...at('2026-01-01'), card_no: '05550555' }],
    ['exempt', { ...at('2026-01-01', '1-QĐ'), reason: 'Ốm' }],
    ['death', at('2026-01-01')],
  ]) {
    const p = await problem(staffB.post(`/api/members/${m.id}/${path}`, body), 404);
    assert.equal(p.detail, `Không tìm thấy đảng viên có mã ${m.id}.`);
  }
  const sec = new Client(server.url);
  assert.equal((await sec.login('bithu.kh', 'Mat-khau-2026')).status, 200);
  const role = await problem(sec.post(`/api/members/${m.id}/death`, at('2026-01-01')), 403);
  assert.match(role.detail, /Vai trò/);
  assert.equal(await auditTotal('outcome=refused'), before + 5);
  const after = await getMember(m.id);
  assert.equal(after.status, 'official');
  assert.equal(after.card_no, '');
  await problem(staffB.get(`/api/transfers?org_id=${org.a.id}`), 404);
  await problem(staffB.get(`/api/members/${m.id}/party-age`), 404);
  await problem(staffA.post('/api/members/999999/death', at('2026-01-01')), 404);
});

test('CLI: transfers, cards and member events act as the operator, audited via cli', async () => {
  const m = await member(org.a1.id);
  const db = ['--db', server.dbUrl];
  const card = cli(['card', 'issue', String(m.id), '--card-no', '03330333', '--effective-on', '2026-02-01', ...db]);
  assert.equal(card.status, 0, card.stderr);
  assert.match(card.stdout, /Cấp thẻ đảng viên/);
  const bad = cli(['transfer', 'temporary', String(m.id), '--purpose', 'work', '--effective-on', '2026-01-10', '--until', '2026-02-10', '--to-unit', 'X', ...db]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /3 tháng/);
  const internal = cli(['transfer', 'internal', String(m.id), '--to', String(org.b1.id), '--effective-on', '2026-03-01', ...db]);
  assert.equal(internal.status, 0, internal.stderr);
  const list = cli(['transfer', 'list', '--state', 'pending', '--side', 'incoming', '--org', String(org.b.id), ...db]);
  assert.match(list.stdout, /Chờ đơn vị nhận xác nhận/);
  const id = list.stdout.split('\t')[0];
  const everything = cli(['transfer', 'list', ...db]);
  assert.equal(everything.status, 0, everything.stderr);
  assert.match(everything.stdout, new RegExp(`^${id}\t`, 'm'));
  assert.equal(cli(['transfer', 'confirm', id, ...db]).status, 0);
  assert.equal((await getMember(m.id)).org_id, org.b1.id);
  const age = cli(['member', 'party-age', String(m.id), '--on', '2020-05-19', ...db]);
  assert.match(age.stdout, /10 năm 0 tháng 0 ngày/);
  const timeline = await ok(admin.get(`/api/members/${m.id}/timeline`));
  const last = timeline.items[timeline.items.length - 1];
  const v = cli(['member', 'void-event', String(m.id), String(last.id), '--reason', 'Thử lệnh', ...db]);
  assert.equal(v.status, 0, v.stderr);
  assert.equal((await getMember(m.id)).org_id, org.a1.id);
  const audit = await ok(admin.get(`/api/audit?action=member_event.void&entity_id=${m.id}`));
  assert.equal(audit.items[0].via, 'cli');
});

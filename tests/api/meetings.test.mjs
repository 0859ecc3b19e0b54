// Meetings API suite: a held meeting with its roster (a member away on a temporary transfer
// attends where they are), attendance in one tap with the rate, bad input refused in
// Vietnamese with nothing written, every write audited, nothing outside the scope told,
// minutes checked and served only in scope, a year's plan, the worklist and absence warnings,
// higher-level assignments and the catalogue's indicators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const people = {};
let secretary; // secretary of branch b1
const vietnamese = /[à-ỹĐđ]/u;

async function member(orgId, full_name, birth) {
  return (await ok(admin.post('/api/members', { org_id: orgId, full_name, sex: full_name.includes('Thị') ? 'female' : 'male', birth_date: birth, admitted_on: '2005-05-05', official_on: '2006-05-05' }), 201)).id;
}

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Giao thông', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Kế hoạch', ...at('2000-02-01') }), 201);
  org.b2 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Văn phòng Sở', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Bí Mật', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Hồ Văn Họp', '1970-01-01');
  people.b = await member(org.b1.id, 'Lã Thị Dự', '1972-02-02');
  people.c = await member(org.b1.id, 'Tạ Văn Vắng', '1975-03-03');
  people.visitor = await member(org.b2.id, 'Ninh Thị Khách', '1980-04-04');
  people.leader = await member(org.b2.id, 'Đàm Văn Ủy', '1968-05-05');
  people.secret = await member(org.x.id, 'Khổng Văn Kín', '1969-06-06');
  // The visitor attends b1 from 1/3/2025 to 1/3/2026 (temporary transfer confirmed at once).
  const t = await ok(admin.post(`/api/members/${people.visitor}/transfer-temporary`, { purpose: 'work', ...at('2025-03-01'), until_on: '2026-02-01', to_org_id: org.b1.id, confirm_now: true }), 201);
  assert.equal(t.state, 'confirmed');
  await ok(admin.post(`/api/orgs/${org.g.id}/committee`, { term: '2020–2025', person_name: 'Đàm Văn Ủy', member_id: people.leader, position: 'member', from_date: '2020-06-01' }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.khoach', display_name: 'Bí thư Kế hoạch', org_id: org.b1.id, roles: ['secretary'], password: PASSWORD }), 201);
  secretary = new Client(server.url);
  assert.equal((await secretary.login('bithu.khoach', PASSWORD)).status, 200);
});

const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;
const meetingCount = async (orgId) => (await ok(admin.get(`/api/orgs/${orgId}/meetings`))).total;
const held = (orgId, held_on, extra = {}) => ({ org_id: orgId, kind: 'regular', held_on, topic: `Sinh hoạt thường kỳ ${held_on}`, ...extra });

test('a held meeting, its roster with the temporary member, attendance in one tap', async () => {
  const m = await ok(secretary.post('/api/meetings', held(org.b1.id, '2025-04-10', { chair_name: 'Hồ Văn Họp', quality: 'good' })), 201);
  assert.equal(m.status, 'held');
  const detail = await ok(secretary.get(`/api/meetings/${m.id}`));
  assert.deepEqual(detail.roster.map((r) => r.member_id).sort(), [people.a, people.b, people.c, people.visitor].sort());
  assert.equal(detail.roster.find((r) => r.member_id === people.visitor).visiting, true);
  // At home the visitor is not expected while away.
  const home = await ok(admin.post('/api/meetings', held(org.b2.id, '2025-04-11')), 201);
  assert.deepEqual((await ok(admin.get(`/api/meetings/${home.id}`))).roster.map((r) => r.member_id), [people.leader]);

  const audits = await auditTotal('action=meeting.attendance&outcome=ok');
  let r = await ok(secretary.post(`/api/meetings/${m.id}/attendance`, { marks: [{ member_id: people.a, status: 'present' }] }));
  assert.equal(r.attendance.marked, 1);
  r = await ok(secretary.post(`/api/meetings/${m.id}/attendance`, { marks: [{ member_id: people.b, status: 'late' }, { member_id: people.visitor, status: 'present' }, { member_id: people.c, status: 'unexcused' }] }));
  assert.equal(r.attendance.percent, 75);
  // A second tap changes the mark.
  r = await ok(secretary.post(`/api/meetings/${m.id}/attendance`, { marks: [{ member_id: people.c, status: 'excused' }] }));
  assert.equal(r.attendance.excused, 1);
  assert.equal(r.roster.find((x) => x.member_id === people.c).status, 'excused');
  assert.equal(await auditTotal('action=meeting.attendance&outcome=ok'), audits + 3);
  assert.ok((await auditTotal('action=meeting.create&outcome=ok')) >= 2);
});

test('bad input: Vietnamese problem+json, nothing written', async () => {
  const before = await meetingCount(org.b1.id);
  const audits = await auditTotal('action=meeting.create');
  for (const [body, field] of [
    [{ org_id: org.b1.id, kind: 'regular', held_on: '2025-05-05' }, 'topic'],
    [held(org.b1.id, '2025-05-05', { kind: 'picnic' }), 'kind'],
    [held(org.b1.id, '2099-05-05'), 'held_on'],
    [held(org.b1.id, '2025-02-30'), 'held_on'],
    [held(org.b1.id, '2025-05-05', { quality: 'xuất sắc' }), 'quality'],
    [held(org.b1.id, '2025-05-05', { topic: 'x'.repeat(501) }), 'topic'],
    [held(org.b1.id, '2025-05-05', { kind: 'grassroots_committee' }), 'kind'],
    [held(org.b1.id, '2025-05-05', { extra: 1 }), 'extra'],
  ]) {
    const r = await secretary.post('/api/meetings', body);
    assert.ok([400, 422].includes(r.status), `${field}: ${r.status} ${r.text}`);
    assert.match(r.headers.get('content-type'), /application\/problem\+json/);
    assert.match(r.json.detail ?? r.json.title, vietnamese);
    assert.ok(JSON.stringify(r.json).includes(field), `${field}: ${r.text}`);
  }
  const m = await ok(secretary.post('/api/meetings', held(org.b1.id, '2025-05-15')), 201);
  for (const marks of [[{ member_id: people.a, status: 'ngủ' }], [{ member_id: people.secret, status: 'present' }], [{ member_id: people.leader, status: 'present' }], []]) {
    const r = await secretary.post(`/api/meetings/${m.id}/attendance`, { marks });
    assert.ok([400, 422].includes(r.status), r.text);
    assert.match(r.json.detail, vietnamese);
  }
  assert.equal((await ok(secretary.get(`/api/meetings/${m.id}`))).attendance.marked, 0);
  assert.equal(await meetingCount(org.b1.id), before + 1);
  assert.equal(await auditTotal('action=meeting.create'), audits + 1);
  // A plan cannot be marked before it is held.
  const plan = await ok(secretary.post('/api/meetings', { org_id: org.b1.id, kind: 'thematic', planned_on: '2099-01-01', topic: 'Chuyên đề' }), 201);
  const r = await secretary.post(`/api/meetings/${plan.id}/attendance`, { marks: [{ member_id: people.a, status: 'present' }] });
  assert.equal(r.status, 422);
  assert.equal(r.json.code, 'meeting_not_held');
});

test('nothing outside the scope is told: ids answer as missing, writes are refused and audited', async () => {
  const secret = await ok(admin.post('/api/meetings', held(org.x.id, '2025-04-12', { topic: 'Nội dung mật' })), 201);
  const missing = await secretary.get('/api/meetings/987654');
  for (const path of [`/api/meetings/${secret.id}`, `/api/meetings/${secret.id}/minutes`]) {
    const r = await secretary.get(path);
    assert.equal(r.status, 404, path);
    assert.equal(r.json.detail, missing.json.detail.replace('987654', String(secret.id)));
    assert.ok(!r.text.includes('Nội dung mật'));
  }
  for (const path of [`/api/orgs/${org.x.id}/meetings`, `/api/orgs/${org.x.id}/meeting-stats`, `/api/orgs/${org.x.id}/meeting-absences`, `/api/orgs/${org.x.id}/meeting-assignments`]) {
    assert.equal((await secretary.get(path)).status, 404, path);
  }
  const refused = await auditTotal('action=meeting.create&outcome=refused');
  const w = await secretary.post('/api/meetings', held(org.x.id, '2025-04-13'));
  assert.equal(w.status, 404);
  assert.equal(await auditTotal('action=meeting.create&outcome=refused'), refused + 1);
  const att = await secretary.post(`/api/meetings/${secret.id}/attendance`, { marks: [{ member_id: people.secret, status: 'present' }] });
  assert.equal(att.status, 404);
  assert.ok(!att.text.includes('Khổng'));
  // The subtree list of the grassroots committee's secretary shows nothing of x either.
  const list = await ok(admin.get(`/api/orgs/${org.g.id}/meetings?page_size=200`));
  assert.ok(list.items.every((m) => m.org_id !== org.x.id));
  // A member role may not write.
  await ok(admin.post('/api/users', { username: 'dv.khoach', display_name: 'Đảng viên', org_id: org.b1.id, roles: ['member'], password: PASSWORD }), 201);
  const plain = new Client(server.url);
  assert.equal((await plain.login('dv.khoach', PASSWORD)).status, 200);
  assert.equal((await plain.post('/api/meetings', held(org.b1.id, '2025-04-14'))).status, 403);
});

test('minutes: known types only, size-checked, names stripped of paths, served in scope', async () => {
  const m = await ok(secretary.post('/api/meetings', held(org.b1.id, '2025-06-10')), 201);
  const pdf = Buffer.from('%PDF-1.4\n% biên bản\n%%EOF\n');
  const up = await ok(secretary.post(`/api/meetings/${m.id}/minutes`, { filename: '../../etc/bien-ban.pdf', content_base64: pdf.toString('base64') }));
  assert.equal(up.minutes_name, 'bien-ban.pdf');
  assert.equal(up.minutes_type, 'application/pdf');
  const got = await secretary.get(`/api/meetings/${m.id}/minutes`);
  assert.equal(got.status, 200);
  assert.equal(got.text, pdf.toString());
  assert.match(got.headers.get('content-disposition'), /attachment; filename="bien-ban-sinh-hoat-\d+\.pdf"/);
  const audits = await auditTotal('action=meeting.minutes');
  for (const [filename, bytes] of [['virus.exe', Buffer.from('MZ\x90\x00')], ['bien-ban.pdf', Buffer.from('MZ not a pdf')], ['anh.png', pdf]]) {
    const r = await secretary.post(`/api/meetings/${m.id}/minutes`, { filename, content_base64: bytes.toString('base64') });
    assert.equal(r.status, 400, r.text);
    assert.match(r.json.detail, vietnamese);
  }
  const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0x41);
  big.write('%PDF-');
  const tooBig = await secretary.post(`/api/meetings/${m.id}/minutes`, { filename: 'lon.pdf', content_base64: big.toString('base64') });
  assert.equal(tooBig.status, 422, tooBig.text.slice(0, 200));
  assert.equal(tooBig.json.code, 'file_too_large');
  assert.equal(await auditTotal('action=meeting.minutes'), audits);
  assert.equal((await ok(secretary.get(`/api/meetings/${m.id}`))).minutes_name, 'bien-ban.pdf');
});

test('a year planned, the worklist and absence warnings', async () => {
  const plan = await ok(admin.post(`/api/orgs/${org.b2.id}/meetings/plan`, { year: 2030, day: 31 }), 201);
  assert.equal(plan.items.filter((m) => m.kind === 'regular').length, 12);
  assert.equal(plan.items.filter((m) => m.kind === 'thematic').length, 4);
  assert.ok(plan.items.some((m) => m.planned_on === '2030-02-28'));
  assert.equal((await ok(admin.post(`/api/orgs/${org.b2.id}/meetings/plan`, { year: 2030 }), 201)).items.length, 0);
  assert.equal((await admin.post(`/api/orgs/${org.b2.id}/meetings/plan`, { year: 1800 })).status, 400);

  const today = new Date().toISOString().slice(0, 10);
  const work = await ok(secretary.get(`/api/orgs/${org.b1.id}/worklist?at=${today}`));
  assert.ok(work.items.some((w) => w.kind === 'meeting_missing' && w.org_name === 'Chi bộ Phòng Kế hoạch'), JSON.stringify(work.items.map((w) => w.kind)));
  const committee = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=${today}`));
  assert.ok(committee.items.some((w) => w.kind === 'meeting_missing' && w.org_name === 'Chi bộ Phòng Kế hoạch'));

  // Tạ Văn Vắng misses two meetings of 2025 without reason: warned; a third: the removal line.
  for (const day of ['2025-07-10', '2025-08-10', '2025-09-10']) {
    const m = await ok(secretary.post('/api/meetings', held(org.b1.id, day)), 201);
    await ok(secretary.post(`/api/meetings/${m.id}/attendance`, { marks: [{ member_id: people.c, status: 'unexcused' }, { member_id: people.a, status: 'present' }] }));
    const warned = (await ok(secretary.get(`/api/orgs/${org.b1.id}/meeting-absences?year=2025`))).items;
    const c = warned.find((w) => w.member_id === people.c);
    if (day === '2025-07-10') assert.equal(c, undefined);
    if (day === '2025-08-10') assert.equal(c.removal_line, false);
    if (day === '2025-09-10') assert.equal(c.removal_line, true);
  }
  const late = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20`));
  const item = late.items.find((w) => w.kind === 'absence_warning' && w.member_id === people.c);
  assert.ok(item, JSON.stringify(late.items.map((w) => w.kind)));
  assert.ok(item.overdue);
  assert.match(item.detail, /3 buổi/);

  // The worklist in pages, filtered on the server; its counts are the whole worklist's.
  const byKind = Object.fromEntries(late.by_kind.map((k) => [k.kind, k.count]));
  assert.equal(late.all, late.by_kind.reduce((n, k) => n + k.count, 0));
  assert.equal(late.total, late.all);
  assert.ok(byKind.absence_warning >= 1 && byKind.meeting_missing >= 1, JSON.stringify(late.by_kind));
  const absences = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20&kind=absence_warning`));
  assert.equal(absences.total, byKind.absence_warning);
  assert.ok(absences.items.every((w) => w.kind === 'absence_warning'));
  assert.equal(absences.all, late.all);
  const overdue = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20&overdue=1`));
  assert.equal(overdue.total, late.overdue);
  assert.ok(overdue.items.every((w) => w.overdue));
  const one = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20&page_size=1&page=2`));
  assert.deepEqual([one.items.length, one.total, one.items[0].title], [1, late.all, late.items[1].title]);
  const mine = await ok(admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20&member_id=${people.c}`));
  assert.ok(mine.total >= 1 && mine.items.every((w) => w.member_id === people.c));
  for (const q of ['kind=party', 'overdue=yes', 'page=0', 'page_size=0', 'page_size=501', 'member_id=x']) {
    const bad = await admin.get(`/api/orgs/${org.g.id}/worklist?at=2025-12-20&${q}`);
    assert.equal(bad.status, 400, `${q}: ${bad.text}`);
    assert.match(bad.json.detail, /[à-ỹĐđ]/u);
  }
  const text = cli(['worklist', '--org', String(org.g.id), '--at', '2025-12-20', '--kind', 'absence_warning', '--db', server.dbUrl]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`${byKind.absence_warning} việc\\.`));
});

test('higher-level committee members assigned to a branch, and who attended', async () => {
  const bad = await admin.post(`/api/orgs/${org.b1.id}/meeting-assignments`, { member_id: people.a, from_on: '2025-01-01' });
  assert.equal(bad.status, 422);
  assert.equal(bad.json.code, 'not_higher_committee_member');
  const a = await ok(admin.post(`/api/orgs/${org.b1.id}/meeting-assignments`, { member_id: people.leader, from_on: '2025-01-01', note: 'Phân công theo Quyết định 12' }), 201);
  assert.equal((await admin.post(`/api/orgs/${org.b1.id}/meeting-assignments`, { member_id: people.leader, from_on: '2025-01-01' })).status, 409);
  // The branch secretary sees the assignment and names the assigned member though their file lies outside the branch.
  const m = await ok(secretary.post('/api/meetings', held(org.b1.id, '2025-10-10', { higher_member_id: people.leader })), 201);
  assert.equal(m.higher_name, 'Đàm Văn Ủy');
  const list = await ok(secretary.get(`/api/orgs/${org.b1.id}/meeting-assignments`));
  assert.equal(list.items[0].id, a.id);
  assert.equal(list.items[0].attended, 1);
  assert.ok(list.items[0].held >= 1);
  // Someone neither assigned nor in scope is refused.
  const other = await secretary.post('/api/meetings', held(org.b1.id, '2025-10-11', { higher_member_id: people.secret }));
  assert.equal(other.status, 400);
  assert.ok(!other.text.includes('Khổng'));
  await ok(admin.post(`/api/orgs/${org.b1.id}/meeting-assignments/${a.id}/end`, { to_on: '2025-12-31' }), 204);
  assert.equal((await ok(secretary.get(`/api/orgs/${org.b1.id}/meeting-assignments`))).items.length, 0);
});

test('figures per unit and the indicators of the catalogue, with the list behind them', async () => {
  const stats = await ok(admin.get(`/api/orgs/${org.g.id}/meeting-stats?period=2025`));
  const b1 = stats.units.find((u) => u.org_id === org.b1.id);
  assert.equal(b1.regular_due, 12);
  assert.equal(b1.thematic_due, 4);
  assert.ok(b1.regular >= 5);
  assert.equal(stats.units.length, 2);
  assert.equal(stats.unit_count, 2);
  assert.ok(stats.min_percent <= stats.max_percent);
  // The units in pages; the figures stay the whole subtree's.
  const second = await ok(admin.get(`/api/orgs/${org.g.id}/meeting-stats?period=2025&page=2&page_size=1`));
  assert.deepEqual([second.units.length, second.unit_count, second.units[0].org_id], [1, 2, stats.units[1].org_id]);
  assert.deepEqual(second.total, stats.total);
  for (const q of ['page=0', 'page_size=0', 'page_size=501', 'page=x']) {
    const bad = await admin.get(`/api/orgs/${org.g.id}/meeting-stats?period=2025&${q}`);
    assert.equal(bad.status, 400, `${q}: ${bad.text}`);
  }
  const codes = 'meetings.held,meetings.regular,meetings.regular_due,meetings.attendance_percent,meetings.attendance_min,meetings.attendance_max,meetings.units_meeting_all,meetings.higher_attended,meetings.absent_unexcused';
  const r = await ok(admin.get(`/api/orgs/${org.g.id}/indicators?codes=${codes}&period=2025&at=2025-12-31`));
  const v = Object.fromEntries(r.indicators.map((i) => [i.code, i]));
  assert.equal(v['meetings.regular'].value, stats.total.regular);
  assert.equal(v['meetings.regular_due'].value, 24);
  assert.equal(v['meetings.higher_attended'].value, 1);
  assert.equal(v['meetings.absent_unexcused'].value, 3);
  assert.ok(Math.abs(v['meetings.attendance_percent'].value - stats.total.attendance_percent) < 1e-9);
  assert.ok(Math.abs(v['meetings.attendance_min'].value - stats.min_percent) < 1e-9);
  const catalogue = (await ok(admin.get('/api/indicators'))).items.map((i) => i.code);
  for (const code of codes.split(',')) assert.ok(catalogue.includes(code), code);
  const people_ = await ok(admin.get(`/api/orgs/${org.g.id}/indicators/people?code=meetings.absent_unexcused&period=2025`));
  assert.equal(people_.items.length, 3);
  assert.ok(people_.items.every((p) => p.name === 'Tạ Văn Vắng'));
});

// Inspection and discipline API suite: a committee's programme and a case from opening to
// closing; discipline decisions refused with the reason (form by status, statute with its
// date), khai trừ ending the membership through the lifecycle, the appeal window and its
// outcome; confidentiality (a branch secretary sees only its own cases, every opening of a
// file audited, the figures forbidden to others); bad input in Vietnamese with nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';

const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const people = {};
const who = {};
const vietnamese = /[à-ỹĐđ]/u;

async function member(orgId, full_name, official_on = '2006-05-05', admitted_on = '2005-05-05') {
  return (await ok(admin.post('/api/members', { org_id: orgId, full_name, sex: 'male', birth_date: '1975-01-01', admitted_on, ...(official_on ? { official_on } : {}) }), 201)).id;
}

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Tài chính', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Ngân sách', ...at('2000-02-01') }), 201);
  org.empty = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Giải Tán', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác', ...at('2000-01-01') }), 201);
  people.official = await member(org.b1.id, 'Phí Văn Phạm');
  people.probationary = await member(org.b1.id, 'Hà Văn Dự Bị', '', '2026-06-01');
  people.expelled = await member(org.b1.id, 'Lò Văn Khai');
  people.appeal = await member(org.b1.id, 'Tô Văn Kiện');
  people.outside = await member(org.x.id, 'Khổng Văn Ngoài');
  who.kiemtra = await login('kiemtra.taichinh', org.g.id, 'inspection_staff');
  who.secretary = await login('bithu.ngansach', org.b1.id, 'secretary');
  who.staff = await login('tochuc.taichinh', org.g.id, 'org_staff');
  who.other = await login('kiemtra.khac', org.x.id, 'inspection_staff');
});

const decision = (extra) => ({ subject: 'member', violation_on: '2026-03-01', violation: 'Vi phạm quy chế làm việc', decision_no: '7-QĐ/ĐU', decided_on: '2026-06-20', ...extra });
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;
const caseCount = async () => (await ok(admin.get(`/api/orgs/${org.g.id}/discipline`))).total;

test('inspection: programme, a case, its conclusion and follow-up until closed on time', async () => {
  const p = await ok(who.kiemtra.post(`/api/orgs/${org.g.id}/inspection-programmes`, { year: 2026, title: 'Chương trình kiểm tra, giám sát năm 2026', decision_no: '3-CTr/ĐU' }), 201);
  const again = await who.kiemtra.post(`/api/orgs/${org.g.id}/inspection-programmes`, { year: 2026, title: 'Lần hai' });
  assert.equal(again.status, 409);
  const c = await ok(who.kiemtra.post(`/api/orgs/${org.g.id}/inspections`, { kind: 'thematic_supervision', subject: 'org', subject_org_id: org.b1.id, programme_id: p.id, title: 'Giám sát việc thực hiện quy chế dân chủ', team: 'Đoàn 3 đồng chí', started_on: '2026-04-01' }), 201);
  assert.equal(c.status, 'open');
  const concluded = await ok(who.kiemtra.post(`/api/inspections/${c.id}/conclusion`, { concluded_on: '2026-05-01', violation: true, conclusion: 'Có khuyết điểm', remedies: 'Bổ sung quy chế', fix_due_on: '2026-08-01' }));
  assert.equal(concluded.status, 'concluded');
  const closed = await ok(who.kiemtra.post(`/api/inspections/${c.id}/steps`, { on: '2026-07-15', note: 'Đã ban hành quy chế', close: true }));
  assert.equal(closed.status, 'closed');
  assert.equal(closed.closed_on_time, true);
  assert.equal(closed.steps.length, 1);
  const list = await ok(who.kiemtra.get(`/api/orgs/${org.g.id}/inspections?year=2026`));
  assert.equal(list.total, 1);
  const ind = await ok(who.kiemtra.get(`/api/orgs/${org.g.id}/indicators?codes=inspection.cases,inspection.violations,inspection.closed_on_time&period=2026&at=2026-12-01`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [1, 1, 1]);
  // The secretary of the branch inspected does not see the committee's case; org staff may not read.
  assert.equal((await who.secretary.get(`/api/inspections/${c.id}`)).status, 404);
  assert.equal((await who.staff.get(`/api/orgs/${org.g.id}/inspections`)).status, 403);
  const out = cli(['inspection', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2026']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Tổng số: 1\./);
});

test('discipline: forms by status and the statute are refused with the reason, nothing written', async () => {
  let r = await who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ member_id: people.probationary, form: 'expulsion' }));
  assert.equal(r.status, 422, r.text);
  assert.match(r.json.detail, /dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo/);
  r = await who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ member_id: people.official, form: 'dismissal' }));
  assert.match(r.json.detail, /đang giữ chức vụ/);
  r = await who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ member_id: people.official, form: 'reprimand', violation_on: '2020-01-15' }));
  assert.equal(r.json.code, 'statute_lapsed');
  assert.match(r.json.detail, /15\/01\/2025/);
  r = await who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, { subject: 'member', member_id: people.official, form: 'reprimand', violation_on: '2026-02-30', violation: 'x', decision_no: '1', decided_on: '2026-06-01', extra: 1 });
  assert.equal(r.status, 400);
  assert.match(r.json.title + r.json.detail, vietnamese);
  r = await who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ member_id: people.outside, form: 'reprimand' }));
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Khổng Văn Ngoài'));
  assert.equal(await caseCount(), 0);
});

test('khai trừ ends the membership; giải tán dissolves an empty branch; both in the same write', async () => {
  const c = await ok(who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ member_id: people.expelled, form: 'expulsion' })), 201);
  assert.ok(c.effect_event_id);
  const m = await ok(admin.get(`/api/members/${people.expelled}`));
  assert.equal(m.status, 'expelled');
  const d = await ok(who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ subject: 'org', subject_org_id: org.empty.id, form: 'dissolution' })), 201);
  assert.ok(d.effect_event_id);
  const dissolved = await ok(admin.get(`/api/orgs/${org.empty.id}`));
  assert.equal(dissolved.ended_on, '2026-06-20');
  assert.equal(await auditTotal('action=discipline.record&outcome=ok'), 2);
});

test('appeal within 30 days of receiving the decision, and its outcome', async () => {
  const c = await ok(who.kiemtra.post(`/api/orgs/${org.b1.id}/discipline`, decision({ member_id: people.appeal, form: 'warning', received_on: '2026-06-22' })), 201);
  assert.equal(c.appeal_until, '2026-07-22');
  const late = await who.kiemtra.post(`/api/discipline/${c.id}/appeal`, { appeal_on: '2026-07-23' });
  assert.equal(late.json.code, 'appeal_late');
  assert.match(late.json.detail, /22\/07\/2026/);
  const appealed = await ok(who.kiemtra.post(`/api/discipline/${c.id}/appeal`, { appeal_on: '2026-07-01' }));
  assert.equal(appealed.status, 'appealed');
  const changed = await ok(who.kiemtra.post(`/api/discipline/${c.id}/appeal-decision`, { outcome: 'changed', decided_on: '2026-08-01', decision_no: '2-QĐ/UBKT', new_form: 'reprimand' }));
  assert.equal(changed.status, 'changed');
  assert.equal(changed.effective_form, 'reprimand');
  const ind = await ok(who.kiemtra.get(`/api/orgs/${org.g.id}/indicators?codes=discipline.members,discipline.members_reprimand,discipline.members_expulsion,discipline.orgs_dissolution,discipline.appeal_changed&period=2026&at=2026-12-01`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [2, 1, 1, 1, 1]);
  const listed = await ok(who.kiemtra.get(`/api/orgs/${org.g.id}/indicators/people?code=discipline.members&period=2026`));
  assert.equal(listed.total, 2);
});

test('giải tán annulled on appeal: the branch is live again, its dissolution kept and voided', async () => {
  const branch = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Giải Tán Oan', ...at('2001-03-01') }), 201);
  const d = await ok(who.kiemtra.post(`/api/orgs/${org.g.id}/discipline`, decision({ subject: 'org', subject_org_id: branch.id, form: 'dissolution', received_on: '2026-06-22' })), 201);
  assert.equal((await ok(admin.get(`/api/orgs/${branch.id}`))).ended_on, '2026-06-20');
  await ok(who.kiemtra.post(`/api/discipline/${d.id}/appeal`, { appeal_on: '2026-07-01' }));
  const annulled = await ok(who.kiemtra.post(`/api/discipline/${d.id}/appeal-decision`, { outcome: 'annulled', decided_on: '2026-08-01', decision_no: '3-QĐ/UBKT' }));
  assert.equal(annulled.status, 'annulled');
  const live = await ok(admin.get(`/api/orgs/${branch.id}`));
  assert.ok(!live.ended_on, JSON.stringify(live));
  const history = await ok(admin.get(`/api/orgs/${branch.id}/history`));
  const gone = history.items.find((e) => e.kind === 'dissolved');
  assert.ok(gone.voided_at);
  assert.match(gone.void_reason, /3-QĐ\/UBKT/);
  await member(branch.id, 'Về Lại Chi Bộ');
});

test('confidential: the branch secretary sees only the branch\'s cases, every opening is audited', async () => {
  const own = await ok(admin.post(`/api/orgs/${org.b1.id}/discipline`, decision({ member_id: people.official, form: 'reprimand', decided_on: '2026-07-01' })), 201);
  const list = await ok(who.secretary.get(`/api/orgs/${org.b1.id}/discipline`));
  assert.deepEqual(list.items.map((c) => c.handling_org_id).every((id) => id === org.b1.id), true);
  assert.ok(list.items.some((c) => c.id === own.id));
  const committee = (await ok(who.kiemtra.get(`/api/orgs/${org.g.id}/discipline`))).items.find((c) => c.handling_org_id === org.g.id);
  const hidden = await who.secretary.get(`/api/discipline/${committee.id}`);
  const missing = await who.secretary.get('/api/discipline/987654');
  assert.equal(hidden.status, 404);
  assert.deepEqual(hidden.json, JSON.parse(missing.text.replaceAll('987654', String(committee.id))));
  const before = await auditTotal('action=discipline.read');
  await ok(who.secretary.get(`/api/discipline/${own.id}`));
  await ok(who.kiemtra.get(`/api/discipline/${committee.id}`));
  assert.equal(await auditTotal('action=discipline.read'), before + 2);
  // Outside the scope: not found; org staff and secretaries get no confidential figures.
  assert.equal((await who.other.get(`/api/discipline/${own.id}`)).status, 404);
  assert.equal((await who.staff.get(`/api/orgs/${org.g.id}/discipline`)).status, 403);
  const figures = await who.secretary.get(`/api/orgs/${org.b1.id}/indicators?codes=discipline.members&period=2026`);
  assert.equal(figures.status, 403);
  const all = await ok(who.secretary.get(`/api/orgs/${org.b1.id}/indicators?period=2026&at=2026-12-01`));
  assert.ok(!all.indicators.some((i) => i.code.startsWith('discipline.') || i.code.startsWith('inspection.')));
});

test('the vocabularies and actions are served', async () => {
  const meta = await ok(admin.get('/api/v1/meta'));
  for (const v of ['inspection_kind', 'inspection_status', 'case_subject', 'discipline_form', 'discipline_status', 'appeal_outcome']) {
    assert.ok(meta.vocab[v]?.length > 0, v);
  }
  assert.equal(meta.vocab.discipline_form.find((f) => f.code === 'expulsion').label, 'Khai trừ');
  const me = await ok(who.kiemtra.get('/api/auth/me'));
  for (const a of ['inspection.read', 'inspection.write', 'discipline.read', 'discipline.write']) assert.ok(me.actions.includes(a), a);
});

// Training API suite: classes in the organiser's subtree, learners by kind, bad input refused
// in Vietnamese with nothing written, a candidate's certificate filling the admission file
// (undone when voided, refused once the branch voted), a member's theory certificate raising
// the member file's level (never lowering it) with a training record, audit rows, outsiders
// answered "not found", the indicators with the people behind them, and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';

const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const people = {};
const who = {};
const vietnamese = /[à-ỹĐđ]/u;

async function member(orgId, full_name) {
  return (await ok(admin.post('/api/members', { org_id: orgId, full_name, sex: 'male', birth_date: '1980-01-01', admitted_on: '2005-05-05', official_on: '2006-05-05' }), 201)).id;
}

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Giáo dục', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Tổ chức', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Lê Văn Học');
  people.b = await member(org.b1.id, 'Trần Thị Chăm');
  people.outside = await member(org.x.id, 'Khổng Văn Ngoài');
  people.candidate = (
    await ok(admin.post('/api/candidates', { org_id: org.b1.id, full_name: 'Phan Thị Ưu Tú', sex: 'female', birth_date: '1999-04-04', general_education: '12/12', identified_on: '2026-01-05' }), 201)
  ).id;
  who.staff = await login('tochuc.giaoduc', org.g.id, 'org_staff');
  who.secretary = await login('bithu.tochuc', org.b1.id, 'secretary');
  who.member = await login('dangvien.hoc', org.b1.id, 'member');
  who.other = await login('tochuc.khac', org.x.id, 'org_staff');
});

const cls = (extra) => ({ kind: 'theory_elementary', title: 'Lớp sơ cấp lý luận chính trị khóa I', starts_on: '2026-03-02', ends_on: '2026-04-02', place: 'Hội trường', ...extra });
const classCount = async () => (await ok(admin.get(`/api/orgs/${org.g.id}/training-classes`))).total;
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;

test('bad input is refused in Vietnamese and nothing is written; outsiders get not found', async () => {
  let r = await who.staff.post(`/api/orgs/${org.g.id}/training-classes`, cls({ kind: 'nau_an' }));
  assert.equal(r.status, 400, r.text);
  assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
  assert.match(r.json.detail, /Loại lớp/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/training-classes`, cls({ starts_on: '2026-05-01', ends_on: '2026-04-01' }));
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /bế giảng/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/training-classes`, cls({ ends_on: '2026-02-30' }));
  assert.equal(r.status, 400);
  assert.match(r.json.title + r.json.detail, vietnamese);
  r = await who.staff.post(`/api/orgs/${org.g.id}/training-classes`, { ...cls(), extra: 1 });
  assert.equal(r.status, 400);
  const refused = await auditTotal('outcome=refused');
  r = await who.other.post(`/api/orgs/${org.g.id}/training-classes`, cls());
  assert.equal(r.status, 404);
  // The route's own scope check refuses the outsider and audits the attempt.
  assert.equal(await auditTotal('outcome=refused'), refused + 1);
  r = await who.member.post(`/api/orgs/${org.b1.id}/training-classes`, cls());
  assert.equal(r.status, 403);
  assert.equal(await classCount(), 0);
});

test('a theory class raises the member file\'s level only upward, with a training record; voiding undoes it', async () => {
  await ok(admin.request('PUT', `/api/members/${people.b}`, { body: { ...(await ok(admin.get(`/api/members/${people.b}`))), theory_level: 'cao_cap' } }));
  const c = await ok(who.staff.post(`/api/orgs/${org.g.id}/training-classes`, cls()), 201);
  let r = await who.staff.post(`/api/training-classes/${c.id}/learners`, { member_ids: [people.a, people.outside] });
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Khổng Văn Ngoài'));
  r = await who.staff.post(`/api/training-classes/${c.id}/learners`, { candidate_ids: [people.candidate] });
  assert.equal(r.json.code, 'learner_kind');
  const full = await ok(who.staff.post(`/api/training-classes/${c.id}/learners`, { member_ids: [people.a, people.b] }));
  assert.equal(full.learners, 2);
  const la = full.learner_list.find((l) => l.member_id === people.a);
  const lb = full.learner_list.find((l) => l.member_id === people.b);
  r = await who.staff.post(`/api/training-classes/${c.id}/learners/${la.id}/result`, { result: 'completed', certificate_no: '15-GCN/TTCT' });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /cả số và ngày/);
  const done = await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${la.id}/result`, { result: 'completed', grade: 'good', certificate_no: '15-GCN/TTCT', certificate_on: '2026-04-10' }));
  assert.equal(done.effects.theory_level.level, 'so_cap');
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${lb.id}/result`, { result: 'completed', certificate_no: '16-GCN/TTCT', certificate_on: '2026-04-10' }));
  const a = await ok(admin.get(`/api/members/${people.a}`));
  assert.equal(a.theory_level, 'so_cap');
  assert.equal(a.training.length, 1);
  assert.match(a.training[0].detail, /15-GCN\/TTCT/);
  assert.equal((await ok(admin.get(`/api/members/${people.b}`))).theory_level, 'cao_cap');
  // A second certificate needs the first one voided.
  r = await who.staff.post(`/api/training-classes/${c.id}/learners/${la.id}/result`, { result: 'completed', certificate_no: '17', certificate_on: '2026-04-10' });
  assert.equal(r.status, 409);
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${la.id}/void-certificate`, { reason: 'Ghi nhầm số' }), 204);
  const back = await ok(admin.get(`/api/members/${people.a}`));
  assert.equal(back.theory_level ?? '', '');
  assert.equal(back.training.length, 0);
  assert.equal(await auditTotal('action=training.result&outcome=ok'), 2);
  assert.equal(await auditTotal('action=training.certificate_void&outcome=ok'), 1);
  // Another committee's staff see nothing of the class.
  assert.equal((await who.other.get(`/api/training-classes/${c.id}`)).status, 404);
  assert.equal((await who.secretary.get(`/api/training-classes/${c.id}`)).status, 404);
});

test('a candidate\'s certificate fills the admission file; voiding is refused once the branch voted', async () => {
  const c = await ok(who.staff.post(`/api/orgs/${org.g.id}/training-classes`, cls({ kind: 'candidate_awareness', title: 'Lớp nhận thức về Đảng khóa I', starts_on: '2026-02-02', ends_on: '2026-02-06' })), 201);
  const full = await ok(who.staff.post(`/api/training-classes/${c.id}/learners`, { candidate_ids: [people.candidate] }));
  const l = full.learner_list[0];
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${l.id}/result`, { result: 'completed', certificate_no: '88-GCN/TTCT', certificate_on: '2026-02-10' }));
  let cand = await ok(admin.get(`/api/candidates/${people.candidate}`));
  assert.equal(cand.class_certificate_no, '88-GCN/TTCT');
  assert.equal(cand.class_completed_on, '2026-02-10');
  assert.ok(cand.certificate_valid_until);
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${l.id}/void-certificate`, { reason: 'Nhầm người' }), 204);
  cand = await ok(admin.get(`/api/candidates/${people.candidate}`));
  assert.equal(cand.class_certificate_no ?? '', '');
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${l.id}/result`, { result: 'completed', certificate_no: '89-GCN/TTCT', certificate_on: '2026-02-10' }));
  // The admission steps go on from the certificate: the branch votes, then voiding is refused.
  await ok(admin.post(`/api/candidates/${people.candidate}/steps`, { step: 'dossier', on: '2026-03-01' }));
  await ok(admin.post(`/api/candidates/${people.candidate}/steps`, { step: 'introducers', on: '2026-03-02', introducer1_id: people.a, introducer2_id: people.b, introducer1_since: '2020-01-01', introducer2_since: '2020-01-01' }));
  await ok(admin.post(`/api/candidates/${people.candidate}/steps`, { step: 'vote', on: '2026-03-05', votes_for: 2, votes_total: 2 }));
  const r = await who.staff.post(`/api/training-classes/${c.id}/learners/${l.id}/void-certificate`, { reason: 'Thử' });
  assert.equal(r.status, 409);
  assert.match(r.json.detail, /biểu quyết/);
  assert.equal((await who.staff.post(`/api/training-classes/${c.id}/void`, { reason: 'Thử hủy lớp' })).status, 409);
});

test('indicators: classes and learners by kind, with the people behind them; the CLI lists the classes', async () => {
  const ind = await ok(who.staff.get(`/api/orgs/${org.g.id}/indicators?codes=training.classes,training.classes_candidate_awareness,training.learners_theory_elementary,training.completed_theory_elementary&period=2026&at=2026-12-01`));
  assert.deepEqual(
    ind.indicators.map((i) => i.value),
    [2, 1, 2, 1],
  );
  const listed = await ok(who.staff.get(`/api/orgs/${org.g.id}/indicators/people?code=training.completed_theory_elementary&period=2026`));
  assert.equal(listed.total, 1);
  assert.equal(listed.items[0].name, 'Trần Thị Chăm');
  const out = cli(['training', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2026']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Tổng số: 2 lớp, 3 học viên\./);
});

test('the vocabularies and the action are served', async () => {
  const meta = await ok(admin.get('/api/v1/meta'));
  for (const v of ['training_kind', 'training_result', 'training_grade']) assert.ok(meta.vocab[v]?.length > 0, v);
  assert.equal(meta.vocab.training_kind.find((k) => k.code === 'candidate_awareness').label, 'Bồi dưỡng nhận thức về Đảng (quần chúng ưu tú)');
  const me = await ok(who.staff.get('/api/auth/me'));
  assert.ok(me.actions.includes('training.write'));
  const sec = await ok(who.secretary.get('/api/auth/me'));
  assert.ok(sec.actions.includes('training.write'));
  assert.ok(!sec.actions.includes('cadre.read'));
});

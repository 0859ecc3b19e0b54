// Propaganda API suite: the propaganda staff (tuyengiao) record study sessions, conferences,
// contests, opinion reports, Directive 05 models and collaborators in their subtree; bad input
// is refused in Vietnamese (problem+json) with nothing written; outsiders and other
// committees get "not found"; every write and refusal is audited; the indicators give the
// seeds' kind of figures (sessions, participation rate, conferences, points, participants,
// units registering models, collaborators serving); the CLI lists the activities.
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
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Văn hóa', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Văn hóa', ...at('2000-02-01') }), 201);
  org.b2 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Thể thao', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Lê Văn Tuyên');
  people.outside = await member(org.x.id, 'Khổng Văn Ngoài');
  who.tuyengiao = await login('tuyengiao.vanhoa', org.g.id, 'propaganda_staff');
  who.staff = await login('tochuc.vanhoa', org.g.id, 'org_staff');
  who.member = await login('dangvien.vanhoa', org.b1.id, 'member');
  who.other = await login('tuyengiao.khac', org.x.id, 'propaganda_staff');
});

const study = (extra) => ({ kind: 'study_session', held_on: '2026-03-10', title: 'Học tập, quán triệt Nghị quyết 57-NQ/TW', document_no: '57-NQ/TW', document_kind: 'resolution', invited: 46, attended: 45, ...extra });
const activityCount = async () => (await ok(admin.get(`/api/orgs/${org.g.id}/propaganda-activities`))).total;
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;

test('bad input is refused in Vietnamese problem+json and nothing is written; outsiders get not found', async () => {
  const cases = [
    [study({ attended: 47 }), /tham gia/],
    [study({ document_no: '' }), /Số hiệu văn bản/],
    [study({ held_on: '2026-02-30' }), vietnamese],
    [study({ held_on: '2099-01-01' }), vietnamese],
    [study({ kind: 'nau_an' }), /Loại hoạt động/],
    [study({ invited: -3 }), vietnamese],
    [study({ invited: 'nhiều' }), vietnamese],
    [{ ...study(), extra: 1 }, vietnamese],
    [{ kind: 'online_conference', held_on: '2026-04-01', title: 'Hội nghị' }, /điểm cầu/],
    [{ kind: 'opinion_report', held_on: '2026-04-01', title: 'Báo cáo', opinions: 3 }, /Tóm tắt/],
  ];
  for (const [body, pattern] of cases) {
    const r = await who.tuyengiao.post(`/api/orgs/${org.b1.id}/propaganda-activities`, body);
    assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
    assert.match(r.json.title + r.json.detail + JSON.stringify(r.json.errors ?? r.json.fields ?? ''), pattern);
  }
  let r = await who.other.post(`/api/orgs/${org.g.id}/propaganda-activities`, study());
  assert.equal(r.status, 404);
  r = await who.member.post(`/api/orgs/${org.b1.id}/propaganda-activities`, study());
  assert.equal(r.status, 403);
  r = await who.staff.post(`/api/orgs/${org.b1.id}/propaganda-activities`, study());
  assert.equal(r.status, 403);
  assert.equal(await activityCount(), 0);
  // Refused at the route (role, scope): audited as refused writes of the path.
  assert.ok((await auditTotal(`action=http.write&outcome=refused&entity_id=${encodeURIComponent(`/api/orgs/${org.g.id}/propaganda-activities`)}`)) >= 1);
});

test('the propaganda staff record, change and void activities, audited; other committees see nothing', async () => {
  const s = await ok(who.tuyengiao.post(`/api/orgs/${org.b1.id}/propaganda-activities`, study()), 201);
  assert.equal(s.kind_label, 'Học tập, quán triệt nghị quyết, chỉ thị');
  assert.ok(Math.abs(s.rate - 97.826) < 0.01);
  const c = await ok(
    who.tuyengiao.post(`/api/orgs/${org.g.id}/propaganda-activities`, { kind: 'online_conference', held_on: '2026-05-20', title: 'Hội nghị trực tuyến quán triệt Nghị quyết Đại hội XIV', points: 70, attended: 1250 }),
    201,
  );
  assert.equal(c.points, 70);
  const changed = await ok(who.tuyengiao.post(`/api/propaganda-activities/${s.id}`, study({ attended: 46, version: s.version })));
  assert.equal(changed.rate, 100);
  let r = await who.tuyengiao.post(`/api/propaganda-activities/${s.id}`, study({ version: s.version }));
  assert.equal(r.status, 409);
  assert.equal((await who.other.get(`/api/propaganda-activities/${s.id}`)).status, 404);
  assert.equal((await who.other.get(`/api/propaganda-activities/999999`)).status, 404);
  assert.equal((await who.other.get(`/api/orgs/${org.g.id}/propaganda-activities`)).status, 404);
  assert.equal((await who.other.post(`/api/propaganda-activities/${s.id}/void`, { reason: 'Thử' })).status, 404);
  // org_staff read the list.
  assert.equal((await ok(who.staff.get(`/api/orgs/${org.g.id}/propaganda-activities?kind=study_session`))).total, 1);
  r = await who.tuyengiao.post(`/api/propaganda-activities/${c.id}/void`, { reason: '' });
  assert.equal(r.status, 400);
  assert.match(r.json.detail + JSON.stringify(r.json), /Lý do/);
  await ok(who.tuyengiao.post(`/api/propaganda-activities/${c.id}/void`, { reason: 'Ghi trùng' }), 204);
  assert.equal((await who.tuyengiao.get(`/api/propaganda-activities/${c.id}`)).status, 404);
  assert.equal(await auditTotal('action=propaganda.activity_create&outcome=ok'), 2);
  assert.equal(await auditTotal('action=propaganda.activity_update&outcome=ok'), 1);
  assert.equal(await auditTotal('action=propaganda.activity_void&outcome=ok'), 1);
  await ok(who.tuyengiao.post(`/api/orgs/${org.g.id}/propaganda-activities`, { kind: 'online_conference', held_on: '2026-07-20', title: 'Hội nghị báo cáo viên trực tuyến', points: 72, attended: 1300 }), 201);
});

test('one document studied by many units at once: all or nothing', async () => {
  const body = { title: 'Học tập Chỉ thị 45-CT/TW', document_no: '45-CT/TW', document_kind: 'directive', held_on: '2026-06-04', rows: [{ org_id: org.b2.id, invited: 20, attended: 20 }, { org_id: org.x.id, invited: 9, attended: 9 }] };
  let r = await who.tuyengiao.post(`/api/orgs/${org.g.id}/study-sessions`, body);
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Sở Khác'));
  r = await who.tuyengiao.post(`/api/orgs/${org.g.id}/study-sessions`, { ...body, rows: [body.rows[0], { org_id: org.b1.id, invited: 9, attended: 10 }] });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /Dòng 2/);
  const before = await activityCount();
  const done = await ok(who.tuyengiao.post(`/api/orgs/${org.g.id}/study-sessions`, { ...body, rows: [body.rows[0], { org_id: org.b1.id, invited: 25, attended: 24 }] }), 201);
  assert.equal(done.recorded, 2);
  assert.equal(await activityCount(), before + 2);
});

test('Directive 05 models and public-opinion collaborators', async () => {
  const model = { year: 2026, kind: 'collective', name: 'Mô hình "Chi bộ số"', registered_on: '2026-02-20' };
  let r = await who.tuyengiao.post(`/api/orgs/${org.b1.id}/directive05-models`, { ...model, registered_on: '2024-02-20' });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /Ngày đăng ký/);
  r = await who.tuyengiao.post(`/api/orgs/${org.b1.id}/directive05-models`, { ...model, kind: 'individual', member_id: people.outside });
  assert.equal(r.status, 400);
  assert.ok(!r.text.includes('Khổng'));
  const m1 = await ok(who.tuyengiao.post(`/api/orgs/${org.b1.id}/directive05-models`, model), 201);
  await ok(who.tuyengiao.post(`/api/orgs/${org.b1.id}/directive05-models`, { ...model, name: 'Mô hình "Tiết kiệm"' }), 201);
  await ok(who.tuyengiao.post(`/api/orgs/${org.b2.id}/directive05-models`, { ...model, kind: 'individual', member_id: undefined }), 400);
  await ok(who.tuyengiao.post(`/api/orgs/${org.b2.id}/directive05-models`, model), 201);
  const recognized = await ok(who.tuyengiao.post(`/api/directive05-models/${m1.id}`, { ...model, recognized_on: '2026-11-20', version: m1.version }));
  assert.equal(recognized.recognized_on, '2026-11-20');

  const col = await ok(who.tuyengiao.post(`/api/orgs/${org.g.id}/opinion-collaborators`, { member_id: people.a, from_on: '2025-01-15', decision_no: '12-QĐ/ĐU' }), 201);
  r = await who.tuyengiao.post(`/api/orgs/${org.g.id}/opinion-collaborators`, { member_id: people.a, from_on: '2026-01-15' });
  assert.equal(r.status, 409);
  assert.equal(r.json.code, 'collaborator_overlap');
  r = await who.tuyengiao.post(`/api/orgs/${org.g.id}/opinion-collaborators`, { member_id: people.outside, from_on: '2026-01-15' });
  assert.equal(r.status, 400);
  assert.ok(!r.text.includes('Khổng'));
  r = await who.tuyengiao.post(`/api/opinion-collaborators/${col.id}`, { from_on: '2025-01-15', to_on: '2025-01-10' });
  assert.equal(r.status, 400);
  assert.equal((await ok(who.tuyengiao.get(`/api/orgs/${org.g.id}/opinion-collaborators?at=2026-06-01`))).total, 1);
  assert.equal((await who.other.post(`/api/opinion-collaborators/${col.id}/void`, { reason: 'Thử' })).status, 404);
  assert.equal(await auditTotal('action=propaganda.model_create&outcome=ok'), 3);
  assert.equal(await auditTotal('action=propaganda.model_update&outcome=ok'), 1);
  assert.equal(await auditTotal('action=propaganda.collaborator_create&outcome=ok'), 1);
});

test('indicators give sessions, the participation rate, conferences, points, participants, units registering and collaborators; the CLI lists', async () => {
  const codes = 'propaganda.study_sessions,propaganda.study_rate,propaganda.conferences,propaganda.conference_points,propaganda.conference_participants,propaganda.d05_units,propaganda.d05_models,propaganda.d05_recognized,propaganda.collaborators';
  const ind = await ok(who.tuyengiao.get(`/api/orgs/${org.g.id}/indicators?codes=${codes}&period=2026&at=2026-12-01`));
  const v = Object.fromEntries(ind.indicators.map((i) => [i.code, i.value]));
  assert.equal(v['propaganda.study_sessions'], 3);
  assert.ok(Math.abs(v['propaganda.study_rate'] - (100 * (46 + 20 + 24)) / (46 + 20 + 25)) < 0.01, String(v['propaganda.study_rate']));
  assert.equal(v['propaganda.conferences'], 1);
  assert.equal(v['propaganda.conference_points'], 72);
  assert.equal(v['propaganda.conference_participants'], 1300);
  assert.equal(v['propaganda.d05_units'], 2);
  assert.equal(v['propaganda.d05_models'], 3);
  assert.equal(v['propaganda.d05_recognized'], 1);
  assert.equal(v['propaganda.collaborators'], 1);
  const units = await ok(who.tuyengiao.get(`/api/orgs/${org.g.id}/indicators?codes=propaganda.d05_units&period=2026&at=2026-12-01&breakdown=unit`));
  assert.deepEqual(units.units.map((u) => u.indicators[0].value).sort(), [1, 1]);
  const out = cli(['propaganda', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2026', '--kind', 'study_session']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Tổng số: 3 hoạt động\./);
  assert.match(out.stdout, /46\/46 đảng viên \(100%\)/);
});

test('the vocabularies and the actions are served; tuyengiao may now write', async () => {
  const meta = await ok(admin.get('/api/v1/meta'));
  for (const v of ['propaganda_kind', 'document_kind', 'directive05_model_kind']) assert.ok(meta.vocab[v]?.length > 0, v);
  assert.equal(meta.vocab.propaganda_kind.find((k) => k.code === 'online_conference').label, 'Hội nghị trực tuyến');
  const me = await ok(who.tuyengiao.get('/api/auth/me'));
  assert.ok(me.actions.includes('propaganda.write'));
  const staff = await ok(who.staff.get('/api/auth/me'));
  assert.ok(staff.actions.includes('propaganda.read'));
  assert.ok(!staff.actions.includes('propaganda.write'));
});

// Cadre planning API suite: a member planned for a post in a term with a training roadmap, bad
// input refused in Vietnamese with nothing written, the progress read from the training
// records, removal by decision, audit rows, confidentiality (secretaries refused, other
// committees' staff answered "not found", figures left out for those who may not read them)
// and the CLI.
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
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Nội vụ', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Cán bộ', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Đinh Văn Quy');
  people.outside = await member(org.x.id, 'Khổng Văn Ngoài');
  who.staff = await login('tochuc.noivu', org.g.id, 'org_staff');
  who.secretary = await login('bithu.canbo', org.b1.id, 'secretary');
  who.other = await login('tochuc.khac2', org.x.id, 'org_staff');
});

const plan = (extra) => ({ term: '2025-2030', member_id: people.a, post: 'secretary', added_on: '2025-12-15', added_decision_no: '12-QĐ/ĐU', target_theory: 'trung_cap', theory_by: '2028-12-31', roadmap: [{ kind: 'committee_skills', due_on: '2026-06-30' }], ...extra });
const planCount = async () => (await ok(admin.get(`/api/orgs/${org.g.id}/cadre-plans?status=all`))).total;

test('bad input is refused in Vietnamese and nothing is written', async () => {
  let r = await who.staff.post(`/api/orgs/${org.g.id}/cadre-plans`, plan({ term: '2031-2036' }));
  assert.equal(r.status, 400, r.text);
  assert.match(r.json.detail, /Nhiệm kỳ/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/cadre-plans`, plan({ post: 'vua' }));
  assert.equal(r.status, 400);
  assert.match(r.json.title + r.json.detail, vietnamese);
  r = await who.staff.post(`/api/orgs/${org.g.id}/cadre-plans`, plan({ roadmap: [{ kind: 'nau_an', due_on: '2026-01-01' }] }));
  assert.equal(r.status, 400);
  r = await who.staff.post(`/api/orgs/${org.g.id}/cadre-plans`, plan({ member_id: people.outside }));
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Khổng Văn Ngoài'));
  r = await who.other.post(`/api/orgs/${org.g.id}/cadre-plans`, plan());
  assert.equal(r.status, 404);
  r = await who.secretary.post(`/api/orgs/${org.b1.id}/cadre-plans`, plan());
  assert.equal(r.status, 403);
  assert.equal(await planCount(), 0);
});

test('a plan, its progress from the training records, removal by decision; confidential', async () => {
  const p = await ok(who.staff.post(`/api/orgs/${org.g.id}/cadre-plans`, plan()), 201);
  assert.equal(p.progress, 'overdue'); // the skills class was due on 30/06/2026
  const c = await ok(who.staff.post(`/api/orgs/${org.g.id}/training-classes`, { kind: 'committee_skills', title: 'Bồi dưỡng nghiệp vụ cấp ủy', starts_on: '2026-07-01', ends_on: '2026-07-03' }), 201);
  const full = await ok(who.staff.post(`/api/training-classes/${c.id}/learners`, { member_ids: [people.a] }));
  await ok(who.staff.post(`/api/training-classes/${c.id}/learners/${full.learner_list[0].id}/result`, { result: 'completed' }));
  const after = await ok(who.staff.get(`/api/cadre-plans/${p.id}`));
  assert.equal(after.roadmap[0].status, 'done');
  assert.equal(after.roadmap[0].done_on, '2026-07-03');
  assert.equal(after.progress, 'on_track'); // the theory level is still to reach by 2028
  // Confidential: the secretary is refused, another committee's staff get not found.
  assert.equal((await who.secretary.get(`/api/cadre-plans/${p.id}`)).status, 403);
  assert.equal((await who.secretary.get(`/api/orgs/${org.b1.id}/cadre-plans`)).status, 403);
  const hidden = await who.other.get(`/api/cadre-plans/${p.id}`);
  const missing = await who.other.get('/api/cadre-plans/987654');
  assert.equal(hidden.status, 404);
  assert.deepEqual(hidden.json, JSON.parse(missing.text.replaceAll('987654', String(p.id))));
  const ind = await ok(who.staff.get(`/api/orgs/${org.g.id}/indicators?codes=cadre.planned,cadre.planned_secretary,cadre.roadmap_complete&at=2026-12-01&period=2026`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [1, 1, 0]);
  assert.equal((await who.secretary.get(`/api/orgs/${org.b1.id}/indicators?codes=cadre.planned&period=2026`)).status, 403);
  const all = await ok(who.secretary.get(`/api/orgs/${org.b1.id}/indicators?period=2026&at=2026-12-01`));
  assert.ok(!all.indicators.some((i) => i.code.startsWith('cadre.')));
  const listed = await ok(who.secretary.get('/api/indicators'));
  assert.ok(!listed.items.some((i) => i.code.startsWith('cadre.')));
  // Removed at the yearly review.
  let r = await who.staff.post(`/api/cadre-plans/${p.id}/remove`, { removed_on: '2025-12-01', removed_decision_no: '30-QĐ/ĐU' });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /trước ngày quy hoạch/);
  const removed = await ok(who.staff.post(`/api/cadre-plans/${p.id}/remove`, { removed_on: '2026-11-30', removed_decision_no: '30-QĐ/ĐU', reason: 'Chuyển công tác' }));
  assert.equal(removed.removed_on, '2026-11-30');
  assert.equal((await ok(who.staff.get(`/api/orgs/${org.g.id}/cadre-plans`))).total, 0);
  const audit = await ok(admin.get('/api/audit?action=cadre.plan_remove&outcome=ok'));
  assert.equal(audit.total, 1);
  const out = cli(['cadre', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--term', '2025-2030']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Tổng số: 0 người\./);
});

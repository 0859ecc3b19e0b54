// Authorization matrix: every route of the server's own route table (GET /api/routes, with the
// rule declared beside each route) × every role scoped to branch A, the root admin and no
// session × a path id inside the scope, outside it (branch B) and missing. Expected: no
// session → 401; a role the rule does not admit → 403; outside the scope → 404 exactly as a
// missing id; an admitted role inside → neither 401, 403, 404 nor 5xx. No answer to an actor
// of A names a member or candidate of B or shows their national IDs. Bodies are `{}`: the
// rule is checked before any body is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const MISSING = 987654;
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const side = { a: {}, b: {} };
const actors = []; // { name, role, root, client }
const secrets = []; // what no actor of A may ever see: B's people
let routes = [];

async function fixture(key, n) {
  const s = side[key];
  s.org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: `Chi bộ Ma trận ${key.toUpperCase()}`, ...at('2000-01-01') }), 201);
  s.members = [];
  for (let i = 0; i < 2; i++) {
    const full_name = `${key === 'a' ? 'Lê Văn' : 'Trịnh Thị'} Ma Trận ${n}${i}`;
    const national_id = `00119${n}${i}0${n}${i}01`;
    const m = await ok(admin.post('/api/members', { org_id: s.org.id, full_name, sex: 'male', birth_date: `1980-0${n}-1${i}`, national_id, admitted_on: '2010-05-19', official_on: '2011-05-19' }), 201);
    s.members.push(m);
    if (key === 'b') secrets.push(full_name, national_id);
  }
  s.member = s.members[0];
  s.eventId = (await ok(admin.get(`/api/members/${s.member.id}/timeline`))).items[0].id;
  const c = { org_id: s.org.id, full_name: `${key === 'a' ? 'Phan Văn' : 'Đỗ Thị'} Ưu Tú ${n}`, sex: 'female', birth_date: '2000-02-02', national_id: `00130${n}555${n}${n}0`, ethnicity: 'Kinh', general_education: '12/12', identified_on: '2024-09-01' };
  s.candidate = await ok(admin.post('/api/candidates', c), 201);
  if (key === 'b') secrets.push(c.full_name, c.national_id);
  s.transfer = await ok(admin.post(`/api/members/${s.members[1].id}/transfer-temporary`, { purpose: 'study', ...at('2025-06-01'), until_on: '2027-06-01', external_unit: 'Trường Chính trị tỉnh' }), 201);
  s.meeting = await ok(admin.post('/api/meetings', { org_id: s.org.id, kind: 'regular', held_on: '2025-06-05', topic: 'Sinh hoạt thường kỳ' }), 201);
  await ok(admin.post(`/api/meetings/${s.meeting.id}/minutes`, { filename: 'bien-ban.pdf', content_base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }));
  s.user = await ok(admin.post('/api/users', { username: `nguoi.${key}`, display_name: `Người ${key}`, org_id: s.org.id, roles: ['member'], password: PASSWORD }), 201);
  s.snapshot = await ok(admin.post(`/api/orgs/${s.org.id}/report-snapshots?codes=members.total`, { title: `Báo cáo ma trận ${key}`, issued_on: '2025-06-02' }), 201);
  // Cases the side's own organization handles (so its secretary may open them).
  s.inspection = await ok(admin.post(`/api/orgs/${s.org.id}/inspections`, { kind: 'regular_supervision', subject: 'org', subject_org_id: s.org.id, title: 'Giám sát thường xuyên', started_on: '2025-06-03' }), 201);
  s.discipline = await ok(admin.post(`/api/orgs/${s.org.id}/discipline`, { subject: 'member', member_id: s.member.id, form: 'reprimand', violation_on: '2025-05-01', violation: 'Vi phạm quy chế', decision_no: '1-QĐ/CB', decided_on: '2025-06-04' }), 201);
  // A class with the side's member as its learner; a cadre plan with one roadmap item.
  s.trainingClass = await ok(admin.post(`/api/orgs/${s.org.id}/training-classes`, { kind: 'new_member', title: 'Lớp ma trận', starts_on: '2025-06-02', ends_on: '2025-06-06' }), 201);
  s.learner = (await ok(admin.post(`/api/training-classes/${s.trainingClass.id}/learners`, { member_ids: [s.member.id] }))).learner_list[0].id;
  s.cadre = await ok(admin.post(`/api/orgs/${s.org.id}/cadre-plans`, { term: '2025-2030', member_id: s.member.id, post: 'secretary', added_on: '2025-12-15', added_decision_no: '1-QĐ/CB', roadmap: [{ kind: 'committee_skills', due_on: '2027-06-30' }] }), 201);
  s.roadmapItem = s.cadre.roadmap[0].id;
  // A study session of the side's organization, a Directive 05 model, a collaborator.
  s.activity = await ok(admin.post(`/api/orgs/${s.org.id}/propaganda-activities`, { kind: 'study_session', held_on: '2025-06-02', title: 'Học tập ma trận', document_no: '57-NQ/TW', document_kind: 'resolution', invited: 10, attended: 10 }), 201);
  s.model = await ok(admin.post(`/api/orgs/${s.org.id}/directive05-models`, { year: 2025, kind: 'collective', name: 'Mô hình ma trận', registered_on: '2025-02-20' }), 201);
  s.collaborator = await ok(admin.post(`/api/orgs/${s.org.id}/opinion-collaborators`, { member_id: s.member.id, from_on: '2025-01-15' }), 201);
  // An award to the side's organization and a movement of it.
  s.reward = await ok(admin.post(`/api/orgs/${s.org.id}/rewards`, { subject: 'collective', form: 'commendation', level: 'grassroots', decision_no: '1-QĐ/ĐU', decided_on: '2025-06-05', reason: 'Ma trận' }), 201);
  s.emulation = await ok(admin.post(`/api/orgs/${s.org.id}/emulations`, { kind: 'movement', title: 'Phong trào ma trận', starts_on: '2025-06-01' }), 201);
  s.document = await ok(admin.post(`/api/orgs/${s.org.id}/documents`, { kind: 'directive', number: '05-CT/TW', issued_on: '2025-05-15', title: 'Văn bản ma trận' }), 201);
  s.target = await ok(admin.post(`/api/orgs/${s.org.id}/congress-targets`, { term: '2025-2030', title: 'Chỉ tiêu ma trận', comparison: 'at_least', term_plan: '1' }), 201);
  // The first member's own account and a correction request it sent.
  await ok(admin.post(`/api/members/${s.member.id}/account`, { username: `rieng.${key}`, password: PASSWORD }), 201);
  const own = new Client(server.url);
  assert.equal((await own.login(`rieng.${key}`, PASSWORD)).status, 200);
  s.correction = await ok(own.post('/api/me/corrections', { field: 'home_town', requested: 'Hà Nội' }), 201);
}

useServer(async () => {
  await fixture('a', 1);
  await fixture('b', 2);
  const roles = (await ok(admin.get('/api/meta'))).roles.map((r) => r.code);
  for (const role of roles) {
    const username = `ma.tran.${role.replace('_', '.')}`;
    await ok(admin.post('/api/users', { username, display_name: username, org_id: side.a.org.id, roles: [role], password: PASSWORD }), 201);
    const client = new Client(server.url);
    assert.equal((await client.login(username, PASSWORD)).status, 200);
    actors.push({ name: `${role}@A`, role, root: false, client });
  }
  actors.push({ name: 'admin@root', role: 'admin', root: true, client: admin });
  routes = (await ok(admin.get('/api/routes'))).items;
});

// Path parameters other than the rule's own: a fixture per name. A route with a parameter
// not listed here fails the suite until it is given one.
const extraParams = {
  year: async () => '2025',
  kind: async () => 'admitted',
  event_id: async (key) => String(side[key].eventId),
  // Ending an assignment uses it up: each call gets a fresh one (the side's first member, seated
  // in the root's committee, assigned to the side's branch; the previous one is ended first).
  aid: async (key) => {
    const s = side[key];
    if (!s.seated) {
      await ok(admin.post('/api/orgs/1/committee', { term: '2020–2025', person_name: s.member.full_name, member_id: s.member.id, position: 'member' }), 201);
      s.seated = true;
    }
    if (s.aid) await admin.post(`/api/orgs/${s.org.id}/meeting-assignments/${s.aid}/end`, { to_on: new Date().toISOString().slice(0, 10) });
    s.aid = (await ok(admin.post(`/api/orgs/${s.org.id}/meeting-assignments`, { member_id: s.member.id, from_on: '2026-01-01' }), 201)).id;
    return String(s.aid);
  },
  // Deleting a seat or a holiday uses it up: each call gets a fresh one.
  cid: async (key) => String((await ok(admin.post(`/api/orgs/${side[key].org.id}/committee`, { term: '2020–2025', person_name: 'Cấp ủy viên thử', position: 'member' }), 201)).id),
  lid: async (key) => String(side[key].learner),
  did: async (key) => String(side[key].document.id),
  rid: async (key) => String(side[key].roadmapItem),
  day: async () => {
    await ok(admin.request('PUT', '/api/holidays/2030-12-24', { body: { name: 'Ngày thử', kind: 'holiday' } }));
    return '2030-12-24';
  },
};

const targetId = { org: (s) => s.org.id, member: (s) => s.member.id, candidate: (s) => s.candidate.id, transfer: (s) => s.transfer.id, user: (s) => s.user.id, report_snapshot: (s) => s.snapshot.id, meeting: (s) => s.meeting.id, inspection: (s) => s.inspection.id, discipline: (s) => s.discipline.id, training_class: (s) => s.trainingClass.id, cadre_plan: (s) => s.cadre.id, correction_request: (s) => s.correction.id, propaganda_activity: (s) => s.activity.id, directive05_model: (s) => s.model.id, opinion_collaborator: (s) => s.collaborator.id, reward: (s) => s.reward.id, emulation: (s) => s.emulation.id, congress_target: (s) => s.target.id, document: (s) => s.document.id };

// The path of `route` with ids of side `key`, or with a missing id for the rule's parameter.
async function pathFor(route, key, missing = false) {
  let path = route.pattern;
  for (const [, name] of route.pattern.matchAll(/\{(\w+)\}/g)) {
    let value;
    if (name === route.param) {
      assert.ok(targetId[route.target], `no fixture for target ${route.target} of ${route.pattern}`);
      value = missing ? MISSING : targetId[route.target](side[key]);
    } else {
      assert.ok(extraParams[name], `no fixture for the path parameter {${name}} of ${route.method} ${route.pattern}`);
      value = await extraParams[name](key);
    }
    path = path.replace(`{${name}}`, value);
  }
  return route.pattern === '/api/members/export' ? `${path}?format=csv` : path;
}

function call(client, route, path) {
  const safe = route.method === 'GET' || route.method === 'HEAD';
  return client.request(route.method, path, safe ? {} : { body: {} });
}

function assertNoSecrets(r, who, what) {
  for (const s of secrets) assert.ok(!r.text.includes(s), `${who} ${what} shows “${s}”: ${r.text.slice(0, 300)}`);
}

// Logging out ends the session the other calls need: last.
const order = (r) => (r.pattern === '/api/auth/logout' ? 1 : 0);

test('every route declares a rule the matrix knows', () => {
  assert.ok(routes.length >= 60, `only ${routes.length} routes listed`);
  const actions = new Set([null, 'org.read', 'org.write', 'user.manage', 'audit.read', 'member.read', 'member.write', 'lifecycle.write', 'global.write', 'report.read', 'report.freeze', 'meeting.write', 'rating.write', 'rating.approve', 'badge.write', 'inspection.read', 'inspection.write', 'discipline.read', 'discipline.write', 'dues.read', 'dues.collect', 'dues.basis', 'dues.remit', 'training.write', 'cadre.read', 'cadre.write', 'propaganda.read', 'propaganda.write', 'reward.write', 'target.write']);
  for (const r of routes) {
    const name = `${r.method} ${r.pattern}`;
    assert.ok(['public', 'session'].includes(r.access), name);
    assert.ok(actions.has(r.action), `${name}: action ${r.action}`);
    assert.ok(['none', 'org', 'member', 'candidate', 'transfer', 'user', 'global', 'report_snapshot', 'meeting', 'inspection', 'discipline', 'training_class', 'cadre_plan', 'correction_request', 'propaganda_activity', 'directive05_model', 'opinion_collaborator', 'reward', 'emulation', 'congress_target', 'document'].includes(r.target), `${name}: target ${r.target}`);
    if (r.param) assert.ok(r.pattern.includes(`{${r.param}}`), `${name}: parameter ${r.param} not in the pattern`);
    // A session route that names a record in its path must say which kind, so its scope is checked.
    if (r.access === 'session' && /\{id\}/.test(r.pattern)) assert.ok(r.param === 'id', `${name}: {id} without a declared target`);
    if (r.access === 'public') assert.ok(r.pattern.startsWith('/healthz') || r.pattern.startsWith('/metrics') || r.pattern === '/api/auth/login', `${name} is public`);
  }
});

test('no session: every session route answers 401, public ones do not', async () => {
  const anonymous = new Client(server.url);
  for (const r of routes) {
    const res = await call(anonymous, r, await pathFor(r, 'a'));
    if (r.access === 'session') assert.equal(res.status, 401, `${r.method} ${r.pattern}: ${res.text}`);
    else assert.ok(![401, 403, 404].includes(res.status) && res.status < 500, `${r.method} ${r.pattern}: ${res.status}`);
    assertNoSecrets(res, 'anonymous', r.pattern);
  }
});

test('every role × every route, inside and outside the scope', async () => {
  const sorted = routes.filter((r) => r.access === 'session').sort((x, y) => order(x) - order(y));
  let calls = 0;
  for (const r of sorted) {
    for (const actor of actors) {
      const name = `${actor.name} ${r.method} ${r.pattern}`;
      const admitted = r.roles.includes(actor.role) && (!r.root_only || actor.root);
      const inside = await call(actor.client, r, await pathFor(r, 'a'));
      calls += 1;
      if (admitted) {
        assert.ok(![401, 403, 404].includes(inside.status) && inside.status < 500, `${name} inside: ${inside.status} ${inside.text}`);
      } else {
        assert.equal(inside.status, 403, `${name} inside: ${inside.text}`);
      }
      if (!actor.root) assertNoSecrets(inside, name, 'inside');
      if (!r.param || actor.root) continue;
      const outside = await call(actor.client, r, await pathFor(r, 'b'));
      const missing = await call(actor.client, r, await pathFor(r, 'a', true));
      calls += 2;
      assertNoSecrets(outside, name, 'outside');
      if (!admitted) {
        assert.equal(outside.status, 403, `${name} outside: ${outside.text}`);
        continue;
      }
      assert.equal(missing.status, 404, `${name} missing: ${missing.text}`);
      assert.equal(outside.status, 404, `${name} outside: ${outside.text}`);
      const id = String(targetId[r.target](side.b));
      assert.deepEqual(outside.json, JSON.parse(missing.text.replaceAll(String(MISSING), id)), `${name}: outside differs from missing`);
    }
  }
  assert.ok(calls > routes.length * actors.length, `${calls} calls`);
});

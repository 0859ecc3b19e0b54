// Admission API suite: a candidate from identification to ceremony with the rules checked
// at each step, a refused admission (under 18), recognition after 12 months, targets,
// flows with the people behind them, the worklist, and the holiday table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

let branch;
const introducers = [];

useServer(async () => {
  branch = (await admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Xây dựng', effective_on: '2000-01-01' })).json;
  for (const [name, born] of [['Trương Văn Lâm', '1970-01-01'], ['Quách Thị Nga', '1972-02-02'], ['Kiều Văn Phú', '1975-03-03']]) {
    const r = await admin.post('/api/members', { org_id: branch.id, full_name: name, sex: name.includes('Thị') ? 'female' : 'male', birth_date: born, admitted_on: '2005-05-05', official_on: '2006-05-05' });
    assert.equal(r.status, 201, r.text);
    introducers.push(r.json.id);
  }
});

async function step(id, body) {
  return admin.post(`/api/candidates/${id}/steps`, body);
}

async function candidate(fields) {
  const r = await admin.post('/api/candidates', { org_id: branch.id, sex: 'male', ethnicity: 'Kinh', general_education: '12/12', identified_on: '2024-09-01', ...fields });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function prepare(id, { cls = '2025-01-10' } = {}) {
  for (const body of [
    { step: 'class', on: cls, certificate_no: 'GCN-01' },
    { step: 'dossier', on: '2025-02-01' },
    { step: 'introducers', on: '2025-02-05', introducer1_id: introducers[0], introducer2_id: introducers[1], introducer1_since: '2020-01-01', introducer2_since: '2021-06-01' },
  ]) {
    const r = await step(id, body);
    assert.equal(r.status, 200, r.text);
  }
}

test('an applicant under 18 at the vote is refused, with nothing written', async () => {
  const c = await candidate({ full_name: 'Lò Văn Trẻ', birth_date: '2007-11-02', identified_on: '2025-01-02' });
  await prepare(c.id);
  const r = await step(c.id, { step: 'vote', on: '2025-03-01', votes_for: 3, votes_total: 3 });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.code, 'age_below_minimum');
  assert.match(r.json.detail, /[à-ỹĐđ]/u);
  assert.equal((await admin.get(`/api/candidates/${c.id}`)).json.status, 'preparing');
  const refused = await step(c.id, { step: 'refuse', on: '2025-03-01', reason: 'Chưa đủ 18 tuổi' });
  assert.equal(refused.json.candidate.status, 'refused');
});

test('admission end to end, then recognition after 12 months; flows and targets', async () => {
  const c = await candidate({ full_name: 'Mạc Văn Đông', birth_date: '1995-07-07' });
  await prepare(c.id);
  const early = await step(c.id, { step: 'decision', on: '2025-03-05', decision_no: '1' });
  assert.equal(early.status, 422);
  assert.equal(early.json.code, 'step_out_of_order');
  const weak = await step(c.id, { step: 'vote', on: '2025-03-01', votes_for: 1, votes_total: 3 });
  assert.equal(weak.status, 422);
  assert.equal(weak.json.code, 'votes_insufficient');
  for (const body of [
    { step: 'vote', on: '2025-03-01', votes_for: 3, votes_total: 3 },
    { step: 'proposal', on: '2025-03-10' },
    { step: 'decision', on: '2025-04-01', decision_no: '123-QĐ/ĐUK' },
  ]) {
    const r = await step(c.id, body);
    assert.equal(r.status, 200, r.text);
  }
  const decided = (await admin.get(`/api/candidates/${c.id}`)).json;
  assert.equal(decided.status, 'decided');
  assert.ok(decided.ceremony_deadline > '2025-04-01');
  // The worklist shows the ceremony due; it goes once the ceremony is recorded.
  const due = await admin.get(`/api/orgs/${branch.id}/worklist?at=2025-04-10`);
  assert.ok(due.json.items.some((w) => w.kind === 'ceremony_due' && w.candidate_id === c.id));
  const before = await step(c.id, { step: 'ceremony', on: '2025-03-31' });
  assert.equal(before.status, 400);
  const cer = await step(c.id, { step: 'ceremony', on: '2025-04-15' });
  assert.equal(cer.status, 200, cer.text);
  assert.deepEqual(cer.json.warnings, []);
  const memberId = cer.json.member_id;
  assert.ok(memberId);
  const after = await admin.get(`/api/orgs/${branch.id}/worklist?at=2025-04-16`);
  assert.ok(!after.json.items.some((w) => w.candidate_id === c.id && w.kind === 'ceremony_due'));
  const m = (await admin.get(`/api/members/${memberId}`)).json;
  assert.equal(m.status, 'probationary');
  assert.equal(m.admitted_on, '2025-04-01');

  // Probation: 12 calendar months from the ceremony (15/4/2025 → 15/4/2026).
  const tooSoon = await admin.post(`/api/members/${memberId}/recognition`, { resolution_on: '2026-04-14', decision_no: '45-QĐ/ĐUK' });
  assert.equal(tooSoon.status, 422);
  assert.equal(tooSoon.json.code, 'probation_not_ended');
  assert.match(tooSoon.json.detail, /15\/04\/2026/);
  const rec = await admin.post(`/api/members/${memberId}/recognition`, { resolution_on: '2026-06-30', decision_no: '45-QĐ/ĐUK', decision_date: '2026-07-02' });
  assert.equal(rec.status, 200, rec.text);
  assert.equal(rec.json.official_on, '2026-04-15');
  assert.equal(rec.json.warnings[0].code, 'recognition_late');
  assert.equal((await admin.get(`/api/members/${memberId}`)).json.status, 'official');
  assert.equal((await admin.get(`/api/orgs/1/stats?at=2026-04-14`)).json.members_by_status.probationary, 1);
  assert.equal((await admin.get(`/api/orgs/1/stats?at=2026-04-15`)).json.members_by_status.probationary, 0);

  // Targets and flows.
  assert.equal((await admin.request('PUT', `/api/orgs/${branch.id}/targets/2025`, { body: { target: 2 } })).status, 204);
  const flows = (await admin.get(`/api/orgs/1/flows?from=2025-01-01&to=2025-12-31`)).json;
  const count = (k) => flows.flows.find((f) => f.kind === k).count;
  assert.equal(count('admitted'), 1);
  assert.equal(flows.admission_target, 2);
  assert.equal(flows.admission_percent, 50);
  const people = (await admin.get(`/api/orgs/1/flows/admitted?from=2025-01-01&to=2025-12-31`)).json.items;
  assert.deepEqual(people.map((p) => [p.full_name, p.occurred_on, p.decision_no]), [['Mạc Văn Đông', '2025-04-01', '123-QĐ/ĐUK']]);
  const rec2026 = (await admin.get(`/api/orgs/1/flows?from=2026-01-01&to=2026-12-31`)).json;
  assert.equal(rec2026.flows.find((f) => f.kind === 'recognized').count, 1);
  const bad = await admin.get(`/api/orgs/1/flows?from=2026-12-31&to=2026-01-01`);
  assert.equal(bad.status, 400);
  // The CLI gives the same figures and the same people.
  const out = cli(['stats', '--org', '1', '--from', '2025-01-01', '--to', '2025-12-31', '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.equal(JSON.parse(out.stdout).counts.admitted, 1);
  assert.equal(JSON.parse(out.stdout).admission_percent, 50);
  const who = cli(['stats', '--org', '1', '--from', '2025-01-01', '--to', '2025-12-31', '--kind', 'admitted', '--db', server.dbUrl]);
  assert.deepEqual(JSON.parse(who.stdout).map((p) => p.full_name), ['Mạc Văn Đông']);
});

test('the holiday table: shipped Tết, admin edits, others refused', async () => {
  const h = (await admin.get('/api/holidays?year=2026')).json.items;
  assert.ok(h.some((d) => d.day === '2026-02-17' && /Tết/.test(d.name)));
  const put = await admin.request('PUT', '/api/holidays/2026-11-20', { body: { name: 'Nghỉ theo quyết định của tỉnh', kind: 'holiday' } });
  assert.equal(put.status, 200, put.text);
  const bad = await admin.request('PUT', '/api/holidays/2026-13-01', { body: { name: 'X', kind: 'holiday' } });
  assert.equal(bad.status, 400);
  await admin.post('/api/users', { username: 'tochuc.xd', display_name: 'Cán bộ tổ chức', org_id: 1, roles: ['org_staff'], password: 'Mat-khau-2026' });
  const staff = new Client(server.url);
  await staff.login('tochuc.xd', 'Mat-khau-2026');
  const refused = await staff.request('DELETE', '/api/holidays/2026-11-20');
  assert.equal(refused.status, 403);
  assert.equal((await admin.request('DELETE', '/api/holidays/2026-11-20')).status, 204);
  const rules = (await admin.get('/api/rules?at=2026-01-01')).json;
  assert.equal(rules.probation_months, 12);
  assert.equal(rules.min_admission_age_months, 216);
});

test('ceremony: a national ID registered in another branch is told without who or where', async () => {
  const other = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Kín Khác', effective_on: '2000-01-01' }), 201);
  const hidden = { full_name: 'Đào Thị Giấu Tên', national_id: '001190004444' };
  await ok(admin.post('/api/members', { org_id: other.id, ...hidden, sex: 'female', birth_date: '1990-01-01', admitted_on: '2015-01-01' }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.nghi.le', display_name: 'Bí thư', org_id: branch.id, roles: ['secretary'], password: 'Mat-khau-2026' }), 201);
  const sec = new Client(server.url);
  assert.equal((await sec.login('bithu.nghi.le', 'Mat-khau-2026')).status, 200);
  const c = await candidate({ full_name: 'Ninh Văn Mới', birth_date: '1996-06-06', national_id: hidden.national_id });
  await prepare(c.id);
  for (const body of [
    { step: 'vote', on: '2025-03-01', votes_for: 3, votes_total: 3 },
    { step: 'proposal', on: '2025-03-10' },
    { step: 'decision', on: '2025-04-01', decision_no: '124-QĐ/ĐUK' },
  ]) assert.equal((await step(c.id, body)).status, 200);
  const r = await sec.post(`/api/candidates/${c.id}/steps`, { step: 'ceremony', on: '2025-04-15' });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.code, 'possible_duplicate');
  assert.match(r.json.detail, /ngoài phạm vi quản lý của bạn\. Hãy liên hệ cấp ủy cấp trên/);
  for (const s of [hidden.full_name, hidden.national_id, 'Chi bộ Kín Khác']) assert.ok(!r.text.includes(s), r.text);
  // The root admin, whose scope holds both, is told whom.
  const root = await step(c.id, { step: 'ceremony', on: '2025-04-15' });
  assert.equal(root.status, 409);
  assert.match(root.json.detail, /Đào Thị Giấu Tên \(mã \d+, Chi bộ Kín Khác\)/);
});

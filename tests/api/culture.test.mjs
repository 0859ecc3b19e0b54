// Cultural-standard units API suite: the host units of a subtree counted once each, a year's
// registrations and results recorded at once, bad input and host units outside the subtree
// refused in Vietnamese with nothing written, outsiders answered "not found", any sensible
// year in the path, audit rows, the indicators and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';

const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const host = {};
const who = {};

useServer(async () => {
  for (const [key, name] of [['a', 'Sở Văn hóa Thử'], ['a2', 'Bảo tàng Thử'], ['x', 'Sở Khác Thử']]) {
    host[key] = await ok(admin.post('/api/host-units', { name, kind: 'agency' }), 201);
  }
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Văn hóa Thử', host_unit_id: host.a.id, ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Văn phòng Sở', host_unit_id: host.a.id, ...at('2000-02-01') }), 201);
  org.b2 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Bảo tàng', host_unit_id: host.a2.id, ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác Thử', host_unit_id: host.x.id, ...at('2000-01-01') }), 201);
  who.staff = await login('tochuc.vh', org.g.id, 'org_staff');
  who.secretary = await login('bithu.vp', org.b1.id, 'secretary');
  who.other = await login('tochuc.khac3', org.x.id, 'org_staff');
});

const put = (client, year, items) => client.request('PUT', `/api/orgs/${org.g.id}/culture/${year}`, { body: { items } });

test('bad input and outsiders are refused in Vietnamese, nothing written', async () => {
  let r = await put(who.staff, 2025, [{ host_unit_id: host.a.id, registered: false, result: 'model' }]);
  assert.equal(r.status, 400, r.text);
  assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
  assert.match(r.json.detail, /chưa đăng ký/);
  r = await put(who.staff, 2025, [{ host_unit_id: host.a.id, registered: true, result: 'xuat_sac' }]);
  assert.equal(r.status, 400);
  r = await put(who.staff, 2025, [{ host_unit_id: host.a.id, registered: true, decided_on: '2025-02-30' }]);
  assert.equal(r.status, 400);
  r = await put(who.staff, 2025, [{ host_unit_id: host.a.id, registered: 'có' }]);
  assert.equal(r.status, 400);
  r = await put(who.staff, 2099, [{ host_unit_id: host.a.id, registered: true }]);
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /Năm/);
  r = await put(who.staff, 2025, [{ host_unit_id: host.a.id, registered: true }, { host_unit_id: host.x.id, registered: true }]);
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Sở Khác Thử'));
  assert.equal((await put(who.other, 2025, [{ host_unit_id: host.a.id, registered: true }])).status, 404);
  assert.equal((await put(who.secretary, 2025, [{ host_unit_id: host.a.id, registered: true }])).status, 403);
  assert.equal((await who.other.get(`/api/orgs/${org.g.id}/culture/2025`)).status, 404);
  const y = await ok(who.staff.get(`/api/orgs/${org.g.id}/culture/2025`));
  assert.deepEqual([y.host_units, y.registered, y.achieved, y.model], [2, 0, 0, 0]);
  // Refused at the route (outside the scope, the role) and audited as such.
  const refused = await ok(admin.get(`/api/audit?action=http.write&outcome=refused&entity_id=${encodeURIComponent(`/api/orgs/${org.g.id}/culture/2025`)}`));
  assert.ok(refused.total >= 1);
});

test('a year recorded at once; any sensible year; indicators and the CLI', async () => {
  const y = await ok(put(who.staff, 2025, [
    { host_unit_id: host.a.id, registered: true, result: 'model', decision_no: '15-QĐ/ĐUK', decided_on: '2025-12-20' },
    { host_unit_id: host.a2.id, registered: true, result: 'not_achieved' },
  ]));
  assert.deepEqual([y.host_units, y.registered, y.achieved, y.model], [2, 2, 1, 1]);
  assert.equal(y.units.find((u) => u.host_unit_id === host.a.id).org_id, org.g.id);
  for (const year of [1995, 2020, 2026]) assert.equal((await who.staff.get(`/api/orgs/${org.g.id}/culture/${year}`)).status, 200, String(year));
  const audit = await ok(admin.get('/api/audit?action=culture.record&outcome=ok'));
  assert.equal(audit.total, 1);
  const ind = await ok(who.staff.get(`/api/orgs/${org.g.id}/indicators?codes=culture.host_units,culture.registered,culture.achieved,culture.model,culture.registered_percent&period=2025&at=2025-12-31`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [2, 2, 1, 1, 100]);
  const out = cli(['culture', 'show', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2025']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Năm 2025: 2\/2 đăng ký, 1\/2 đạt, 1 tiêu biểu\./);
  const meta = await ok(admin.get('/api/v1/meta'));
  assert.equal(meta.vocab.culture_result.find((k) => k.code === 'model').label, 'Đạt chuẩn, tiêu biểu');
});

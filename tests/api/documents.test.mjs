// Higher-level documents API suite: a committee's document seen from the grassroots
// organizations below it, each one's study session, action plan and thematic resolution
// recorded with the coverage counted, bad input refused in Vietnamese with nothing written,
// outsiders answered "not found", audit rows, the indicators and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';

const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const who = {};

useServer(async () => {
  org.sup = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'superior_committee', name: 'Đảng bộ Khối Thử VB', ...at('2000-01-01') }), 201);
  org.g = await ok(admin.post('/api/orgs', { parent_id: org.sup.id, kind: 'grassroots_committee', name: 'Đảng bộ Sở Tư pháp', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Pháp chế', ...at('2000-02-01') }), 201);
  org.h = await ok(admin.post('/api/orgs', { parent_id: org.sup.id, kind: 'grassroots_branch', name: 'Chi bộ Hội Luật gia', ...at('2000-01-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác VB', ...at('2000-01-01') }), 201);
  who.bloc = await login('tochuc.khoivb', org.sup.id, 'org_staff');
  who.staff = await login('tochuc.tuphap', org.g.id, 'org_staff');
  who.other = await login('tochuc.khac5', org.x.id, 'org_staff');
});

const doc = (extra) => ({ kind: 'resolution', number: '22-NQ/TW', issuer: 'Bộ Chính trị', issued_on: '2025-03-22', title: 'Về hội nhập quốc tế', ...extra });

test('bad input refused in Vietnamese, nothing written; outsiders get not found', async () => {
  let r = await who.bloc.post(`/api/orgs/${org.sup.id}/documents`, doc({ kind: 'cong_van' }));
  assert.equal(r.status, 400, r.text);
  assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
  assert.match(r.json.detail, /Loại văn bản/);
  r = await who.bloc.post(`/api/orgs/${org.sup.id}/documents`, doc({ number: '22 NQ TW' }));
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /22-NQ\/TW/);
  r = await who.bloc.post(`/api/orgs/${org.sup.id}/documents`, doc({ issued_on: '2025-02-30' }));
  assert.equal(r.status, 400);
  r = await who.staff.post(`/api/orgs/${org.sup.id}/documents`, doc());
  assert.equal(r.status, 404);
  assert.equal((await ok(who.bloc.get(`/api/orgs/${org.sup.id}/documents`))).items.length, 0);
});

test('the committee\'s document seen below, each unit\'s steps counted; indicators and the CLI', async () => {
  const d = await ok(who.bloc.post(`/api/orgs/${org.sup.id}/documents`, doc()), 201);
  // Seen from the grassroots committee below, which records its own steps.
  const mine = await ok(who.staff.get(`/api/orgs/${org.g.id}/documents`));
  assert.deepEqual(mine.items.map((x) => [x.number, x.units]), [['22-NQ/TW', 1]]);
  let r = await who.staff.request('PUT', `/api/orgs/${org.g.id}/documents/${d.id}/implementation`, { body: { studied_on: '2025-03-01' } });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /trước ngày ban hành/);
  r = await who.staff.request('PUT', `/api/orgs/${org.b1.id}/documents/${d.id}/implementation`, { body: { studied_on: '2025-04-01' } });
  assert.equal(r.status, 400);
  r = await who.staff.request('PUT', `/api/orgs/${org.h.id}/documents/${d.id}/implementation`, { body: { studied_on: '2025-04-01' } });
  assert.equal(r.status, 404);
  assert.equal((await who.other.get(`/api/orgs/${org.x.id}/documents/${d.id}`)).status, 404);
  await ok(who.staff.request('PUT', `/api/orgs/${org.g.id}/documents/${d.id}/implementation`, { body: { studied_on: '2025-04-01', plan_on: '2025-04-20', plan_no: '12-CTr/ĐU', resolution_on: '2025-05-10', resolution_no: '05-NQ/ĐU' } }));
  await ok(who.bloc.request('PUT', `/api/orgs/${org.h.id}/documents/${d.id}/implementation`, { body: { studied_on: '2025-04-02', plan_on: '2025-05-02' } }));
  const seen = await ok(who.bloc.get(`/api/orgs/${org.sup.id}/documents/${d.id}`));
  assert.deepEqual([seen.units, seen.studied, seen.planned, seen.resolved], [2, 2, 2, 1]);
  assert.equal(seen.implementations.find((u) => u.org_id === org.g.id).resolution_no, '05-NQ/ĐU');
  assert.equal((await ok(admin.get('/api/audit?action=document.implementation&outcome=ok'))).total, 2);
  const ind = await ok(who.bloc.get(`/api/orgs/${org.sup.id}/indicators?codes=documents.resolution,documents.studied,documents.planned,documents.resolved&period=2025&at=2025-12-31`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [1, 2, 2, 1]);
  const out = cli(['documents', 'list', '--db', server.dbUrl, '--org', String(org.sup.id)]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /nghị quyết chuyên đề 1\/2 \(50%\)/);
  await ok(who.bloc.post(`/api/documents/${d.id}/void`, { reason: 'Ghi nhầm' }), 204);
  assert.equal((await ok(who.staff.get(`/api/orgs/${org.g.id}/documents`))).items.length, 0);
});

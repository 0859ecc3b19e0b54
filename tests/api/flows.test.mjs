// Flows on a hand-countable fixture: every kind of event in 2024 across two units, counted
// for each unit and for the whole tree, the people behind each number, and the same figures
// after the units are merged in 2025.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, ok, useServer } from '../lib/harness.mjs';

useServer();

const member = (org_id, full_name, extra = {}) => ({ org_id, full_name, sex: 'male', birth_date: '1980-01-01', admitted_on: '2010-01-01', official_on: '2011-01-01', ...extra });
const event = (effective_on, extra = {}) => ({ effective_on, decision_no: `${effective_on}-QĐ`, decision_date: effective_on, ...extra });

test('flows of 2024 by unit and for the tree, unchanged by a later merge', async () => {
  const a = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ A', effective_on: '2000-01-01' }), 201);
  const b = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ B', effective_on: '2000-01-01' }), 201);
  const a1 = await ok(admin.post('/api/members', member(a.id, 'Ông Văn Một')), 201);
  const a2 = await ok(admin.post('/api/members', member(a.id, 'Ông Văn Hai', { birth_date: '1981-01-01' })), 201);
  const a3 = await ok(admin.post('/api/members', member(a.id, 'Ông Văn Ba', { birth_date: '1982-01-01' })), 201);
  await ok(admin.post('/api/members', member(b.id, 'Bà Thị Tư', { sex: 'female', birth_date: '1983-01-01', admitted_on: '2024-03-01', official_on: '' })), 201);
  await ok(admin.post('/api/members', member(b.id, 'Bà Thị Năm', { sex: 'female', birth_date: '1984-01-01', admitted_on: '2024-05-01', official_on: '' })), 201);
  // 2024: one internal transfer A→B, one card, one removal, one death in A.
  await ok(admin.post(`/api/members/${a1.id}/transfer-internal`, { to_org_id: b.id, confirm_now: true, ...event('2024-06-01') }), 201);
  await ok(admin.post(`/api/members/${a2.id}/card`, { card_no: '90000001', ...event('2024-07-01') }), 201);
  const reason = (await ok(admin.get('/api/lifecycle/removal-reasons'))).items[0].code;
  await ok(admin.post(`/api/members/${a2.id}/remove`, { reason, reason_text: 'Bỏ sinh hoạt', ...event('2024-09-01') }), 201);
  await ok(admin.post(`/api/members/${a3.id}/death`, event('2024-10-01')), 201);

  const flows = async (org) => {
    const f = await ok(admin.get(`/api/orgs/${org}/flows?from=2024-01-01&to=2024-12-31`));
    return Object.fromEntries(f.flows.filter((x) => x.count > 0).map((x) => [x.kind, x.count]));
  };
  const tree = { admitted: 2, transferred_internal: 1, card_issued: 1, removed: 1, died: 1 };
  assert.deepEqual(await flows(1), tree);
  assert.deepEqual(await flows(a.id), { card_issued: 1, removed: 1, died: 1 });
  assert.deepEqual(await flows(b.id), { admitted: 2, transferred_internal: 1 });
  const admitted = await ok(admin.get('/api/orgs/1/flows/admitted?from=2024-01-01&to=2024-12-31'));
  assert.deepEqual(admitted.items.map((p) => p.full_name), ['Bà Thị Tư', 'Bà Thị Năm']);
  const stock = await ok(admin.get('/api/orgs/1/stats?at=2024-12-31'));
  assert.deepEqual(stock.members_by_status, { exempt: 0, official: 1, probationary: 2 });

  // A merge in 2025 moves everyone; 2024 stays as it was.
  await ok(admin.post(`/api/orgs/${a.id}/merge`, { target_id: b.id, ...event('2025-02-01') }));
  assert.deepEqual(await flows(1), tree);
  assert.deepEqual(await flows(a.id), { card_issued: 1, removed: 1, died: 1 });
  assert.deepEqual(await flows(b.id), { admitted: 2, transferred_internal: 1 });
  assert.deepEqual((await ok(admin.get('/api/orgs/1/stats?at=2024-12-31'))).members_by_status, stock.members_by_status);
});

test('the period of flows: a period code equals its dates, and an inverted range is refused in Vietnamese', async () => {
  const byDates = await ok(admin.get('/api/orgs/1/flows?from=2024-01-01&to=2024-08-31'));
  const byCode = await ok(admin.get('/api/orgs/1/flows?period=2024-M8'));
  assert.deepEqual(byCode.flows, byDates.flows);
  assert.equal(byCode.from, '2024-01-01');
  assert.equal(byCode.to, '2024-08-31');
  const inverted = await admin.get('/api/orgs/1/flows?from=2024-12-31&to=2024-01-01');
  assert.equal(inverted.status, 400, inverted.text);
  assert.match(inverted.headers.get('content-type'), /problem\+json/);
  assert.equal(inverted.json.errors[0].field, 'to');
  assert.match(inverted.json.detail, /Ngày kết thúc/);
  const both = await admin.get('/api/orgs/1/flows/admitted?period=2024&from=2024-01-01');
  assert.equal(both.status, 400, both.text);
});

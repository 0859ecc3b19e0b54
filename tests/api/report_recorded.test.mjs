// Reports "as recorded on" a past moment and reports kept as sent: over HTTP and the CLI.
// A transfer recorded after a report was sent changes today's figures; the report asked
// "as recorded" at the moment it was kept gives the figures that were sent; the comparison
// shows both; outsiders see nothing; bad input writes nothing; every write is audited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, cli, Client, ok, server, useServer } from '../lib/harness.mjs';

useServer();

const event = (d) => ({ effective_on: d, decision_no: `${d}-QĐ`, decision_date: d });
const member = (org_id, full_name) => ({ org_id, full_name, sex: 'female', birth_date: '1985-02-03', admitted_on: '2012-01-01', official_on: '2013-01-01' });
const pause = () => new Promise((r) => setTimeout(r, 15));
const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10); // in Vietnam

test('as recorded, kept as sent, compared with today', async () => {
  const org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Báo Cáo Đã Gửi', ...event('2001-01-01') }), 201);
  const unit = await ok(admin.post('/api/orgs', { parent_id: org.id, kind: 'branch', name: 'Chi bộ Lưu Trữ', ...event('2001-01-01') }), 201);
  const an = await ok(admin.post('/api/members', member(unit.id, 'Đỗ Thị An')), 201);
  await ok(admin.post('/api/members', member(unit.id, 'Đỗ Thị Bình')), 201);
  const year = today().slice(0, 4);
  const query = `codes=members.total,flows.transferred_out&at=${today()}&period=${year}`;

  // Kept as sent: the figures of the page, with its title, number and date.
  const refused = await admin.post(`/api/orgs/${org.id}/report-snapshots?${query}`, { title: '', issued_on: '2099-01-01' });
  assert.equal(refused.status, 400);
  assert.match(refused.headers.get('content-type'), /problem\+json/);
  assert.deepEqual(refused.json.errors.map((e) => e.field).sort(), ['issued_on', 'title']);
  const kept = await ok(admin.post(`/api/orgs/${org.id}/report-snapshots?${query}`, { title: 'Báo cáo tình hình tổ chức', number: '21-BC/ĐUK', issued_on: today() }), 201);
  assert.equal(kept.answer.indicators[0].value, 2);
  await pause();
  const sent = new Date().toISOString();
  await pause();

  // A transfer out recorded afterwards, dated before the report.
  const day = `${year}-01-02`;
  await ok(admin.post(`/api/members/${an.id}/transfer-out`, { ...event(day), external_unit: 'Đảng bộ tỉnh Lâm Đồng', letter_no: '3-GGT', letter_date: day }), 201);
  const now = await ok(admin.get(`/api/orgs/${org.id}/indicators?${query}`));
  assert.deepEqual(now.indicators.map((i) => i.value), [1, 1]);
  const then = await ok(admin.get(`/api/orgs/${org.id}/indicators?${query}&recorded=${sent}`));
  assert.deepEqual(then.indicators.map((i) => i.value), [2, 0]);
  assert.equal(then.recorded, sent);
  const people = await ok(admin.get(`/api/orgs/${org.id}/indicators/people?code=members.total&at=${today()}&recorded=${sent}`));
  assert.equal(people.total, 2);
  const future = await admin.get(`/api/orgs/${org.id}/indicators?${query}&recorded=2999-01-01`);
  assert.equal(future.status, 400);
  assert.equal(future.json.errors[0].field, 'recorded');
  assert.equal((await admin.get(`/api/orgs/${org.id}/indicators?${query}&recorded=x'--`)).status, 400);

  // The comparison: reproduced as recorded, changed since.
  const cmp = await ok(admin.get(`/api/report-snapshots/${kept.id}/compare`));
  assert.equal(cmp.reproduced, true);
  assert.equal(cmp.changed, 2);
  assert.deepEqual(cmp.rows.map((r) => [r.code, r.frozen, r.recorded, r.now, r.change]), [
    ['members.total', 2, 2, 1, -1],
    ['flows.transferred_out', 0, 0, 1, 1],
  ]);
  const list = await ok(admin.get(`/api/orgs/${org.id}/report-snapshots`));
  assert.equal(list.total, 1);
  assert.equal(list.items[0].number, '21-BC/ĐUK');
  assert.equal(list.items[0].answer, undefined);

  // Outsiders: the same answer as for a report that does not exist.
  await ok(admin.post('/api/users', { username: 'bao.cao.ngoai', display_name: 'Ngoài', org_id: unit.id, roles: ['member'], password: 'Mat-khau-2026' }), 201);
  const other = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Khác Báo Cáo', ...event('2001-01-01') }), 201);
  await ok(admin.post('/api/users', { username: 'to.chuc.khac', display_name: 'Khác', org_id: other.id, roles: ['org_staff'], password: 'Mat-khau-2026' }), 201);
  const outsider = new Client(server.url);
  assert.equal((await outsider.login('to.chuc.khac', 'Mat-khau-2026')).status, 200);
  const hidden = await outsider.get(`/api/report-snapshots/${kept.id}`);
  const missing = await outsider.get('/api/report-snapshots/987654');
  assert.equal(hidden.status, 404);
  assert.equal(missing.status, 404);
  assert.equal((await outsider.get(`/api/orgs/${org.id}/report-snapshots`)).status, 404);
  assert.equal((await outsider.post(`/api/report-snapshots/${kept.id}/void`, { reason: 'x' })).status, 404);
  const reader = new Client(server.url);
  assert.equal((await reader.login('bao.cao.ngoai', 'Mat-khau-2026')).status, 200);
  assert.equal((await reader.post(`/api/orgs/${unit.id}/report-snapshots?${query}`, { title: 'X', issued_on: today() })).status, 403);

  // The CLI: as recorded, the list, the comparison.
  const asRecorded = cli(['report', '--org', String(org.id), '--codes', 'members.total', '--at', today(), '--recorded', sent, '--json', '--db', server.dbUrl]);
  assert.equal(asRecorded.status, 0, asRecorded.stderr);
  assert.equal(JSON.parse(asRecorded.stdout).indicators[0].value, 2);
  const listed = cli(['snapshots', '--org', String(org.id), '--db', server.dbUrl]);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /21-BC\/ĐUK\s+Báo cáo tình hình tổ chức/);
  const compared = cli(['snapshots', '--compare', String(kept.id), '--db', server.dbUrl]);
  assert.equal(compared.status, 0, compared.stderr);
  assert.match(compared.stdout, /Như đã ghi nhận/);
  assert.match(compared.stdout, /Tổng số đảng viên\s+2\s+2\s+1\s+-1/);
  assert.match(compared.stdout, /2 số liệu đã thay đổi so với khi gửi; số liệu như đã ghi nhận khớp/);
  const frozenByCli = cli(['report', '--org', String(org.id), '--codes', 'members.total', '--freeze', 'Báo cáo nhanh', '--number', '22-BC/ĐUK', '--db', server.dbUrl]);
  assert.equal(frozenByCli.status, 0, frozenByCli.stderr);
  assert.match(frozenByCli.stdout, /Đã lưu báo cáo “Báo cáo nhanh” \(mã \d+\)/);

  // Withdrawn: a reason is required; then marked, kept, audited.
  assert.equal((await admin.post(`/api/report-snapshots/${kept.id}/void`, { reason: '' })).status, 400);
  const voided = await ok(admin.post(`/api/report-snapshots/${kept.id}/void`, { reason: 'Gửi lại bản đúng' }));
  assert.ok(voided.voided_at);
  assert.equal((await admin.post(`/api/report-snapshots/${kept.id}/void`, { reason: 'Lần nữa' })).status, 409);
  const audit = await ok(admin.get('/api/audit?entity=report_snapshot'));
  const actions = audit.items.map((a) => a.action);
  assert.ok(actions.includes('report.freeze'), actions.join());
  assert.ok(actions.includes('report.snapshot_void'), actions.join());
});

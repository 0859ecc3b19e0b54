// Dues API suite: the sheet of a month with the amounts due by the rule set of that month
// (342-QĐ/TW in January 2026, 01-QĐ/TW from 3/2/2026), the secretary's collection with a
// voluntary extra and an excused member, a second collection refused, a correction as a new
// row, bad input refused in Vietnamese with nothing written, nothing outside the scope told,
// remittances up the tree with the reconciliation balancing, arrears beside meeting absences,
// the catalogue's figures, the audit trail and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const org = {};
const people = {};
let secretary;
const vietnamese = /[à-ỹĐđ]/u;
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;

async function member(orgId, full_name, admitted = '2005-05-05') {
  return (await ok(admin.post('/api/members', { org_id: orgId, full_name, sex: 'male', birth_date: '1950-01-01', admitted_on: admitted, official_on: admitted.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) }), 201)).id;
}

useServer(async () => {
  org.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Tài chính', ...at('2000-01-01') }), 201);
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Ngân sách', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Kho bạc Kín', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Vũ Văn Lương');
  people.b = await member(org.b1.id, 'Đinh Thị Hưu', '1980-03-03');
  people.c = await member(org.b1.id, 'Mạc Văn Nợ');
  people.secret = await member(org.x.id, 'Kiều Văn Kín');
  await ok(admin.post(`/api/members/${people.a}/dues/basis`, { from_month: '2025-01', income: 'salaried', amount: 4680000 }), 201);
  await ok(admin.post(`/api/members/${people.b}/dues/basis`, { from_month: '2025-01', income: 'pensioner', amount: 6200000 }), 201);
  await ok(admin.post(`/api/members/${people.c}/dues/basis`, { from_month: '2025-01', income: 'student' }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.ngansach', display_name: 'Bí thư Ngân sách', org_id: org.b1.id, roles: ['secretary'], password: PASSWORD }), 201);
  secretary = new Client(server.url);
  assert.equal((await secretary.login('bithu.ngansach', PASSWORD)).status, 200);
});

const line = (sheet, id) => sheet.lines.find((l) => l.member_id === id);

test('the amount due follows the rule set of the month', async () => {
  const jan = await ok(secretary.get(`/api/orgs/${org.b1.id}/dues/sheet?month=2026-01`));
  assert.match(jan.rules_source, /342-QĐ\/TW/);
  assert.equal(line(jan, people.a).due, 47000);
  assert.equal(line(jan, people.b).due, 31000);
  const mar = await ok(secretary.get(`/api/orgs/${org.b1.id}/dues/sheet?month=2026-03`));
  assert.match(mar.rules_source, /01-QĐ\/TW/);
  assert.equal(line(mar, people.c).due, 5000);
  assert.equal(line(mar, people.b).due, 31000);
  assert.equal(mar.lines.length, 3);
});

test('collection, a second collection refused, a correction as a new row', async () => {
  const audits = await auditTotal('action=dues.collect&outcome=ok');
  const s = await ok(secretary.post(`/api/orgs/${org.b1.id}/dues/collect`, { month: '2026-03', lines: [
    { member_id: people.a, paid: 47000, extra: 20000, receipt_no: 'BL-01' },
    { member_id: people.b, paid: 0, reason: 'Nằm viện' },
  ] }));
  assert.equal(s.paid, 47000);
  assert.equal(s.extra, 20000);
  assert.equal(s.unpaid, 0);
  const again = await secretary.post(`/api/orgs/${org.b1.id}/dues/collect`, { month: '2026-03', lines: [{ member_id: people.a, paid: 1000 }] });
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'dues_already_collected');
  assert.match(again.json.detail, vietnamese);
  const c = await ok(secretary.post(`/api/orgs/${org.b1.id}/dues/corrections`, { month: '2026-03', member_id: people.a, extra_delta: -5000, reason: 'Ghi nhầm' }), 201);
  assert.equal(line(c, people.a).paid, 47000);
  assert.equal(line(c, people.a).extra, 15000);
  assert.equal(line(c, people.a).corrections, 1);
  assert.equal(await auditTotal('action=dues.collect&outcome=ok'), audits + 1);
  assert.ok((await auditTotal('action=dues.correct&outcome=ok')) >= 1);
  const file = await ok(admin.get(`/api/members/${people.a}/dues`));
  assert.deepEqual(file.entries.filter((e) => e.month === '2026-03').map((e) => e.kind).sort(), ['collection', 'correction']);
});

test('bad input: Vietnamese problem+json, nothing written', async () => {
  const before = await ok(secretary.get(`/api/orgs/${org.b1.id}/dues/sheet?month=2026-04`));
  for (const [body, field] of [
    [{ month: '2026-4', lines: [{ member_id: people.c, paid: 5000 }] }, 'month'],
    [{ month: '2099-01', lines: [{ member_id: people.c, paid: 5000 }] }, 'month'],
    [{ month: '2026-04', lines: [{ member_id: people.c, paid: -1 }] }, 'paid'],
    [{ month: '2026-04', lines: [{ member_id: people.secret, paid: 5000 }] }, 'member_id'],
    [{ month: '2026-04', lines: [] }, 'lines'],
    [{ month: '2026-04', lines: [{ member_id: people.c, paid: 5000 }], extra: 1 }, 'extra'],
  ]) {
    const r = await secretary.post(`/api/orgs/${org.b1.id}/dues/collect`, body);
    assert.ok([400, 422].includes(r.status), `${field}: ${r.status} ${r.text}`);
    assert.match(r.headers.get('content-type'), /application\/problem\+json/);
    assert.match(r.json.detail ?? r.json.title, vietnamese);
    assert.ok(JSON.stringify(r.json).includes(field), `${field}: ${r.text}`);
  }
  const r = await secretary.post(`/api/members/${people.a}/dues/basis`, { from_month: '2026-04', income: 'salaried', amount: 0 });
  assert.equal(r.status, 400);
  const after = await ok(secretary.get(`/api/orgs/${org.b1.id}/dues/sheet?month=2026-04`));
  assert.deepEqual(after, before);
});

test('nothing outside the scope is told', async () => {
  const secret = await secretary.get(`/api/orgs/${org.x.id}/dues/sheet?month=2026-03`);
  const missing = await secretary.get('/api/orgs/987654/dues/sheet?month=2026-03');
  assert.equal(secret.status, 404);
  assert.equal(secret.json.detail, missing.json.detail.replace('987654', String(org.x.id)));
  assert.equal((await secretary.post(`/api/orgs/${org.x.id}/dues/collect`, { month: '2026-03', lines: [{ member_id: people.secret, paid: 5000 }] })).status, 404);
  assert.equal((await secretary.get(`/api/members/${people.secret}/dues`)).status, 404);
});

test('remittances up the tree and a reconciliation that balances', async () => {
  const r1 = await ok(secretary.post(`/api/orgs/${org.b1.id}/dues/remit`, { month: '2026-03', remitted_on: '2026-04-05' }), 201);
  assert.equal(r1.keep_percent, 30);
  assert.equal(r1.amount, Math.floor((47000 + 15000) * 70 / 100));
  const rg = await ok(admin.post(`/api/orgs/${org.g.id}/dues/remit`, { month: '2026-03', remitted_on: '2026-04-10' }), 201);
  assert.equal(rg.base, 62000);
  assert.equal(rg.amount, 18600);
  const rec = await ok(admin.get(`/api/orgs/${org.g.id}/dues/reconciliation?month=2026-03`));
  assert.equal(rec.collected, 62000);
  assert.equal(rec.collected, rec.kept + rec.remitted_out);
  assert.equal(rec.remitted_out, 18600);
  assert.equal(rec.balanced, true);
  const list = await ok(admin.get(`/api/orgs/${org.g.id}/dues/remittances?year=2026`));
  assert.equal(list.items.length, 2);
});

test('arrears beside meeting absences, in the worklist; the figures; the CLI', async () => {
  for (const month of ['2026-05', '2026-06', '2026-07']) {
    await ok(secretary.post(`/api/orgs/${org.b1.id}/dues/collect`, { month, lines: [
      { member_id: people.a, paid: 47000 }, { member_id: people.b, paid: 31000 }, { member_id: people.c, paid: 0 },
    ] }));
  }
  const arrears = await ok(secretary.get(`/api/orgs/${org.b1.id}/dues/arrears?year=2026`));
  const c = arrears.items.find((a) => a.member_id === people.c);
  assert.ok(c, JSON.stringify(arrears));
  // March: the sheet was kept and c not recorded; May to July: recorded unpaid.
  assert.equal(c.unpaid_months, 4);
  assert.equal(c.removal_line, true);
  assert.equal(c.amount, 20000);
  assert.equal(typeof c.unexcused_absences, 'number');
  const work = await ok(admin.get(`/api/orgs/${org.g.id}/worklist`));
  assert.ok(work.items.some((w) => w.kind === 'dues_arrears' && w.member_id === people.c && w.overdue), JSON.stringify(work.items.map((w) => w.kind)));
  const ind = await ok(admin.get(`/api/orgs/${org.g.id}/indicators?codes=dues.due,dues.collected,dues.extra,dues.arrears_members,dues.remitted&period=2026&at=2026-12-01`));
  const v = Object.fromEntries(ind.indicators.map((i) => [i.code, i.value]));
  assert.equal(v['dues.collected'], 47000 + 3 * (47000 + 31000));
  assert.equal(v['dues.extra'], 15000);
  assert.equal(v['dues.arrears_members'], 3);
  assert.equal(v['dues.remitted'], 43400 + 18600);
  const meta = await ok(admin.get('/api/v1/meta'));
  assert.ok(meta.vocab.dues_income.some((e) => e.code === 'pensioner' && vietnamese.test(e.label)));
  const out = cli(['dues', 'sheet', '--org', String(org.b1.id), '--month', '2026-05', '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Mạc Văn Nợ/);
  const rec = cli(['dues', 'reconcile', '--org', String(org.g.id), '--month', '2026-03', '--db', server.dbUrl]);
  assert.equal(rec.status, 0, rec.stdout + rec.stderr);
  assert.match(rec.stdout, /khớp/);
});

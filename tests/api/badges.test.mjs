// Badges API suite: the members due at a round (milestone and party age at the round), a
// proposal → decision → award shown in the member file and the indicators, bad input refused
// in Vietnamese with nothing written, scope (nothing outside leaks), audit, and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';
import { zipEntry } from '../lib/zip.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '3-QĐ/ĐUK', decision_date: date });
const org = {};
const who = {};
const m = {};

async function login(username, roles, orgId) {
  await ok(admin.post('/api/users', { username, display_name: username, org_id: orgId, roles, password: PASSWORD }), 201);
  const c = new Client(server.url);
  assert.equal((await c.login(username, PASSWORD)).status, 200);
  return c;
}

async function member(orgId, name, admitted) {
  const official = `${Number(admitted.slice(0, 4)) + 1}${admitted.slice(4)}`;
  const body = { org_id: orgId, full_name: name, sex: 'male', birth_date: '1950-01-01', admitted_on: admitted, official_on: official };
  return (await ok(admin.post('/api/members', body), 201)).id;
}

useServer(async () => {
  org.y = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Hưu trí Y', ...at('1980-01-01') }), 201);
  org.z = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Kín Z', ...at('1980-01-01') }), 201);
  m.thirty = await member(org.y.id, 'Lão Thành Ba Mươi', '1996-05-19');
  m.forty = await member(org.y.id, 'Lão Thành Bốn Mươi', '1986-09-01');
  m.young = await member(org.y.id, 'Trẻ Tuổi Đảng', '2010-01-01');
  m.hidden = await member(org.z.id, 'Người Kín Đáo', '1996-05-19');
  who.staff = await login('tochuc.y', ['org_staff'], org.y.id);
  who.secretary = await login('bithu.y', ['secretary'], org.y.id);
  who.other = await login('tochuc.z', ['org_staff'], org.z.id);
});

test('the members due at a round, with party age at the round', async () => {
  // The 40-year member never had the 30-year badge: due for it (since 2016) until September.
  const may = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-05-19`));
  assert.deepEqual(may.items.map((d) => [d.member_id, d.milestone]), [[m.thirty, 30], [m.forty, 30]]);
  assert.deepEqual(may.items[0].party_age, { years: 30, months: 0 });
  assert.equal(may.items[1].round_on, '2016-09-02');
  const sep = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-09-02`));
  assert.deepEqual(sep.items.map((d) => [d.member_id, d.milestone]).sort(), [[m.forty, 40], [m.thirty, 30]].sort());
  assert.equal(sep.total, 2);
  assert.deepEqual(sep.by_milestone, [{ milestone: 40, count: 1 }, { milestone: 30, count: 1 }]);
  assert.equal(sep.to_propose, 2);
  // Pages of the list, one milestone of it; the round's counts stay whole.
  const second = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-05-19&page=2&page_size=1`));
  assert.deepEqual([second.total, second.items.map((d) => d.member_id)], [2, [m.forty]]);
  const forty = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-09-02&milestone=40`));
  assert.deepEqual([forty.total, forty.items.map((d) => d.member_id), forty.by_milestone.length], [1, [m.forty], 2]);
  for (const q of ['milestone=35', 'milestone=ba', 'page=0', 'page_size=0', 'page_size=501']) {
    const bad = await who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-09-02&${q}`);
    assert.equal(bad.status, 400, `${q}: ${bad.text}`);
    assert.match(bad.json.detail, /[à-ỹĐđ]/u);
  }
  const text = cli(['badge', 'due', '--org', String(org.y.id), '--round', '2026-09-02', '--db', server.dbUrl]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Tổng số: 2\. Mốc 40 năm: 1\. Mốc 30 năm: 1\. Chưa đề nghị: 2\./);
  const notRound = await who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-05-20`);
  assert.equal(notRound.status, 400);
  assert.match(notRound.json.detail, /đợt/);
  const xlsx = await who.staff.get(`/api/orgs/${org.y.id}/badges/due/export?round=2026-05-19`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-disposition') ?? '', /huy-hieu-dang-2026-05-19\.xlsx/);
  assert.ok(xlsx.text.startsWith('PK'), 'an .xlsx (zip) file');
  // The same list as the committee's Word document: header, "DANH SÁCH", the round, the rows.
  const r = await fetch(`${server.url}/api/orgs/${org.y.id}/badges/due/export?round=2026-05-19&format=docx`, { headers: { cookie: who.staff.cookie } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-disposition') ?? '', /huy-hieu-dang-2026-05-19\.docx/);
  const words = zipEntry(Buffer.from(await r.arrayBuffer()), 'word/document.xml').toString('utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'Đảng viên đề nghị tặng Huy hiệu Đảng đợt 19/05/2026', 'Lão Thành Ba Mươi', 'Lão Thành Bốn Mươi', '30 năm', 'Nơi nhận']) {
    assert.ok(words.includes(text), `${text} in: ${words}`);
  }
  assert.ok(!words.includes('Người Kín Đáo'));
  const badFormat = await who.staff.get(`/api/orgs/${org.y.id}/badges/due/export?round=2026-05-19&format=pdf`);
  assert.equal(badFormat.status, 400);
  assert.match(badFormat.json.detail, /chọn xlsx .* hoặc docx/);
  // A month ahead of a round with members due, the worklist says so.
  const work = await ok(who.staff.get(`/api/orgs/${org.y.id}/worklist?at=2026-08-10`));
  const item = work.items.find((w) => w.kind === 'badge_round_due');
  assert.ok(item, JSON.stringify(work.items));
  assert.equal(item.title, 'Đến đợt xét Huy hiệu Đảng ngày 02/09/2026: 2 đảng viên');
  assert.equal(item.due_on, '2026-09-02');
  const early = await ok(who.staff.get(`/api/orgs/${org.y.id}/worklist?at=2026-06-01`));
  assert.ok(!early.items.some((w) => w.kind === 'badge_round_due'));
  const rounds = await ok(who.staff.get('/api/badge-rounds?year=2026'));
  assert.deepEqual(rounds.items.map((r) => r.on), ['2026-02-03', '2026-05-19', '2026-09-02', '2026-11-07']);
});

test('bad input is refused in Vietnamese and writes nothing', async () => {
  for (const [body, field] of [
    [{ milestone: 30, round_on: '2026-05-20', proposed_on: '2026-04-01' }, 'round_on'],
    [{ milestone: 31, round_on: '2026-05-19', proposed_on: '2026-04-01' }, 'milestone'],
    [{ milestone: 30, round_on: '2026-05-19', proposed_on: '2026-04-01', basis: 'bạn bè' }, 'basis'],
    [{ milestone: 30, round_on: '2026-05-19', proposed_on: '2026-02-31' }, 'proposed_on'],
    [{ milestone: 'ba mươi', round_on: '2026-05-19', proposed_on: '2026-04-01' }, 'milestone'],
    [{ milestone: 30, round_on: '2026-05-19' }, 'proposed_on'],
  ]) {
    const r = await who.staff.post(`/api/members/${m.thirty}/badges`, body);
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assert.ok(r.json.errors?.some((f) => f.field === field), r.text);
    assert.match(r.text, /[à-ỹĐđ]/u);
  }
  const notDue = await who.staff.post(`/api/members/${m.young}/badges`, { milestone: 30, round_on: '2026-05-19', proposed_on: '2026-04-01' });
  assert.equal(notDue.status, 422);
  assert.equal(notDue.json.code, 'badge_not_due');
  const bySecretary = await who.secretary.post(`/api/members/${m.thirty}/badges`, { milestone: 30, round_on: '2026-05-19', proposed_on: '2026-04-01' });
  assert.equal(bySecretary.status, 403);
  assert.equal((await ok(admin.get(`/api/orgs/${org.y.id}/badges`))).total, 0);
});

test('proposal, decision and award; the member file and the indicators show it', async () => {
  const b = await ok(who.staff.post(`/api/members/${m.thirty}/badges`, { milestone: 30, round_on: '2026-05-19', proposed_on: '2026-04-01' }), 201);
  assert.equal(b.status, 'proposed');
  const twice = await who.staff.post(`/api/members/${m.thirty}/badges`, { milestone: 30, round_on: '2026-05-19', proposed_on: '2026-04-01' });
  assert.equal(twice.status, 409);
  const noNumber = await who.staff.post('/api/badges/steps', { badge_id: b.id, step: 'decide', on: '2026-05-01' });
  assert.equal(noNumber.status, 400);
  assert.ok(noNumber.json.errors.some((f) => f.field === 'decision_no'));
  await ok(who.staff.post('/api/badges/steps', { badge_id: b.id, step: 'decide', on: '2026-05-01', decision_no: '125-QĐ/TU' }));
  const early = await who.staff.post('/api/badges/steps', { badge_id: b.id, step: 'award', on: '2026-04-30' });
  assert.equal(early.status, 400);
  const awarded = await ok(who.staff.post('/api/badges/steps', { badge_id: b.id, step: 'award', on: '2026-05-19' }));
  assert.equal(awarded.status, 'awarded');
  assert.equal(awarded.decision_no, '125-QĐ/TU');

  const file = await ok(who.staff.get(`/api/members/${m.thirty}/badges`));
  assert.deepEqual(file.items.map((x) => [x.milestone, x.status, x.awarded_on]), [[30, 'awarded', '2026-05-19']]);
  const due = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges/due?round=2026-09-02`));
  assert.ok(!due.items.some((d) => d.member_id === m.thirty));
  const ind = await ok(admin.get(`/api/orgs/${org.y.id}/indicators?codes=badges.proposed,badges.awarded,badges.awarded_30&period=2026&at=2026-12-01`));
  const v = Object.fromEntries(ind.indicators.map((i) => [i.code, i.value]));
  assert.deepEqual(v, { 'badges.proposed': 1, 'badges.awarded': 1, 'badges.awarded_30': 1 });
  for (const action of ['badge.propose', 'badge.decide', 'badge.award']) {
    const audit = await ok(admin.get(`/api/audit?action=${action}&page_size=5`));
    assert.ok(audit.items.some((a) => a.outcome === 'ok'), action);
  }
  const out = cli(['badge', 'list', '--org', String(org.y.id), '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Lão Thành Ba Mươi\t30 năm/);
  // The CLI writes the round's list in both formats.
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-badges-'));
  const files = { xlsx: join(dir, 'ds.xlsx'), docx: join(dir, 'ds.docx') };
  const exported = cli(['badge', 'due', '--org', String(org.y.id), '--round', '2026-09-02', '--xlsx', files.xlsx, '--docx', files.docx, '--db', server.dbUrl]);
  assert.equal(exported.status, 0, exported.stderr);
  const words = zipEntry(readFileSync(files.docx), 'word/document.xml').toString('utf8');
  assert.match(words, /đợt 02\/09\/2026/);
  assert.ok(zipEntry(readFileSync(files.xlsx), 'xl/sharedStrings.xml').toString('utf8').includes('Lão Thành Bốn Mươi'));
  rmSync(dir, { recursive: true, force: true });
});

test('nothing outside the scope leaks', async () => {
  const due = await who.other.get(`/api/orgs/${org.y.id}/badges/due?round=2026-05-19`);
  assert.equal(due.status, 404);
  const propose = await who.other.post(`/api/members/${m.forty}/badges`, { milestone: 40, round_on: '2026-09-02', proposed_on: '2026-08-01' });
  assert.equal(propose.status, 404);
  const list = await ok(who.staff.get(`/api/orgs/${org.y.id}/badges`));
  const id = list.items[0].id;
  const step = await who.other.post('/api/badges/steps', { badge_id: id, step: 'void', reason: 'Thử' });
  const missing = await who.other.post('/api/badges/steps', { badge_id: 987654, step: 'void', reason: 'Thử' });
  assert.equal(step.status, 404, step.text);
  assert.equal(missing.status, 404);
  assert.equal(step.json.detail.replace(String(id), 'N'), missing.json.detail.replace('987654', 'N'));
  const own = await ok(who.other.get(`/api/orgs/${org.z.id}/badges/due?round=2026-05-19`));
  assert.deepEqual(own.items.map((d) => d.member_id), [m.hidden]);
  assert.ok(!JSON.stringify(own).includes('Lão Thành'));
});

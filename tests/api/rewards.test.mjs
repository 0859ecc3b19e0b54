// Rewards API suite: awards in the organization's subtree (collective and individual), bad
// input refused in Vietnamese with nothing written, an individual award shown in the member
// file's rewards (and removed with it when voided), audit rows, outsiders answered "not
// found", movements and "Dân vận khéo" models, the indicators by subject, and the CLI.
import { readFileSync, rmSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, cli, ok, server, useServer, loginAs as login } from '../lib/harness.mjs';
import { zipEntry } from '../lib/zip.mjs';

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
  org.b1 = await ok(admin.post('/api/orgs', { parent_id: org.g.id, kind: 'branch', name: 'Chi bộ Phòng Nghiệp vụ', ...at('2000-02-01') }), 201);
  org.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác', ...at('2000-01-01') }), 201);
  people.a = await member(org.b1.id, 'Lê Văn Thưởng');
  people.outside = await member(org.x.id, 'Khổng Văn Ngoài');
  who.staff = await login('tochuc.vanhoa', org.g.id, 'org_staff');
  who.propaganda = await login('dvan.vanhoa', org.g.id, 'propaganda_staff');
  who.secretary = await login('bithu.nghiepvu', org.b1.id, 'secretary');
  who.other = await login('tochuc.khac2', org.x.id, 'org_staff');
});

const award = (extra) => ({ subject: 'collective', form: 'merit_certificate', level: 'superior', decision_no: '125-QĐ/ĐUK', decided_on: '2025-12-20', reason: 'Hoàn thành xuất sắc nhiệm vụ năm 2025', period_label: 'năm 2025', ...extra });
const rewardCount = async () => (await ok(admin.get(`/api/orgs/${org.g.id}/rewards`))).total;
const auditTotal = async (query) => (await ok(admin.get(`/api/audit?${query}`))).total;

test('bad input is refused in Vietnamese and nothing is written; outsiders get not found', async () => {
  let r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ form: 'huy_chuong_vang' }));
  assert.equal(r.status, 400, r.text);
  assert.equal(r.headers.get('content-type').split(';')[0], 'application/problem+json');
  assert.match(r.json.detail, /Hình thức khen thưởng/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ decided_on: '2025-02-30' }));
  assert.equal(r.status, 400);
  assert.match(r.json.title + r.json.detail, vietnamese);
  r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ decided_on: '2099-01-01' }));
  assert.equal(r.status, 400);
  r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ subject: 'individual' }));
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /đảng viên/);
  r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, { ...award(), extra: 1 });
  assert.equal(r.status, 400);
  r = await who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ subject: 'individual', member_id: people.outside }));
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Khổng Văn Ngoài'));
  r = await who.other.post(`/api/orgs/${org.g.id}/rewards`, award());
  assert.equal(r.status, 404);
  r = await who.secretary.post(`/api/orgs/${org.b1.id}/rewards`, award());
  assert.equal(r.status, 403);
  assert.equal(await rewardCount(), 0);
  assert.equal((await ok(admin.get(`/api/members/${people.outside}`))).rewards.length, 0);
  // Refused at the route (outside the scope, the role) and audited as such.
  assert.ok((await auditTotal(`action=http.write&outcome=refused&entity_id=${encodeURIComponent(`/api/orgs/${org.g.id}/rewards`)}`)) >= 1);
});

test('an individual award shows in the member file until voided; a collective one is counted', async () => {
  const mine = await ok(who.staff.post(`/api/orgs/${org.g.id}/rewards`, award({ subject: 'individual', member_id: people.a })), 201);
  assert.equal(mine.recipient, 'Lê Văn Thưởng');
  assert.equal(mine.org_id, org.b1.id);
  const team = await ok(who.propaganda.post(`/api/orgs/${org.b1.id}/rewards`, award({ form: 'emulation_flag' })), 201);
  assert.equal(team.recipient, 'Chi bộ Phòng Nghiệp vụ');
  let file = await ok(admin.get(`/api/members/${people.a}`));
  assert.equal(file.rewards.length, 1);
  assert.equal(file.rewards[0].title, 'Bằng khen — Đảng ủy cấp trên cơ sở');
  assert.match(file.rewards[0].detail, /125-QĐ\/ĐUK ngày 20\/12\/2025/);
  const list = await ok(who.staff.get(`/api/orgs/${org.g.id}/rewards?from=2025-01-01&to=2025-12-31`));
  assert.deepEqual([list.total, list.collectives, list.individuals], [2, 1, 1]);
  const only = await ok(who.staff.get(`/api/orgs/${org.g.id}/rewards?from=2025-01-01&to=2025-12-31&subject=individual`));
  assert.deepEqual([only.total, only.collectives, only.individuals], [1, 1, 1]);
  assert.equal((await who.other.get(`/api/rewards/${mine.id}`)).status, 404);
  assert.equal((await who.other.post(`/api/rewards/${mine.id}/void`, { reason: 'Thử' })).status, 404);
  assert.equal((await who.staff.post(`/api/rewards/${mine.id}/void`, {})).status, 400);
  await ok(who.staff.post(`/api/rewards/${mine.id}/void`, { reason: 'Ghi nhầm người' }), 204);
  file = await ok(admin.get(`/api/members/${people.a}`));
  assert.equal(file.rewards.length, 0);
  assert.equal((await who.staff.get(`/api/rewards/${mine.id}`)).status, 404);
  assert.equal(await auditTotal('action=reward.create&outcome=ok'), 2);
  assert.equal(await auditTotal('action=reward.void&outcome=ok'), 1);
});

test('movements and "Dân vận khéo" models; an award under a movement; indicators and the CLI', async () => {
  let r = await who.staff.post(`/api/orgs/${org.g.id}/emulations`, { kind: 'dan_van_kheo', title: 'Mô hình', starts_on: '2025-05-01', ends_on: '2025-04-01' });
  assert.equal(r.status, 400);
  assert.match(r.json.detail, /kết thúc/);
  const model = await ok(who.staff.post(`/api/orgs/${org.b1.id}/emulations`, { kind: 'dan_van_kheo', title: 'Mô hình "Dân vận khéo" một cửa', starts_on: '2025-03-01' }), 201);
  assert.equal(model.kind_label, 'Mô hình "Dân vận khéo"');
  await ok(who.staff.post(`/api/orgs/${org.b1.id}/rewards`, award({ emulation_id: model.id, decided_on: '2025-11-02' })), 201);
  r = await who.staff.post(`/api/emulations/${model.id}/void`, { reason: 'Thử' });
  assert.equal(r.status, 409);
  assert.equal((await who.other.get(`/api/orgs/${org.g.id}/emulations`)).status, 404);
  const listed = await ok(who.staff.get(`/api/orgs/${org.g.id}/emulations?year=2025`));
  assert.equal(listed.items.length, 1);
  assert.equal(listed.items[0].rewards, 1);
  const ind = await ok(who.staff.get(`/api/orgs/${org.g.id}/indicators?codes=rewards.collective,rewards.individual,emulation.dan_van_kheo,rewards.form_emulation_flag&period=2025&at=2025-12-31`));
  assert.deepEqual(ind.indicators.map((i) => i.value), [2, 0, 1, 1]);
  const out = cli(['rewards', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2025']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Tổng số: 2 tập thể, 0 cá nhân được khen thưởng\./);
});

test('the list exports whole as Excel and as the committee\'s Word list; a bad format is told', async () => {
  const words = (buf, entry) => zipEntry(buf, entry).toString('utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const get = async (format) => {
    const r = await fetch(`${server.url}/api/orgs/${org.g.id}/rewards/export?from=2025-01-01&to=2025-12-31&format=${format}`, { headers: { cookie: who.staff.cookie } });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-disposition') ?? '', new RegExp(`khen-thuong\\.${format}`));
    return Buffer.from(await r.arrayBuffer());
  };
  const docx = words(await get('docx'), 'word/document.xml');
  for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'từ 01/01/2025 đến 31/12/2025: 2 tập thể, 0 cá nhân', 'Chi bộ Phòng Nghiệp vụ', 'Cờ thi đua', 'Nơi nhận']) {
    assert.ok(docx.includes(text), `${text} in: ${docx}`);
  }
  const xlsx = words(await get('xlsx'), 'xl/sharedStrings.xml');
  assert.ok(xlsx.includes('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG'), xlsx);
  assert.ok(xlsx.includes('Chi bộ Phòng Nghiệp vụ'), xlsx);
  const bad = await who.staff.get(`/api/orgs/${org.g.id}/rewards/export?format=pdf`);
  assert.equal(bad.status, 400);
  assert.match(bad.json.detail, /xlsx .* docx/);
  assert.equal((await who.other.get(`/api/orgs/${org.g.id}/rewards/export`)).status, 404);
  const file = `/tmp/khen-thuong-${process.pid}.xlsx`;
  const out = cli(['rewards', 'list', '--db', server.dbUrl, '--org', String(org.g.id), '--year', '2025', '--xlsx', file]);
  assert.equal(out.status, 0, out.stderr);
  assert.ok(words(readFileSync(file), 'xl/sharedStrings.xml').includes('Chi bộ Phòng Nghiệp vụ'));
  rmSync(file);
});

test('the vocabularies and the action are served', async () => {
  const meta = await ok(admin.get('/api/v1/meta'));
  for (const v of ['reward_subject', 'reward_form', 'reward_level', 'emulation_kind']) assert.ok(meta.vocab[v]?.length > 0, v);
  assert.equal(meta.vocab.reward_form.find((k) => k.code === 'merit_certificate').label, 'Bằng khen');
  assert.ok((await ok(who.staff.get('/api/auth/me'))).actions.includes('reward.write'));
  assert.ok((await ok(who.propaganda.get('/api/auth/me'))).actions.includes('reward.write'));
  assert.ok(!(await ok(who.secretary.get('/api/auth/me'))).actions.includes('reward.write'));
});

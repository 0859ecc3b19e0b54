// The indicator catalogue and /api/orgs/{id}/indicators: values equal to /stats and /flows
// for the same organization and dates, periods named by code, out-of-scope ids as 404, bad
// parameters as Vietnamese problem+json 400.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';
import { zipEntry } from '../lib/zip.mjs';

useServer();

const member = (org_id, full_name, extra = {}) => ({ org_id, full_name, sex: 'male', birth_date: '1980-01-01', admitted_on: '2010-01-01', official_on: '2011-01-01', ...extra });
const event = (effective_on) => ({ effective_on, decision_no: `${effective_on}-QĐ`, decision_date: effective_on });

test('catalogue, values equal to /stats and /flows, scope and bad parameters', async () => {
  const catalogue = (await ok(admin.get('/api/indicators'))).items;
  const byCode = Object.fromEntries(catalogue.map((i) => [i.code, i]));
  assert.deepEqual(byCode['members.official'], { code: 'members.official', label: 'Đảng viên chính thức', shape: 'stock', unit: 'đảng viên', breakdowns: ['unit', 'grassroots'] });
  assert.equal(byCode['flows.admitted'].shape, 'flow');
  for (const code of ['orgs.total', 'flows.transferred_internal', 'transfers.out', 'org_events.dissolved']) assert.ok(byCode[code], code);

  const a = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Chỉ tiêu A', ...event('2000-01-01') }), 201);
  const b = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Chỉ tiêu B', ...event('2000-01-01') }), 201);
  const a1 = await ok(admin.post('/api/members', member(a.id, 'Ông Văn Chỉ')), 201);
  await ok(admin.post('/api/members', member(a.id, 'Ông Văn Tiêu', { birth_date: '1981-01-01' })), 201);
  await ok(admin.post('/api/members', member(b.id, 'Bà Thị Mới', { sex: 'female', admitted_on: '2024-03-01', official_on: '' })), 201);
  await ok(admin.post(`/api/members/${a1.id}/transfer-internal`, { to_org_id: b.id, confirm_now: true, ...event('2024-06-01') }), 201);

  for (const org of [1, a.id, b.id]) {
    const stats = await ok(admin.get(`/api/orgs/${org}/stats?at=2024-12-31`));
    const flows = await ok(admin.get(`/api/orgs/${org}/flows?from=2024-01-01&to=2024-12-31`));
    const r = await ok(admin.get(`/api/orgs/${org}/indicators?at=2024-12-31&period=2024`));
    assert.equal(r.org.id, org);
    assert.equal(r.at, '2024-12-31');
    assert.deepEqual(r.period, { code: '2024', from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024' });
    const v = Object.fromEntries(r.indicators.map((i) => [i.code, i.value]));
    assert.equal(v['members.total'], stats.members);
    for (const [status, n] of Object.entries(stats.members_by_status)) assert.equal(v[`members.${status}`], n, status);
    for (const [kind, n] of Object.entries(stats.orgs_by_kind)) assert.equal(v[`orgs.${kind}`], n, kind);
    assert.equal(v['orgs.grassroots'], stats.grassroots);
    for (const f of flows.flows) assert.equal(v[`flows.${f.kind}`], f.count, f.kind);
  }

  const some = await ok(admin.get(`/api/orgs/${a.id}/indicators?codes=members.official,transfers.out,flows.transferred_internal&period=2024-M8&at=2024-08-31`));
  assert.equal(some.period.label, '8 tháng đầu năm 2024');
  assert.deepEqual(some.indicators.map((i) => [i.code, i.value]), [['members.official', 1], ['transfers.out', 1], ['flows.transferred_internal', 0]]);
  assert.equal(some.indicators[1].unit, 'lượt');
  const custom = await ok(admin.get(`/api/orgs/${b.id}/indicators?codes=transfers.in&from=2024-06-01&to=2024-06-30`));
  assert.equal(custom.period.label, 'Từ 01/06/2024 đến 30/06/2024');
  assert.equal(custom.indicators[0].value, 1);

  // By unit: each direct child of the root as it was on the date.
  const units = await ok(admin.get('/api/orgs/1/indicators?codes=members.total,transfers.in&period=2024&at=2024-12-31&breakdown=unit'));
  const ofUnit = Object.fromEntries(units.units.map((u) => [u.org.id, u.indicators.map((i) => i.value)]));
  assert.deepEqual(ofUnit[a.id], [1, 0]);
  assert.deepEqual(ofUnit[b.id], [2, 1]);
  assert.equal(units.units.reduce((n, u) => n + u.indicators[0].value, 0), units.indicators[0].value);
  assert.equal(some.units, undefined);

  // Out of scope answers as a missing organization.
  await ok(admin.post('/api/users', { username: 'chi.tieu.a', display_name: 'Chỉ tiêu A', org_id: a.id, roles: ['org_staff'], password: 'Mat-khau-2026' }), 201);
  const staff = new Client(server.url);
  assert.equal((await staff.login('chi.tieu.a', 'Mat-khau-2026')).status, 200);
  assert.equal((await staff.get(`/api/orgs/${a.id}/indicators?codes=members.total`)).status, 200);
  const outside = await staff.get(`/api/orgs/${b.id}/indicators?codes=members.total`);
  const missing = await staff.get('/api/orgs/987654/indicators?codes=members.total');
  assert.equal(outside.status, 404);
  assert.equal(missing.status, 404);
  assert.equal(outside.json.detail.replace(String(b.id), 'N'), missing.json.detail.replace('987654', 'N'));

  // Bad parameters: 400 in Vietnamese.
  const bad = async (query, field, pattern) => {
    const r = await admin.get(`/api/orgs/${a.id}/indicators?${query}`);
    assert.equal(r.status, 400, query);
    assert.match(r.headers.get('content-type'), /application\/problem\+json/);
    assert.match(r.json.detail, pattern, query);
    assert.ok(JSON.stringify(r.json).includes(field), `${query}: ${r.text}`);
  };
  await bad('codes=members.nobody', 'codes', /Không có chỉ tiêu mã “members.nobody”/);
  await bad('at=2024-02-30', 'at', /phải là ngày/);
  await bad('period=2024-Q5', 'period', /Kỳ báo cáo “2024-Q5” không hợp lệ/);
  await bad('from=2024-05-01&to=2024-04-01', 'to', /Ngày kết thúc/);
  await bad('period=2024&from=2024-01-01', 'period', /Chỉ dùng một cách chọn kỳ/);
  await bad('breakdown=month', 'breakdown', /không chia được theo “month”/);
  // A stock before the organization existed.
  assert.equal((await admin.get(`/api/orgs/${a.id}/indicators?codes=members.total&at=1999-01-01`)).status, 404);
});

test('the same figures as an Excel workbook, from the API and from the CLI', async () => {
  const org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Xuất Excel', ...event('2000-01-01') }), 201);
  const unit = await ok(admin.post('/api/orgs', { parent_id: org.id, kind: 'branch', name: 'Chi bộ Xuất 1', ...event('2000-01-01') }), 201);
  for (const name of ['Lê Văn Một', 'Lê Văn Hai', 'Lê Thị Ba']) await ok(admin.post('/api/members', member(unit.id, name)), 201);
  const query = `codes=members.total,members.official,admission.percent&at=2024-12-31&period=2024&breakdown=unit`;
  const json = await ok(admin.get(`/api/orgs/${org.id}/indicators?${query}`));

  const r = await fetch(`${server.url}/api/orgs/${org.id}/indicators/export?${query}`, { headers: { cookie: admin.cookie } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /spreadsheetml/);
  assert.equal(r.headers.get('content-disposition'), `attachment; filename="chi-tieu-${org.id}-2024-12-31.xlsx"`);
  const bytes = Buffer.from(await r.arrayBuffer());
  const strings = zipEntry(bytes, 'xl/sharedStrings.xml');
  const sheet = zipEntry(bytes, 'xl/worksheets/sheet1.xml');
  for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ XUẤT EXCEL', 'SỐ LIỆU CHỈ TIÊU BÁO CÁO', 'Đảng bộ Xuất Excel', 'Chi bộ Xuất 1', 'Tổng số đảng viên', 'Đảng viên chính thức', 'Năm 2024', '31/12/2024', '—']) {
    assert.ok(strings.includes(text), text);
  }
  // Counts are numbers in the cells (a column for the subtree, one for its unit); a
  // percentage without a target shows as a dash.
  assert.equal(json.indicators[0].value, 3);
  assert.ok(sheet.includes('<v>3</v>'), sheet.slice(0, 400));

  // Bad parameters and scope answer as for the JSON.
  const bad = await admin.get(`/api/orgs/${org.id}/indicators/export?codes=members.nobody`);
  assert.equal(bad.status, 400);
  assert.match(bad.json.detail, /Không có chỉ tiêu mã/);
  assert.equal((await admin.get('/api/orgs/987654/indicators/export')).status, 404);

  // The CLI writes the same workbook.
  const file = join(mkdtempSync(join(tmpdir(), 'dangbo-report-')), 'chi-tieu.xlsx');
  const out = cli(['report', '--org', String(org.id), '--codes', 'members.total,members.official', '--at', '2024-12-31', '--period', '2024', '--xlsx', file, '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Đã ghi 2 chỉ tiêu/);
  assert.ok(zipEntry(readFileSync(file), 'xl/sharedStrings.xml').includes('Đảng bộ Xuất Excel'));
  const unwritable = cli(['report', '--org', String(org.id), '--xlsx', '/nonexistent-dir/x.xlsx', '--db', server.dbUrl]);
  assert.equal(unwritable.status, 1);
  assert.match(unwritable.stderr, /không ghi được tệp/);
});

test('TCCSĐ breakdown, a year earlier, terms, the balance, quality bands, presets and the people behind a figure', async () => {
  const root = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Cân đối', ...event('2000-01-01') }), 201);
  const br1 = await ok(admin.post('/api/orgs', { parent_id: root.id, kind: 'branch', name: 'Chi bộ Cân đối 1', ...event('2000-01-01') }), 201);
  const br2 = await ok(admin.post('/api/orgs', { parent_id: root.id, kind: 'branch', name: 'Chi bộ Cân đối 2', ...event('2000-01-01') }), 201);
  const gb = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ cơ sở Cân đối', ...event('2000-01-01') }), 201);
  const young = await ok(admin.post('/api/members', member(br1.id, 'Trần Văn Trẻ', { birth_date: '1998-05-01', admitted_on: '2020-01-01', official_on: '2021-01-01', professional_level: 'Thạc sĩ Luật', theory_level: 'trung_cap' })), 201);
  await ok(admin.post('/api/members', member(br1.id, 'Trần Thị Lớn', { sex: 'female', birth_date: '1960-01-01', admitted_on: '1980-01-01', official_on: '1981-01-01', ethnicity: 'Tày' })), 201);
  const mover = await ok(admin.post('/api/members', member(br2.id, 'Trần Văn Chuyển')), 201);
  await ok(admin.post(`/api/members/${mover.id}/transfer-internal`, { to_org_id: gb.id, confirm_now: true, ...event('2024-03-01') }), 201);

  // By TCCSĐ: the root committee's units are branches, the bloc's include both TCCSĐ.
  const bloc = await ok(admin.get('/api/orgs/1/indicators?codes=members.total&at=2024-12-31&breakdown=grassroots'));
  const names = bloc.units.map((u) => u.org.name);
  assert.ok(names.includes('Đảng bộ Cân đối') && names.includes('Chi bộ cơ sở Cân đối'), names.join(', '));
  assert.ok(!names.includes('Chi bộ Cân đối 1'));
  const inner = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=members.total&at=2024-12-31&breakdown=grassroots`));
  assert.deepEqual(inner.units, []);

  // The balance closes, relative to the subtree: the move out of the committee is a decrease.
  const bal = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=balance.opening,balance.increase,balance.decrease,balance.closing&period=2024&at=2024-12-31`));
  const [opening, increase, decrease, closing] = bal.indicators.map((i) => i.value);
  assert.deepEqual([opening, increase, decrease, closing], [3, 0, 1, 2]);
  assert.equal(opening + increase - decrease, closing);

  // A unit moved to another committee carries its members across both edges: the move is a
  // decrease for the one and an increase for the other, and both balances close.
  const other = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Nhận chuyển', ...event('2000-01-01') }), 201);
  const moving = await ok(admin.post('/api/orgs', { parent_id: other.id, kind: 'branch', name: 'Chi bộ Được chuyển', ...event('2000-01-01') }), 201);
  await ok(admin.post('/api/members', member(moving.id, 'Đỗ Văn Theo')), 201);
  await ok(admin.post('/api/members', member(moving.id, 'Đỗ Thị Theo', { sex: 'female' })), 201);
  await ok(admin.post(`/api/orgs/${moving.id}/move`, { parent_id: root.id, ...event('2025-05-01') }));
  for (const [org, expected] of [[root.id, [2, 2, 0, 4]], [other.id, [2, 0, 2, 0]]]) {
    const b = await ok(admin.get(`/api/orgs/${org}/indicators?codes=balance.opening,balance.increase,balance.decrease,balance.closing&period=2025&at=2025-12-31`));
    assert.deepEqual(b.indicators.map((i) => i.value), expected, String(org));
  }
  const carried = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=balance.increase&period=2025`));
  assert.deepEqual(carried.items.map((e) => [e.name, e.org_name, e.date]).sort(), [['Đỗ Thị Theo', 'Chi bộ Được chuyển', '2025-05-01'], ['Đỗ Văn Theo', 'Chi bộ Được chuyển', '2025-05-01']]);

  // A year earlier: previous values and the change; previous_period named.
  const cmp = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=members.total,transfers.out,admission.percent&period=2024-M8&at=2024-08-31&compare=previous_year&breakdown=unit`));
  assert.equal(cmp.previous_period.label, '8 tháng đầu năm 2023');
  assert.equal(cmp.previous_at, '2023-08-31');
  assert.deepEqual(cmp.indicators.map((i) => [i.value, i.previous, i.change]), [[2, 3, -1], [1, 0, 1], [null, null, null]]);
  assert.deepEqual(cmp.units.map((u) => u.indicators[0].previous), [2, 1]);
  assert.equal((await admin.get(`/api/orgs/${root.id}/indicators?compare=last_week`)).status, 400);

  // Terms and their halves.
  const term = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=transfers.out&period=2020-2025`));
  assert.deepEqual(term.period, { code: '2020-2025', from: '2020-10-01', to: '2025-09-30', label: 'Nhiệm kỳ 2020–2025' });
  assert.equal(term.indicators[0].value, 1);
  const half = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=transfers.out&period=2020-2025-H2`));
  assert.equal(half.period.label, 'Nửa cuối nhiệm kỳ 2020–2025');

  // Quality bands on a hand-countable fixture.
  const q = await ok(admin.get(`/api/orgs/${root.id}/indicators?codes=members.age.le30,members.age.gt60,members.sex.female,members.ethnicity.minority,members.professional.master,members.theory.intermediate,members.party_age.ge40&at=2024-12-31`));
  assert.deepEqual(q.indicators.map((i) => i.value), [1, 1, 1, 1, 1, 1, 1]);
  assert.equal(q.indicators[0].label, 'Độ tuổi: Từ 30 tuổi trở xuống');

  // The people behind a figure, paged; organizations for organization figures.
  const people = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=members.age.le30&at=2024-12-31`));
  assert.equal(people.total, 1);
  assert.deepEqual(people.items[0], { kind: 'member', id: young.id, name: 'Trần Văn Trẻ', org_name: 'Chi bộ Cân đối 1', date: people.items[0].date, detail: '' });
  const outs = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=transfers.out&period=2024`));
  assert.deepEqual(outs.items.map((e) => [e.name, e.date]), [['Trần Văn Chuyển', '2024-03-01']]);
  const all = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=members.total&at=2024-12-31&page_size=1&page=2`));
  assert.equal(all.total, 2);
  assert.equal(all.items.length, 1);
  const orgs = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=orgs.branch&at=2024-12-31`));
  assert.deepEqual(orgs.items.map((e) => [e.kind, e.name, e.detail]), [['org', 'Chi bộ Cân đối 1', 'Chi bộ trực thuộc'], ['org', 'Chi bộ Cân đối 2', 'Chi bộ trực thuộc']]);
  const noList = await admin.get(`/api/orgs/${root.id}/indicators/people?code=admission.target&period=2024`);
  assert.equal(noList.status, 400);
  assert.match(noList.json.detail, /không có danh sách/);
  assert.equal((await admin.get(`/api/orgs/${root.id}/indicators/people`)).status, 400);
  assert.equal((await admin.get(`/api/orgs/${root.id}/indicators/people?code=members.total,orgs.total`)).status, 400);
  assert.equal((await admin.get('/api/orgs/987654/indicators/people?code=members.total')).status, 404);
  // Searched by name without diacritics, and the whole list as a workbook and a Word list.
  const found = await ok(admin.get(`/api/orgs/${root.id}/indicators/people?code=members.total&at=2024-12-31&q=${encodeURIComponent('van tre')}`));
  assert.deepEqual([found.total, found.items.map((e) => e.name)], [1, ['Trần Văn Trẻ']]);
  const listed = await fetch(`${server.url}/api/orgs/${root.id}/indicators/people/export?code=members.total&at=2024-12-31&format=docx`, { headers: { cookie: admin.cookie } });
  assert.equal(listed.status, 200);
  assert.match(listed.headers.get('content-disposition') ?? '', /danh-sach-members\.total-\d+\.docx/);
  const words = zipEntry(Buffer.from(await listed.arrayBuffer()), 'word/document.xml').toString('utf8').replace(/<[^>]+>/g, ' ');
  assert.ok(words.includes('DANH SÁCH') && words.includes('Trần Văn Trẻ') && words.includes('tại ngày 31/12/2024'), words);
  const sheet = await fetch(`${server.url}/api/orgs/${root.id}/indicators/people/export?code=transfers.out&period=2024`, { headers: { cookie: admin.cookie } });
  assert.equal(sheet.status, 200);
  assert.ok(zipEntry(Buffer.from(await sheet.arrayBuffer()), 'xl/sharedStrings.xml').toString('utf8').includes('Trần Văn Chuyển'));
  const cliList = cli(['report', '--org', String(root.id), '--people', 'transfers.out', '--period', '2024', '--db', server.dbUrl]);
  assert.equal(cliList.status, 0, cliList.stderr);
  assert.match(cliList.stdout, /Trần Văn Chuyển/);
  assert.match(cliList.stdout, /01\/03\/2024/);

  // Secretaries who head their unit, x/y over the TCCSĐ of the subtree, on the date.
  await ok(admin.post(`/api/orgs/${root.id}/committee`, { term: '2020–2025', person_name: 'Trần Văn Bí Thư', position: 'secretary', heads_host_unit: true, from_date: '2020-10-01' }), 201);
  await ok(admin.post(`/api/orgs/${gb.id}/committee`, { term: '2020–2025', person_name: 'Lê Thị Bí Thư', position: 'secretary', heads_host_unit: false, from_date: '2020-10-01' }), 201);
  const sec = await ok(admin.get('/api/orgs/1/indicators?codes=orgs.secretary_heads_unit,orgs.with_secretary,orgs.grassroots,orgs.secretary_heads_percent&at=2024-12-31'));
  const [heads, withSecretary, grassroots, percent] = sec.indicators.map((i) => i.value);
  assert.ok(heads >= 1 && withSecretary >= 2 && withSecretary <= grassroots, JSON.stringify(sec.indicators));
  assert.ok(Math.abs(percent - (100 * heads) / grassroots) < 1e-9);
  const headsList = await ok(admin.get('/api/orgs/1/indicators/people?code=orgs.secretary_heads_unit&at=2024-12-31&page_size=500'));
  assert.ok(headsList.items.some((e) => e.name === 'Đảng bộ Cân đối' && e.detail === 'Trần Văn Bí Thư'));
  assert.ok(!headsList.items.some((e) => e.name === 'Chi bộ cơ sở Cân đối'));
  // A secretary of the next term entered while the old seat is still open: both in office on
  // the date, the organization still counts once.
  await ok(admin.post(`/api/orgs/${root.id}/committee`, { term: '2025–2030', person_name: 'Trần Văn Bí Thư Hai', position: 'secretary', heads_host_unit: true, from_date: '2024-06-01' }), 201);
  const again = await ok(admin.get('/api/orgs/1/indicators?codes=orgs.secretary_heads_unit,orgs.with_secretary,orgs.grassroots,orgs.secretary_heads_percent&at=2024-12-31'));
  assert.deepEqual(again.indicators.map((i) => i.value), sec.indicators.map((i) => i.value));
  const before = await ok(admin.get('/api/orgs/1/indicators?codes=orgs.secretary_heads_unit&at=2019-12-31'));
  assert.equal(before.indicators[0].value + 1, heads, 'a secretary from 2020 is not counted in 2019');
  // A committee is complete with a secretary and a deputy in office on the date.
  const complete = async () => {
    const r = await ok(admin.get(`/api/orgs/1/indicators?codes=orgs.committee_complete,orgs.committee_incomplete&at=2024-12-31`));
    const list = await ok(admin.get(`/api/orgs/1/indicators/people?code=orgs.committee_complete&at=2024-12-31&page_size=500`));
    return [r.indicators.map((i) => i.value), list.items.map((e) => e.name)];
  };
  const [withoutDeputy] = await complete();
  await ok(admin.post(`/api/orgs/${root.id}/committee`, { term: '2020–2025', person_name: 'Lê Văn Phó', position: 'deputy_secretary', heads_host_unit: false, from_date: '2020-10-01', to_date: '2025-01-01' }), 201);
  const [withDeputy, completeNames] = await complete();
  assert.deepEqual(withDeputy, [withoutDeputy[0] + 1, withoutDeputy[1] - 1]);
  assert.ok(completeNames.includes(root.name), completeNames.join());

  // Presets: every indicator exists, the quality preset expands its bands.
  const presets = (await ok(admin.get('/api/report-presets'))).items;
  const catalogue = new Set((await ok(admin.get('/api/indicators'))).items.map((i) => i.code));
  assert.ok(presets.length >= 5);
  for (const p of presets) for (const code of p.indicators) assert.ok(catalogue.has(code), `${p.code}: ${code}`);
  const quality = presets.find((p) => p.code === 'chat-luong');
  assert.ok(quality.indicators.includes('members.age.le30') && quality.indicators.includes('members.party_age.ge40'));
  const run = await ok(admin.get(`/api/orgs/1/indicators?codes=${presets.find((p) => p.code === 'bien-dong').indicators.join(',')}&period=2024&at=2024-12-31&breakdown=grassroots`));
  assert.ok(run.units.length >= 2);
  // A breakdown counts each fact table once for all its units: every unit's values equal
  // the values asked for that unit alone, with the year before as well.
  const codes = presets.find((p) => p.code === 'bien-dong').indicators.join(',');
  for (const breakdown of ['grassroots', 'unit']) {
    const all = await ok(admin.get(`/api/orgs/1/indicators?codes=${codes}&period=2025&at=2025-12-31&breakdown=${breakdown}&compare=previous_year`));
    for (const u of all.units) {
      const alone = await ok(admin.get(`/api/orgs/${u.org.id}/indicators?codes=${codes}&period=2025&at=2025-12-31&compare=previous_year`));
      assert.deepEqual(u.indicators, alone.indicators, `${breakdown}: ${u.org.name}`);
    }
  }
});

test('the CLI runs a preset report, by TCCSĐ, with the year before', async () => {
  const org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Dòng lệnh', ...event('2000-01-01') }), 201);
  await ok(admin.post('/api/members', member(org.id, 'Vũ Văn Lệnh', { admitted_on: '2023-05-01', official_on: '2024-05-01' })), 201);
  const out = cli(['report', '--org', '1', '--report', 'dang-vien', '--at', '2024-12-31', '--period', '2024', '--compare', '--db', server.dbUrl]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /so với Năm 2023/);
  assert.match(out.stdout, /Chỉ tiêu\s+Số liệu\s+Cùng kỳ năm trước\s+Tăng, giảm\s+Đơn vị/);
  assert.match(out.stdout, /Chi bộ Dòng lệnh \(mã \d+\)\nChỉ tiêu[^\n]*\nTổng số đảng viên\s+1\s+1\s+0\s+đảng viên/);
  const json = JSON.parse(cli(['report', '--org', '1', '--report', 'dang-vien', '--at', '2024-12-31', '--format', 'json', '--db', server.dbUrl]).stdout);
  assert.deepEqual(json.indicators.map((i) => i.code), ['members.total', 'members.official', 'members.probationary', 'members.exempt']);
  assert.ok(json.units.some((u) => u.org.name === 'Chi bộ Dòng lệnh'));
  const both = cli(['report', '--org', '1', '--report', 'dang-vien', '--codes', 'members.total', '--db', server.dbUrl]);
  assert.equal(both.status, 1);
  assert.match(both.stderr, /Chỉ dùng --report hoặc --codes/);
  const unknown = cli(['report', '--org', '1', '--report', 'khong-co', '--db', server.dbUrl]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /Không có báo cáo mẫu “khong-co” \(có: to-chuc, dang-vien/);
});

test('TCCSĐ by the kind of their host unit, with the host unit behind each', async () => {
  const unit = await ok(admin.post('/api/host-units', { name: 'Công ty Cổ phần Chỉ Tiêu', kind: 'private_enterprise' }), 201);
  const parent = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'superior_committee', name: 'Đảng bộ Khối Doanh nghiệp Thử', ...event('2000-01-01') }), 201);
  const gb = await ok(admin.post('/api/orgs', { parent_id: parent.id, kind: 'grassroots_branch', name: 'Chi bộ Công ty Chỉ Tiêu', host_unit_id: unit.id, ...event('2022-03-01') }), 201);
  await ok(admin.post('/api/orgs', { parent_id: parent.id, kind: 'grassroots_branch', name: 'Chi bộ Không Đơn Vị', ...event('2000-01-01') }), 201);
  const r = await ok(admin.get(`/api/orgs/${parent.id}/indicators?codes=orgs.host.private_enterprise,orgs.host.public_unit,orgs.host.none&at=2024-12-31`));
  assert.deepEqual(r.indicators.map((i) => [i.label, i.value]), [['Tổ chức cơ sở đảng ở doanh nghiệp tư nhân', 1], ['Tổ chức cơ sở đảng ở đơn vị sự nghiệp', 0], ['Tổ chức cơ sở đảng chưa gắn đơn vị', 1]]);
  const before = await ok(admin.get(`/api/orgs/${parent.id}/indicators?codes=orgs.host.private_enterprise&at=2021-12-31`));
  assert.equal(before.indicators[0].value, 0);
  const list = await ok(admin.get(`/api/orgs/${parent.id}/indicators/people?code=orgs.host.private_enterprise&at=2024-12-31`));
  assert.deepEqual(list.items.map((e) => [e.id, e.name, e.detail]), [[gb.id, 'Chi bộ Công ty Chỉ Tiêu', 'Công ty Cổ phần Chỉ Tiêu']]);
});

test('transfers in times (lượt) and in people: one member moved out twice is two times, one person', async () => {
  const home = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Đi Về', ...event('2000-01-01') }), 201);
  const x = await ok(admin.post('/api/orgs', { parent_id: home.id, kind: 'branch', name: 'Chi bộ Đi', ...event('2000-01-01') }), 201);
  const y = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Về', ...event('2000-01-01') }), 201);
  const m = await ok(admin.post('/api/members', member(x.id, 'Hồ Văn Đi Về')), 201);
  for (const [to, on] of [[y.id, '2024-03-01'], [x.id, '2024-06-01'], [y.id, '2024-09-01']]) {
    await ok(admin.post(`/api/members/${m.id}/transfer-internal`, { to_org_id: to, confirm_now: true, ...event(on) }), 201);
  }
  const codes = 'transfers.out,transfers.out_people,transfers.in,transfers.in_people,transfers.internal_people';
  const r = await ok(admin.get(`/api/orgs/${home.id}/indicators?codes=${codes}&period=2024`));
  assert.deepEqual(r.indicators.map((i) => [i.code, i.value]), [['transfers.out', 2], ['transfers.out_people', 1], ['transfers.in', 1], ['transfers.in_people', 1], ['transfers.internal_people', 0]]);
  assert.equal(r.indicators[1].unit, 'đảng viên');
  const people = await ok(admin.get(`/api/orgs/${home.id}/indicators/people?code=transfers.out_people&period=2024`));
  assert.deepEqual(people.items.map((e) => e.name), ['Hồ Văn Đi Về']);
  // In a breakdown each unit counts its own people; from the bloc all three are internal.
  const bloc = await ok(admin.get(`/api/orgs/1/indicators?codes=transfers.out_people,transfers.internal_people&period=2024&breakdown=grassroots`));
  assert.deepEqual(bloc.units.find((u) => u.org.id === home.id).indicators.map((i) => i.value), [1, 0]);
  assert.ok(bloc.indicators[1].value >= 1);
});

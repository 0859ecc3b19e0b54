// The indicators as the party's official report in Word: GET …/indicators/export?format=docx
// and `dangbo report --format docx`. The download is converted to PDF by LibreOffice and read
// back with pdftotext, so the test sees what a reader sees: the header, the title, the
// narrative with the right figures, the table and the signature block. The workbook stays
// the default and still reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin, cli, ok, server, useServer } from '../lib/harness.mjs';
import { zipEntry } from '../lib/zip.mjs';

useServer();

const member = (org_id, full_name, extra = {}) => ({ org_id, full_name, sex: 'male', birth_date: '1980-01-01', admitted_on: '2010-01-01', official_on: '2011-01-01', ...extra });
const event = (effective_on) => ({ effective_on, decision_no: `${effective_on}-QĐ`, decision_date: effective_on });

// The text of a .docx as LibreOffice lays it out, whitespace runs made one space. A private
// profile keeps parallel runs (one per engine) from sharing LibreOffice's lock.
function renderedText(docx) {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-docx-'));
  try {
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, docx);
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(convert.status, 0, `soffice: ${convert.error ?? ''} ${convert.stderr}`);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr}`);
    return text.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const codes = 'orgs.branch,members.total,members.official,members.probationary,flows.admitted,admission.percent,transfers.out,transfers.in';

test('the official report in Word: header, title, narrative, table, signature', { timeout: 300_000 }, async () => {
  const org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Thử Báo Cáo', ...event('2000-01-01') }), 201);
  const unit = await ok(admin.post('/api/orgs', { parent_id: org.id, kind: 'branch', name: 'Chi bộ Văn Bản', ...event('2000-01-01') }), 201);
  for (const name of ['Lê Văn Một', 'Lê Văn Hai', 'Lê Thị Ba']) await ok(admin.post('/api/members', member(unit.id, name)), 201);
  await ok(admin.post('/api/members', member(unit.id, 'Trần Văn Mới', { admitted_on: '2024-03-01', official_on: '' })), 201);
  await ok(admin.post('/api/members', member(unit.id, 'Trần Thị Mới', { sex: 'female', admitted_on: '2024-05-01', official_on: '' })), 201);
  const query = `codes=${codes}&at=2024-08-31&period=2024-M8&breakdown=unit`;
  const figures = await ok(admin.get(`/api/orgs/${org.id}/indicators?${query}`));
  const v = Object.fromEntries(figures.indicators.map((i) => [i.code, i.value]));
  assert.deepEqual([v['orgs.branch'], v['members.total'], v['members.official'], v['members.probationary'], v['flows.admitted']], [1, 5, 3, 2, 2]);

  const r = await fetch(`${server.url}/api/orgs/${org.id}/indicators/export?${query}&format=docx&number=12&place=${encodeURIComponent('Hà Nam')}`, { headers: { cookie: admin.cookie } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /wordprocessingml\.document/);
  assert.equal(r.headers.get('content-disposition'), `attachment; filename="bao-cao-${org.id}-2024-08-31.docx"`);
  const docx = Buffer.from(await r.arrayBuffer());
  assert.match(zipEntry(docx, '[Content_Types].xml'), /wordprocessingml\.document\.main\+xml/);
  assert.match(zipEntry(docx, 'word/styles.xml'), /Times New Roman/);

  const text = renderedText(docx);
  for (const expected of [
    'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', // the parent, in capitals
    'ĐẢNG ỦY THỬ BÁO CÁO', // the issuing committee
    'Số 12-BC/ĐU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Hà Nam, ngày 31 tháng 8 năm 2024',
    'BÁO CÁO',
    'Số liệu công tác xây dựng Đảng 8 tháng đầu năm 2024',
    'Tính đến ngày 31/08/2024, Đảng bộ có 1 chi bộ trực thuộc với 5 đảng viên (3 đảng viên chính thức, 2 đảng viên dự bị).',
    'Trong 8 tháng đầu năm 2024, đã kết nạp 2 đảng viên mới.',
    'BIỂU SỐ LIỆU',
    'STT',
    'Đơn vị tính',
    'Tổng số đảng viên',
    'Chi bộ Văn Bản',
    'T/M ĐẢNG ỦY',
    'BÍ THƯ',
    'Nơi nhận:',
  ]) {
    assert.ok(text.includes(expected), `${expected} ∉ ${text}`);
  }
  // Transfers of nothing say nothing; a percentage without a target is not claimed.
  assert.ok(!text.includes('chuyển sinh hoạt đi 0'), text);
  assert.ok(!text.includes('so với chỉ tiêu đề ra'), text);

  // The workbook is still the default and an explicit choice, and reads back.
  for (const format of ['', '&format=xlsx']) {
    const x = await fetch(`${server.url}/api/orgs/${org.id}/indicators/export?${query}${format}`, { headers: { cookie: admin.cookie } });
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-type'), /spreadsheetml/);
    assert.ok(zipEntry(Buffer.from(await x.arrayBuffer()), 'xl/sharedStrings.xml').includes('Đảng bộ Thử Báo Cáo'));
  }

  // Bad choices: Vietnamese problem+json on the field.
  const bad = async (params, field, pattern) => {
    const b = await admin.get(`/api/orgs/${org.id}/indicators/export?${query}&${params}`);
    assert.equal(b.status, 400, params);
    assert.match(b.headers.get('content-type'), /application\/problem\+json/);
    assert.match(b.json.detail, pattern, params);
    assert.ok(b.json.errors.some((e) => e.field === field), `${params}: ${b.text}`);
  };
  await bad('format=pdf', 'format', /Định dạng tệp không hợp lệ/);
  await bad(`format=docx&number=${encodeURIComponent('<b>12</b>')}`, 'number', /Số văn bản/);
  await bad(`format=docx&place=${'x'.repeat(51)}`, 'place', /Địa danh/);
  assert.equal((await admin.get(`/api/orgs/987654/indicators/export?format=docx`)).status, 404);

  // The CLI writes the same report; xlsx and docx need a file.
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-report-docx-'));
  try {
    const file = join(dir, 'bao-cao.docx');
    const args = ['report', '--org', String(org.id), '--codes', codes, '--at', '2024-08-31', '--period', '2024-M8', '--db', server.dbUrl];
    const out = cli([...args, '--format', 'docx', '--out', file, '--place', 'Hà Nam']);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /Đã ghi 8 chỉ tiêu vào/);
    const xml = zipEntry(readFileSync(file), 'word/document.xml');
    for (const expected of ['Hà Nam, ngày 31 tháng 8 năm 2024', 'Số       -BC/ĐU', 'đã kết nạp 2 đảng viên mới']) {
      assert.ok(xml.includes(expected), expected);
    }
    const json = cli([...args, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout).indicators.length, 8);
    const noFile = cli([...args, '--format', 'docx']);
    assert.equal(noFile.status, 1);
    assert.match(noFile.stderr, /cần --out/);
    const clash = cli([...args, '--json', '--format', 'docx', '--out', file]);
    assert.equal(clash.status, 1);
    assert.match(clash.stderr, /mâu thuẫn/);
    assert.notEqual(cli([...args, '--format', 'pdf']).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

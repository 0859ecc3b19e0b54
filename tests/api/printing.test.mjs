// Printable documents (issue 13): the member's sheet (mẫu 2-HSĐV), the letter of
// introduction of a transfer, and the draft decisions of admission and recognition — each as
// Word, and as PDF rendered by LibreOffice on the server; read back with pdftotext, so the test
// sees what a reader sees. Access as for the record: an outsider gets "not found". The CLI
// writes the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, admin, cli, ok, server, useServer } from '../lib/harness.mjs';
import { zipEntry } from '../lib/zip.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
const s = {};

async function fetchFile(client, path) {
  const r = await fetch(`${server.url}${path}`, { headers: { cookie: client.cookie } });
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: Buffer.from(await r.arrayBuffer()) };
}

// What a reader sees on the PDF's pages, whitespace runs made one space.
function pdfText(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-print-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr}`);
    return text.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const docText = (docx) => zipEntry(docx, 'word/document.xml').replace(/<[^>]+>/g, '');

useServer(async () => {
  s.g = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_committee', name: 'Đảng bộ Sở Xây dựng', ...at('2000-01-01') }), 201);
  s.b = await ok(admin.post('/api/orgs', { parent_id: s.g.id, kind: 'branch', name: 'Chi bộ Phòng Quy hoạch', ...at('2000-02-01') }), 201);
  s.b2 = await ok(admin.post('/api/orgs', { parent_id: s.g.id, kind: 'branch', name: 'Chi bộ Phòng Nhà ở', ...at('2000-02-01') }), 201);
  s.x = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Khác In', ...at('2000-01-01') }), 201);
  s.m = await ok(admin.post('/api/members', { org_id: s.b.id, full_name: 'Đinh Thị Phương Thảo', sex: 'female', birth_date: '1985-04-12', home_town: 'Nam Định', admitted_on: '2010-05-19', official_on: '2011-05-19', card_no: '123456', theory_level: 'trung_cap', work: [{ from_date: '2008-09-01', title: 'Chuyên viên Phòng Quy hoạch' }] }), 201);
  s.p = await ok(admin.post('/api/members', { org_id: s.b.id, full_name: 'Vũ Văn Dự Bị', sex: 'male', birth_date: '1996-01-20', admitted_on: '2026-03-01' }), 201);
  await ok(admin.post('/api/users', { username: 'bithu.khac.in', display_name: 'Bí thư khác', org_id: s.x.id, roles: ['secretary'], password: PASSWORD }), 201);
  s.other = new Client(server.url);
  assert.equal((await s.other.login('bithu.khac.in', PASSWORD)).status, 200);
});

test("the member's sheet in Word and PDF: the file's facts in the party's layout", { timeout: 300_000 }, async () => {
  const docx = await fetchFile(admin, `/api/members/${s.m.id}/print/phieu-dang-vien`);
  assert.equal(docx.status, 200);
  assert.match(docx.type, /wordprocessingml/);
  const xml = docText(docx.body);
  for (const want of ['PHIẾU ĐẢNG VIÊN', '(Mẫu 2-HSĐV)', 'Đinh Thị Phương Thảo', 'Giới tính: Nữ', '12/04/1985', 'Nam Định', '19/05/2010', 'Số thẻ đảng viên: 123456', 'Chuyên viên Phòng Quy hoạch', 'ĐẢNG CỘNG SẢN VIỆT NAM']) {
    assert.ok(xml.includes(want), `missing “${want}”`);
  }
  const pdf = await fetchFile(admin, `/api/members/${s.m.id}/print/phieu-dang-vien?format=pdf`);
  assert.equal(pdf.status, 200, pdf.body.toString());
  assert.equal(pdf.type, 'application/pdf');
  assert.equal(pdf.body.subarray(0, 4).toString(), '%PDF');
  const text = pdfText(pdf.body);
  for (const want of ['PHIẾU ĐẢNG VIÊN', 'Đinh Thị Phương Thảo', 'Trung cấp', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Chi bộ Phòng Quy hoạch']) {
    assert.ok(text.includes(want), `the PDF lacks “${want}”: ${text.slice(0, 400)}`);
  }
});

test('bad format and outsiders: Vietnamese errors, and "not found" outside the subtree', async () => {
  const bad = await admin.get(`/api/members/${s.m.id}/print/phieu-dang-vien?format=odt`);
  assert.equal(bad.status, 400);
  assert.match(bad.json.detail, /docx/);
  const outside = await s.other.get(`/api/members/${s.m.id}/print/phieu-dang-vien`);
  const missing = await s.other.get('/api/members/999999/print/phieu-dang-vien');
  assert.equal(outside.status, 404);
  assert.equal(outside.json.detail.replace(String(s.m.id), 'N'), missing.json.detail.replace('999999', 'N'));
  const none = await admin.get(`/api/members/${s.m.id}/print/khong-co`);
  assert.equal(none.status, 404);
});

test('the letter of introduction of a transfer names both sides and the day to present it', { timeout: 120_000 }, async () => {
  const t = await ok(admin.post(`/api/members/${s.m.id}/transfer-out`, { ...at('2026-11-02'), external_unit: 'Đảng bộ tỉnh Lâm Đồng', letter_no: '15', letter_date: '2026-10-30' }), 201);
  const docx = await fetchFile(admin, `/api/transfers/${t.id}/print/giay-gioi-thieu`);
  assert.equal(docx.status, 200);
  const xml = docText(docx.body);
  for (const want of ['GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG', 'Kính gửi: Đảng bộ tỉnh Lâm Đồng', 'Đinh Thị Phương Thảo', 'Số 15-GGT/ĐU', 'Đảng ủy Sở Xây dựng giới thiệu', 'chính thức ngày 19/05/2011', 'trong 30 ngày làm việc']) {
    assert.ok(xml.includes(want), `missing “${want}” in ${xml.slice(0, 600)}`);
  }
});

test('draft decisions: recognition of a probationary member; admission only after the vote', async () => {
  const rec = await fetchFile(admin, `/api/members/${s.p.id}/print/quyet-dinh-cong-nhan`);
  assert.equal(rec.status, 200);
  const xml = docText(rec.body);
  for (const want of ['QUYẾT ĐỊNH', 'Về việc công nhận đảng viên chính thức', 'ĐẢNG ỦY SỞ XÂY DỰNG', 'Vũ Văn Dự Bị', 'kể từ ngày 01/03/2027']) {
    assert.ok(xml.includes(want), `missing “${want}” in ${xml.slice(0, 800)}`);
  }
  const c = await ok(admin.post('/api/candidates', { org_id: s.b2.id, full_name: 'Hồ Văn Ưu Tú', sex: 'male', birth_date: '1998-02-02', ethnicity: 'Kinh', general_education: '12/12', identified_on: '2026-01-05' }), 201);
  const early = await admin.get(`/api/candidates/${c.id}/print/quyet-dinh-ket-nap`);
  assert.equal(early.status, 422);
  assert.match(early.json.detail, /biểu quyết/);
});

test('the CLI prints the same forms to a file', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-print-cli-'));
  try {
    const out = join(dir, 'phieu.docx');
    const r = cli(['print', 'phieu-dang-vien', String(s.p.id), '--db', server.dbUrl, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(docText(readFileSync(out)).includes('Vũ Văn Dự Bị'));
    const wrong = cli(['print', 'mau-la', String(s.p.id), '--db', server.dbUrl, '--out', out]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /không có mẫu/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

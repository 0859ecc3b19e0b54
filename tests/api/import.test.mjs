// Import and export API suite: CSV/XLSX import with a preview of every row's errors,
// all-or-nothing commit, excluding bad rows, and exports that read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, cli, ok, server, useServer } from '../lib/harness.mjs';

let branch;

useServer(async () => {
  const r = await admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Sở Công Thương', effective_on: '2000-01-01' });
  assert.equal(r.status, 201, r.text);
  branch = r.json;
});

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

const csv = [
  'DANH SÁCH ĐẢNG VIÊN CHI BỘ SỞ CÔNG THƯƠNG',
  'Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Dân tộc;Số thẻ đảng viên;Chi bộ',
  'Hoàng Văn Nam;Nam;12/03/1985;19/05/2012;19/05/2013;Tày;70001;Chi bộ Sở Công Thương',
  'Đinh Thị Thu;Nữ;01/01/1990;03/02/2015;03/02/2016;Kinh;70002;',
  'Lý Văn Tài;Nam;31/02/1988;01/01/2010;;Kinh;;',
  'Mai Thị Hằng;Nữ;05/06/1991;07/08/2019;07/08/2020;Mường;70001;',
].join('\r\n');

test('preview shows every row with its errors; a bad row blocks the whole import', async () => {
  const before = (await admin.get(`/api/members?org_id=${branch.id}`)).json.total;
  const p = await admin.post('/api/members/import/preview', { filename: 'ds.csv', content_base64: b64(csv), org_id: branch.id });
  assert.equal(p.status, 200, p.text);
  assert.equal(p.json.valid, 2);
  assert.equal(p.json.invalid, 2);
  assert.deepEqual(p.json.columns.map((c) => c.field), ['full_name', 'sex', 'birth_date', 'admitted_on', 'official_on', 'ethnicity', 'card_no', 'org']);
  const byRow = Object.fromEntries(p.json.rows.map((r) => [r.row, r]));
  assert.equal(byRow[3].values.birth_date, '1985-03-12');
  assert.equal(byRow[3].org_id, branch.id);
  assert.ok(byRow[5].errors.some((e) => e.field === 'birth_date' && /ngày có thật/.test(e.message)));
  assert.ok(byRow[6].errors.some((e) => e.field === 'card_no' && /trùng với dòng 3/.test(e.message)));

  const commit = await admin.post('/api/members/import/commit', { filename: 'ds.csv', content_base64: b64(csv), org_id: branch.id });
  assert.equal(commit.status, 400);
  assert.equal(commit.json.code, 'import_has_errors');
  assert.ok(commit.json.errors.some((e) => e.field === 'rows[5].birth_date'));
  assert.equal((await admin.get(`/api/members?org_id=${branch.id}`)).json.total, before);

  const ok = await admin.post('/api/members/import/commit', { filename: 'ds.csv', content_base64: b64(csv), org_id: branch.id, exclude_rows: [5, 6] });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.imported, 2);
  const list = await admin.get(`/api/members?org_id=${branch.id}&q=hoang nam`);
  assert.equal(list.json.items[0].full_name, 'Hoàng Văn Nam');
  assert.equal(list.json.items[0].ethnicity, 'Tày');
  const audit = await admin.get('/api/audit?action=member.import');
  assert.equal(audit.json.total, 1);
  assert.equal(audit.json.items[0].after.imported, 2);
  // The same file again: everything is now a likely duplicate.
  const again = await admin.post('/api/members/import/preview', { filename: 'ds.csv', content_base64: b64(csv), org_id: branch.id });
  assert.equal(again.json.valid, 0);
});

test('bad files get Vietnamese errors', async () => {
  const garbage = await admin.post('/api/members/import/preview', { filename: 'x.xlsx', content_base64: Buffer.from('PK\x03\x04garbage').toString('base64') });
  assert.equal(garbage.status, 400);
  assert.match(garbage.json.detail, /[à-ỹĐđ]/u);
  const noName = await admin.post('/api/members/import/preview', { filename: 'x.csv', content_base64: b64('a,b\n1,2\n') });
  assert.equal(noName.status, 400);
  assert.match(noName.json.detail, /Họ và tên/);
  const notB64 = await admin.post('/api/members/import/preview', { filename: 'x.csv', content_base64: '***' });
  assert.equal(notB64.status, 400);
  const noUnit = await admin.post('/api/members/import/preview', { filename: 'x.csv', content_base64: b64('Họ và tên\nA B\n') });
  assert.equal(noUnit.status, 400);
  assert.ok(noUnit.json.errors.some((e) => e.field === 'org_id'));
});

test('exports: CSV and XLSX of the filtered list; XLSX reads back', async () => {
  const c = await fetch(`${server.url}/api/members/export?format=csv&org_id=${branch.id}`, { headers: { cookie: admin.cookie } });
  assert.equal(c.status, 200);
  assert.match(c.headers.get('content-disposition'), /attachment; filename="danh-sach-dang-vien-\d{4}-\d\d-\d\d\.csv"/);
  const raw = Buffer.from(await c.arrayBuffer());
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV có BOM để Excel hiển thị tiếng Việt');
  const text = raw.toString('utf8');
  assert.match(text, /Hoàng Văn Nam,Nam,12\/03\/1985/);
  const x = await fetch(`${server.url}/api/members/export?format=xlsx&org_id=${branch.id}`, { headers: { cookie: admin.cookie } });
  assert.equal(x.status, 200);
  const bytes = Buffer.from(await x.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  const back = await admin.post('/api/members/import/preview', { filename: 'export.xlsx', content_base64: bytes.toString('base64'), org_id: branch.id });
  assert.equal(back.status, 200, back.text);
  assert.equal(back.json.rows.length, 2);
  assert.ok(back.json.rows.some((r) => r.values.full_name === 'Đinh Thị Thu' && r.values.birth_date === '1990-01-01'));
  const bad = await admin.get('/api/members/export?format=pdf');
  assert.equal(bad.status, 400);
});

test('CLI import: preview, then commit with --exclude', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/dangbo-imp-`);
  const file = `${dir}/ds.csv`;
  writeFileSync(file, 'Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng\nTô Văn Hải,Nam,1987-04-04,2015-06-06\nBa Chữ Sai,Nam,1987-04-04,2030-06-06\n');
  const preview = cli(['member', 'import', file, '--org', String(branch.id), '--db', server.dbUrl]);
  assert.equal(preview.status, 1, preview.stdout + preview.stderr);
  assert.match(preview.stdout + preview.stderr, /Dòng 3/);
  const commit = cli(['member', 'import', file, '--org', String(branch.id), '--commit', '--exclude', '3', '--db', server.dbUrl]);
  assert.equal(commit.status, 0, commit.stderr);
  assert.match(commit.stdout, /Đã nhập 1 đảng viên/);
  const out = `${dir}/ds.xlsx`;
  const exp = cli(['member', 'export', '--org', String(branch.id), '--format', 'xlsx', '--out', out, '--db', server.dbUrl]);
  assert.equal(exp.status, 0, exp.stderr);
  assert.match(exp.stdout, /3 đảng viên/);
});

test('web import limits: over 50.000 rows or 20 MB is refused in Vietnamese and writes nothing', async () => {
  const before = (await admin.get('/api/members?page_size=1')).json.total;
  const rows = (n) => ['Họ và tên;Ngày sinh', ...Array.from({ length: n }, (_, i) => `Người Số ${i};01/01/1990`)].join('\n');
  const many = await admin.post('/api/members/import/preview', { filename: 'nhieu.csv', content_base64: b64(rows(50_001)), org_id: branch.id });
  assert.equal(many.status, 422, many.text.slice(0, 300));
  assert.equal(many.json.code, 'file_too_many_rows');
  assert.match(many.json.detail, /tối đa 50\.000 dòng/);
  const commit = await admin.post('/api/members/import/commit', { filename: 'nhieu.csv', content_base64: b64(rows(50_001)), org_id: branch.id });
  assert.equal(commit.status, 422);
  const big = await admin.post('/api/members/import/preview', { filename: 'lon.csv', content_base64: b64('Họ và tên\n' + 'x'.repeat(20 * 1024 * 1024)), org_id: branch.id });
  assert.equal(big.status, 422, big.text.slice(0, 300));
  assert.equal(big.json.code, 'file_too_large');
  assert.match(big.json.detail, /20 MB/);
  assert.equal((await admin.get('/api/members?page_size=1')).json.total, before);
});

test('preview pages: rows come 1.000 at a time with the totals, bad row numbers and a count per field', async () => {
  // 1.500 rows; every third has an impossible birth date.
  const lines = ['Họ và tên;Ngày sinh;Ngày vào Đảng;Giới tính'];
  for (let i = 0; i < 1500; ++i) lines.push(`Người Thử ${i};${i % 3 === 0 ? '31/02/1990' : '01/01/1990'};01/01/2015;Nam`);
  const body = { filename: 'trang.csv', content_base64: b64(lines.join('\n')), org_id: branch.id };
  const first = await ok(admin.post('/api/members/import/preview', body));
  assert.equal(first.total_rows, 1500);
  assert.equal(first.rows.length, 1000);
  assert.equal(first.next_offset, 1000);
  assert.equal(first.invalid, 500);
  assert.equal(first.invalid_rows.length, 500);
  assert.equal(first.invalid_rows[0], 2); // line 2: the first data row
  assert.deepEqual(first.error_summary, [{ field: 'birth_date', rows: 500 }]);
  assert.deepEqual(first.limits, { max_bytes: 20 * 1024 * 1024, max_rows: 50000 });
  const second = await ok(admin.post('/api/members/import/preview', { ...body, rows_offset: first.next_offset }));
  assert.equal(second.rows.length, 500);
  assert.equal(second.rows[0].row, first.rows[999].row + 1);
  assert.equal(second.next_offset, null);
  // A refused commit lists the first 200 errors and states the total.
  const commit = await admin.post('/api/members/import/commit', body);
  assert.equal(commit.status, 400);
  assert.equal(commit.json.errors.length, 200);
  assert.match(commit.json.detail, /còn 500 lỗi/);
});

test('the import template: an Excel workbook with the columns, a sample row and the code lists', async () => {
  const r = await fetch(`${server.url}/api/members/import/template?format=xlsx`, { headers: { cookie: admin.cookie } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-disposition') ?? '', /mau-nhap-dang-vien\.xlsx/);
  const book = Buffer.from(await r.arrayBuffer());
  const { zipEntry } = await import('../lib/zip.mjs');
  const sheets = zipEntry(book, 'xl/workbook.xml');
  assert.match(sheets, /name="Mẫu nhập đảng viên"/);
  assert.match(sheets, /name="Danh mục"/);
  const strings = zipEntry(book, 'xl/sharedStrings.xml');
  for (const want of ['Họ và tên', 'Ngày vào Đảng', 'Nguyễn Văn Mẫu', '02/05/1980', 'Tày', 'Phật giáo', 'Trung cấp', 'xóa dòng mẫu']) {
    assert.ok(strings.includes(want), `the template lacks “${want}”`);
  }
  const csv = await fetch(`${server.url}/api/members/import/template?format=csv`, { headers: { cookie: admin.cookie } });
  const text = (await csv.text()).replace(/^\uFEFF/, '');
  assert.match(text.split(/\r?\n/)[0], /^Chi bộ,Họ và tên,/);
  const bad = await admin.get('/api/members/import/template?format=pdf');
  assert.equal(bad.status, 400);
  assert.match(bad.json.detail, /xlsx hoặc csv/);
});

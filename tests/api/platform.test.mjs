// Platform API suite: runs against a real `dangbo serve` on the engine in DANGBO_TEST_DB.
// Covers login, sessions, CSRF, lock-out, problem+json errors, audit, subtree scope, CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, cli } from '../lib/harness.mjs';

let server;
let admin;

before(async () => {
  server = await startServer();
  admin = new Client(server.url);
  const r = await admin.login(server.admin.username, server.admin.password);
  assert.equal(r.status, 200, r.text);
});

after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0, 'SIGTERM phải dừng máy chủ êm, mã thoát 0');
});

function assertProblem(r, status, code) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.json.status, status);
  if (code) assert.equal(r.json.code, code);
  assert.ok(r.json.title && r.json.detail, 'title và detail phải có nội dung');
  // Vietnamese text: at least one letter with a diacritic.
  assert.match(r.json.title + r.json.detail, /[à-ỹĐđ]/u);
}

async function auditCount(query = '') {
  const r = await admin.get(`/api/audit?page_size=1${query}`);
  assert.equal(r.status, 200, r.text);
  return r.json.total;
}

async function rootId() {
  const r = await admin.get('/api/orgs');
  return r.json.items.find((o) => o.parent_id === null).id;
}

async function createOrg(parentId, kind, name) {
  const r = await admin.post('/api/orgs', { parent_id: parentId, kind, name });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function createUser(fields) {
  const r = await admin.post('/api/users', { password: 'Mat-khau-2026', ...fields });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('healthz, metrics and security headers', async () => {
  const h = await fetch(`${server.url}/healthz`);
  assert.equal(h.status, 200);
  const body = await h.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.search_index, 'ready');
  assert.equal(body.database, (process.env.DANGBO_TEST_DB || 'sqlite') === 'sqlite' ? 'sqlite' : 'postgresql');
  assert.equal(body.database_checked, false);
  // The deep check asks the database as well.
  const deep = await (await fetch(`${server.url}/healthz?deep=1`)).json();
  assert.equal(deep.database_checked, true);
  assert.equal(deep.status, 'ok');
  assert.match(h.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  assert.equal(h.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(h.headers.get('referrer-policy'), 'same-origin');

  const m = await (await fetch(`${server.url}/metrics`)).text();
  assert.match(m, /dangbo_http_requests_total\{route="\/healthz",method="GET",status="200"\} \d+/);
  assert.match(m, /dangbo_http_request_duration_seconds_bucket\{le="\+Inf"\} \d+/);
  assert.match(m, /dangbo_db_pool_connections\{state="in_use"\} \d+/);
});

test('the web app is served with SPA fallback', async () => {
  const r = await fetch(`${server.url}/quan-tri/nguoi-dung`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /text\/html/);
  assert.match(await r.text(), /<div id="root">/);
  const missing = await fetch(`${server.url}/assets/khong-co.js`);
  assert.equal(missing.status, 404);
  const traversal = await fetch(`${server.url}/..%2f..%2fetc/passwd`);
  assert.ok([400, 404].includes(traversal.status));
});

test('unknown routes and methods answer problem+json', async () => {
  assertProblem(await admin.get('/api/khong-ton-tai'), 404, 'route_not_found');
  assertProblem(await admin.request('DELETE', '/api/orgs'), 405, 'method_not_allowed');
});

test('login: wrong password is a Vietnamese 401 and leaves a refused audit row', async () => {
  const before = await auditCount('&action=auth.login&outcome=refused');
  const c = new Client(server.url);
  const r = await c.login('admin', 'sai-mat-khau');
  assertProblem(r, 401, 'login_failed');
  assert.equal(r.json.detail, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  const unknown = await c.login('khong-co-ai', 'sai-mat-khau');
  assertProblem(unknown, 401, 'login_failed');
  assert.equal(await auditCount('&action=auth.login&outcome=refused'), before + 2);
});

test('login: bad input of every kind gets problem+json', async () => {
  const c = new Client(server.url);
  assertProblem(await c.request('POST', '/api/auth/login', { raw: 'username=admin', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
  assertProblem(await c.request('POST', '/api/auth/login', { raw: '{khong phai json', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
  const empty = await c.post('/api/auth/login', { username: '', password: '' });
  assertProblem(empty, 400, 'validation_failed');
  assert.deepEqual(empty.json.errors.map((e) => e.field).sort(), ['password', 'username']);
  const typed = await c.post('/api/auth/login', { username: 5, password: ['x'] });
  assertProblem(typed, 400, 'validation_failed');
});

test('login sets a strict HttpOnly cookie; me and logout work', async () => {
  const c = new Client(server.url);
  const r = await c.login('admin', server.admin.password);
  assert.equal(r.status, 200);
  const cookie = r.headers.get('set-cookie');
  assert.match(cookie, /dangbo_session=[A-Za-z0-9_-]{43}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.equal(r.json.user.username, 'admin');
  assert.deepEqual(r.json.user.roles, ['admin']);
  assert.ok(r.json.csrf_token.length >= 30);

  const me = await c.get('/api/auth/me');
  assert.equal(me.status, 200);
  assert.equal(me.json.user.display_name, 'Quản trị hệ thống');

  const out = await c.post('/api/auth/logout');
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
  assertProblem(await c.get('/api/auth/me'), 401);
});

test('a stolen cookie stops working after logout', async () => {
  const c = new Client(server.url);
  await c.login('admin', server.admin.password);
  const stolen = c.cookie;
  await c.post('/api/auth/logout');
  const thief = new Client(server.url);
  thief.cookie = stolen;
  assertProblem(await thief.get('/api/auth/me'), 401, 'session_expired');
});

test('CSRF: a write without the token is refused, audited, and writes nothing', async () => {
  const orgsBefore = (await admin.get('/api/orgs')).json.items.length;
  const refusedBefore = await auditCount('&action=http.write&outcome=refused');
  const parent = await rootId();
  const r = await admin.post('/api/orgs', { parent_id: parent, kind: 'grassroots_branch', name: 'Chi bộ CSRF' }, { csrf: false });
  assertProblem(r, 403, 'csrf_invalid');
  const wrong = await admin.post('/api/orgs', { parent_id: parent, kind: 'grassroots_branch', name: 'Chi bộ CSRF' }, { headers: { 'x-csrf-token': 'gia-mao' }, csrf: false });
  assertProblem(wrong, 403, 'csrf_invalid');
  const foreign = await admin.post('/api/orgs', { parent_id: parent, kind: 'grassroots_branch', name: 'Chi bộ CSRF' }, { headers: { origin: 'http://evil.example' } });
  assertProblem(foreign, 403, 'origin_mismatch');
  assert.equal((await admin.get('/api/orgs')).json.items.length, orgsBefore);
  assert.equal(await auditCount('&action=http.write&outcome=refused'), refusedBefore + 2);
});

test('validation errors are per field, Vietnamese, and write nothing', async () => {
  const usersBefore = (await admin.get('/api/users')).json.total;
  const auditBefore = await auditCount();
  const r = await admin.post('/api/users', { username: 'A B', display_name: '', org_id: await rootId(), roles: ['vua'], password: '123' });
  assertProblem(r, 400, 'validation_failed');
  const fields = r.json.errors.map((e) => e.field);
  for (const f of ['username', 'display_name', 'roles', 'password']) assert.ok(fields.includes(f), `thiếu lỗi cho ${f}`);
  assert.ok(r.json.errors.every((e) => /[à-ỹĐđ]/u.test(e.message)));
  const typed = await admin.post('/api/users', { username: 'x', org_id: 'mot' });
  assertProblem(typed, 400, 'validation_failed');
  assert.ok(typed.json.errors.some((e) => e.field === 'org_id'));
  assertProblem(await admin.get('/api/users?page=abc'), 400, 'validation_failed');
  assertProblem(await admin.get('/api/orgs/abc'), 400, 'validation_failed');
  const nesting = await admin.post('/api/orgs', { parent_id: await rootId(), kind: 'branch', name: 'Chi bộ sai chỗ' });
  assertProblem(nesting, 400, 'validation_failed');
  assert.match(nesting.json.detail, /Chi bộ trực thuộc không thể đặt trực tiếp dưới/);
  assert.equal((await admin.get('/api/users')).json.total, usersBefore);
  assert.equal(await auditCount(), auditBefore);
});

test('creating a user is audited with before/after and no secrets', async () => {
  const u = await createUser({ username: 'nguyen.van.an', display_name: 'Nguyễn Văn An', org_id: await rootId(), roles: ['org_staff'] });
  assert.equal(u.display_name, 'Nguyễn Văn An');
  const dup = await admin.post('/api/users', { username: 'Nguyen.Van.An', display_name: 'Trùng', org_id: await rootId(), roles: ['member'], password: 'Mat-khau-2026' });
  assertProblem(dup, 409, 'username_taken');
  const a = await admin.get(`/api/audit?action=user.create&entity_id=${u.id}`);
  assert.equal(a.json.total, 1);
  const row = a.json.items[0];
  assert.equal(row.outcome, 'ok');
  assert.equal(row.actor_id, 1);
  assert.equal(row.via, 'api');
  assert.equal(row.client_addr, '127.0.0.1');
  assert.equal(row.before, null);
  assert.equal(row.after.username, 'nguyen.van.an');
  assert.doesNotMatch(JSON.stringify(row), /argon2|Mat-khau/);
});

test('lock-out after five wrong passwords; an admin reset unlocks', async () => {
  const u = await createUser({ username: 'tran.thi.binh', display_name: 'Trần Thị Bình', org_id: await rootId(), roles: ['member'] });
  const c = new Client(server.url);
  for (let i = 1; i <= 4; i++) assertProblem(await c.login('tran.thi.binh', `sai-${i}`), 401, 'login_failed');
  const fifth = await c.login('tran.thi.binh', 'sai-5');
  assertProblem(fifth, 429, 'login_locked');
  assert.match(fifth.json.detail, /tạm khóa đến \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
  assertProblem(await c.login('tran.thi.binh', 'Mat-khau-2026'), 429, 'login_locked');
  const reset = await admin.post(`/api/users/${u.id}/password`, { password: 'Mat-khau-moi-2026' });
  assert.equal(reset.status, 204, reset.text);
  assert.equal((await c.login('tran.thi.binh', 'Mat-khau-moi-2026')).status, 200);
  // A member may not read the audit trail or manage users.
  assertProblem(await c.get('/api/audit'), 403, 'forbidden');
  assertProblem(await c.post('/api/users', { username: 'ke.gian', display_name: 'K', org_id: await rootId(), roles: ['admin'], password: 'Mat-khau-2026' }), 403, 'forbidden');
});

test('own password change ends other sessions', async () => {
  await createUser({ username: 'le.van.cuong', display_name: 'Lê Văn Cường', org_id: await rootId(), roles: ['secretary'] });
  const a = new Client(server.url);
  const b = new Client(server.url);
  await a.login('le.van.cuong', 'Mat-khau-2026');
  await b.login('le.van.cuong', 'Mat-khau-2026');
  const weak = await a.post('/api/auth/password', { current_password: 'Mat-khau-2026', new_password: '12345678901' });
  assertProblem(weak, 400, 'validation_failed');
  const wrong = await a.post('/api/auth/password', { current_password: 'sai', new_password: 'Mat-khau-moi-2026' });
  assertProblem(wrong, 400, 'validation_failed');
  assert.equal((await a.post('/api/auth/password', { current_password: 'Mat-khau-2026', new_password: 'Mat-khau-moi-2026' })).status, 204);
  assert.equal((await a.get('/api/auth/me')).status, 200);
  assertProblem(await b.get('/api/auth/me'), 401);
});

test('scope: an admin of one organization cannot act outside its subtree (404 as if missing, audited)', async () => {
  const root = await rootId();
  const a = await createOrg(root, 'grassroots_committee', 'Đảng bộ Sở Tài chính');
  const aBranch = await createOrg(a.id, 'branch', 'Chi bộ Văn phòng Sở Tài chính');
  const b = await createOrg(root, 'grassroots_branch', 'Chi bộ Sở Xây dựng');
  await createUser({ username: 'pham.thu.dung', display_name: 'Phạm Thu Dung', org_id: a.id, roles: ['admin'] });
  const c = new Client(server.url);
  assert.equal((await c.login('pham.thu.dung', 'Mat-khau-2026')).status, 200);

  const visible = (await c.get('/api/orgs')).json.items.map((o) => o.id).sort();
  assert.deepEqual(visible, [a.id, aBranch.id].sort());
  assertProblem(await c.get(`/api/orgs/${b.id}`), 404);

  const usersBefore = (await admin.get('/api/users')).json.total;
  const out = await c.post('/api/users', { username: 'ngoai.pham.vi', display_name: 'Ngoài Phạm Vi', org_id: b.id, roles: ['member'], password: 'Mat-khau-2026' });
  assertProblem(out, 404);
  assert.equal(out.json.detail, `Không tìm thấy tổ chức đảng có mã ${b.id}.`);
  const missing = await c.post('/api/users', { username: 'ngoai.pham.vi', display_name: 'Ngoài Phạm Vi', org_id: 99999, roles: ['member'], password: 'Mat-khau-2026' });
  assert.equal(missing.json.detail, 'Không tìm thấy tổ chức đảng có mã 99999.');
  const orgOut = await c.post('/api/orgs', { parent_id: b.id, kind: 'branch', name: 'Không được', effective_on: '2020-01-01', decision_no: '1-QĐ', decision_date: '2020-01-01' });
  assertProblem(orgOut, 404);
  assert.equal((await admin.get('/api/users')).json.total, usersBefore);

  const refused = await admin.get('/api/audit?actor=pham.thu.dung&outcome=refused');
  const rows = refused.json.items.filter((r) => r.action === 'user.create');
  assert.equal(rows.length, 1);
  assert.equal(rows[0].org_id, b.id);
  assert.match(rows[0].detail, /ngoài phạm vi/);
  // The display name, with or without its diacritics, finds the same rows.
  for (const name of ['Phạm Thu Dung', 'pham thu', 'THU DUNG']) {
    const byName = await admin.get(`/api/audit?actor=${encodeURIComponent(name)}&outcome=refused`);
    assert.deepEqual(byName.json.items.map((r) => r.id), refused.json.items.map((r) => r.id), name);
  }

  const inside = await c.post('/api/users', { username: 'trong.pham.vi', display_name: 'Trong Phạm Vi', org_id: aBranch.id, roles: ['secretary'], password: 'Mat-khau-2026' });
  assert.equal(inside.status, 201, inside.text);
  // The scoped admin sees only its subtree's audit rows and users.
  const theirs = await c.get('/api/audit?page_size=500');
  assert.ok(theirs.json.items.every((r) => [a.id, aBranch.id].includes(r.org_id)));
  const users = await c.get('/api/users?page_size=500');
  assert.deepEqual(users.json.items.map((u) => u.username).sort(), ['pham.thu.dung', 'trong.pham.vi']);
});

test('audit filters: by action, outcome, actor and date range', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const all = await admin.get(`/api/audit?from=${today}&to=${today}&page_size=500`);
  assert.ok(all.json.total > 5);
  assert.ok(all.json.items.every((r) => r.at.startsWith(today)));
  const past = await admin.get('/api/audit?to=2000-01-01');
  assert.equal(past.json.total, 0);
  const logins = await admin.get('/api/audit?action=auth.login&outcome=ok&page_size=2&page=1');
  assert.equal(logins.json.items.length, 2);
  assert.ok(logins.json.items[0].at >= logins.json.items[1].at, 'mới nhất trước');
  assertProblem(await admin.get('/api/audit?from=hom-qua'), 400, 'validation_failed');
  assertProblem(await admin.get('/api/audit?outcome=maybe'), 400, 'validation_failed');
});

test('oversized bodies are refused with 413', async () => {
  const big = 'x'.repeat(33 * 1024 * 1024);
  // The server answers, then reads and discards the rest, so the client sees the 413
  // instead of a reset connection.
  for (let i = 0; i < 3; ++i) {
    const r = await admin.request('POST', '/api/orgs', { raw: big, headers: { 'content-type': 'application/json' } });
    assertProblem(r, 413, 'payload_too_large');
  }
});

test('CLI: user add/passwd/list and org add are audited as cli', async () => {
  const root = await rootId();
  const add = cli(['user', 'add', 'vo.thi.em', '--display-name', 'Võ Thị Em', '--role', 'propaganda_staff', '--org', String(root), '--password-stdin', '--db', server.dbUrl], { input: 'Mat-khau-2026\n' });
  assert.equal(add.status, 0, add.stderr);
  assert.match(add.stdout, /Đã thêm người dùng vo\.thi\.em/);
  const bad = cli(['user', 'add', 'x', '--role', 'vua', '--org', String(root), '--password-stdin', '--db', server.dbUrl], { input: '1\n' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Lỗi:/);
  const pw = cli(['user', 'passwd', 'vo.thi.em', '--password-stdin', '--db', server.dbUrl], { input: 'Mat-khau-moi-2026\n' });
  assert.equal(pw.status, 0, pw.stderr);
  const c = new Client(server.url);
  assert.equal((await c.login('vo.thi.em', 'Mat-khau-moi-2026')).status, 200);
  const list = cli(['user', 'list', '--db', server.dbUrl]);
  assert.match(list.stdout, /vo\.thi\.em\tVõ Thị Em/);
  const org = cli(['org', 'add', '--parent', String(root), '--kind', 'grassroots_branch', '--name', 'Chi bộ Sở Nội vụ', '--db', server.dbUrl]);
  assert.equal(org.status, 0, org.stderr);
  const rows = await admin.get('/api/audit?action=user.password_reset&page_size=50');
  assert.ok(rows.json.items.some((r) => r.via === 'cli' && r.actor_name.startsWith('Quản trị viên dòng lệnh')));
  const mig = cli(['migrate', '--db', server.dbUrl]);
  assert.equal(mig.status, 0);
  assert.match(mig.stdout, /đã ở phiên bản mới nhất/);
});

test('CLI: online backup while the server writes (SQLite)', { skip: (process.env.DANGBO_TEST_DB || 'sqlite') !== 'sqlite' && 'sao lưu trực tuyến chỉ dành cho SQLite' }, async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/dangbo-bk-`);
  const writes = [];
  for (let i = 0; i < 20; i++) writes.push(admin.post('/api/orgs', { parent_id: await rootId(), kind: 'grassroots_branch', name: `Chi bộ sao lưu ${i}` }));
  const b = cli(['backup', '--db', server.dbUrl, '--to', `${dir}/copy.db`]);
  await Promise.all(writes);
  assert.equal(b.status, 0, b.stderr);
  const copy = cli(['org', 'list', '--db', `${dir}/copy.db`]);
  assert.equal(copy.status, 0, copy.stderr);
  assert.match(copy.stdout, /Đảng bộ Khối các cơ quan tỉnh/);
});

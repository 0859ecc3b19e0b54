// Bad-input catalogue: every write route the server lists (`dangbo routes --json`, with each
// route's body schema) gets malformed JSON, wrong types, missing and unknown fields, huge
// strings and bodies, impossible dates, control characters, invalid UTF-8 and integer
// overflow. Each must answer 4xx problem+json in Vietnamese and leave every table unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { admin, cli, ok, server, useServer } from '../lib/harness.mjs';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const MB = 1024 * 1024;
let routes;

// Row count and checksum of every table; user_session by count only (each request slides
// the session's idle deadline).
function snapshot() {
  const out = {};
  if (!/^postgres(ql)?:/.test(server.dbUrl)) {
    const r = spawnSync('sqlite3', ['-readonly', server.dbUrl, '.dump'], { encoding: 'utf8', maxBuffer: 512 * MB });
    assert.equal(r.status, 0, r.stderr);
    const tables = spawnSync('sqlite3', ['-readonly', server.dbUrl, "SELECT name FROM sqlite_master WHERE type = 'table'"], { encoding: 'utf8' });
    for (const t of tables.stdout.split('\n').filter(Boolean)) out[t] = { rows: 0, hash: createHash('sha256') };
    for (const line of r.stdout.split('\n')) {
      const m = line.match(/^INSERT INTO "?([A-Za-z_0-9]+)"?/);
      if (!m) continue;
      out[m[1]] ??= { rows: 0, hash: createHash('sha256') };
      out[m[1]].rows += 1;
      out[m[1]].hash.update(line + '\n');
    }
    for (const [t, v] of Object.entries(out)) out[t] = t === 'user_session' ? `${v.rows}` : `${v.rows}:${v.hash.digest('hex')}`;
    return out;
  }
  const psql = (sql) => {
    const r = spawnSync('psql', [server.dbUrl, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter(Boolean);
  };
  const tables = psql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
  const sql = tables
    .map((t) => t === 'user_session'
      ? `SELECT '${t}', count(*)::text FROM "${t}"`
      : `SELECT '${t}', count(*) || ':' || md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM "${t}" x`)
    .join(' UNION ALL ');
  for (const line of psql(sql)) {
    const [t, v] = line.split('|');
    out[t] = v;
  }
  return out;
}

// Records the attacks aim at: the route check (role, then scope) runs before the body is
// read, so a body is only looked at when the path names a record the actor may change.
const fixture = {};

// A concrete path for a pattern: an existing organization, member or user where the route
// names one; elsewhere ids that exist nowhere (those routes answer 404 before the body).
function pathFor(pattern) {
  const resource = pattern.split('/')[2];
  const id = { orgs: fixture.org, members: fixture.member, users: fixture.user }[resource] ?? 999999;
  return pattern
    .replace('{year}', '2025')
    .replace('{day}', '2199-12-31')
    .replace('{id}', String(id))
    .replace(/\{[a-z_]+\}/g, '999999');
}
const namesRecord = (pattern) => !/\{id\}/.test(pattern) || ['orgs', 'members', 'users'].includes(pattern.split('/')[2]);

// The attacks on one field of a schema: [label, value].
function fieldAttacks(f) {
  const huge = 'Đ'.repeat(500_000); // 1 MB (10^6 bytes) of UTF-8
  switch (f.type) {
    case 'text':
      return [
        ['sai kiểu (số)', 12345],
        ['sai kiểu (đối tượng)', { a: 1 }],
        ['chuỗi 1 MB', huge],
        ['ký tự NUL', 'a\u0000b'],
        ['ký tự ESC', 'a\u001b[31mb'],
        ['ký tự BEL', 'a\u0007b'],
        ...(f.multiline ? [] : [['xuống dòng ở trường một dòng', 'a\nb']]),
      ];
    case 'date':
      return [['ngày không có thật', '2025-02-30'], ['ngày là chữ', 'abc'], ['ngày sai kiểu', 20250101], ['chuỗi 1 MB', huge]];
    case 'int':
      return [['tràn số 32 bit', 4294967301], ['1e30', 1e30], ['số thực', 1.5], ['chuỗi', 'abc'], ...(f.min > -5 ? [['số âm', -5]] : [])];
    case 'id': // ids are 64-bit in the database: refused from 2^53 (JSON's exact integers) up
      return [['mã vượt 2^53', 2 ** 53], ['1e30', 1e30], ['mã âm', -5], ['mã 0', 0], ['số thực', 1.5], ['chuỗi', 'abc']];
    case 'bool':
      return [['sai kiểu', 'yes']];
    case 'texts':
      return [['không phải danh sách', 'x'], ['phần tử có NUL', ['a\u0000']]];
    case 'ids':
      return [['không phải danh sách', 'x'], ['mã âm', [-5]], ['tràn số', [1e30]]];
    case 'objects':
      return [['không phải danh sách', 'x'], ['phần tử không phải đối tượng', [1]], ['trường lạ trong phần tử', [{ zz_khong_co: 1 }]]];
    case 'base64':
      return [['không phải base64', '***'], ['sai kiểu', 5]];
    default:
      throw new Error(`kiểu chưa biết: ${f.type}`);
  }
}

function assertRefused(r, what) {
  assert.ok(r.status >= 400 && r.status < 500, `${what}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  assert.ok(r.json, `${what}: không phải JSON`);
  assert.match(`${r.json.title} ${r.json.detail}`, VIETNAMESE, `${what}: thông báo không phải tiếng Việt`);
}

useServer(async () => {
  // Read before the first snapshot: the CLI opens the database too.
  const r = cli(['routes', '--json', '--db', server.dbUrl]);
  assert.equal(r.status, 0, r.stderr);
  routes = JSON.parse(r.stdout);
  const root = (await ok(admin.get('/api/orgs'))).items.find((o) => o.parent_id === null).id;
  fixture.org = (await ok(admin.post('/api/orgs', { parent_id: root, kind: 'grassroots_branch', name: 'Chi bộ Thử Dữ Liệu' }), 201)).id;
  fixture.member = (await ok(admin.post('/api/members', { org_id: fixture.org, full_name: 'Trần Văn Thử', sex: 'male', birth_date: '1980-05-05', admitted_on: '2010-01-01', official_on: '2011-01-01' }), 201)).id;
  fixture.user = (await ok(admin.post('/api/users', { username: 'thu.du.lieu', display_name: 'Thử Dữ Liệu', org_id: fixture.org, roles: ['secretary'], password: 'Mat-khau-2026' }), 201)).id;
});

test('the server lists its routes, and every write route declares its body', () => {
  const writes = routes.filter((r) => !['GET', 'HEAD'].includes(r.method));
  assert.ok(writes.length >= 40, `chỉ có ${writes.length} đường dẫn ghi`);
  for (const r of writes) assert.ok(Array.isArray(r.body), `${r.method} ${r.pattern} chưa khai báo lược đồ dữ liệu nhận`);
  const seat = writes.find((r) => r.method === 'POST' && r.pattern === '/api/orgs/{id}/committee');
  assert.deepEqual(seat.body.find((f) => f.name === 'from_date'), { name: 'from_date', type: 'date', required: false });
});

test('every write route refuses every kind of bad input and writes nothing', async () => {
  const before = snapshot();
  let sent = 0;
  const send = async (route, what, opts, expectField) => {
    const r = await admin.request(route.method, pathFor(route.pattern), { headers: { 'content-type': 'application/json' }, ...opts });
    sent += 1;
    const label = `${route.method} ${route.pattern} – ${what}`;
    assertRefused(r, label);
    if (expectField && !namesRecord(route.pattern)) {
      // A record that does not exist: refused as missing before the body is read.
      assert.equal(r.status, 404, `${label}: ${r.text.slice(0, 300)}`);
    } else if (expectField) {
      assert.ok(
        (r.json.errors ?? []).some((e) => e.field === expectField || e.field.startsWith(`${expectField}[`) || e.field.startsWith(`${expectField}.`)),
        `${label}: lỗi không nêu trường ${expectField}: ${r.text.slice(0, 300)}`,
      );
    }
  };
  for (const route of routes.filter((r) => !['GET', 'HEAD'].includes(r.method))) {
    // Logging out is a write with no input: an empty body is a valid request there.
    const fields = route.body ?? [];
    await send(route, 'JSON hỏng', { raw: '{"a": ' });
    await send(route, 'JSON không phải đối tượng', { raw: '[1, 2, 3]' });
    await send(route, 'trường lạ', { body: { zz_truong_la: 1 } }, 'zz_truong_la');
    await send(route, 'thân 2 MB', { body: { zz: 'x'.repeat(2 * MB) } });
    if (fields.some((f) => f.required)) await send(route, 'thiếu trường bắt buộc', { body: {} });
    for (const f of fields) {
      for (const [what, value] of fieldAttacks(f)) {
        await send(route, `${f.name}: ${what}`, { body: { [f.name]: value } }, f.name);
      }
      if (['text', 'date'].includes(f.type)) {
        const raw = Buffer.concat([Buffer.from(`{"${f.name}": "a`), Buffer.from([0xff, 0xfe]), Buffer.from('b"}')]);
        await send(route, `${f.name}: UTF-8 hỏng`, { raw });
      }
    }
  }
  assert.ok(sent > 500, `chỉ gửi ${sent} yêu cầu`);
  assert.deepEqual(snapshot(), before);
  // The server is still up and serving.
  await ok(admin.get('/api/auth/me'));
});

test('committee seats: impossible dates, foreign members, long terms are refused', async () => {
  const branch = async (name) =>
    ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name, effective_on: '2000-01-01' }), 201);
  const a = await branch('Chi bộ Kiểm thử A');
  const b = await branch('Chi bộ Kiểm thử B');
  const m = await ok(admin.post('/api/members', {
    org_id: b.id, full_name: 'Trần Văn Bình', sex: 'male', birth_date: '1980-01-02', admitted_on: '2005-03-04',
    official_on: '2006-03-04', ethnicity: 'Kinh', religion: 'Không',
  }), 201);
  const before = snapshot();
  const seat = { term: '2020–2025', person_name: 'Trần Văn Bình', position: 'member' };
  const post = (body) => admin.post(`/api/orgs/${a.id}/committee`, { ...seat, ...body });
  for (const [body, field] of [
    [{ from_date: '2025-02-30' }, 'from_date'],
    [{ to_date: 'abc' }, 'to_date'],
    [{ member_id: -5 }, 'member_id'],
    [{ member_id: m.id }, 'member_id'], // a member of another branch
    [{ term: `2020${' '.repeat(30000)}-2025` }, 'term'],
    [{ person_name: 'x'.repeat(200_000) }, 'person_name'],
  ]) {
    const r = await post(body);
    assertRefused(r, JSON.stringify(body).slice(0, 80));
    assert.ok((r.json.errors ?? []).some((e) => e.field === field), r.text.slice(0, 300));
  }
  // Targets and years are never truncated to 32 bits.
  const t = await admin.request('PUT', `/api/orgs/${a.id}/targets/2025`, { body: { target: 4294967301 } });
  assertRefused(t, 'target 4294967301');
  const y = await admin.request('PUT', `/api/orgs/${a.id}/targets/4294969296`, { body: { target: 5 } });
  assertRefused(y, 'năm 4294969296');
  assert.deepEqual(snapshot(), before);
  // The same seat with good data is stored.
  const good = await post({ from_date: '2020-06-01', member_id: undefined });
  assert.equal(good.status, 201, good.text);
  assert.equal(good.json.term, '2020–2025');
});

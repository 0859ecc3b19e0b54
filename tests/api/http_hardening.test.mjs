// The HTTP edge as an attacker sees it: paths out of the web root, the database and its
// credentials, forged X-Forwarded-For, /metrics from elsewhere. Raw sockets where fetch
// would normalise the path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { statSync, existsSync } from 'node:fs';
import { startServer, Client } from '../lib/harness.mjs';

const sqlite = (process.env.DANGBO_TEST_DB || 'sqlite') === 'sqlite';
let server;
let proxied;  // a second server that takes 127.0.0.1 for a reverse proxy

before(async () => {
  server = await startServer();
  proxied = await startServer({ serveArgs: ['--trusted-proxy', '127.0.0.1'], env: { DANGBO_METRICS_TOKEN: 'bi-mat-do-luong' } });
});

after(async () => {
  await server?.stop();
  await proxied?.stop();
});

// Sends `GET <target>` exactly as written and returns { status, text }.
function rawGet(base, target, headers = '') {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname, () => {
      sock.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n${headers}\r\n`);
    });
    let data = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => { data += d; });
    sock.on('end', () => resolve({ status: Number(data.split(' ')[1]), text: data }));
    sock.on('error', reject);
  });
}

test('no path reads a file outside the web root, nor the database or its credentials', async () => {
  const targets = [
    '//etc/passwd',
    '//proc/self/environ',
    '/%2Fetc%2Fpasswd',
    '/%2F%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2f..%2fetc/passwd',
    '/assets/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%5c..%5cetc/passwd',
    '/assets/%00/../index.html',
  ];
  if (sqlite) {
    targets.push(`/${server.dbUrl}`, `/${server.dbUrl}.credentials`, `/${encodeURIComponent(server.dbUrl)}`,
      '//proc/self/cwd/' + server.dbUrl, `/%2F${encodeURIComponent(server.dbUrl.slice(1))}-wal`);
  }
  for (const t of targets) {
    const r = await rawGet(server.url, t);
    assert.ok(r.status === 404 || r.status === 400 || (r.status === 200 && /<div id="root">/.test(r.text)), `${t}: ${r.status}`);
    assert.doesNotMatch(r.text, /root:x:0:0|SQLite format 3|mật khẩu|PATH=/, t);
    assert.match(r.text, /content-security-policy/i, t);
  }
});

test('the SQLite database and its WAL are readable by their owner only', { skip: !sqlite && 'SQLite only' }, () => {
  for (const f of [server.dbUrl, `${server.dbUrl}-wal`]) {
    if (!existsSync(f)) continue;
    assert.equal(statSync(f).mode & 0o077, 0, `${f} mode ${(statSync(f).mode & 0o777).toString(8)}`);
  }
});

test('X-Forwarded-For from a client that is not a trusted proxy is ignored (throttling and audit)', async () => {
  const c = new Client(server.url);
  const r = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'sai-mat-khau-1' }, headers: { 'x-forwarded-for': '198.51.100.77' } });
  assert.equal(r.status, 401);
  const admin = new Client(server.url);
  assert.equal((await admin.login(server.admin.username, server.admin.password)).status, 200);
  const audit = await admin.get('/api/audit?action=auth.login&outcome=refused&page_size=5');
  assert.equal(audit.status, 200, audit.text);
  const addrs = audit.json.items.map((i) => i.client_addr);
  assert.ok(addrs.length > 0);
  assert.ok(!addrs.includes('198.51.100.77'), JSON.stringify(addrs));

  // Behind a trusted proxy the right-most forwarded address is the client.
  const p = new Client(proxied.url);
  await p.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'sai-mat-khau-2' }, headers: { 'x-forwarded-for': '10.1.1.1, 198.51.100.78' } });
  const padmin = new Client(proxied.url);
  assert.equal((await padmin.login(proxied.admin.username, proxied.admin.password)).status, 200);
  const paudit = await padmin.get('/api/audit?action=auth.login&outcome=refused&page_size=5');
  assert.ok(paudit.json.items.some((i) => i.client_addr === '198.51.100.78'), paudit.text);
});

test('/metrics answers local clients and token holders only', async () => {
  assert.equal((await fetch(`${server.url}/metrics`)).status, 200);
  // Through the proxy the client is remote: no token, no metrics (as if the route did not exist).
  const remote = await rawGet(proxied.url, '/metrics', 'X-Forwarded-For: 203.0.113.5\r\n');
  assert.equal(remote.status, 404);
  assert.doesNotMatch(remote.text, /dangbo_http_requests_total/);
  const wrong = await rawGet(proxied.url, '/metrics', 'X-Forwarded-For: 203.0.113.5\r\nAuthorization: Bearer sai\r\n');
  assert.equal(wrong.status, 404);
  const withToken = await rawGet(proxied.url, '/metrics', 'X-Forwarded-For: 203.0.113.5\r\nAuthorization: Bearer bi-mat-do-luong\r\n');
  assert.equal(withToken.status, 200);
  assert.match(withToken.text, /dangbo_http_requests_total/);
});

// Test harness: starts a real `dangbo serve` on a fresh database (SQLite file or a new
// PostgreSQL database, by DANGBO_TEST_DB) on a free loopback port, and an HTTP client
// with a cookie jar and the CSRF header, as the web app uses them.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.DANGBO_BIN || join(repo, 'build/dangbo');
export const ADMIN_PASSWORD = 'Quan-tri-2026!';
let counter = 0;

function pgAdminUrl() {
  const url = process.env.DANGBO_TEST_PG_URL;
  if (!url) {
    throw new Error('DANGBO_TEST_DB=postgres cần DANGBO_TEST_PG_URL (scripts/run-tests.sh đặt biến này)');
  }
  return url;
}

function psql(url, sql) {
  const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql thất bại: ${r.stderr}`);
  return r.stdout;
}

// Creates an empty database; returns { url, drop() }.
export function freshDatabase(engine = process.env.DANGBO_TEST_DB || 'sqlite') {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dangbo-api-'));
    return { url: join(dir, 'test.db'), drop: () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (engine !== 'postgres') throw new Error(`DANGBO_TEST_DB không hợp lệ: ${engine}`);
  const admin = pgAdminUrl();
  const name = `dangbo_api_${process.pid}_${++counter}`;
  psql(admin, `CREATE DATABASE ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => psql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

// Runs the CLI; returns { status, stdout, stderr }.
export function cli(args, { input } = {}) {
  const r = spawnSync(BIN, args, { encoding: 'utf8', input: input ?? '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function startServer({ engine, serveArgs = [], env } = {}) {
  const db = freshDatabase(engine);
  const init = cli(['init', '--db', db.url, '--password-stdin'], { input: `${ADMIN_PASSWORD}\n` });
  if (init.status !== 0) throw new Error(`dangbo init thất bại: ${init.stderr}${init.stdout}`);
  const webRoot = process.env.DANGBO_WEB_ROOT || join(repo, 'web/dist');
  const child = spawn(BIN, ['serve', '--db', db.url, '--listen', '127.0.0.1:0', '--web-root', webRoot, ...serveArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: env ? { ...process.env, ...env } : process.env,
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolveUrl, reject) => {
    let out = '';
    // A server that never says where it listens is killed, so the test file cannot hang on it.
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`máy chủ không khởi động: ${stderr} ${out}`)); }, 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) { clearTimeout(timer); resolveUrl(`http://127.0.0.1:${m[1]}`); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`máy chủ thoát (${code}): ${stderr}`)); });
  });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  // The suites test what users get: searches through the in-memory member index, which the
  // server loads after it starts listening (SQL answers meanwhile).
  for (let i = 0; ; ++i) {
    const health = await (await fetch(`${url}/healthz`)).json();
    if (health.search_index === 'ready') break;
    if (i === 300) throw new Error(`chỉ mục tìm kiếm không nạp xong: ${JSON.stringify(health)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    dbUrl: db.url,
    admin: { username: 'admin', password: ADMIN_PASSWORD },
    process: child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const result = await exited;
      db.drop();
      return result;
    },
  };
}

// A browser-like client: keeps the session cookie and sends the CSRF token on writes.
export class Client {
  constructor(base) {
    this.base = base;
    this.cookie = '';
    this.csrf = '';
  }

  async request(method, path, { body, headers = {}, csrf = true, raw } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD' && csrf && this.csrf) h['x-csrf-token'] = this.csrf;
    let payload = raw;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload, redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = setCookie.match(/dangbo_session=([^;]*)/);
      if (m) this.cookie = m[1] ? `dangbo_session=${m[1]}` : '';
    }
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    return { status: res.status, headers: res.headers, text, json };
  }

  get(path, opts) { return this.request('GET', path, opts); }
  post(path, body, opts = {}) { return this.request('POST', path, { ...opts, body }); }

  async login(username, password) {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.json.csrf_token;
    return r;
  }
}

// One server per test file with the admin logged in, started before the file's tests (then
// `setup`, the file's own fixture) and stopped after them. node --test runs every file in
// its own process, so these bindings belong to the file that calls useServer().
export let server;
export let admin;
export function useServer(setup) {
  before(async () => {
    server = await startServer();
    admin = new Client(server.url);
    assert.equal((await admin.login(server.admin.username, server.admin.password)).status, 200);
    if (setup) await setup();
  });
  after(async () => {
    await server.stop();
  });
}

// Awaits a request, asserts its status and returns its JSON body.
export async function ok(promise, status = 200) {
  const r = await promise;
  assert.equal(r.status, status, r.text);
  return r.json;
}

export const USER_PASSWORD = 'Mat-khau-2026';

/** A new account `username` at `orgId` with `role` (USER_PASSWORD), logged in. */
export async function loginAs(username, orgId, role) {
  await ok(admin.post('/api/users', { username, display_name: username, org_id: orgId, roles: [role], password: USER_PASSWORD }), 201);
  const c = new Client(server.url);
  assert.equal((await c.login(username, USER_PASSWORD)).status, 200);
  return c;
}

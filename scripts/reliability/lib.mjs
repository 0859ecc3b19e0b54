// Shared by the reliability drivers (crash-test, soak, backup drill): start `dangbo serve`
// on a database, log in over HTTP, write members and events, read them back, run the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const BIN = process.env.DANGBO_BIN || 'build/dangbo';
export const PASSWORD = 'Quan-tri-2026!';

export function cli(args, input = '') {
  const r = spawnSync(BIN, args, { encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sqlite(db, sql) {
  const r = spawnSync('sqlite3', [db, sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 thất bại: ${r.stderr}`);
  return r.stdout.trim();
}

// A fresh database with the admin (and the bloc demo, when asked) and two new branches
// (their ids returned) under the root.
export async function initDatabase(db, { demo = false } = {}) {
  const init = cli(['init', '--db', db, '--password-stdin', ...(demo ? ['--demo'] : [])], `${PASSWORD}\n`);
  if (init.status !== 0) throw new Error(`dangbo init thất bại: ${init.stderr}`);
  const server = await startServer(db);
  const c = await server.login();
  const branches = [];
  for (const name of ['Chi bộ Sở Tài chính', 'Chi bộ Sở Xây dựng']) {
    const r = await c.post('/api/orgs', {
      parent_id: 1, kind: 'grassroots_branch', name, effective_on: '2000-01-01',
    });
    if (r.status !== 201) throw new Error(`tạo chi bộ thất bại: ${r.status} ${r.text}`);
    branches.push(r.json.id);
  }
  await server.stop();
  return branches;
}

// Starts `dangbo serve` on a free port; resolves once it answers /healthz.
export async function startServer(db) {
  const child = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--web-root', '/nonexistent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; if (stderr.length > 100000) stderr = stderr.slice(-50000); });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`máy chủ không khởi động: ${stderr}`)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) { clearTimeout(timer); resolve(`http://127.0.0.1:${m[1]}`); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`máy chủ thoát (${code}): ${stderr}`)); });
  });
  return {
    url,
    pid: child.pid,
    stderr: () => stderr,
    exited,
    async login() {
      const c = new Client(url);
      const r = await c.post('/api/auth/login', { username: 'admin', password: PASSWORD });
      if (r.status !== 200) throw new Error(`đăng nhập thất bại: ${r.status} ${r.text}`);
      c.csrf = r.json.csrf_token;
      return c;
    },
    kill9() { child.kill('SIGKILL'); return exited; },
    async stop() { if (child.exitCode === null) child.kill('SIGTERM'); return exited; },
  };
}

export class Client {
  constructor(base) { this.base = base; this.cookie = ''; this.csrf = ''; }

  async request(method, path, body) {
    const headers = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const m = (res.headers.get('set-cookie') || '').match(/dangbo_session=([^;]*)/);
    if (m) this.cookie = `dangbo_session=${m[1]}`;
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    return { status: res.status, text, json };
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body); }
}

let people = 0;
// A valid new member file for `orgId`, unique by name.
export function newMember(orgId, tag) {
  people += 1;
  const n = people;
  return {
    org_id: orgId,
    full_name: `Nguyễn Văn Thử ${tag} ${n}`,
    sex: n % 2 ? 'male' : 'female',
    birth_date: `19${60 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
    admitted_on: '2010-05-19',
    official_on: '2011-05-19',
    confirm_duplicate: true,
  };
}

export function today() {
  // Vietnam's date (UTC+7), as the server checks effective dates against it.
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

export function rssKiB(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) : 0;
  } catch { return 0; }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

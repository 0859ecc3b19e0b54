// Backup drill (`make backup-drill`): online backups of a serving SQLite database under
// write load, each restored into a fresh directory and checked: `dangbo verify` clean,
// every write acknowledged before the backup began present, counts between those before
// and after; then a backup of the idle server, whose counts must equal the live ones.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, initDatabase, newMember, sleep, sqlite, startServer } from './lib.mjs';

const db = process.argv[2];
const backups = Number(process.env.BACKUPS || 5);
const writers = Number(process.env.WRITERS || 4);

const branches = await initDatabase(db, { demo: true });
const server = await startServer(db);
const acked = [];
const state = { stop: false, errors: 0 };
async function writer(i) {
  const c = await server.login();
  while (!state.stop) {
    const r = await c.post('/api/members', newMember(branches[i % 2], `b${i}`));
    if (r.status === 201) acked.push(r.json.id); else state.errors += 1;
  }
}
const count = (file) => Number(sqlite(file, 'SELECT COUNT(*) FROM member'));
const failures = [];

// Restores `file` into a fresh directory, checks it, and returns its member count.
async function restoreAndCheck(file, label, mustHave) {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-restore-'));
  const restored = join(dir, 'restored.db');
  copyFileSync(file, restored);
  const v = cli(['verify', '--db', restored]);
  if (v.status !== 0) failures.push(`${label}: verify ${v.status}\n${v.stdout}${v.stderr}`);
  const ids = new Set(sqlite(restored, 'SELECT id FROM member').split('\n').map(Number));
  const missing = mustHave.filter((id) => !ids.has(id));
  if (missing.length) failures.push(`${label}: thiếu ${missing.length} hồ sơ đã xác nhận trước khi sao lưu`);
  // The restored copy serves: log in and list what it holds.
  const s = await startServer(restored);
  const c = await s.login();
  const list = await c.get('/api/members?status=all&page_size=1');
  await s.stop();
  const n = count(restored);
  rmSync(dir, { recursive: true, force: true });
  return { n, served: list.json?.total, verified: v.status === 0 };
}

const running = [...Array(writers).keys()].map(writer);
await sleep(1000);
const tmp = mkdtempSync(join(tmpdir(), 'dangbo-backup-'));
for (let i = 1; i <= backups; ++i) {
  const before = acked.slice();
  const liveBefore = count(db);
  const file = join(tmp, `online-${i}.db`);
  const b = cli(['backup', '--db', db, '--to', file]);
  if (b.status !== 0) { failures.push(`sao lưu ${i}: ${b.stderr}`); continue; }
  const liveAfter = count(db);
  const r = await restoreAndCheck(file, `sao lưu ${i}`, before);
  if (r.n < liveBefore || r.n > liveAfter) failures.push(`sao lưu ${i}: ${r.n} hồ sơ, ngoài [${liveBefore}, ${liveAfter}]`);
  console.log(`sao lưu trực tuyến ${i}: ${r.n} hồ sơ (máy chủ có ${liveBefore}→${liveAfter} lúc sao lưu), ` +
              `bản khôi phục phục vụ ${r.served} hồ sơ, verify ${r.verified ? 'sạch' : 'CÓ SAI LỆCH'}`);
  await sleep(500);
}
state.stop = true;
await Promise.all(running);
const file = join(tmp, 'idle.db');
const b = cli(['backup', '--db', db, '--to', file]);
if (b.status !== 0) failures.push(`sao lưu lúc nghỉ: ${b.stderr}`);
const live = count(db);
const r = await restoreAndCheck(file, 'sao lưu lúc nghỉ', acked);
if (r.n !== live) failures.push(`sao lưu lúc nghỉ: ${r.n} hồ sơ, máy chủ có ${live}`);
const tables = ['org', 'org_span', 'member_span', 'member_event', 'audit_log'];
for (const t of tables) {
  const a = sqlite(db, `SELECT COUNT(*) FROM ${t}`);
  const c = sqlite(file, `SELECT COUNT(*) FROM ${t}`);
  if (a !== c) failures.push(`sao lưu lúc nghỉ: ${t} ${c} dòng, máy chủ có ${a}`);
}
await server.stop();
rmSync(tmp, { recursive: true, force: true });
for (const f of failures) console.log(`LỖI: ${f}`);
console.log(`backup-drill: ${backups} bản sao lưu trực tuyến khi đang ghi + 1 lúc nghỉ, ` +
            `${acked.length} hồ sơ ghi trong lúc đó (${state.errors} lỗi ghi), bản cuối ${r.n} = ${live} hồ sơ; ` +
            `${failures.length} thất bại`);
process.exit(failures.length || state.errors ? 1 : 0);

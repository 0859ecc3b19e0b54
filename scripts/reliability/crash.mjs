// Crash-test driver (scripts/crash-test.sh): CRASH_ROUNDS times, start `dangbo serve` on one
// SQLite file, run WRITERS concurrent API writers (new member files, internal transfers
// confirmed at once), kill -9 the server at a random moment, then check the file: SQLite
// integrity_check, every acknowledged write present, `dangbo verify` clean.
import { cli, initDatabase, newMember, sleep, sqlite, startServer, today } from './lib.mjs';

const db = process.argv[2];
const rounds = Number(process.env.CRASH_ROUNDS || 100);
const writers = Number(process.env.WRITERS || 4);
const maxDelay = Number(process.env.CRASH_MAX_MS || 2000);

const branches = await initDatabase(db);
const where = new Map();  // acknowledged member id -> its branch as last acknowledged
const acked = { members: [], events: [] };
const totals = { kills: 0, lost: 0, integrity: 0, verify: 0, rejected: 0, interrupted: 0 };

async function writer(c, tag, state) {
  while (!state.killed) {
    try {
      const ids = [...where.keys()];
      if (ids.length > 10 && Math.random() < 0.4) {
        const id = ids[Math.floor(Math.random() * ids.length)];
        const to = branches.find((b) => b !== where.get(id));
        const r = await c.post(`/api/members/${id}/transfer-internal`, {
          to_org_id: to, effective_on: today(), decision_no: `${id}-QĐ/ĐUK`, confirm_now: true,
        });
        if (r.status === 201 && r.json.event_id) {
          acked.events.push(r.json.event_id);
          where.set(id, to);
        } else {
          totals.rejected += 1;  // e.g. our idea of the branch is stale after a kill
          const m = await c.get(`/api/members/${id}`);
          if (m.status === 200) where.set(id, m.json.org_id);
        }
      } else {
        const org = branches[Math.floor(Math.random() * branches.length)];
        const r = await c.post('/api/members', newMember(org, tag));
        if (r.status === 201) {
          acked.members.push(r.json.id);
          where.set(r.json.id, org);
        } else {
          throw new Error(`tạo hồ sơ thất bại: ${r.status} ${r.text}`);
        }
      }
    } catch (e) {
      if (state.killed) { totals.interrupted += 1; return; }
      throw e;
    }
  }
}

function check(round) {
  const problems = [];
  const integrity = sqlite(db, 'PRAGMA integrity_check');
  if (integrity !== 'ok') { totals.integrity += 1; problems.push(`integrity_check: ${integrity}`); }
  const members = new Set(sqlite(db, 'SELECT id FROM member').split('\n').map(Number));
  const events = new Set(sqlite(db, 'SELECT id FROM member_event WHERE voided_at IS NULL').split('\n').map(Number));
  const lostMembers = acked.members.filter((id) => !members.has(id));
  const lostEvents = acked.events.filter((id) => !events.has(id));
  totals.lost = lostMembers.length + lostEvents.length;
  if (totals.lost) problems.push(`mất ${lostMembers.length} hồ sơ, ${lostEvents.length} sự kiện đã xác nhận`);
  const v = cli(['verify', '--db', db]);
  if (v.status !== 0) { totals.verify += 1; problems.push(`dangbo verify (${v.status}):\n${v.stdout}${v.stderr}`); }
  if (problems.length) console.log(`vòng ${round}: ${problems.join('; ')}`);
  return problems.length === 0;
}

const started = Date.now();
for (let round = 1; round <= rounds; ++round) {
  const server = await startServer(db);
  const clients = [];
  for (let i = 0; i < writers; ++i) clients.push(await server.login());
  const state = { killed: false };
  const running = clients.map((c, i) => writer(c, `${round}.${i}`, state));
  await sleep(100 + Math.random() * maxDelay);
  state.killed = true;
  const exit = await server.kill9();
  if (exit.signal !== 'SIGKILL') throw new Error(`máy chủ không bị kill -9: ${JSON.stringify(exit)}`);
  totals.kills += 1;
  await Promise.all(running);
  const ok = check(round);
  if (round % 10 === 0 || !ok) {
    console.log(`vòng ${round}/${rounds}: ${acked.members.length} hồ sơ và ${acked.events.length} ` +
                `sự kiện đã xác nhận, ${Math.round((Date.now() - started) / 1000)} s`);
  }
}
const failed = totals.lost + totals.integrity + totals.verify > 0;
console.log(`crash-test: ${totals.kills} lần kill -9, ${acked.members.length + acked.events.length} ` +
            `lượt ghi đã xác nhận (${acked.members.length} hồ sơ, ${acked.events.length} sự kiện ` +
            `chuyển sinh hoạt), ${totals.lost} mất, ${totals.integrity} lỗi integrity_check, ` +
            `${totals.verify} lần verify có sai lệch; ${totals.interrupted} yêu cầu bị cắt ngang, ` +
            `${totals.rejected} bị từ chối; ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);

// Soak driver (`make soak`): SOAK_SECONDS of mixed reads and writes from CLIENTS
// concurrent clients against one `dangbo serve` on the bloc demo; every answer must be the
// expected one (0 errors); the server's RSS is sampled every 10 s and printed as a curve.
import { cli, initDatabase, newMember, rssKiB, sleep, startServer, today } from './lib.mjs';

const db = process.argv[2];
const seconds = Number(process.env.SOAK_SECONDS || 1800);
const clients = Number(process.env.CLIENTS || 16);
const perClient = Number(process.env.MEMBERS_PER_CLIENT || 20);

const branches = await initDatabase(db, { demo: true });
const server = await startServer(db);
const counts = { reads: 0, writes: 0, errors: 0 };
const errors = [];
const deadline = Date.now() + seconds * 1000;
const words = ['nguyen', 'van', 'thi', 'tran', 'le', 'hoa', 'minh', 'an', 'thu'];

function fail(what, r) {
  counts.errors += 1;
  if (errors.length < 20) errors.push(`${what}: ${r.status ?? ''} ${(r.text ?? String(r)).slice(0, 200)}`);
}

// One client: first its own MEMBERS_PER_CLIENT member files (so no two clients change the
// same file), then transfers of them between the two branches (dated today: the open span
// is rewritten in place, so the data the server holds in memory stays the same size and
// the RSS curve shows leaks, not growth), with reads of lists, searches, files, stocks and
// the tree in between.
async function client(i) {
  const c = await server.login();
  const mine = [];  // [id, branch]
  while (Date.now() < deadline) {
    const p = Math.random();
    try {
      if (mine.length < perClient && (p < 0.25 || mine.length < 3)) {
        const org = branches[i % 2];
        const r = await c.post('/api/members', newMember(org, `s${i}`));
        if (r.status !== 201) fail('tạo hồ sơ', r); else mine.push([r.json.id, org]);
        counts.writes += 1;
      } else if (p < 0.3) {
        const k = Math.floor(Math.random() * mine.length);
        const [id, from] = mine[k];
        const to = branches.find((b) => b !== from);
        const r = await c.post(`/api/members/${id}/transfer-internal`, {
          to_org_id: to, effective_on: today(), confirm_now: true,
        });
        if (r.status !== 201) fail('chuyển sinh hoạt', r); else mine[k] = [id, to];
        counts.writes += 1;
      } else {
        const w = words[Math.floor(Math.random() * words.length)];
        const reads = [
          `/api/members?q=${w}&page_size=20`,
          `/api/members?status=all&page=${1 + Math.floor(Math.random() * 20)}`,
          `/api/members/${mine[Math.floor(Math.random() * mine.length)][0]}`,
          '/api/orgs',
          `/api/orgs/1/stats?at=${today()}`,
          '/healthz',
        ];
        const path = reads[Math.floor(Math.random() * reads.length)];
        const r = await c.get(path);
        if (r.status !== 200) fail(`GET ${path}`, r);
        counts.reads += 1;
      }
    } catch (e) {
      fail('mạng', e);
    }
  }
}

const samples = [];
const sampler = (async () => {
  const t0 = Date.now();
  while (Date.now() < deadline) {
    samples.push([Math.round((Date.now() - t0) / 1000), rssKiB(server.pid)]);
    await sleep(10000);
  }
  samples.push([Math.round((Date.now() - t0) / 1000), rssKiB(server.pid)]);
})();
await Promise.all([...Array(clients).keys()].map(client));
await sampler;
await server.stop();
const v = cli(['verify', '--db', db]);

console.log('RSS của máy chủ (MiB) theo thời gian (s):');
const max = Math.max(...samples.map((s) => s[1]));
for (const [t, kib] of samples) {
  console.log(`${String(t).padStart(5)} s ${(kib / 1024).toFixed(1).padStart(7)} ${'#'.repeat(Math.round((kib / max) * 50))}`);
}
// Flat: the second half's mean within 5% (or 8 MiB) of the first half's, warm-up (the
// first minute) left out.
const steady = samples.filter((s) => s[0] >= 60).map((s) => s[1]);
const half = Math.floor(steady.length / 2);
const mean = (a) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
const first = mean(steady.slice(0, half));
const second = mean(steady.slice(half));
const growth = second - first;
const flat = steady.length < 4 || growth < Math.max(0.05 * first, 8 * 1024);
console.log(`RSS nửa đầu ${(first / 1024).toFixed(1)} MiB, nửa sau ${(second / 1024).toFixed(1)} MiB: ` +
            `${flat ? 'phẳng' : 'TĂNG'} (${(growth / 1024).toFixed(1)} MiB)`);
for (const e of errors) console.log(`lỗi: ${e}`);
console.log(`soak: ${seconds} s, ${clients} máy khách, ${counts.reads} lượt đọc, ${counts.writes} ` +
            `lượt ghi, ${counts.errors} lỗi; verify sau cùng: ${v.status === 0 ? 'không có sai lệch' : v.stdout}`);
process.exit(counts.errors === 0 && v.status === 0 && flat ? 0 : 1);

// Name-search latency through the HTTP API: logs in, then sends each request of a
// query file (lines "class<TAB>/api/members?..." from `dangbo-bench queries`) one at a
// time over a keep-alive connection and prints, per class, the latency percentiles as one
// JSON line. Sequential on purpose: the figure is the latency a user sees, not throughput
// (scripts/bench.sh runs wrk for that).
//
//   node bench/search_latency.mjs --url http://127.0.0.1:8099 --user admin \
//        --password-file FILE --queries FILE [--rounds 2] [--warmup 1]
import fs from 'node:fs';
import {args, connect} from './http_client.mjs';

const opts = args({rounds: '2', warmup: '1'});
const {request, login, close} = connect(opts.url);

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const cookie = await login(opts.user, opts['password-file']);

const lines = fs.readFileSync(opts.queries, 'utf8').split('\n').filter(Boolean);
const byClass = new Map();
for (const line of lines) {
  const [cls, path] = line.split('\t');
  if (!byClass.has(cls)) byClass.set(cls, []);
  byClass.get(cls).push(path);
}

const result = {what: 'search_http'};
for (const [cls, paths] of byClass) {
  for (let w = 0; w < Number(opts.warmup); w++) {
    for (const p of paths) await request('GET', p, null, cookie);
  }
  const times = [];
  let totals = 0, errors = 0;
  for (let r = 0; r < Number(opts.rounds); r++) {
    for (const p of paths) {
      const t0 = process.hrtime.bigint();
      const res = await request('GET', p, null, cookie);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status !== 200) {
        errors++;
        continue;
      }
      times.push(ms);
      if (r === 0) totals += JSON.parse(res.body).total;
    }
  }
  times.sort((a, b) => a - b);
  const round = (x) => Math.round(x * 100) / 100;
  result[cls] = {
    n: times.length,
    errors,
    mean_total: Math.round(totals / paths.length),
    p50_ms: round(percentile(times, 0.5)),
    p90_ms: round(percentile(times, 0.9)),
    p99_ms: round(percentile(times, 0.99)),
    max_ms: round(times[times.length - 1]),
  };
}
console.log(JSON.stringify(result));
close();

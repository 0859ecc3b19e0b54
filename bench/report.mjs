// Prints the table of a scripts/bench.sh run from the JSON files in its results directory.
//   node bench/report.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const read = (f) => {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) return null;
  const text = fs.readFileSync(p, 'utf8').trim();
  if (!text) return null;
  try {
    return JSON.parse(text.split('\n').pop());
  } catch {
    return null;
  }
};
// Vietnamese number format, as everywhere in the product: 2.700; 94,57.
const fmt = (x, d = 0) => (x === undefined || x === null ? '-' : Number(x).toLocaleString('vi-VN', {maximumFractionDigits: d, minimumFractionDigits: d}));

const rows = [];
const add = (what, figure, target, note = '') => rows.push([what, figure, target, note]);

const m = read('machine.json');
const g = read('generate.json');
if (g) {
  const note = m && m.generated === 'reused' ? 'from when the data set was made' : '';
  add('generation: members/s, loading (indexes deferred)', fmt(g.members_per_s_loading), '≥ 400,000', note);
  add('generation: members/s, incl. index builds', fmt(g.members_per_s_with_indexes), '≥ 400,000', note);
  add('generation: total seconds (orgs+members+indexes+analyze)', fmt(g.total_s, 1), '', `${fmt(g.members)} members, ${fmt(g.orgs)} orgs`);
}
const floor = read('floor.json');
if (floor) add('ceiling: SQLite C API alone, member-shaped rows, no indexes: members/s', fmt(floor.members_per_s), '', 'bound for any loader here');
const imp = read('import.json');
if (imp) {
  add(`import: CommitImport rows/s (${fmt(imp.rows)} rows)`, fmt(imp.commit_import_rows_per_s), '≥ 400,000');
  add('import: MemberWriter alone rows/s', fmt(imp.writer_rows_per_s), '≥ 400,000');
}
const s = read('stocks.json');
if (s) {
  add(`stocks: province p50 / max ms (${fmt(s.province_members_min)}–${fmt(s.province_members_max)} members)`, `${fmt(s.province.p50_ms, 1)} / ${fmt(s.province.max_ms, 1)}`, '≤ 30');
  if (s.province_100k_300k && s.province_100k_300k.n) add(`stocks: provinces of 100k–300k members p50 / p90 / max ms (n=${s.province_100k_300k.n})`, `${fmt(s.province_100k_300k.p50_ms, 1)} / ${fmt(s.province_100k_300k.p90_ms, 1)} / ${fmt(s.province_100k_300k.max_ms, 1)}`, '≤ 30');
  add('stocks: district p50 / max ms', `${fmt(s.district.p50_ms, 1)} / ${fmt(s.district.max_ms, 1)}`, '');
  add(`stocks: whole country p50 ms (${fmt(s.country_members)} members)`, fmt(s.country.p50_ms, 1), '≤ 500');
  add('stocks: every province one by one, p50 ms', fmt(s.all_provinces_one_by_one.p50_ms, 1), '≤ 500');
}
const rep = read('reports.json');
if (rep && rep.cases) {
  // Each preset report (with its breakdown) and each domain's figures, for the country, the
  // sampled provinces and districts (issue #9: a whole report for the country ≤ 2 s).
  for (const c of rep.cases) {
    const by = c.breakdown ? ` by ${c.breakdown}` : '';
    add(`report ${c.report}${by} (${c.indicators} figures): country p50 / province max / district max ms`,
      `${fmt(c.country.p50_ms, 1)} / ${fmt(c.province.max_ms, 1)} / ${fmt(c.district.max_ms, 1)}`, 'country ≤ 2,000');
  }
}
const q = read('search.json');
if (q) {
  for (const [k, v] of Object.entries(q)) {
    if (k === 'what') continue;
    add(`search ${k}: p50 / p99 ms (avg ${fmt(v.mean_total)} hits, n=${v.n})`, `${fmt(v.p50_ms, 1)} / ${fmt(v.p99_ms, 1)}`, 'p99 ≤ 5');
  }
}
const lists = read('lists.json');
if (lists && lists.pages) {
  // Issue #10: the later domains' lists keep the speed of the member list at national scale.
  for (const p of lists.pages) {
    const figure = ['country', 'province', 'district'].map((k) => (p[k] ? fmt(p[k].median_ms, 1) : '-')).join(' / ');
    const c = p.country;
    add(`list ${p.name}: country / province / district median ms`, figure, '', c ? `country ${fmt(c.bytes / 1024, 1)} KB, ${fmt(c.total)} rows` : '');
  }
}
const wrkPath = path.join(dir, 'wrk.txt');
if (fs.existsSync(wrkPath)) {
  const t = fs.readFileSync(wrkPath, 'utf8');
  const rps = (t.match(/Requests\/sec:\s+([\d.]+)/) || [])[1];
  const p99 = (t.match(/99%\s+([\d.]+\w+)/) || [])[1];
  if (rps) add('search full_district under wrk -t2 -c8: req/s, p99', `${fmt(rps)} / ${p99}`, '');
}
// The request pipeline: each dangbo figure beside the reference server of the same run.
const wrkFigures = (name) => {
  const f = path.join(dir, name);
  if (!fs.existsSync(f)) return null;
  const t = fs.readFileSync(f, 'utf8');
  const rps = Number((t.match(/Requests\/sec:\s+([\d.]+)/) || [])[1]);
  const p99 = (t.match(/99%\s+([\d.]+\w+)/) || [])[1];
  return rps ? { rps, p99 } : null;
};
const ref = wrkFigures('http-ref.txt');
if (ref) {
  add('http reference server (200 B) wrk -c64: req/s, p99', `${fmt(ref.rps)} / ${ref.p99}`, '');
  for (const [file, label, target] of [
    ['http-healthz.txt', 'GET /healthz', '≥ 0.7×'],
    ['http-member.txt', "GET /api/members/{id}", '≥ 0.5×, p99 ≤ 10 ms'],
  ]) {
    const d = wrkFigures(file);
    if (d) add(`http ${label} wrk -c64: req/s (× ref), p99`, `${fmt(d.rps)} (${fmt(d.rps / ref.rps, 2)}×) / ${d.p99}`, target);
  }
}
const micro = read('micro.json');
if (micro && micro.benchmarks) {
  for (const b of micro.benchmarks) add(`micro ${b.name}`, `${fmt(b.real_time, 2)} ${b.time_unit}`, '');
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
if (m) console.log(`machine: ${m.nproc} × ${m.cpu}, ${m.mem_gb} GB; load ${m.loadavg}; data set ${m.dataset} (${fmt(m.db_bytes / 1e9, 2)} GB)`);
console.log(line(['measurement', 'figure', 'target', 'note']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

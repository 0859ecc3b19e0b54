// List pages through the HTTP API, for the country, a province and a district: the member
// list beside the later domains' lists (meetings, meeting figures, absence warnings,
// ratings, badges, a round's due list, dues arrears) and the worklist. Each is asked once to warm up, then
// `--repeat` times one after another; prints the median per page and scope as one JSON line.
//
//   node bench/list_pages.mjs --url http://127.0.0.1:8099 --user bench --password-file FILE \
//        --orgs country=1,province=2,district=3 --year 2024 --rating-year 2023 \
//        --round 2024-09-02 [--dues-year 2024] [--repeat 5]
import {args, connect} from './http_client.mjs';

const opts = args({repeat: '5'});
opts['dues-year'] ??= opts.year;
const {request, login, close} = connect(opts.url);
const cookie = await login(opts.user, opts['password-file']);

const pages = [
  ['members', '/api/members?org_id=ORG&page=1'],
  ['meetings', `/api/orgs/ORG/meetings?year=${opts.year}`],
  ['meeting-stats', `/api/orgs/ORG/meeting-stats?period=${opts.year}`],
  ['meeting-absences', `/api/orgs/ORG/meeting-absences?year=${opts.year}`],
  ['ratings', `/api/orgs/ORG/ratings?year=${opts['rating-year']}`],
  ['badges', `/api/orgs/ORG/badges?year=${opts.year}`],
  ['badges-due', `/api/orgs/ORG/badges/due?round=${opts.round}`],
  ['dues-arrears', `/api/orgs/ORG/dues/arrears?year=${opts['dues-year']}`],
  ['worklist', '/api/orgs/ORG/worklist'],
];
const scopes = opts.orgs.split(',').map((kv) => kv.split('='));

const result = {what: 'list_pages', pages: []};
for (const [name, template] of pages) {
  const row = {name};
  for (const [scope, org] of scopes) {
    const path = template.replace('ORG', org);
    const first = await request('GET', path, null, cookie);
    const times = [];
    for (let r = 0; r < Number(opts.repeat); r++) {
      const t0 = process.hrtime.bigint();
      await request('GET', path, null, cookie);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    let total = null;
    try {
      const body = JSON.parse(first.body);
      const list = body.items ?? body.units;
      total = typeof body.total === 'number' ? body.total : Array.isArray(list) ? list.length : null;
    } catch {}
    row[scope] = {status: first.status, bytes: first.body.length, total,
      median_ms: Math.round(times[Math.floor(times.length / 2)] * 10) / 10};
  }
  result.pages.push(row);
}
console.log(JSON.stringify(result));
close();

// Descriptor exhaustion drill: `dangbo serve` under a 1024 open-file limit (prlimit), then
// IDLE_CONNECTIONS (default 1,100) idle connections. Reports how many were refused with
// 503, whether a new client still gets an answer, the server's CPU and log output while
// they sit, and when the idle ones are closed (the 30 s idle timeout).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { cli, PASSWORD, BIN } from './lib.mjs';

const db = process.argv[2];
const N = Number(process.env.IDLE_CONNECTIONS || 1100);
const init = cli(['init', '--db', db, '--password-stdin'], `${PASSWORD}\n`);
if (init.status !== 0) throw new Error(init.stderr);

const child = spawn('prlimit', ['--nofile=1024:1024', BIN, 'serve', '--db', db, '--listen', '127.0.0.1:0', '--web-root', '/nonexistent'], { stdio: ['ignore', 'pipe', 'pipe'] });
let logBytes = 0;
child.stderr.on('data', (d) => { logBytes += d.length; });
const port = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; const m = out.match(/127\.0\.0\.1:(\d+)/); if (m) resolve(Number(m[1])); });
  child.on('exit', (c) => reject(new Error(`máy chủ thoát (${c})`)));
});
const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function get(path) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let d = '';
    s.on('data', (x) => { d += x; });
    s.on('end', () => resolve(Number(d.split(' ')[1]) || 0));
    s.on('error', () => resolve(0));
    s.setTimeout(3000, () => { s.destroy(); resolve(0); });
  });
}

const t0 = Date.now();
let refused = 0, closedEarly = 0, closed = 0, lastClose = 0;
const socks = [];
for (let i = 0; i < N; ++i) {
  const s = net.connect(port, '127.0.0.1');
  let data = '';
  s.on('data', (x) => { data += x; });
  s.on('error', () => {});
  s.on('close', () => {
    closed += 1;
    lastClose = Date.now();
    if (data.includes(' 503 ')) refused += 1;
    else if (Date.now() - t0 < 25000) closedEarly += 1;
  });
  socks.push(s);
}
await sleep(2000);
const cpu0 = cpu();
const during = await get('/healthz');
await sleep(17000);
const cpuUsed = cpu() - cpu0;
const logAt19 = logBytes;
let answered = 0;
for (let i = 0; i < 40 && answered !== 200; ++i) { answered = await get('/healthz'); if (answered !== 200) await sleep(1000); }
const recovered = (Date.now() - t0) / 1000;
console.log(`kết nối mở: ${N}; bị từ chối 503: ${refused}; đóng sớm không rõ lý do: ${closedEarly}`);
console.log(`/healthz khi đang đầy: ${during || 'không trả lời'}; CPU máy chủ trong 17 s: ${cpuUsed.toFixed(2)} s; nhật ký sau 19 s: ${logAt19} byte`);
console.log(`các kết nối rảnh đã đóng: ${closed}/${N}, lần cuối sau ${((lastClose - t0) / 1000).toFixed(1)} s; /healthz 200 lại sau ${recovered.toFixed(1)} s`);
child.kill('SIGTERM');
const ok = answered === 200 && cpuUsed < 5 && logAt19 < 100000;
console.log(ok ? 'fds: ĐẠT' : 'fds: KHÔNG ĐẠT');
process.exit(ok ? 0 : 1);

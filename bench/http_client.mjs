// The bench scripts' HTTP client: one keep-alive connection to a dangbo server, requests
// timed by the caller, and the sign-in that gives the session cookie.
import fs from 'node:fs';
import http from 'node:http';

export function connect(url) {
  const base = new URL(url);
  const agent = new http.Agent({keepAlive: true, maxSockets: 1});
  const request = (method, path, body, cookie) =>
    new Promise((resolve, reject) => {
      const headers = {};
      if (body) headers['content-type'] = 'application/json';
      if (cookie) headers.cookie = cookie;
      const req = http.request(
          {host: base.hostname, port: base.port, method, path, headers, agent}, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks)}));
          });
      req.on('error', reject);
      if (body) req.write(JSON.stringify(body));
      req.end();
    });
  // Signs in as `user` with the password in `passwordFile`; the session cookie, or exits.
  const login = async (user, passwordFile) => {
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    const res = await request('POST', '/api/auth/login', {username: user, password});
    if (res.status !== 200) {
      console.error('login failed', res.status, res.body.toString());
      process.exit(1);
    }
    return res.headers['set-cookie'][0].split(';')[0];
  };
  return {request, login, close: () => agent.destroy()};
}

// "--name value" pairs of the command line over `defaults`.
export function args(defaults = {}) {
  const a = {...defaults};
  for (let i = 2; i < process.argv.length; i += 2) a[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
  return a;
}

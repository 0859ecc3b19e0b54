// Starts a real server (see harness.mjs), runs the given command with DANGBO_URL and the
// admin credentials in its environment, stops the server, and exits with the command's code.
import { spawn } from 'node:child_process';
import { startServer } from './harness.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-server.mjs COMMAND [ARGS...]');
  process.exit(2);
}
const server = await startServer();
const child = spawn(cmd, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    DANGBO_URL: server.url,
    DANGBO_ADMIN_USER: server.admin.username,
    DANGBO_ADMIN_PASSWORD: server.admin.password,
  },
});
const code = await new Promise((r) => child.on('exit', (c) => r(c ?? 1)));
await server.stop();
process.exit(code);

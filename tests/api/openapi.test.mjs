// The OpenAPI description (GET /api/openapi.json) against the route table it is made from:
// every route is described with its path parameters, access rule and write-body schema,
// and the description is a valid OpenAPI 3 skeleton that integrators can load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/harness.mjs';

let server;
let admin;
let routes;
let doc;

before(async () => {
  server = await startServer();
  admin = new Client(server.url);
  const r = await admin.login(server.admin.username, server.admin.password);
  assert.equal(r.status, 200, r.text);
  routes = (await admin.get('/api/routes')).json.items;
  const d = await admin.get('/api/openapi.json');
  assert.equal(d.status, 200, d.text);
  doc = d.json;
});

after(async () => {
  await server.stop();
});

test('needs a session, like the rest of the API', async () => {
  const anon = await fetch(`${server.url}/api/openapi.json`);
  assert.equal(anon.status, 401);
});

test('an OpenAPI 3 document with the problem+json error shape', () => {
  assert.match(doc.openapi, /^3\.0\./);
  assert.equal(typeof doc.info.title, 'string');
  assert.ok(doc.components.schemas.Problem.properties.detail);
  assert.equal(doc.components.securitySchemes.session.in, 'cookie');
});

test('every route of the table is one operation, and nothing else is', () => {
  const described = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) described.push(`${method.toUpperCase()} ${path}`);
  }
  const table = routes.map((r) => `${r.method} ${r.pattern}`);
  assert.deepEqual(described.sort(), table.sort());
});

test('operations carry the route rule, path parameters and the write-body schema', () => {
  for (const r of routes) {
    const op = doc.paths[r.pattern][r.method.toLowerCase()];
    assert.equal(op['x-dangbo-action'], r.action, `${r.method} ${r.pattern}`);
    assert.deepEqual(op['x-dangbo-roles'], r.roles);
    const names = [...r.pattern.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
    assert.deepEqual((op.parameters ?? []).map((p) => p.name), names);
    if (r.access === 'public') assert.deepEqual(op.security, []);
    if (Array.isArray(r.body)) {
      const schema = op.requestBody.content['application/json'].schema;
      assert.deepEqual(Object.keys(schema.properties).sort(), r.body.map((f) => f.name).sort());
      assert.equal(schema.additionalProperties, false);
      for (const f of r.body) {
        const p = schema.properties[f.name];
        if (f.type === 'text') assert.equal(p.maxLength, f.max_length, `${r.pattern} ${f.name}`);
        if (f.type === 'int') assert.deepEqual([p.minimum, p.maximum], [f.min, f.max]);
        if (f.type === 'date') assert.equal(p.format, 'date');
        if (f.required) assert.ok(schema.required.includes(f.name), `${r.pattern} ${f.name}`);
      }
    } else {
      assert.equal(op.requestBody, undefined);
    }
  }
});

test('a described write is answered as described: unknown fields are refused', async () => {
  const r = routes.find((x) => x.method === 'POST' && x.pattern === '/api/orgs');
  const schema = doc.paths[r.pattern].post.requestBody.content['application/json'].schema;
  assert.equal(schema.additionalProperties, false);
  const bad = await admin.post('/api/orgs', { not_a_field: 1 });
  assert.equal(bad.status, 400, bad.text);
  assert.match(bad.headers.get('content-type'), /problem\+json/);
});

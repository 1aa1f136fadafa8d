'use strict';
// The c-ares resolver is not implemented yet: every query function of both APIs throws
// ERR_NODUS_NOT_IMPLEMENTED; Resolver objects can still be created; getServers() reads
// the system configuration.
const assert = require('assert');
const dns = require('dns');

const names = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse'];
// Valid arguments for each API (the arguments are checked first, with node's errors).
const call = (api, target, name) => (api === dns ?
  target[name](name === 'reverse' ? '127.0.0.1' : 'localhost', () => {}) :
  target[name](name === 'reverse' ? '127.0.0.1' : 'localhost'));
for (const api of [dns, dns.promises]) {
  for (const name of names) {
    assert.strictEqual(typeof api[name], 'function', name);
    assert.throws(() => call(api, api, name), {
      name: 'Error',
      code: 'ERR_NODUS_NOT_IMPLEMENTED',
      message: `dns.${api === dns ? "" : "promises."}${name}() is not implemented in nodus yet`,
    });
  }
  const r = new api.Resolver({ timeout: 100 });
  for (const name of names) {
    assert.throws(() => call(api, r, name), { code: 'ERR_NODUS_NOT_IMPLEMENTED' });
  }
  assert.ok(Array.isArray(r.getServers()));
  r.cancel();
  assert.throws(() => r.setServers(['127.0.0.1']), { code: 'ERR_NODUS_NOT_IMPLEMENTED' });
  assert.throws(() => api.setServers(['127.0.0.1']), { code: 'ERR_NODUS_NOT_IMPLEMENTED' });
  const servers = api.getServers();
  assert.ok(Array.isArray(servers) && servers.length > 0);
  for (const s of servers) assert.strictEqual(typeof s, 'string');
}
assert.throws(() => new dns.Resolver(5), { code: 'ERR_INVALID_ARG_TYPE' });

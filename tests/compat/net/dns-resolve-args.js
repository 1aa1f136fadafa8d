'use strict';
// The c-ares queries are not implemented yet, but bad arguments already get node's errors
// (checked before the not-implemented report, in node's order).
const dns = require('dns');
const show = (f) => {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(() => dns.resolveNs([]));
show(() => dns.resolveNs(''));
show(() => dns.promises.resolveNs([]));
show(() => dns.resolve('x', 5, () => {}));
show(() => dns.resolve('x', 'BOGUS', () => {}));
show(() => dns.promises.resolve('x', 7));
show(() => dns.promises.resolve('x', 'NOPE'));
show(() => new dns.Resolver().resolve4(1, () => {}));
show(() => new dns.promises.Resolver().resolveTxt(null));
show(() => dns.reverse(1, () => {}));
show(() => dns.resolve4('localhost', { ttl: true }));

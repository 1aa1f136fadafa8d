// dns.lookup and dns.lookupService: localhost, literal addresses, options, and
// validation errors (messages as node's).
const dns = require('dns');
const util = require('util');
const { show, fmtErr, guard } = require('./_helpers');
guard();

function lookup(label, ...args) {
  return new Promise((resolve) => {
    try {
      dns.lookup(...args, (err, address, family) => {
        console.log(label, err ? fmtErr(err) : JSON.stringify([address, family]));
        resolve();
      });
    } catch (e) {
      console.log(label, 'throws', fmtErr(e));
      resolve();
    }
  });
}

(async () => {
  await lookup('localhost', 'localhost');
  await lookup('localhost family 4', 'localhost', 4);
  await lookup('localhost {family: IPv4}', 'localhost', { family: 'IPv4' });
  await lookup('localhost all', 'localhost', { all: true });
  await lookup('localhost all order', 'localhost', { all: true, order: 'ipv4first' });
  await lookup('localhost verbatim', 'localhost', { verbatim: false });
  await lookup('ipv4 literal', '127.0.0.1');
  await lookup('ipv6 literal', '::1');
  await lookup('ipv6 literal all', '::1', { all: true });
  await lookup('ipv4 literal family 6', '127.0.0.1', 6);
  await lookup('empty', '');
  await lookup('null all', null, { all: true });
  await lookup('undefined family 6', undefined, 6);
  await lookup('hints', 'localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED });
  await lookup('bad family', 'localhost', 7);
  await lookup('bad family option', 'localhost', { family: 'x' });
  await lookup('bad hints', 'localhost', { hints: 9999 });
  await lookup('bad all', 'localhost', { all: 1 });
  await lookup('bad verbatim', 'localhost', { verbatim: 1 });
  await lookup('bad order', 'localhost', { order: 'x' });
  await lookup('bad options', 'localhost', 'x');
  await lookup('bad hostname', 5);
  show('no callback', () => dns.lookup('localhost'));
  show('no callback, options', () => dns.lookup('localhost', {}));
  show('callback not a function', () => dns.lookup('localhost', 'x'));

  const ls = util.promisify(dns.lookup);
  console.log('promisified', await ls('localhost'), await ls('localhost', { all: true }));

  await new Promise((resolve) => dns.lookupService('127.0.0.1', 0, (err, host, service) => {
    console.log('lookupService', err, typeof host, service);
    resolve();
  }));
  show('lookupService()', () => dns.lookupService());
  show('lookupService bad address', () => dns.lookupService('x', 1, () => {}));
  show('lookupService bad port', () => dns.lookupService('127.0.0.1', -1, () => {}));
  show('lookupService port string', () => dns.lookupService('127.0.0.1', 'x', () => {}));
  show('lookupService no callback', () => dns.lookupService('127.0.0.1', 1));
  show('lookupService callback not a function', () => dns.lookupService('127.0.0.1', 1, 5));

  console.log('default order', dns.getDefaultResultOrder());
  show('setDefaultResultOrder bad', () => dns.setDefaultResultOrder('x'));
  dns.setDefaultResultOrder('ipv4first');
  console.log('order now', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
  console.log('constants', dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NOTFOUND, dns.NODATA,
              dns.CANCELLED, dns.TIMEOUT);
})();

// dns.promises / node:dns/promises lookup() and lookupService().
const dnsPromises = require('dns/promises');
const dns = require('dns');
const { fmtErr, show, guard } = require('./_helpers');
guard();

(async () => {
  console.log('same object', dnsPromises === dns.promises);
  console.log(await dnsPromises.lookup('localhost'));
  console.log(await dnsPromises.lookup('localhost', { all: true }));
  console.log(await dnsPromises.lookup('localhost', 4));
  console.log(await dnsPromises.lookup('127.0.0.1'));
  console.log(await dnsPromises.lookup('::1', { all: true }));
  console.log(await dnsPromises.lookup(''));
  console.log(await dnsPromises.lookup('', { all: true }));
  console.log(await dnsPromises.lookupService('127.0.0.1', 0).then((r) => Object.keys(r)));
  show('lookup(5)', () => dnsPromises.lookup(5));
  show('lookup family 7', () => dnsPromises.lookup('x', { family: 7 }));
  show('lookup options string', () => dnsPromises.lookup('x', 'y'));
  show('lookup family number 3', () => dnsPromises.lookup('x', 3));
  show('lookupService()', () => dnsPromises.lookupService());
  show('lookupService bad address', () => dnsPromises.lookupService('x', 1));
  show('lookupService bad port', () => dnsPromises.lookupService('::1', 70000));
  try {
    await dnsPromises.lookup('localhost', { hints: -1 });
  } catch (e) {
    console.log('rejected?', fmtErr(e));
  }
})();

// Shapes and invariants of the machine-dependent parts of node:os, printed as types so
// the output is the same on every run.
const os = require('os');
const util = require('util');
const shape = (v) => (Array.isArray(v) ? `array(${v.length ? shape(v[0]) : ''})` : v === null ? 'null' : typeof v === 'object' ? `{${Object.keys(v).map((k) => `${k}:${shape(v[k])}`).join(',')}}` : typeof v);
const cpus = os.cpus();
console.log('cpus', shape(cpus), cpus.every((c) => shape(c) === shape(cpus[0])), Object.getPrototypeOf(cpus[0]) === Object.prototype);
console.log('cpus times non-negative', cpus.every((c) => Object.values(c.times).every((n) => Number.isInteger(n) && n >= 0)));
console.log('availableParallelism', typeof os.availableParallelism(), os.availableParallelism() >= 1, Number.isInteger(os.availableParallelism()));
console.log('loadavg', os.loadavg().length, os.loadavg().every((n) => typeof n === 'number' && n >= 0), Array.isArray(os.loadavg()));
const ifaces = os.networkInterfaces();
console.log('networkInterfaces proto', Object.getPrototypeOf(ifaces) === Object.prototype);
for (const [name, list] of Object.entries(ifaces)) {
  for (const a of list) {
    const keys = Object.keys(a).join();
    const okCidr = a.cidr === null || a.cidr === `${a.address}/${a.cidr.split('/')[1]}`;
    const okMac = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac);
    if (!okCidr || !okMac || (a.family !== 'IPv4' && a.family !== 'IPv6') || typeof a.internal !== 'boolean') console.log('bad entry', name, a);
    if (name === 'lo') console.log('lo', keys, a.family, a.address, a.netmask, a.cidr, a.mac, a.internal, a.scopeid);
  }
}
console.log('networkInterfaces keys', Object.values(ifaces).every((l) => l.every((a) => Object.keys(a).join() === (a.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr'))));
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull, 'endianness', os.endianness(), os.endianness() === (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE'));
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'machine', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  const fn = os[name];
  console.log(name, typeof fn, fn.name, fn.length, typeof fn(), `${fn}` === String(fn()) || typeof fn() === 'number', typeof fn[Symbol.toPrimitive]);
}
for (const name of ['cpus', 'getPriority', 'loadavg', 'networkInterfaces', 'setPriority', 'userInfo']) {
  console.log(name, typeof os[name], os[name].name, os[name].length, typeof os[name][Symbol.toPrimitive]);
}
console.log('freemem <= totalmem', os.freemem() <= os.totalmem(), Number.isInteger(os.totalmem()));
console.log('uptime', typeof os.uptime(), os.uptime() > 0);
console.log('type/platform', os.type(), os.platform(), os.machine() === require('child_process').execFileSync('uname', ['-m']).toString().trim());
console.log('release', os.release() === require('child_process').execFileSync('uname', ['-r']).toString().trim());
console.log('version', os.version() === require('child_process').execFileSync('uname', ['-v']).toString().trim());
console.log('hostname', os.hostname() === require('child_process').execFileSync('uname', ['-n']).toString().trim());
console.log('arch', os.arch() === process.arch, `${os.arch}` === process.arch, os.arch.name);
console.log(util.inspect(os.EOL), Object.keys(os).length, Object.keys(os).sort().join());

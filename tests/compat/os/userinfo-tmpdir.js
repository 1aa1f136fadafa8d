// os.userInfo options (encodings, bad options) and os.tmpdir / os.homedir from the
// environment.
const os = require('os');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const base = os.userInfo();
console.log(Object.keys(base).join(), Object.getPrototypeOf(base), typeof base.uid, typeof base.gid, typeof base.username, typeof base.shell);
const keyShape = (u) => Object.entries(u).map(([k, v]) => `${k}:${Buffer.isBuffer(v) ? 'Buffer' : typeof v}`).join();
for (const opts of [undefined, null, {}, { encoding: 'buffer' }, { encoding: 'utf8' }, { encoding: 'hex' }, { encoding: 'base64' }, { encoding: 'latin1' }, { encoding: 'ucs2' }, { encoding: 'HEX' }, { encoding: 'BUFFER' }, { encoding: 'UCS-2' }, { encoding: 'base64url' }, { encoding: 'nope' }, { encoding: 5 }, { encoding: null }, 'buffer', 'hex', 5, true, Symbol('x'), () => 1]) {
  t(`userInfo(${util.inspect(opts)})`, () => {
    const u = os.userInfo(opts);
    const same = ['username', 'homedir', 'shell'].map((k) => {
      const v = u[k];
      if (v === null) return 'null';
      if (Buffer.isBuffer(v)) return v.toString() === base[k];
      return v === base[k] ? 'same' : v === Buffer.from(base[k]).toString(opts.encoding) ? 'encoded' : 'other';
    });
    return `${keyShape(u)} ${same.join()}`;
  });
}
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP, HOME: process.env.HOME };
function env(vars) {
  for (const k of ['TMPDIR', 'TMP', 'TEMP']) delete process.env[k];
  Object.assign(process.env, vars);
}
for (const vars of [{}, { TMPDIR: '/x/y/' }, { TMPDIR: '/x/y//' }, { TMPDIR: '/' }, { TMPDIR: '//' }, { TMPDIR: '' , TMP: '/tmp2/' }, { TEMP: '/t3' }, { TMP: 'rel/' }, { TMPDIR: 'a' }]) {
  env(vars);
  t(`tmpdir ${JSON.stringify(vars)}`, () => [os.tmpdir(), `${os.tmpdir}`]);
}
env({ TMPDIR: saved.TMPDIR ?? '/tmp' });
process.env.HOME = '/home/elsewhere';
t('homedir from HOME', () => os.homedir());
process.env.HOME = '';
t('homedir with empty HOME', () => os.homedir() === base.homedir);
delete process.env.HOME;
t('homedir without HOME', () => os.homedir() === base.homedir);
process.env.HOME = saved.HOME;
t('userInfo ignores HOME', () => os.userInfo().homedir === base.homedir);

'use strict';
// Environment, working directory, argv0, shell and detached.
const { spawnSync } = require('child_process');
const path = require('path');

const out = (r) => (r.error ? `error ${r.error.code}` : r.stdout.toString().trimEnd());

process.env.NODUS_CP_TEST = 'from parent';
console.log('inherits process.env', out(spawnSync('sh', ['-c', 'echo $NODUS_CP_TEST'])));
console.log('own env', out(spawnSync('/bin/sh', ['-c', 'echo "[$NODUS_CP_TEST] [$A] [$B]"'],
                                     { env: { A: 'a', B: 'b c' } })));
console.log('empty env', JSON.stringify(out(spawnSync('/usr/bin/env', { env: {} }))));
const proto = Object.assign(Object.create({ INHERITED: 'yes' }), { OWN: 'o', SKIP: undefined });
console.log('inherited keys count', out(spawnSync('/bin/sh', ['-c', 'echo $INHERITED $OWN ${SKIP-unset}'],
                                                  { env: proto })));
console.log('values stringified', out(spawnSync('/bin/sh', ['-c', 'echo $N $T $O'],
                                                { env: { N: 42, T: true, O: null } })));
console.log('empty value', out(spawnSync('/bin/sh', ['-c', 'echo "[${E-unset}]"'], { env: { E: '' } })));

console.log('cwd /', out(spawnSync('pwd', { cwd: '/' })));
console.log('cwd Buffer', out(spawnSync('pwd', { cwd: Buffer.from('/tmp') })));
console.log('cwd URL', out(spawnSync('pwd', { cwd: new URL('file:///usr') })));
console.log('cwd relative', out(spawnSync('pwd', { cwd: 'fixtures' })) === path.join(process.cwd(), 'fixtures'));
console.log('cwd null', out(spawnSync('pwd', { cwd: null })) === process.cwd());
console.log('cwd empty', out(spawnSync('pwd', { cwd: '' })));
console.log('cwd is a file', out(spawnSync('pwd', { cwd: __filename })));

console.log('argv0', out(spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name' })));
console.log('shell true', out(spawnSync('echo $((1 + 2)) "$HOME" | tr 3 T', { shell: true, env: { HOME: 'h' } })));
console.log('shell joins args', out(spawnSync('echo', ['a', '&&', 'echo', 'b'], { shell: true })));
console.log('shell string', out(spawnSync('echo $0', { shell: '/bin/sh' })));
console.log('shell false', out(spawnSync('echo', ['$HOME'], { shell: false })));
console.log('args are not shell-parsed', out(spawnSync('echo', ['a b', '"c"', '$X', '*'])));
console.log('non-string args', out(spawnSync('echo', [1, true, null, undefined, { a: 1 }])));
console.log('unicode args', out(spawnSync('echo', ['caf\u00e9', '\u{1F600}'])));

console.log('detached', out(spawnSync('sh', ['-c',
  'set -- $(cat /proc/$$/stat); [ "$6" = "$$" ] && echo session-leader || echo same-session'],
  { detached: true })));
console.log('not detached', out(spawnSync('sh', ['-c',
  'set -- $(cat /proc/$$/stat); [ "$6" = "$$" ] && echo session-leader || echo same-session'])));
console.log('windowsHide ignored', out(spawnSync('echo', ['ok'], { windowsHide: true, windowsVerbatimArguments: true })));

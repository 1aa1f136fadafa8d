'use strict';
// spawnSync with standard tools: result shape, exit codes, output capture, encodings,
// and input in every accepted form.
const { spawnSync } = require('child_process');

function show(label, r) {
  console.log(label, JSON.stringify({
    keys: Object.keys(r),
    status: r.status,
    signal: r.signal,
    pid: typeof r.pid === 'number' && r.pid > 0,
    output: r.output && r.output.map((o) =>
      (o === null ? null : Buffer.isBuffer(o) ? `<Buffer ${o.toString()}>` : o)),
    error: r.error && r.error.message,
  }));
}

show('echo', spawnSync('echo', ['hello', 'world']));
show('no args', spawnSync('echo'));
show('null args', spawnSync('echo', null));
show('options as args', spawnSync('pwd', { cwd: '/' }));
show('exit 3', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
show('exit 255', spawnSync('sh', ['-c', 'exit 255']));
show('true', spawnSync('true'));
show('false', spawnSync('false'));

const r = spawnSync('echo', ['x']);
console.log('stdout is output[1]', r.stdout === r.output[1], 'stderr is output[2]',
            r.stderr === r.output[2], Buffer.isBuffer(r.stdout), r.stdout.constructor.name);

// Encodings decode every captured output.
show('utf8', spawnSync('printf', ['caf\\303\\251'], { encoding: 'utf8' }));
show('hex', spawnSync('printf', ['\\377\\376'], { encoding: 'hex' }));
show('base64', spawnSync('printf', ['abc'], { encoding: 'base64' }));
show('latin1', spawnSync('printf', ['\\351'], { encoding: 'latin1' }));
show('buffer', spawnSync('printf', ['abc'], { encoding: 'buffer' }));
try {
  spawnSync('printf', ['abc'], { encoding: 'bogus' });
} catch (e) {
  console.log('bogus encoding', e.name, e.code, e.message);
}

// Input reaches stdin, then stdin ends.
show('input string', spawnSync('cat', { input: 'from a string' }));
show('input buffer', spawnSync('cat', { input: Buffer.from('from a buffer') }));
show('input uint8array', spawnSync('cat', { input: new Uint8Array([104, 105]) }));
const u16 = new Uint16Array([0x6968, 0x2121]);
show('input uint16array', spawnSync('cat', { input: u16 }));
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([65, 66, 67, 68, 69, 70, 71, 72]);
show('input dataview slice', spawnSync('cat', { input: new DataView(ab, 2, 3) }));
show('input subarray', spawnSync('cat', { input: Buffer.from('0123456789').subarray(3, 6) }));
show('input hex encoding', spawnSync('cat', { input: '68656c6c6f', encoding: 'hex' }));
show('input empty string', spawnSync('cat', { input: '' }));
show('no input: stdin ends', spawnSync('cat'));
show('wc -c', spawnSync('wc', ['-c'], { input: 'x'.repeat(1000), encoding: 'utf8' }));
show('input via stdio array', spawnSync('cat', { stdio: ['pipe', 'pipe', 'pipe'], input: 'abc' }));

// A fourth pipe.
show('fd 3', spawnSync('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }));

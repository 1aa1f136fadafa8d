// util.styleText options: validateStream and stream.
const { styleText } = require('util');
const { attempt } = require('./_show');

const fakeTTY = { isTTY: true, on() {}, write() {}, getColorDepth() { return 8; } };
const fakeMono = { isTTY: true, on() {}, write() {}, getColorDepth() { return 1; } };
const fakePipe = { on() {}, write() {} };
attempt('no validate', () => styleText('green', 'a', { validateStream: false }));
attempt('tty stream', () => styleText('green', 'a', { stream: fakeTTY }));
attempt('mono tty', () => styleText('green', 'a', { stream: fakeMono }));
attempt('tty without depth', () => styleText('green', 'a', { stream: { isTTY: true, on() {}, pipe() {} } }));
attempt('pipe stream', () => styleText('green', 'a', { stream: fakePipe }));
attempt('stderr', () => styleText('green', 'a', { stream: process.stderr }));
attempt('bad stream', () => styleText('green', 'a', { stream: {} }));
attempt('number stream', () => styleText('green', 'a', { stream: 1 }));
attempt('null stream', () => styleText('green', 'a', { stream: null }));
attempt('bad stream skipped', () => styleText('green', 'a', { validateStream: false, stream: 1 }));
attempt('validateStream type', () => styleText('green', 'a', { validateStream: 'no' }));

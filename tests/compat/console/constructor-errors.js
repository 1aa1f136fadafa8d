// Invalid streams and options throw node's errors.
const { Console } = require('console');
const Collector = require('./_stream');
const s = new Collector();
const attempts = [
  [],
  [undefined],
  [null],
  [5],
  ['stream'],
  [{}],
  [{ write: 1 }],
  [s, {}],
  [s, null],
  [s, 5],
  [{ stdout: s, stderr: null }],
  [{ stdout: s, stderr: { write: 'no' } }],
  [{ stdout: s, colorMode: 'yes' }],
  [{ stdout: s, colorMode: null }],
  [{ stdout: s, colorMode: 1 }],
  [{ stdout: s, inspectOptions: 5 }],
  [{ stdout: s, inspectOptions: null }],
  [{ stdout: s, inspectOptions: [] }],
  [{ stdout: s, inspectOptions: 'depth' }],
  [{ stdout: s, groupIndentation: 1001 }],
  [{ stdout: s, groupIndentation: -1 }],
  [{ stdout: s, groupIndentation: 1.5 }],
  [{ stdout: s, groupIndentation: '2' }],
  [{ stdout: s, groupIndentation: null }],
  [{ stdout: s, groupIndentation: NaN }],
  [{ stdout: s, colorMode: true, inspectOptions: { colors: true } }],
  [{ stdout: s, colorMode: 'auto', inspectOptions: { colors: false } }],
  [{ stdout: s, colorMode: undefined, inspectOptions: { colors: true } }],
  [{ stdout: s, colorMode: 'yes', groupIndentation: -1 }],
  [{ stdout: s, groupIndentation: -1, inspectOptions: 5 }],
  [{ stderr: s }],
];
for (const args of attempts) {
  try {
    new Console(...args);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

'use strict';
// compat: env=TERM=xterm
// Argument validation of createInterface and the helpers.
const readline = require('readline');
const { PassThrough } = require('stream');
const { tryIt } = require('./_helpers');

const input = () => new PassThrough();
const make = (options) => {
  const rl = readline.createInterface({ input: input(), ...options });
  const summary = [rl.historySize, rl.crlfDelay, rl.escapeCodeTimeout, rl.tabSize,
                   rl.terminal, rl.removeHistoryDuplicates, JSON.stringify(rl.getPrompt())];
  rl.close();
  return summary.join(' ');
};
tryIt('defaults', () => make({}));
tryIt('completer string', () => make({ completer: 'x' }));
tryIt('completer null', () => make({ completer: null }));
tryIt('historySize -1', () => make({ historySize: -1 }));
tryIt('historySize NaN', () => make({ historySize: NaN }));
tryIt('historySize string', () => make({ historySize: '5' }));
tryIt('historySize Infinity', () => make({ historySize: Infinity }));
tryIt('history not array', () => make({ history: 'abc' }));
tryIt('history array', () => make({ history: ['x'] }));
tryIt('tabSize 0', () => make({ tabSize: 0 }));
tryIt('tabSize 4.5', () => make({ tabSize: 4.5 }));
tryIt('tabSize "4"', () => make({ tabSize: '4' }));
tryIt('tabSize 2', () => make({ tabSize: 2 }));
tryIt('escapeCodeTimeout Infinity', () => make({ escapeCodeTimeout: Infinity }));
tryIt('escapeCodeTimeout "x"', () => make({ escapeCodeTimeout: 'x' }));
tryIt('escapeCodeTimeout 50', () => make({ escapeCodeTimeout: 50 }));
tryIt('signal string', () => make({ signal: 'x' }));
tryIt('crlfDelay 500', () => make({ crlfDelay: 500 }));
tryIt('crlfDelay 0', () => make({ crlfDelay: 0 }));
tryIt('prompt', () => make({ prompt: 'P> ' }));
tryIt('prompt number', () => make({ prompt: 5 }));
tryIt('removeHistoryDuplicates', () => make({ removeHistoryDuplicates: 1 }));
tryIt('terminal from output isTTY', () => make({ output: Object.assign(new PassThrough(), { isTTY: true }) }));
tryIt('terminal false overrides', () => make({ terminal: false, output: Object.assign(new PassThrough(), { isTTY: true }) }));
// (Engine-thrown TypeErrors: only the class is compared, messages differ by engine.)
for (const [label, arg] of [['no input', {}], ['input without on', { input: {} }]]) {
  try {
    readline.createInterface(arg);
  } catch (e) {
    console.log(`${label}: ${e.constructor.name}`);
  }
}
tryIt('positional form', () => {
  const rl = readline.createInterface(input(), null, undefined, true);
  const t = rl.terminal;
  rl.close();
  return t;
});
tryIt('positional completer invalid', () => readline.createInterface(input(), null, 5));
tryIt('cursorTo NaN x', () => readline.cursorTo(new PassThrough(), NaN));
tryIt('cursorTo NaN y', () => readline.cursorTo(new PassThrough(), 1, NaN));
tryIt('cursorTo y only', () => readline.cursorTo(new PassThrough(), undefined, 2));
tryIt('cursorTo bad callback', () => readline.cursorTo(new PassThrough(), 1, 2, 'cb'));
tryIt('moveCursor bad callback', () => readline.moveCursor(new PassThrough(), 1, 2, 5));
tryIt('clearLine bad callback', () => readline.clearLine(new PassThrough(), 0, {}));
tryIt('clearScreenDown bad callback', () => readline.clearScreenDown(new PassThrough(), null));
tryIt('write non-string to output', () => {
  const rl = readline.createInterface({ input: input(), output: new PassThrough(), terminal: false });
  try {
    rl.setPrompt(42);
    rl.prompt();
  } finally {
    rl.close();
  }
});

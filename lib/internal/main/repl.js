'use strict';

// A minimal interactive REPL, started when nodus runs with no script and a terminal on
// stdin (the complete node:repl is a later piece of work). Each line is evaluated in the
// global scope; results are printed with util.inspect; input that ends before a
// statement is complete continues on a "... " line; `_` holds the last result;
// .help, .exit, .clear and end of input (Ctrl-D) are understood; Ctrl-C cancels the
// current input, twice in a row on an empty line exits.

const { evaluateScript } = internalBinding('builtins');

const kPrompt = '> ';
const kContinuation = '... ';

function start() {
  const stdout = process.stdout;
  const { inspect } = require('internal/util/inspect');
  const colors = stdout.isTTY === true && stdout.getColorDepth() > 2;
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const path = require('path');

  const replModule = new Module('<repl>');
  replModule.filename = path.join(process.cwd(), '<repl>');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = replModule;
  globalThis.require = makeRequireFunction(replModule);

  let buffer = '';
  let pending = '';
  let sawInterrupt = false;

  stdout.write(`Welcome to Node.js ${process.version}.\n` +
    'Type ".help" for more information.\n');
  stdout.write(kPrompt);

  function evaluate(source) {
    let result;
    try {
      result = evaluateScript(source, 'REPL');
    } catch (err) {
      if (err instanceof SyntaxError && /end of|Unterminated|Unexpected EOF/i.test(err.message)) {
        return 'incomplete';
      }
      require('internal/process/execution').normalizeError(err);
      const shown = err instanceof Error && typeof err.stack === 'string' ?
        err.stack.split('\n')[0] : inspect(err, { colors });
      stdout.write(`Uncaught ${shown}\n`);
      return 'done';
    }
    if (result !== undefined || !/^\s*(var|let|const|function|class)\b/.test(source)) {
      globalThis._ = result;
      stdout.write(`${inspect(result, { colors })}\n`);
    }
    return 'done';
  }

  function command(line) {
    switch (line.trim()) {
      case '.exit':
        process.exit();
        return true;
      case '.help':
        stdout.write('.clear    Break, and also clear the local context\n' +
          '.exit     Exit the REPL\n' +
          '.help     Print this help message\n\n' +
          'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
        return true;
      case '.clear':
      case '.break':
        buffer = '';
        return true;
      default:
        return false;
    }
  }

  function onLine(line) {
    if (buffer === '' && line.trim().startsWith('.') && command(line)) {
      stdout.write(kPrompt);
      return;
    }
    buffer += (buffer === '' ? '' : '\n') + line;
    if (buffer.trim() === '') {
      buffer = '';
      stdout.write(kPrompt);
      return;
    }
    if (evaluate(buffer) === 'incomplete') {
      stdout.write(kContinuation);
      return;
    }
    buffer = '';
    stdout.write(kPrompt);
  }

  const stdin = process.stdin;
  stdin.on('data', (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      sawInterrupt = false;
      onLine(line);
    }
  });
  stdin.on('end', () => {
    if (pending !== '') onLine(pending);
    stdout.write('\n');
    process.exit();
  });
  process.on('SIGINT', () => {
    if (buffer === '' && pending === '' && sawInterrupt) process.exit();
    sawInterrupt = buffer === '' && pending === '';
    if (sawInterrupt) stdout.write('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    buffer = '';
    pending = '';
    stdout.write(`\n${kPrompt}`);
  });
}

module.exports = { start };

'use strict';
// Shared helpers of the readline tests (files starting with "_" are not tests).
const { PassThrough } = require('stream');
const readline = require('readline');

// An output stream that records what the Interface writes.
function recorder(columns) {
  const out = new PassThrough();
  out.text = '';
  out.on('data', (d) => { out.text += d; });
  if (columns !== undefined) out.columns = columns;
  out.take = () => {
    const t = out.text;
    out.text = '';
    return t;
  };
  return out;
}

// A terminal-mode interface over PassThrough streams.
function terminal(options = {}) {
  const input = new PassThrough();
  const output = recorder(options.columns);
  const rl = (options.api || readline).createInterface({
    input, output, terminal: true, ...options, columns: undefined, api: undefined,
  });
  return { rl, input, output };
}

function show(label, value) {
  console.log(`${label}: ${JSON.stringify(value)}`);
}

// Prints the interface's line, cursor and what was written since the last call.
function state(label, rl, output) {
  console.log(`${label}: line=${JSON.stringify(rl.line)} cursor=${rl.cursor} ` +
              `out=${JSON.stringify(output.take())}`);
}

function errorText(e) {
  return `${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message}`;
}

function tryIt(label, fn) {
  try {
    const v = fn();
    console.log(`${label}: ok ${v === undefined ? '' : JSON.stringify(v)}`);
  } catch (e) {
    console.log(`${label}: ${errorText(e)}`);
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

module.exports = { recorder, terminal, show, state, errorText, tryIt, tick };

'use strict';
// Colour decisions on a real terminal: getColorDepth()/hasColors() from the
// environment, and console.log colouring values only when colours are available.
const { drive } = require('./_pty');

for (const env of [
  { NO_COLOR: '1', TERM: 'xterm-256color' },
  { NO_COLOR: undefined, TERM: 'xterm-256color', COLORTERM: undefined },
  { NO_COLOR: undefined, TERM: 'xterm', COLORTERM: 'truecolor' },
  { NO_COLOR: undefined, TERM: 'dumb' },
  { NO_COLOR: undefined, FORCE_COLOR: '0', TERM: 'xterm' },
]) {
  const clean = {};
  for (const [k, v] of Object.entries(env)) clean[k] = v === undefined ? '' : v;
  // An empty value stands for "unset" here (the child deletes it).
  console.log(`== ${JSON.stringify(env)}`);
  console.log(drive('colors.js', [], { env: clean, args: [] }));
}

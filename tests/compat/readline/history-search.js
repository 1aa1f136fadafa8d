'use strict';
// compat: env=TERM=xterm
// Up/Down history search details: no match leaves the search text, duplicates of the
// current line are skipped, a modifier key ends the search.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({
  prompt: '', history: ['git status', 'ls', 'git commit', 'git status', 'grep x'],
});
const steps = [
  ['type zz', 'zz'], ['up (no match)', '\x1b[A'], ['down', '\x1b[B'], ['clear', '\x15'],
  ['type git', 'git'], ['up', '\x1b[A'], ['up', '\x1b[A'], ['up', '\x1b[A'], ['up', '\x1b[A'],
  ['down', '\x1b[B'], ['shift-up (ends search)', '\x1b[1;2A'], ['up', '\x1b[A'],
  ['ctrl-u', '\x15'], ['up', '\x1b[A'], ['up', '\x1b[A'], ['ctrl-p', '\x10'],
];
for (const [label, seq] of steps) {
  input.write(seq);
  state(`${label} [${rl.historyIndex}]`, rl, output);
}
rl.close();

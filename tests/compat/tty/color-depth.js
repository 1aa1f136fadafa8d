'use strict';
// tty.WriteStream's getColorDepth()/hasColors() by node's environment rules.
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;

process.on('warning', (w) => console.log('warning:', w.message));

const cases = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'XTERM-256COLOR' },
  { TERM: 'xterm-kitty' },
  { TERM: 'screen' },
  { TERM: 'screen-256color' },
  { TERM: 'tmux-256color' },
  { TERM: 'linux' },
  { TERM: 'vt100' },
  { TERM: 'vt220' },
  { TERM: 'rxvt-unicode' },
  { TERM: 'rxvt-unicode-24bit' },
  { TERM: 'ansi' },
  { TERM: 'cons25' },
  { TERM: 'con80x25' },
  { TERM: 'mosh' },
  { TERM: 'terminator' },
  { TERM: 'st' },
  { TERM: 'Eterm' },
  { TERM: 'something-color' },
  { TERM: 'unknown' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit' },
  { COLORTERM: 'yes' },
  { COLORTERM: 'truecolor', TERM: 'dumb' },
  { TERM: 'xterm', COLORTERM: 'x' },
  { TMUX: '/tmp/tmux' },
  { TMUX: '/tmp/tmux', COLORTERM: 'truecolor' },
  { CI: 'true' },
  { CI: 'true', GITHUB_ACTIONS: 'true' },
  { CI: 'true', TRAVIS: '1' },
  { CI: 'true', CI_NAME: 'codeship' },
  { CI: '', TERM: 'xterm' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' },
  { TEAMCITY_VERSION: '2020.1' },
  { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' },
  { TERM_PROGRAM: 'HyperTerm' },
  { TERM_PROGRAM: 'MacTerm' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { NO_COLOR: '1', TERM: 'xterm-256color' },
  { NO_COLOR: '', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
  { FORCE_COLOR: '0', TERM: 'xterm-256color' },
  { FORCE_COLOR: '', TERM: 'dumb' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: '4' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '1', NO_COLOR: '1' },
  { FORCE_COLOR: '2', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' },
];
for (const env of cases) {
  console.log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env),
              hasColors(2 ** 24, env));
}
for (const args of [[], [2], [16], [1], [3.5], ['16'], [null], [{ TERM: 'xterm' }],
  [16, { TERM: 'xterm' }], [17, { TERM: 'xterm' }], [undefined, { TERM: 'xterm' }]]) {
  try {
    console.log('hasColors', JSON.stringify(args), hasColors(...args) !== undefined);
  } catch (e) {
    console.log('hasColors', JSON.stringify(args), e.name, e.code, e.message);
  }
}

'use strict';

// Colour support of a terminal, from the environment, as node decides it:
// FORCE_COLOR, NO_COLOR / NODE_DISABLE_COLORS, TERM, and CI variables.

const {
  StringPrototypeStartsWith,
} = primordials;

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const termColors = {
  __proto__: null,
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
  'xterm-kitty': COLORS_16m,
};

const termPrefixes = [
  ['xterm-256', COLORS_256],
  ['xterm', COLORS_16],
  ['vt100', COLORS_16],
  ['vt220', COLORS_16],
  ['screen', COLORS_16],
  ['tmux', COLORS_16],
  ['linux', COLORS_16],
  ['rxvt', COLORS_16],
  ['ansi', COLORS_16],
];

function forcedDepth(value) {
  switch (value) {
    case '':
    case '1':
    case 'true':
      return COLORS_16;
    case '2':
      return COLORS_256;
    case '3':
      return COLORS_16m;
    default:
      return COLORS_2;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env.FORCE_COLOR);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    for (const name of ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS',
      'GITLAB_CI', 'TRAVIS']) {
      if (name in env) return COLORS_256;
    }
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM) !== false) {
      for (const { 0: prefix, 1: depth } of termPrefixes) {
        if (StringPrototypeStartsWith(env.TERM, prefix)) return depth;
      }
    }
    const term = env.TERM.toLowerCase();
    if (termColors[term]) return termColors[term];
    for (const { 0: prefix, 1: depth } of termPrefixes) {
      if (StringPrototypeStartsWith(term, prefix)) return depth;
    }
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (count === undefined) {
    count = 16;
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };

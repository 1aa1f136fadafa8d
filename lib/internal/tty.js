'use strict';

// How many colours a terminal supports, decided from the environment by node's rules:
// FORCE_COLOR first (with a warning when NO_COLOR / NODE_DISABLE_COLORS are overridden),
// then NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb, tmux, CI services, TeamCity, the
// terminal program, COLORTERM and finally TERM. Depths are bits per pixel: 1 (2 colours),
// 4 (16), 8 (256), 24 (16 million).

const {
  RegExpPrototypeExec,
  StringPrototypeToLowerCase,
} = primordials;

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values (lower-cased) with a known depth; some are from dircolors' list.
const kKnownTerms = {
  __proto__: null,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'eterm': COLORS_16,
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
};

// Other TERM values meaning 16 colours.
const kSixteenColorTerms = /ansi|color|linux|^con[0-9]*x[0-9]|^rxvt|^screen|^xterm|^vt100/;

// CI services whose logs render 256 colours (when CI is set).
const kColorfulCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS',
                      'GITLAB_CI', 'TRAVIS'];

let warnedAboutForceColor = false;
function warnIfColorsWereDisabled(env) {
  if (warnedAboutForceColor) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedAboutForceColor = true;
  process.emitWarning(
    `The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
}

function forcedDepth(env) {
  let depth;
  switch (env.FORCE_COLOR) {
    case '':
    case '1':
    case 'true':
      depth = COLORS_16;
      break;
    case '2':
      depth = COLORS_256;
      break;
    case '3':
      depth = COLORS_16m;
      break;
    default:
      // FORCE_COLOR=0 (or anything else) turns colours off, silently.
      return COLORS_2;
  }
  warnIfColorsWereDisabled(env);
  return depth;
}

/** The colour depth (1, 4, 8 or 24) the environment `env` indicates. */
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (process.platform === 'win32') return windowsDepth();
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    for (let i = 0; i < kColorfulCIs.length; i++) {
      if (kColorfulCIs[i] in env) return COLORS_256;
    }
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    // TeamCity 9.1 and later render 16 colours.
    return RegExpPrototypeExec(/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/, env.TEAMCITY_VERSION) !== null ?
      COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION ||
          RegExpPrototypeExec(/^[0-2]\./, env.TERM_PROGRAM_VERSION) !== null) {
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
    if (RegExpPrototypeExec(/^xterm-256/, env.TERM) !== null) return COLORS_256;
    const term = StringPrototypeToLowerCase(env.TERM);
    if (kKnownTerms[term]) return kKnownTerms[term];
    if (RegExpPrototypeExec(kSixteenColorTerms, term) !== null) return COLORS_16;
  }
  // Any other COLORTERM value still means colours.
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// Windows 10 build 10586 renders 256 colours, build 14931 true colour.
function windowsDepth() {
  const release = require('os').release().split('.');
  if (+release[0] >= 10) {
    const build = +release[2];
    if (build >= 14931) return COLORS_16m;
    if (build >= 10586) return COLORS_256;
  }
  return COLORS_16;
}

/**
 * Whether the environment supports at least `count` colours (default 16):
 * hasColors([count][, env]) or hasColors(env).
 */
function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };

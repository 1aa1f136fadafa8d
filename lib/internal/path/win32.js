'use strict';

// path.win32: Windows path semantics, usable on any platform. Both '\' and '/' separate
// segments; results use '\'. A path may start with a root:
//   'C:'              a drive (relative to that drive's current directory)
//   'C:\'             a drive root (absolute)
//   '\'               the root of the current drive (absolute)
//   '\\server\share'  a UNC root (absolute)
//   '\\?\x', '\\.\x'  device namespaces: parsed like UNC roots by dirname() and parse(),
//                     while resolve() and normalize() take only '\\?' or '\\.' as the
//                     device
// normalize() (and so join()) also guards against results Windows would read as a drive
// or as a reserved device name ('CON:', 'aux:x'), as node does since its path traversal
// fixes. On a POSIX host process.cwd() is a POSIX path; resolve() then treats it like a
// rooted path without a drive, as node does.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypeSlice,
  StringPrototypeCharCodeAt,
  StringPrototypeRepeat,
  StringPrototypeSplit,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  SafeSet,
} = primordials;

const { validateString } = require('internal/validators');
const {
  collapseSegments,
  makeFormat,
  lastSegment,
  matchGlob,
  splitLast,
} = require('internal/path/common');

const SLASH = 47;      // '/'
const BACKSLASH = 92;  // '\'
const COLON = 58;      // ':'
const QUESTION = 63;   // '?'
const DOT = 46;        // '.'

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Whether path starts with a drive: 'X:'. (Written without reading path.length, and
// with the primordial that converts its receiver: resolve() passes process.cwd()'s value
// through here and readRoot() whatever its type. Elsewhere the inputs are strings and
// charCodeAt is called directly, which is much cheaper on JavaScriptCore.)
function hasDrive(path) {
  return isDriveLetter(StringPrototypeCharCodeAt(path, 0)) &&
    StringPrototypeCharCodeAt(path, 1) === COLON;
}

// For a path that starts with two separators: the UNC root '\\server\share' when the
// path has one, as {server, shareStart, shareEnd}; otherwise null. The server is the
// run of non-separators after the two leading separators, the share the run after
// the separators that follow it; both must be non-empty.
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const serverEnd = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return { server: StringPrototypeSlice(path, 2, serverEnd), shareStart, shareEnd: j };
}

// Whether a UNC-shaped root is a device namespace: '\\?\...' or '\\.\...'. resolve()
// and normalize() then take only '\\?' or '\\.' as the device and the rest as the
// path below it.
function isDeviceNamespace(server) {
  return server === '?' || server === '.';
}

// The root of path as resolve() sees it: {device, rootEnd, absolute}. device is
// 'C:', '\\server\share' (with '\' separators), '\\?' / '\\.', or ''.
function readRoot(path) {
  const len = path.length;
  const first = StringPrototypeCharCodeAt(path, 0);
  if (len === 1) {
    return { device: '', rootEnd: isSep(first) ? 1 : 0, absolute: isSep(first) };
  }
  if (isSep(first)) {
    if (isSep(StringPrototypeCharCodeAt(path, 1))) {
      const unc = scanUnc(path);
      if (unc !== null) {
        if (isDeviceNamespace(unc.server)) {
          return { device: `\\\\${unc.server}`, rootEnd: 4, absolute: true };
        }
        const share = StringPrototypeSlice(path, unc.shareStart, unc.shareEnd);
        return { device: `\\\\${unc.server}\\${share}`, rootEnd: unc.shareEnd, absolute: true };
      }
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (hasDrive(path)) {
    const absolute = len > 2 && isSep(StringPrototypeCharCodeAt(path, 2));
    return { device: StringPrototypeSlice(path, 0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

function sameDevice(a, b) {
  return StringPrototypeToLowerCase(a) === StringPrototypeToLowerCase(b);
}

// resolve(...paths): an absolute path with a drive or UNC root when one can be found.
// Arguments are taken from right to left until the result has both a device and an
// absolute tail; arguments naming another drive are skipped once a device is known.
// The working directory of a drive is read from the environment variable '=X:' (as
// Windows shells keep it), else process.cwd() is used.
function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      path = process.env[`=${device}`] || process.cwd();
      // A working directory on another drive does not apply: use the drive's root.
      if (path === undefined ||
          (!sameDevice(StringPrototypeSlice(path, 0, 2), device) &&
           StringPrototypeCharCodeAt(path, 2) === BACKSLASH)) {
        path = `${device}\\`;
      }
    }

    const root = readRoot(path);
    if (root.device.length > 0) {
      if (device.length === 0) {
        device = root.device;
      } else if (!sameDevice(root.device, device)) {
        continue;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${StringPrototypeSlice(path, root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = collapseSegments(tail, !absolute, '\\', isSep);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

// normalize(path): separators become '\', '.' and '..' segments are resolved, a
// trailing separator is kept. A relative result that Windows could mistake for a
// drive or a stream ('C:x' formed from 'a/../C:x', or a segment ending in ':') is
// prefixed with '.\', as node does since its path traversal fixes.
function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const first = path.charCodeAt(0);
  if (len === 1) return first === SLASH ? '\\' : path;

  let rootEnd = 0;
  let device;
  let absolute = false;
  if (isSep(first)) {
    absolute = true;
    rootEnd = 1;
    if (isSep(path.charCodeAt(1))) {
      const unc = scanUnc(path);
      if (unc !== null && isDeviceNamespace(unc.server)) {
        device = `\\\\${unc.server}`;
        rootEnd = 4;
      } else if (unc !== null) {
        const share = StringPrototypeSlice(path, unc.shareStart, unc.shareEnd);
        if (unc.shareEnd === len) return `\\\\${unc.server}\\${share}\\`;
        device = `\\\\${unc.server}\\${share}`;
        rootEnd = unc.shareEnd;
      }
    }
  } else if (hasDrive(path)) {
    device = StringPrototypeSlice(path, 0, 2);
    rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  } else {
    // A reserved device name before the first ':' ('CON:', 'aux:x') is kept as a
    // relative device prefix and the result starts with '.\'. As in node, a path
    // without ':' is checked with its last character left out ('CONx', 'LPT1b').
    const colon = StringPrototypeIndexOf(path, ':');
    const name = StringPrototypeSlice(path, 0, colon === -1 ? len - 1 : colon);
    if (isReservedName(name)) {
      device = StringPrototypeSlice(path, 0, colon + 1);
      rootEnd = colon + 1;
      let rest = rootEnd < len ?
        collapseSegments(StringPrototypeSlice(path, rootEnd), true, '\\', isSep) : '';
      if (rest.length === 0) rest = '.';
      if (isSep(path.charCodeAt(len - 1))) rest += '\\';
      return `.\\${device}${rest}`;
    }
  }

  let tail = rootEnd < len ?
    collapseSegments(StringPrototypeSlice(path, rootEnd), !absolute, '\\', isSep) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  if (!absolute && device === undefined && StringPrototypeIndexOf(path, ':') !== -1 &&
      looksRooted(tail, path)) {
    return `.\\${tail}`;
  }
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

// Windows' reserved device names (compared in upper case), including the superscript
// digit forms Windows also reserves.
const reservedNames = new SafeSet([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function isReservedName(name) {
  return name.length >= 3 && name.length <= 4 &&
    reservedNames.has(StringPrototypeToUpperCase(name));
}

// For normalize(): whether a relative normalized `tail` (from `path`, which has a ':')
// would read as something else than a relative path: it starts with a drive, or a ':'
// in the original ends a segment.
function looksRooted(tail, path) {
  if (tail.length >= 2 && hasDrive(tail)) return true;
  const len = path.length;
  let index = StringPrototypeIndexOf(path, ':');
  while (index !== -1) {
    if (index === len - 1 || isSep(path.charCodeAt(index + 1))) return true;
    index = StringPrototypeIndexOf(path, ':', index + 1);
  }
  return false;
}

// isAbsolute(path): whether path starts with a separator or with 'X:' and a separator.
function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const first = path.charCodeAt(0);
  return isSep(first) ||
    (len > 2 && hasDrive(path) && isSep(path.charCodeAt(2)));
}

// join(...paths): the non-empty arguments joined with '\' and normalized. A run of
// leading separators is reduced to one unless the first argument itself clearly
// names a UNC path (exactly two separators, then something else).
function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let firstPart;
  for (let i = 0; i < args.length; i++) {
    const piece = args[i];
    validateString(piece, 'path');
    if (piece.length === 0) continue;
    if (joined === undefined) {
      joined = firstPart = piece;
    } else {
      joined = `${joined}\\${piece}`;
    }
  }
  if (joined === undefined) return '.';

  let keepLeading = false;
  let leading = 0;
  if (isSep(firstPart.charCodeAt(0))) {
    leading = 1;
    if (firstPart.length > 1 && isSep(firstPart.charCodeAt(1))) {
      leading = 2;
      if (firstPart.length > 2) {
        if (isSep(firstPart.charCodeAt(2))) leading = 3;
        else keepLeading = true;
      }
    }
  }
  if (!keepLeading) {
    while (leading < joined.length && isSep(joined.charCodeAt(leading))) {
      leading++;
    }
    if (leading >= 2) joined = `\\${StringPrototypeSlice(joined, leading)}`;
  }
  return normalize(joined);
}

// relative(from, to): the path from `from` to `to` after resolving both, comparing
// case-insensitively. When they share no root, the resolved `to` is returned.
function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = StringPrototypeToLowerCase(fromOrig);
  to = StringPrototypeToLowerCase(toOrig);
  if (from === to) return '';
  // Lower-casing changed a length ('\u0130' becomes two characters): offsets in the
  // lower-cased strings no longer match the originals, so compare segment by segment.
  if (from.length !== fromOrig.length || to.length !== toOrig.length) {
    return relativeBySegments(fromOrig, toOrig);
  }

  // Compare without leading backslashes, and without the trailing ones a UNC root has.
  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) {
    fromStart++;
  }
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) {
    fromEnd--;
  }
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) {
    toStart++;
  }
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) {
    toEnd--;
  }
  const toLen = toEnd - toStart;

  const limit = fromLen < toLen ? fromLen : toLen;
  let shared = -1;  // offset of the last common backslash
  let i = 0;
  while (i < limit) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === BACKSLASH) shared = i;
    i++;
  }

  if (i !== limit) {
    // Different before the first separator: different roots.
    if (shared === -1) return toOrig;
  } else {
    if (toLen > limit) {
      if (to.charCodeAt(toStart + i) === BACKSLASH) {
        return StringPrototypeSlice(toOrig, toStart + i + 1);
      }
      // `from` is a drive root such as 'c:\' (its backslash was trimmed).
      if (i === 2) return StringPrototypeSlice(toOrig, toStart + i);
    }
    if (fromLen > limit) {
      if (from.charCodeAt(fromStart + i) === BACKSLASH) shared = i;
      else if (i === 2) shared = 3;
    }
    if (shared === -1) shared = 0;
  }

  let up = '';
  for (let j = fromStart + shared + 1; j <= fromEnd; j++) {
    if (j === fromEnd || from.charCodeAt(j) === BACKSLASH) {
      up = up.length === 0 ? '..' : `${up}\\..`;
    }
  }
  toStart += shared;
  if (up.length > 0) return `${up}${StringPrototypeSlice(toOrig, toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
  return StringPrototypeSlice(toOrig, toStart, toEnd);
}

// relative() for resolved paths whose lower-cased forms differ in length from the
// originals: segments (split at '\', one trailing empty segment dropped) are compared
// case-insensitively one by one.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = StringPrototypeSplit(fromOrig, '\\');
  const toParts = StringPrototypeSplit(toOrig, '\\');
  if (fromParts[fromParts.length - 1] === '') ArrayPrototypePop(fromParts);
  if (toParts[toParts.length - 1] === '') ArrayPrototypePop(toParts);
  const limit = fromParts.length < toParts.length ? fromParts.length : toParts.length;
  let common = 0;
  while (common < limit && StringPrototypeToLowerCase(fromParts[common]) ===
         StringPrototypeToLowerCase(toParts[common])) {
    common++;
  }
  if (common === 0) return toOrig;
  const rest = ArrayPrototypeJoin(ArrayPrototypeSlice(toParts, common), '\\');
  if (common === limit) {
    if (toParts.length > limit) return rest;
    if (fromParts.length > limit) {
      return `${StringPrototypeRepeat('..\\', fromParts.length - 1 - common)}..`;
    }
    return '';
  }
  return `${StringPrototypeRepeat('..\\', fromParts.length - common)}${rest}`;
}

// toNamespacedPath(path): the '\\?\' form of a resolved drive or UNC path (long-path
// syntax); other strings come back resolved (a result of two characters or less: the
// argument itself), non-strings and '' unchanged.
function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const code = resolved.charCodeAt(2);
      if (code !== QUESTION && code !== DOT) {
        return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
      }
    }
  } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// dirname(path): the path without its last segment; a root is its own dirname.
function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const first = path.charCodeAt(0);
  if (len === 1) return isSep(first) ? path : '.';
  let rootEnd = -1;
  let offset = 0;
  if (isSep(first)) {
    rootEnd = offset = 1;
    if (isSep(path.charCodeAt(1))) {
      const unc = scanUnc(path);
      if (unc !== null) {
        if (unc.shareEnd === len) return path;
        rootEnd = offset = unc.shareEnd + 1;
      }
    }
  } else if (hasDrive(path)) {
    rootEnd = offset = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  let sawName = false;
  let cut = -1;
  for (let i = len - 1; i >= offset; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (sawName) {
        cut = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (cut === -1) {
    if (rootEnd === -1) return '.';
    cut = rootEnd;
  }
  return StringPrototypeSlice(path, 0, cut);
}

// basename(path, suffix): the last segment (after any drive), suffix removed as in
// the POSIX flavour.
function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return lastSegment(path, hasDrive(path) ? 2 : 0, suffix, isSep);
}

// extname(path): the extension of the last segment (after any drive).
function extname(path) {
  validateString(path, 'path');
  const from = hasDrive(path) ? 2 : 0;
  const { end, dot } = splitLast(path, from, from, isSep);
  return end === -1 || dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

// format(pathObject): the inverse of parse(), joining dir and base with '\'.
const format = makeFormat('\\');

// parse(path): { root, dir, base, ext, name } with Windows roots.
function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return result;
  const first = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(first)) {
      result.root = result.dir = path;
    } else {
      result.base = result.name = path;
    }
    return result;
  }
  let rootEnd = 0;
  if (isSep(first)) {
    rootEnd = 1;
    if (isSep(path.charCodeAt(1))) {
      const unc = scanUnc(path);
      if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
    }
  } else if (hasDrive(path)) {
    if (len <= 2) {
      result.root = result.dir = path;
      return result;
    }
    rootEnd = 2;
    if (isSep(path.charCodeAt(2))) {
      if (len === 3) {
        result.root = result.dir = path;
        return result;
      }
      rootEnd = 3;
    }
  }
  if (rootEnd > 0) result.root = StringPrototypeSlice(path, 0, rootEnd);

  const parts = splitLast(path, rootEnd, rootEnd, isSep);
  if (parts.end !== -1) {
    result.base = StringPrototypeSlice(path, parts.start, parts.end);
    if (parts.dot === -1) {
      result.name = result.base;
    } else {
      result.name = StringPrototypeSlice(path, parts.start, parts.dot);
      result.ext = StringPrototypeSlice(path, parts.dot, parts.end);
    }
  }
  if (parts.start > 0 && parts.start !== rootEnd) {
    result.dir = StringPrototypeSlice(path, 0, parts.start - 1);
  } else {
    result.dir = result.root;
  }
  return result;
}

// matchesGlob(path, pattern): glob matching with Windows separators.
function matchesGlob(path, pattern) {
  return matchGlob(path, pattern, true);
}

const win32 = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

// lib/path.js fills in `posix` and `win32` when it loads this module.

module.exports = win32;

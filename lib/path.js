'use strict';

// node:path. The POSIX flavour is implemented here; path.win32 lives in
// internal/path/win32 and is loaded the first time it is used. Every function follows
// node's observable behaviour exactly, including its quirks for unusual input (for
// example dirname('a//b') is 'a/' and basename('/', 'x') is '/'), because programs and
// tests compare the strings.

const {
  ObjectDefineProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const { validateString } = require('internal/validators');
const {
  collapseSegments,
  makeFormat,
  lastSegment,
  matchGlob,
  splitLast,
} = require('internal/path/common');

const SLASH = 47;  // '/'

function isSlash(code) {
  return code === SLASH;
}

// resolve(...paths): the absolute, normalized path obtained by resolving the arguments
// from right to left until one is absolute, then against process.cwd() (looked up on
// every call, so a program that replaces it is obeyed; its value is used as a string
// without validation, as node does). Only the arguments that take part are validated.
// No trailing slash except for '/'.
function resolve(...args) {
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= 0 && !absolute; i--) {
    const piece = args[i];
    validateString(piece, `paths[${i}]`);
    if (piece.length === 0) continue;
    tail = `${piece}/${tail}`;
    absolute = piece.charCodeAt(0) === SLASH;
  }
  if (!absolute) {
    const cwd = process.cwd();
    tail = `${cwd}/${tail}`;
    absolute = StringPrototypeCharCodeAt(cwd, 0) === SLASH;  // cwd may be any value
  }
  // A relative result can only come from a working directory that is not absolute.
  tail = collapseSegments(tail, !absolute, '/', isSlash);
  if (absolute) return `/${tail}`;
  return tail.length > 0 ? tail : '.';
}

// normalize(path): '.' and '..' resolved, repeated slashes collapsed, a trailing slash
// kept; '' becomes '.'.
function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let body = collapseSegments(path, !absolute, '/', isSlash);
  if (body.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? `/${body}` : body;
}

// isAbsolute(path): whether path starts with '/'.
function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

// join(...paths): the non-empty arguments joined with '/' and normalized; '.' when
// nothing is left. Every argument must be a string.
function join(...args) {
  let joined;
  for (let i = 0; i < args.length; i++) {
    const piece = args[i];
    validateString(piece, 'path');
    if (piece.length === 0) continue;
    joined = joined === undefined ? piece : `${joined}/${piece}`;
  }
  return joined === undefined ? '.' : normalize(joined);
}

// relative(from, to): the path that leads from `from` to `to` once both are resolved;
// '' when they are the same place.
function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';

  // Both are normalized absolute paths: compare them after the leading slash. `shared`
  // ends up as the length of the common prefix made of whole segments.
  const fromLen = from.length - 1;
  const toLen = to.length - 1;
  const limit = fromLen < toLen ? fromLen : toLen;
  let shared = -1;  // offset (after the leading slash) of the last common slash
  let i = 0;
  while (i < limit) {
    const code = from.charCodeAt(i + 1);
    if (code !== to.charCodeAt(i + 1)) break;
    if (code === SLASH) shared = i;
    i++;
  }
  if (i === limit) {
    if (toLen > limit) {
      // `from` is a prefix of `to`: either a whole-segment ancestor or the root.
      if (to.charCodeAt(i + 1) === SLASH) return StringPrototypeSlice(to, i + 2);
      if (i === 0) return StringPrototypeSlice(to, 1);
    } else if (fromLen > limit) {
      // `to` is a prefix of `from`.
      if (from.charCodeAt(i + 1) === SLASH) shared = i;
      else if (i === 0) shared = 0;
    }
  }
  // One '..' for every segment of `from` after the common part.
  let up = '';
  for (let j = shared + 2; j <= from.length; j++) {
    if (j === from.length || from.charCodeAt(j) === SLASH) {
      up = up.length === 0 ? '..' : `${up}/..`;
    }
  }
  return `${up}${StringPrototypeSlice(to, shared + 1)}`;
}

// toNamespacedPath(path): meaningful on Windows only; any value comes back unchanged.
function toNamespacedPath(path) {
  return path;
}

// dirname(path): everything before the last segment (trailing slashes ignored), without
// the one slash that precedes that segment.
function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const rooted = path.charCodeAt(0) === SLASH;
  let sawName = false;
  let cut = -1;
  for (let i = len - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (sawName) {
        cut = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (cut === -1) return rooted ? '/' : '.';
  if (rooted && cut === 1) return '//';
  return StringPrototypeSlice(path, 0, cut);
}

// basename(path, suffix): the last segment without trailing slashes; a matching
// suffix is removed unless it is the whole segment.
function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return lastSegment(path, 0, suffix, isSlash);
}

// extname(path): the last segment's extension: from its last '.' to its end, '' when
// it has no dot, starts with its only dot, or is '..'.
function extname(path) {
  validateString(path, 'path');
  const { end, dot } = splitLast(path, 0, 0, isSlash);
  return end === -1 || dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

// format(pathObject): the inverse of parse(), joining dir and base with '/'.
const format = makeFormat('/');

// parse(path): { root, dir, base, ext, name }.
function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  const rooted = path.charCodeAt(0) === SLASH;
  if (rooted) result.root = '/';
  const parts = splitLast(path, rooted ? 1 : 0, 0, isSlash);
  if (parts.end !== -1) {
    const start = parts.start === 0 && rooted ? 1 : parts.start;
    result.base = StringPrototypeSlice(path, start, parts.end);
    if (parts.dot === -1) {
      result.name = result.base;
    } else {
      result.name = StringPrototypeSlice(path, start, parts.dot);
      result.ext = StringPrototypeSlice(path, parts.dot, parts.end);
    }
  }
  if (parts.start > 0) result.dir = StringPrototypeSlice(path, 0, parts.start - 1);
  else if (rooted) result.dir = '/';
  return result;
}

// matchesGlob(path, pattern): whether path matches the glob pattern (node's
// experimental API; internal/path/glob describes the supported syntax).
function matchesGlob(path, pattern) {
  return matchGlob(path, pattern, false);
}

const posix = {
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
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

posix.posix = posix;

// path.win32 is loaded on first use (most programs never touch it); the getter then
// links the two flavours both ways and replaces itself with a plain value.
ObjectDefineProperty(posix, 'win32', {
  __proto__: null,
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    win32.win32 = win32;
    ObjectDefineProperty(posix, 'win32', {
      __proto__: null, value: win32, writable: true, enumerable: true, configurable: true,
    });
    return win32;
  },
  set(value) {
    ObjectDefineProperty(posix, 'win32', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true,
  configurable: true,
});

module.exports = posix;

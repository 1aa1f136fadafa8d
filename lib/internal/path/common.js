'use strict';

// Helpers shared by the POSIX (lib/path.js) and Windows (internal/path/win32.js)
// flavours of node:path. Each takes the flavour's separator test, so the same scan
// serves '/' alone and '/' plus '\'.

const {
  FunctionPrototypeBind,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = primordials;

const { validateObject, validateString } = require('internal/validators');

const DOT = 46;  // '.'

// The scans below call charCodeAt directly on their (always primitive string) inputs:
// on JavaScriptCore the uncurried primordial costs several times more in these loops.

// Collapses the segments of a root-less path: empty and '.' segments vanish, '..'
// removes the segment before it, and a '..' with nothing left to remove is kept when
// allowAboveRoot is true and dropped otherwise. The kept segments are joined with
// `sep`; the result has no leading or trailing separator ('' when nothing is left).
function collapseSegments(path, allowAboveRoot, sep, isSep) {
  let out = '';
  let removable = 0;  // segments at the end of `out` that a '..' may remove
  let segStart = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const segLen = i - segStart;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(segStart) === DOT)) {
      segStart = i + 1;
      continue;
    }
    if (segLen === 2 && path.charCodeAt(segStart) === DOT &&
        path.charCodeAt(segStart + 1) === DOT) {
      if (removable > 0) {
        const cut = StringPrototypeLastIndexOf(out, sep);
        out = cut === -1 ? '' : StringPrototypeSlice(out, 0, cut);
        removable--;
      } else if (allowAboveRoot) {
        out = out.length === 0 ? '..' : `${out}${sep}..`;
      }
    } else {
      const segment = StringPrototypeSlice(path, segStart, i);
      out = out.length === 0 ? segment : `${out}${sep}${segment}`;
      removable++;
    }
    segStart = i + 1;
  }
  return out;
}

// The last segment of path[from..] for parse() and extname(): {start, end, dot}. start
// is `startIfWhole` when no separator precedes the segment (POSIX parse passes 0 for a
// rooted path, Windows passes the root's end: their dot rule below differs). end
// is -1 when there is no segment (only separators). dot is where the extension starts,
// or -1 when there is none: a segment without a dot, one whose only leading character
// is its last dot ('.bashrc'), and a segment '..' that directly follows a separator
// have no extension. (A '..' at `from` itself with from > 0, as in parse('/..'), does
// get one, as in node.)
function splitLast(path, from, startIfWhole, isSep) {
  let start = startIfWhole;
  let end = -1;
  let dot = -1;
  // What the segment starts with, learned while scanning leftwards past the last dot:
  // 0 nothing (the dot is first), 1 a dot, 2 another character.
  let lead = 0;
  for (let i = path.length - 1; i >= from; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (dot === -1) dot = i;
      else lead = 1;
    } else if (dot !== -1) {
      lead = 2;
    }
  }
  if (dot !== -1 && (lead === 0 || (lead === 1 && dot === end - 1 && dot === start + 1))) {
    dot = -1;
  }
  return { start, end, dot };
}

// The last segment of path[from..] for basename(), with node's handling of a suffix:
// the suffix is compared from the last non-separator character leftwards and removed
// when it matches and is not the whole segment. A suffix that matches the whole
// string yields ''; a suffix still partly matched when the scan reaches `from` keeps
// the rest of the string, trailing separators included (basename('/', 'x') is '/').
function lastSegment(path, from, suffix, isSep) {
  let start = from;
  let end = -1;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let pending = suffix.length - 1;  // next suffix character to compare; -1 when done
    let segmentEnd = -1;
    for (let i = path.length - 1; i >= from; i--) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (segmentEnd !== -1) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (segmentEnd === -1) segmentEnd = i + 1;
      if (pending >= 0) {
        if (code === suffix.charCodeAt(pending)) {
          pending--;
          if (pending === -1) end = i;
        } else {
          pending = -1;
          end = segmentEnd;
        }
      }
    }
    if (start === end) end = segmentEnd;
    else if (end === -1) end = path.length;
    return StringPrototypeSlice(path, start, end);
  }
  for (let i = path.length - 1; i >= from; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return end === -1 ? '' : StringPrototypeSlice(path, start, end);
}

// format() for both flavours: each binds the separator, which makes the public
// function's name 'bound _format' and its length 1, as in node. Values are used with
// JavaScript's truthiness and string conversion, and the properties are read in
// node's order (getters can tell).
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const name = `${pathObject.name || ''}`;
    const ext = pathObject.ext;
    let suffix = '';
    if (ext) suffix = ext[0] === '.' ? `${ext}` : `.${ext}`;
    base = `${name}${suffix}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// format(pathObject) of the flavour whose separator is `sep`: the inverse of parse().
// `dir` (or else `root`) comes first, then `base` (or else `name` + `ext`, a dot added
// when ext lacks one).
function makeFormat(sep) {
  return FunctionPrototypeBind(_format, null, sep);
}

let globModule;
let globWarned = false;

// matchesGlob() of both flavours. Node marks the API experimental: the first call warns,
// even when its arguments are then rejected.
function matchGlob(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  globModule ??= require('internal/path/glob');
  return globModule.matchesGlob(path, pattern, windows);
}

module.exports = {
  collapseSegments,
  makeFormat,
  lastSegment,
  matchGlob,
  splitLast,
};

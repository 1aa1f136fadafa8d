'use strict';

// Glob matching for path.matchesGlob(path, pattern). Node answers this with its bundled
// minimatch, configured so that '\' is always a separator (never an escape), '#' and a
// leading '!' have no special meaning, '.' and '..' segments are resolved in both the
// pattern and the path ("optimization level 2"), and letter case matters (on Linux).
// This module implements the same rules:
//
//   - braces expand first: {a,b}, nested braces, {1..10}, {01..10..2}, {a..e}; a
//     brace set without a comma or a range is literal; '${...}' is not expanded;
//   - both strings are split at runs of '/' (on Windows, '\' is a separator in the
//     path too, and a leading '//server' keeps its two slashes); interior '.' and ''
//     segments vanish and 'x/..' pairs cancel;
//   - in a segment: '*' (any run of characters), '?' (one character), bracket
//     classes ([abc], [a-z], [!x], [^x], [[:alpha:]] and the other POSIX classes), and
//     the extended forms @(a|b), ?(a|b), +(a|b), *(a|b), !(a|b);
//   - '**' as a whole segment matches any number of segments;
//   - a segment starting with '.' is matched only by a pattern segment that starts
//     with a literal '.'; '.' and '..' only by themselves;
//   - on Windows, drive letters compare case-insensitively and '//?/C:/x' matches
//     'C:/x'.
//
// Each segment is compiled to a regular expression with the same structure as
// minimatch's (including its quirks: for instance a '*' that is the whole remainder of a
// negation's alternative must match at least one character), because the results of
// unusual patterns depend on it. Differences that remain: the message of the
// SyntaxError for a pattern whose expression is invalid (for example '-' before a POSIX
// class) is only approximated, and which characters \p{...} classes accept follows the
// Unicode tables of the engine.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  MathAbs,
  MathMax,
  NumberParseInt,
  RegExp,
  RegExpPrototypeExec,
  SafeMap,
  String,
  StringFromCharCode,
  StringPrototypeCharAt,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  SyntaxError,
  TypeError,
} = primordials;

const kMaxPatternLength = 1024 * 64;
const GLOBSTAR = { __proto__: null, globstar: true };

// matchesGlob(path, pattern, windows): whether path matches pattern (both strings,
// already validated).
function matchesGlob(path, pattern, windows) {
  if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
  pattern = StringPrototypeReplace(pattern, /\\/g, '/');
  if (pattern === '') return path === '';
  if (windows) path = StringPrototypeReplace(path, /\\/g, '/');
  const file = splitSlashes(path, windows);

  const patterns = [];
  for (const expanded of expandBraces(pattern)) {
    ArrayPrototypePush(patterns, splitSlashes(expanded, windows));
  }
  simplifyPatterns(patterns);
  for (let i = 0; i < patterns.length; i++) {
    const parts = patterns[i];
    const compiled = ArrayPrototypeMap(parts, compileSegment);
    // '//?/C:/...': the '?' is the literal namespace marker, not a wildcard.
    if (windows && parts[0] === '' && parts[1] === '' && parts[2] === '?' &&
        typeof compiled[3] === 'string' && isDrive(compiled[3])) {
      compiled[2] = '?';
    }
    if (matchSegments(file, compiled, windows)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Splitting and simplification.

function splitSlashes(text, windows) {
  const parts = StringPrototypeSplit(text, /\/+/);
  // A Windows UNC path ('//server/...') keeps an extra empty segment for its root.
  if (windows && RegExpPrototypeExec(/^\/\/[^/]+/, text) !== null) {
    ArrayPrototypeSplice(parts, 0, 0, '');
  }
  return parts;
}

function isDrive(text) {
  return RegExpPrototypeExec(/^[a-z]:$/i, text) !== null;
}

// Removes interior '.' and '' segments (but not the second '' of a '//' root), turns
// ['.', '.'] and ['.', ''] into ['.'], and cancels 'name/..' pairs. Returns whether
// anything changed. For patterns, 'name/..' directly after a leading segment and
// before '**' leaves '.' so that the '**' still cannot match from the start.
function simplifySegments(parts, isPattern) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    if (i === 1 && parts[1] === '' && parts[0] === '') continue;
    if (parts[i] === '.' || parts[i] === '') {
      ArrayPrototypeSplice(parts, i, 1);
      i--;
      changed = true;
    }
  }
  if (parts.length === 2 && parts[0] === '.' && (parts[1] === '.' || parts[1] === '')) {
    ArrayPrototypePop(parts);
    changed = true;
  }
  let at = 0;
  while ((at = ArrayPrototypeIndexOf(parts, '..', at + 1)) !== -1) {
    const before = parts[at - 1];
    if (before && before !== '.' && before !== '..' && before !== '**') {
      changed = true;
      if (isPattern && at === 1 && parts[at + 1] === '**') {
        ArrayPrototypeSplice(parts, at - 1, 2, '.');
      } else {
        ArrayPrototypeSplice(parts, at - 1, 2);
      }
      if (isPattern && parts.length === 0) ArrayPrototypePush(parts, '');
      at -= 2;
    }
  }
  return changed;
}

function simplifyFile(parts) {
  while (simplifySegments(parts, false));
  if (parts.length === 0) ArrayPrototypePush(parts, '');
  return parts;
}

// Simplifies every pattern in place. Repeated '**' collapse; '**/../a/b' (two plain
// segments after the '..') becomes both '../a/b' and '**/a/b'.
function simplifyPatterns(patterns) {
  let changed;
  do {
    changed = false;
    for (let n = 0; n < patterns.length; n++) {
      const parts = patterns[n];
      let star = -1;
      while ((star = ArrayPrototypeIndexOf(parts, '**', star + 1)) !== -1) {
        let last = star;
        while (parts[last + 1] === '**') last++;
        if (last > star) ArrayPrototypeSplice(parts, star + 1, last - star);
        if (parts[star + 1] !== '..') continue;
        const first = parts[star + 2];
        const second = parts[star + 3];
        if (!first || first === '.' || first === '..' ||
            !second || second === '.' || second === '..') {
          continue;
        }
        changed = true;
        ArrayPrototypeSplice(parts, star, 1);
        const other = ArrayPrototypeSlice(parts);
        other[star] = '**';
        ArrayPrototypePush(patterns, other);
        star--;
      }
      if (simplifySegments(parts, true)) changed = true;
    }
  } while (changed);
}

// ---------------------------------------------------------------------------------------
// Matching segment lists.

function matchSegments(file, pattern, windows) {
  if (windows) {
    const fileDrive = typeof file[0] === 'string' && isDrive(file[0]);
    const fileUnc = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
      isDrive(file[3] ?? '');
    const patternDrive = typeof pattern[0] === 'string' && isDrive(pattern[0]);
    const patternUnc = !patternDrive && pattern[0] === '' && pattern[1] === '' &&
      pattern[2] === '?' && typeof pattern[3] === 'string' && isDrive(pattern[3]);
    const fileAt = fileUnc ? 3 : fileDrive ? 0 : undefined;
    const patternAt = patternUnc ? 3 : patternDrive ? 0 : undefined;
    if (fileAt !== undefined && patternAt !== undefined &&
        StringPrototypeToLowerCase(file[fileAt]) ===
        StringPrototypeToLowerCase(pattern[patternAt])) {
      pattern = ArrayPrototypeSlice(pattern);
      pattern[patternAt] = file[fileAt];
      if (patternAt > fileAt) pattern = ArrayPrototypeSlice(pattern, patternAt);
      else if (fileAt > patternAt) file = ArrayPrototypeSlice(file, fileAt);
    }
  }
  return matchFrom(simplifyFile(ArrayPrototypeSlice(file)), 0, pattern, 0);
}

// A segment that '*' and '**' never consume: '.', '..' and dot files.
function isHidden(segment) {
  return StringPrototypeCharCodeAt(segment, 0) === 46;
}

function matchFrom(file, fi, pattern, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        // A trailing '**' takes everything that is left, if nothing is hidden.
        for (; fi < fl; fi++) if (isHidden(file[fi])) return false;
        return true;
      }
      for (let from = fi; from < fl; from++) {
        if (matchFrom(file, from, pattern, pi + 1)) return true;
        if (isHidden(file[from])) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // The pattern ended: a trailing slash in the path is allowed.
  return fi === fl - 1 && file[fi] === '';
}

// ---------------------------------------------------------------------------------------
// Compiling one segment: the segment itself when it has no wildcards, GLOBSTAR for
// '**', else an object with a test(string) method.

const kNoDot = '(?!\\.)';
const kNoDotOrDotDot = '(?!(?:^|/)\\.\\.?(?:$|/))';
const kStar = '[^/]*?';
const kStarNonEmpty = '[^/]+?';

const compiledCache = new SafeMap();

function compileSegment(segment) {
  if (segment === '**') return GLOBSTAR;
  if (segment === '') return '';
  let compiled = compiledCache.get(segment);
  if (compiled === undefined) {
    compiled = compileUncached(segment);
    if (compiledCache.size > 1000) compiledCache.clear();
    compiledCache.set(segment, compiled);
  }
  return compiled;
}

function compileUncached(segment) {
  const root = parseSegment(segment);
  fillNegations(root);
  const { source, magic, unicode } = nodeSource(root, undefined);
  if (!magic) return unescapeSource(source);
  let re;
  try {
    re = new RegExp(`^${source}$`, unicode ? 'u' : '');
  } catch (err) {
    throw v8StyleRegExpError(err, source, unicode ? 'u' : '');
  }
  return { test: (f) => RegExpPrototypeExec(re, f) !== null };
}

// The text of a segment without wildcards, from its escaped regular expression form.
function unescapeSource(source) {
  return StringPrototypeReplace(
    StringPrototypeReplace(source, /((?!\\).|^)\[([^/\\])\]/g, '$1$2'), /\\([^/])/g, '$1');
}

// A segment is parsed into a tree. A node has a type: null for a sequence (the segment
// itself, or one alternative of an extended glob), or the extended glob's character
// ('!', '?', '+', '*', '@'). A sequence's parts are strings (runs of ordinary glob
// text) and extended-glob nodes; an extended glob's parts are its alternatives. `index`
// is where the node was placed in its parent when it was created (every alternative
// gets 0, which makes each one start wherever its extended glob starts).
function makeNode(type, parent) {
  const node = {
    type,
    parent,
    parts: [],
    root: null,
    index: parent ? parent.parts.length : 0,
    emptyExt: false,
    magic: type !== null,
    unicode: false,
    raw: '',
    negations: null,
    filled: false,
  };
  node.root = parent ? parent.root : node;
  if (parent === null) node.negations = [];
  if (type === '!' && !node.root.filled) ArrayPrototypePush(node.root.negations, node);
  return node;
}

function pushPart(node, part) {
  if (part !== '') ArrayPrototypePush(node.parts, part);
}

function isExtType(c) {
  return c === '!' || c === '?' || c === '+' || c === '*' || c === '@';
}

function parseSegment(segment) {
  const root = makeNode(null, null);
  parseInto(segment, root, 0);
  computeRaw(root);
  return root;
}

// Tracks bracket expressions while scanning: inside one, '(' ')' '|' and extended-glob
// characters are plain text. A ']' right after '[' (or after '[!' / '[^') does not
// close it; an unclosed '[' runs to the end.
function bracketScanner() {
  return { inside: false, start: -1, negated: false };
}

function scanBracket(b, c, i) {
  // i is the index just after c.
  if (b.inside) {
    if (i === b.start + 1) {
      if (c === '^' || c === '!') b.negated = true;
    } else if (c === ']' && !(i === b.start + 2 && b.negated)) {
      b.inside = false;
    }
    return true;
  }
  if (c === '[') {
    b.inside = true;
    b.start = i;
    b.negated = false;
    return true;
  }
  return false;
}

// Parses text into node from pos; returns the index after what was consumed. For an
// extended glob, pos is the index of its '('.
function parseInto(text, node, pos) {
  const b = bracketScanner();
  if (node.type === null) {
    let i = pos;
    let acc = '';
    while (i < text.length) {
      const c = StringPrototypeCharAt(text, i++);
      if (scanBracket(b, c, i)) {
        acc += c;
        continue;
      }
      if (isExtType(c) && StringPrototypeCharAt(text, i) === '(') {
        pushPart(node, acc);
        acc = '';
        const ext = makeNode(c, node);
        i = parseInto(text, ext, i);
        pushPart(node, ext);
        continue;
      }
      acc += c;
    }
    pushPart(node, acc);
    return i;
  }
  let i = pos + 1;
  let alternative = makeNode(null, node);
  const alternatives = [];
  let acc = '';
  while (i < text.length) {
    const c = StringPrototypeCharAt(text, i++);
    if (scanBracket(b, c, i)) {
      acc += c;
      continue;
    }
    if (isExtType(c) && StringPrototypeCharAt(text, i) === '(') {
      pushPart(alternative, acc);
      acc = '';
      const ext = makeNode(c, alternative);
      pushPart(alternative, ext);
      i = parseInto(text, ext, i);
      continue;
    }
    if (c === '|') {
      pushPart(alternative, acc);
      acc = '';
      ArrayPrototypePush(alternatives, alternative);
      alternative = makeNode(null, node);
      continue;
    }
    if (c === ')') {
      // (node.parts is still empty here: the flag is set whenever the last
      // alternative ends with nothing after its last extended glob.)
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      pushPart(alternative, acc);
      for (let k = 0; k < alternatives.length; k++) pushPart(node, alternatives[k]);
      pushPart(node, alternative);
      return i;
    }
    acc += c;
  }
  // No closing ')': the whole rest, from the type character, is plain text.
  node.type = null;
  node.magic = false;
  node.parts = [StringPrototypeSlice(text, pos - 1)];
  return i;
}

// The pattern text of every node as parsed (before negations are filled in).
function computeRaw(node) {
  let text = '';
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i];
    if (typeof part === 'string') {
      text += (node.type === null || i === 0 ? '' : '|') + part;
    } else {
      text += (node.type === null || i === 0 ? '' : '|') + computeRaw(part);
    }
  }
  node.raw = node.type === null ? text : `${node.type}(${text})`;
  return node.raw;
}

function cloneNode(node, parent) {
  const copy = makeNode(node.type, parent);
  copy.emptyExt = node.emptyExt;
  copy.raw = node.raw;
  for (let i = 0; i < node.parts.length; i++) copyPartInto(copy, node.parts[i]);
  return copy;
}

function copyPartInto(node, part) {
  pushPart(node, typeof part === 'string' ? part : cloneNode(part, node));
}

// A negation must not match what follows it either: everything after a '!(...)' in its
// sequence, and after each enclosing extended glob in the enclosing sequences, is
// appended to each of its alternatives.
function fillNegations(root) {
  root.filled = true;
  let negation;
  while ((negation = ArrayPrototypePop(root.negations)) !== undefined) {
    if (negation.type !== '!') continue;
    let child = negation;
    let parent = child.parent;
    while (parent !== null) {
      for (let i = child.index + 1; parent.type === null && i < parent.parts.length; i++) {
        for (let k = 0; k < negation.parts.length; k++) {
          copyPartInto(negation.parts[k], parent.parts[i]);
        }
      }
      child = parent;
      parent = child.parent;
    }
  }
}

function isStartNode(node) {
  if (node.root === node) return true;
  if (!isStartNode(node.parent)) return false;
  if (node.index === 0) return true;
  for (let i = 0; i < node.index; i++) {
    const before = node.parent.parts[i];
    if (typeof before === 'string' || before.type !== '!') return false;
  }
  return true;
}

function isEndNode(node) {
  if (node.root === node) return true;
  if (node.parent.type === '!') return true;
  if (!isEndNode(node.parent)) return false;
  if (node.type === null) return true;
  return node.index === node.parent.parts.length - 1;
}

function startsWithDotOrClass(source, at) {
  const c = StringPrototypeCharAt(source, at);
  return c === '[' || c === '.';
}

// The regular expression source of a node: { source, magic, unicode }. allowDot is
// undefined at the top, true or false inside extended globs.
function nodeSource(node, allowDot) {
  const dot = allowDot ?? false;
  if (node.type === null) {
    let allStrings = true;
    for (let i = 0; i < node.parts.length; i++) {
      if (typeof node.parts[i] !== 'string') allStrings = false;
    }
    const noEmpty = allStrings && isStartNode(node) && isEndNode(node);
    let source = '';
    for (let i = 0; i < node.parts.length; i++) {
      const part = node.parts[i];
      const result = typeof part === 'string' ?
        globTextSource(part, noEmpty) : nodeSource(part, allowDot);
      if (result.magic) node.magic = true;
      if (result.unicode) node.unicode = true;
      source += result.source;
    }
    let start = '';
    if (isStartNode(node) && typeof node.parts[0] === 'string') {
      const onlyDots = node.parts.length === 1 &&
        (node.parts[0] === '.' || node.parts[0] === '..');
      if (!onlyDots) {
        const noTraversal = (dot && startsWithDotOrClass(source, 0)) ||
          (StringPrototypeStartsWith(source, '\\.') && startsWithDotOrClass(source, 2)) ||
          (StringPrototypeStartsWith(source, '\\.\\.') && startsWithDotOrClass(source, 4));
        const noDot = !dot && !allowDot && startsWithDotOrClass(source, 0);
        start = noTraversal ? kNoDotOrDotDot : noDot ? kNoDot : '';
      }
    }
    const end = isEndNode(node) && node.parent !== null && node.parent.type === '!' ?
      '(?:$|\\/)' : '';
    return { source: start + source + end, magic: node.magic, unicode: node.unicode };
  }

  const repeated = node.type === '*' || node.type === '+';
  let body = alternativesSource(node, dot);
  if (isStartNode(node) && isEndNode(node) && body === '' && node.type !== '!') {
    // An extended glob that can only match '' is, as a whole segment, literal text.
    const text = node.raw;
    node.parts = [text];
    node.type = null;
    node.magic = false;
    return { source: text, magic: false, unicode: false };
  }
  let dotBody = !repeated || allowDot || dot ? '' : alternativesSource(node, true);
  if (dotBody === body) dotBody = '';
  if (dotBody !== '') body = `(?:${body})(?:${dotBody})*?`;
  let source;
  if (node.type === '!' && node.emptyExt) {
    source = (isStartNode(node) && !dot ? kNoDot : '') + kStarNonEmpty;
  } else {
    let close;
    switch (node.type) {
      case '!':
        close = `))${isStartNode(node) && !dot && !allowDot ? kNoDot : ''}${kStar})`;
        break;
      case '@': close = ')'; break;
      case '?': close = ')?'; break;
      case '+': close = dotBody !== '' ? ')' : ')+'; break;
      default: close = dotBody !== '' ? ')?' : ')*'; break;
    }
    source = (node.type === '!' ? '(?:(?!(?:' : '(?:') + body + close;
  }
  return { source, magic: node.magic, unicode: node.unicode };
}

function alternativesSource(node, dot) {
  const whole = isStartNode(node) && isEndNode(node);
  const sources = [];
  for (let i = 0; i < node.parts.length; i++) {
    const result = nodeSource(node.parts[i], dot);
    if (result.unicode) node.unicode = true;
    if (whole && result.source === '') continue;
    ArrayPrototypePush(sources, result.source);
  }
  return ArrayPrototypeJoin(sources, '|');
}

// The source for a run of plain glob text: '*' (runs of '*' count once; a segment of
// only '*' must match something), '?', bracket classes, escaped literals.
function globTextSource(text, noEmpty) {
  let source = '';
  let magic = false;
  let unicode = false;
  let inStar = false;
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharAt(text, i);
    if (c === '*') {
      if (inStar) continue;
      inStar = true;
      source += noEmpty && RegExpPrototypeExec(/^[*]+$/, text) !== null ? kStarNonEmpty : kStar;
      magic = true;
      continue;
    }
    inStar = false;
    if (c === '[') {
      const cls = parseClass(text, i);
      if (cls.consumed > 0) {
        source += cls.source;
        if (cls.unicode) unicode = true;
        if (cls.magic) magic = true;
        i += cls.consumed - 1;
        continue;
      }
    }
    if (c === '?') {
      source += '[^/]';
      magic = true;
      continue;
    }
    source += escapeRegExp(c);
  }
  return { source, magic, unicode };
}

// V8's wording for an invalid pattern ("Invalid regular expression: /src/flags: why"),
// which is what node reports.
function v8StyleRegExpError(err, source, flags) {
  if (err?.name !== 'SyntaxError') return err;
  const reason = StringPrototypeIndexOf(`${err.message}`, 'escape') !== -1 ?
    'Invalid escape' : StringPrototypeReplace(`${err.message}`, /^Invalid regular expression: /, '');
  return new SyntaxError(`Invalid regular expression: /^${source}$/${flags}: ${reason}`);
}

function escapeRegExp(text) {
  return StringPrototypeReplace(text, /[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------
// Bracket classes.

const posixClasses = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

function classEscape(text) {
  return StringPrototypeReplace(text, /[[\]\\-]/g, '\\$&');
}

// The class starting at text[pos] ('['): { source, literal, magic, unicode, consumed }.
// consumed is 0 when there is no closing ']' (the '[' is then literal). A class with
// a single plain character is that character (not a wildcard); a class that can match
// nothing makes the segment match nothing.
function parseClass(text, pos) {
  const ranges = [];
  const negated = [];
  let i = pos + 1;
  let started = false;
  let negate = false;
  let unicode = false;
  let end = pos;
  let rangeStart = '';
  outer:
  while (i < text.length) {
    const c = StringPrototypeCharAt(text, i);
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && started) {
      end = i + 1;
      break;
    }
    started = true;
    if (c === '[') {
      for (let k = 0; k < posixClasses.length; k++) {
        const { 0: name, 1: source, 2: needsUnicode, 3: isNegated } = posixClasses[k];
        if (StringPrototypeStartsWith(text, name, i)) {
          if (rangeStart !== '') {
            return { source: '$.', literal: '', magic: true, unicode: false, consumed: text.length - pos };
          }
          i += name.length;
          ArrayPrototypePush(isNegated ? negated : ranges, source);
          if (needsUnicode) unicode = true;
          continue outer;
        }
      }
    }
    if (rangeStart !== '') {
      if (c > rangeStart) {
        ArrayPrototypePush(ranges, `${classEscape(rangeStart)}-${classEscape(c)}`);
      } else if (c === rangeStart) {
        ArrayPrototypePush(ranges, classEscape(c));
      }
      rangeStart = '';
      i++;
      continue;
    }
    if (StringPrototypeStartsWith(text, '-]', i + 1)) {
      ArrayPrototypePush(ranges, classEscape(`${c}-`));
      i += 2;
      continue;
    }
    if (StringPrototypeStartsWith(text, '-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ArrayPrototypePush(ranges, classEscape(c));
    i++;
  }
  if (end < i) return { source: '', literal: '', magic: false, unicode: false, consumed: 0 };
  if (ranges.length === 0 && negated.length === 0) {
    return { source: '$.', literal: '', magic: true, unicode: false, consumed: text.length - pos };
  }
  if (negated.length === 0 && ranges.length === 1 && !negate &&
      RegExpPrototypeExec(/^\\?.$/, ranges[0]) !== null) {
    const ch = ranges[0].length === 2 ? StringPrototypeSlice(ranges[0], -1) : ranges[0];
    return { source: escapeRegExp(ch), literal: ch, magic: false, unicode: false, consumed: end - pos };
  }
  const positive = `[${negate ? '^' : ''}${ArrayPrototypeJoin(ranges, '')}]`;
  const negative = `[${negate ? '' : '^'}${ArrayPrototypeJoin(negated, '')}]`;
  let source;
  if (ranges.length > 0 && negated.length > 0) source = `(${positive}|${negative})`;
  else source = ranges.length > 0 ? positive : negative;
  return { source, literal: '', magic: true, unicode, consumed: end - pos };
}

// ---------------------------------------------------------------------------------------
// Brace expansion (bash rules).

// expandBraces(pattern): the list of patterns, or [pattern] when there is nothing to
// expand.
function expandBraces(pattern) {
  if (RegExpPrototypeExec(/\{(?:(?!\{).)*\}/, pattern) === null) return [pattern];
  // A leading '{}' is kept literally (as bash does).
  let protectedStart = false;
  if (StringPrototypeStartsWith(pattern, '{}')) {
    protectedStart = true;
    pattern = `\u0000\u0001${StringPrototypeSlice(pattern, 2)}`;
  }
  // Placeholders: \u0000\u0001 for a protected leading '{}', \u0002 for a '}' that
  // was found to be literal.
  return ArrayPrototypeMap(expandFrom(pattern, true), (s) => {
    if (protectedStart) s = StringPrototypeReplace(s, '\u0000\u0001', '{}');
    return StringPrototypeReplace(s, /\u0002/g, '}');
  });
}

// The first balanced {...} of text: { pre, body, post } or null.
function firstBalanced(text) {
  let open = StringPrototypeIndexOf(text, '{');
  let close = StringPrototypeIndexOf(text, '}', open + 1);
  if (open < 0 || close <= 0) return null;
  const starts = [];
  let left = text.length;
  let right;
  let result = null;
  let i = open;
  while (i >= 0 && result === null) {
    if (i === open) {
      ArrayPrototypePush(starts, i);
      open = StringPrototypeIndexOf(text, '{', i + 1);
    } else if (starts.length === 1) {
      result = [ArrayPrototypePop(starts), close];
    } else {
      const begin = ArrayPrototypePop(starts);
      if (begin < left) {
        left = begin;
        right = close;
      }
      close = StringPrototypeIndexOf(text, '}', i + 1);
    }
    i = open < close && open >= 0 ? open : close;
  }
  if (starts.length > 0) result = [left, right];
  if (result === null) return null;
  return {
    pre: StringPrototypeSlice(text, 0, result[0]),
    body: StringPrototypeSlice(text, result[0] + 1, result[1]),
    post: StringPrototypeSlice(text, result[1] + 1),
  };
}

// Splits a brace body at the commas that are not inside nested braces.
function splitCommas(body) {
  if (body === '') return [''];
  const m = firstBalanced(body);
  if (m === null) return StringPrototypeSplit(body, ',');
  const parts = StringPrototypeSplit(m.pre, ',');
  parts[parts.length - 1] += `{${m.body}}`;
  const rest = splitCommas(m.post);
  if (m.post.length > 0) {
    parts[parts.length - 1] += rest[0];
    for (let i = 1; i < rest.length; i++) ArrayPrototypePush(parts, rest[i]);
  }
  return parts;
}

function sequenceValue(text) {
  const n = NumberParseInt(text, 10);
  // eslint-disable-next-line eqeqeq
  return n == text ? n : StringPrototypeCharCodeAt(text, 0);
}

function expandFrom(text, top) {
  const m = firstBalanced(text);
  if (m === null) return [text];
  const post = m.post.length > 0 ? expandFrom(m.post, false) : [''];
  const out = [];
  if (StringPrototypeEndsWith(m.pre, '$')) {
    for (let k = 0; k < post.length; k++) ArrayPrototypePush(out, `${m.pre}{${m.body}}${post[k]}`);
    return out;
  }
  const numeric = RegExpPrototypeExec(/^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/, m.body) !== null;
  const alpha = RegExpPrototypeExec(/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/, m.body) !== null;
  const isSequence = numeric || alpha;
  const hasComma = StringPrototypeIndexOf(m.body, ',') >= 0;
  if (!isSequence && !hasComma) {
    // '{a},b}': the first '}' is literal and the set continues.
    if (RegExpPrototypeExec(/,(?!,).*\}/, m.post) !== null) {
      return expandFrom(`${m.pre}{${m.body}\u0002${m.post}`, false);
    }
    return [text];
  }
  let values;
  if (isSequence) {
    const bounds = StringPrototypeSplit(m.body, '..');
    const x = sequenceValue(bounds[0]);
    const y = sequenceValue(bounds[1]);
    const width = MathMax(bounds[0].length, bounds[1].length);
    let step = bounds.length === 3 ? MathAbs(sequenceValue(bounds[2])) : 1;
    const descending = y < x;
    if (descending) step = -step;
    const padded = RegExpPrototypeExec(/^-?0\d/, bounds[0]) !== null ||
      RegExpPrototypeExec(/^-?0\d/, bounds[1]) !== null ||
      (bounds.length === 3 && RegExpPrototypeExec(/^-?0\d/, bounds[2]) !== null);
    values = [];
    for (let v = x; descending ? v >= y : v <= y; v += step) {
      let s;
      if (alpha) {
        s = StringFromCharCode(v);
        if (s === '\\') s = '';
      } else {
        s = String(v);
        if (padded) {
          const need = width - s.length;
          if (need > 0) {
            const zeros = StringPrototypeRepeat('0', need);
            s = v < 0 ? `-${zeros}${StringPrototypeSlice(s, 1)}` : `${zeros}${s}`;
          }
        }
      }
      ArrayPrototypePush(values, s);
      if (step === 0) break;
    }
  } else {
    let parts = splitCommas(m.body);
    if (parts.length === 1) {
      // 'x{{a,b}}y' is 'x{a}y x{b}y'.
      parts = ArrayPrototypeMap(expandFrom(parts[0], false), (s) => `{${s}}`);
      if (parts.length === 1) {
        return ArrayPrototypeMap(post, (p) => `${m.pre}${parts[0]}${p}`);
      }
    }
    values = [];
    for (let j = 0; j < parts.length; j++) {
      const expanded = expandFrom(parts[j], false);
      for (let k = 0; k < expanded.length; k++) ArrayPrototypePush(values, expanded[k]);
    }
  }
  for (let j = 0; j < values.length; j++) {
    for (let k = 0; k < post.length; k++) {
      const expansion = `${m.pre}${values[j]}${post[k]}`;
      if (!top || isSequence || expansion) ArrayPrototypePush(out, expansion);
    }
  }
  return out;
}

// The pieces below are also used by fs.glob (lib/internal/fs/glob.js), which walks
// directories segment by segment with the same expanded, simplified and compiled
// patterns.
module.exports = {
  GLOBSTAR,
  compileSegment,
  expandBraces,
  matchesGlob,
  simplifyPatterns,
  splitSlashes,
};

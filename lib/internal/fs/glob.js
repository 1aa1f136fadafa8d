'use strict';

// fs.glob(), fs.globSync() and fsPromises.glob(): the paths under `cwd` that match glob
// patterns, with node 22's rules and results.
//
// Patterns are prepared as path.matchesGlob prepares them (lib/internal/path/glob.js:
// braces expanded, '\' read as '/', '.'/'..'/'' segments simplified, each segment compiled
// to a literal string, GLOBSTAR for '**', or a matcher), after which equivalent
// expansions are merged. The walk then proceeds directory by directory: a work item is
// a path (relative to cwd, or absolute for an absolute pattern) with, for each pattern
// still alive there, the set of segment positions that the path's children can match.
// The walk reproduces node's observable rules, which come from its own walker rather
// than from a pure "does the path match" test:
//
//   - '**' never enters dot directories and never follows symbolic links, but a link met
//     through '**' may still be entered by the literal segment that follows it, and a
//     pattern starting with './' lets '**' try the following segment on links as well;
//   - wildcard segments descend into real directories only; literal segments are looked
//     up directly (one lstat) and do go through links;
//   - a trailing '**' also yields the directory it starts from ('a/**' yields 'a'; '**'
//     alone yields '.'); a trailing '/' keeps directories only;
//   - '**/..' is followed as written;
//   - every (path, rest-of-pattern) pair is walked once: the rest of a pattern is
//     identified by its text, so patterns sharing a tail share the work, and a pair met
//     again stops the walk of that branch.
//
// The walk is one generator shared by the three forms. It yields the file-system reads
// it needs ([kLstat, path] and [kReaddir, path]) and, when results stream out
// (fsPromises.glob and the callback form), each result ([kEmit, value]); a synchronous
// driver performs the reads with the *Sync calls, an asynchronous one with the promise
// calls.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSome,
  ObjectDefineProperty,
  SafeMap,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeReplace,
  TypeError,
} = primordials;

const { basename, dirname, isAbsolute, join, resolve } = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');
const {
  constants: { UV_DIRENT_UNKNOWN },
  getDirents,
  makeCallback,
  toPathIfFileURL,
} = require('internal/fs/utils');
const {
  GLOBSTAR,
  compileSegment,
  expandBraces,
  matchesGlob,
  simplifyPatterns,
  splitSlashes,
} = require('internal/path/glob');

const isWindows = process.platform === 'win32';
const kMaxPatternLength = 1024 * 64;

// ---------------------------------------------------------------------------------------
// Patterns.

// One expanded pattern: its segments as text (`text`), compiled (`segments`), and for
// each position the text of the rest of the pattern from there (`tails`), which
// identifies "what is left to match" in the walk's record of visited pairs.
function makePattern(text) {
  const segments = ArrayPrototypeMap(text, compileSegment);
  const tails = [];
  for (let i = 0; i <= text.length; i++) {
    ArrayPrototypePush(tails, ArrayPrototypeJoin(ArrayPrototypeSlice(text, i), '/'));
  }
  return { text, segments, tails, last: segments.length - 1 };
}

function isHiddenName(name) {
  return StringPrototypeCharCodeAt(name, 0) === 46;  // '.'
}

// Merges two segment lists when one pattern covers the other: equal segments, or a '*'
// against a plain (not dot, not '**') segment, with all the '*' on one side; a '**'
// facing the segment that follows it is skipped. Returns the merged list, or null.
function mergeCovering(a, b) {
  let i = 0;
  let j = 0;
  let wide = '';
  const merged = [];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ArrayPrototypePush(merged, a[i]);
      i++;
      j++;
    } else if (a[i] === '**' && b[j] === a[i + 1]) {
      ArrayPrototypePush(merged, a[i]);
      i++;
    } else if (b[j] === '**' && a[i] === b[j + 1]) {
      ArrayPrototypePush(merged, b[j]);
      j++;
    } else if (a[i] === '*' && b[j] && !isHiddenName(b[j]) && b[j] !== '**') {
      if (wide === 'b') return null;
      wide = 'a';
      ArrayPrototypePush(merged, a[i]);
      i++;
      j++;
    } else if (b[j] === '*' && a[i] && !isHiddenName(a[i]) && a[i] !== '**') {
      if (wide === 'a') return null;
      wide = 'b';
      ArrayPrototypePush(merged, b[j]);
      i++;
      j++;
    } else {
      return null;
    }
  }
  return a.length === b.length ? merged : null;
}

// The expanded patterns of one pattern string (none for '').
function expandPattern(pattern) {
  if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
  if (pattern === '') return [];
  pattern = StringPrototypeReplace(pattern, /\\/g, '/');
  const seen = new SafeSet();
  const lists = [];
  const expansions = expandBraces(pattern);
  for (let i = 0; i < expansions.length; i++) {
    if (seen.has(expansions[i])) continue;
    seen.add(expansions[i]);
    ArrayPrototypePush(lists, splitSlashes(expansions[i], isWindows));
  }
  simplifyPatterns(lists);
  // A list covered by a later one is dropped in its favour.
  for (let i = 0; i < lists.length - 1; i++) {
    for (let k = i + 1; k < lists.length; k++) {
      const merged = mergeCovering(lists[i], lists[k]);
      if (merged !== null) {
        lists[i] = [];
        lists[k] = merged;
        break;
      }
    }
  }
  const result = [];
  for (let i = 0; i < lists.length; i++) {
    if (lists[i].length > 0) ArrayPrototypePush(result, makePattern(lists[i]));
  }
  return result;
}

// Whether a segment of `pattern` at `index` accepts the entry name.
function segmentAccepts(pattern, index, name) {
  if (index > pattern.last) return false;
  const segment = pattern.segments[index];
  if (segment === GLOBSTAR) return true;
  if (typeof segment === 'string') return segment === name;
  return segment.test(name);
}

// A pattern's state at one path: the positions its children can match, and those of
// them reached by '**' from a symbolic link (which '**' does not follow further).
function makeState(pattern, positions, viaLink = new SafeSet()) {
  return { pattern, positions, viaLink };
}

function onlyPosition(position) {
  const set = new SafeSet();
  set.add(position);
  return set;
}

// ---------------------------------------------------------------------------------------
// The walk.

const kLstat = 0;     // [kLstat, path] -> Dirent (from lstat) or null
const kReaddir = 1;   // [kReaddir, path] -> Dirent[] ([] when unreadable)
const kEmit = 2;      // [kEmit, value]: a result, when results stream

// A Dirent for an lstat result, of the class node uses for it (a Dirent whose type
// questions are answered by the Stats).
function direntFromStats(path, stats) {
  return getDirents(dirname(path), [basename(path)], [UV_DIRENT_UNKNOWN], () => stats)[0];
}

const kNoOptions = { __proto__: null };

class GlobWalker {
  constructor(pattern, options = kNoOptions) {
    validateObject(options, 'options');
    const { exclude, cwd, withFileTypes } = options;
    this.root = toPathIfFileURL(cwd) ?? '.';
    this.withFileTypes = Boolean(withFileTypes);
    this.excludeFn = undefined;
    this.excludeGlobs = null;
    if (exclude != null) {
      if (ArrayIsArray(exclude)) {
        for (let i = 0; i < exclude.length; i++) {
          if (typeof exclude[i] !== 'string') {
            throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', exclude[i]);
          }
        }
        // Exclusion patterns are made absolute so that they compare with absolute paths.
        this.excludeGlobs = ArrayPrototypeMap(exclude, (p) => resolve(this.root, p));
      } else if (typeof exclude === 'function') {
        this.excludeFn = exclude;
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.exclude', ['string[]', 'function'], exclude);
      }
    }
    let patterns;
    if (typeof pattern === 'object') {
      validateStringArray(pattern, 'patterns');
      patterns = pattern;
    } else {
      validateString(pattern, 'patterns');
      patterns = [pattern];
    }
    this.initial = [];
    for (let i = 0; i < patterns.length; i++) {
      const expanded = expandPattern(patterns[i]);
      for (let k = 0; k < expanded.length; k++) {
        ArrayPrototypePush(this.initial, makeState(expanded[k], onlyPosition(0)));
      }
    }
    this.streaming = false;
    this.stats = new SafeMap();       // absolute (or root-relative) path -> Dirent or null
    this.listings = new SafeMap();    // path -> Dirent[]
    this.visited = new SafeMap();     // path -> SafeSet of pattern tails
    this.results = new SafeSet();
    this.pending = new SafeMap();     // path -> states, queued after the current item
  }

  // Whether an absolute path matches one of the exclusion globs.
  isExcludedPath(path) {
    const globs = this.excludeGlobs;
    if (globs === null) return false;
    return ArrayPrototypeSome(globs, (glob) => matchesGlob(path, glob, isWindows));
  }

  * lstat(path) {
    if (this.stats.has(path)) return this.stats.get(path);
    const dirent = yield [kLstat, path];
    this.stats.set(path, dirent);
    return dirent;
  }

  * readdir(path) {
    let list = this.listings.get(path);
    if (list === undefined) {
      list = yield [kReaddir, path];
      this.listings.set(path, list);
    }
    return list;
  }

  // Records the state's positions as visited at path; true when one of them already was.
  markVisited(path, state) {
    let tails = this.visited.get(path);
    if (tails === undefined) {
      tails = new SafeSet();
      this.visited.set(path, tails);
    }
    const before = tails.size;
    for (const position of state.positions) tails.add(state.pattern.tails[position] ?? '');
    return tails.size !== before + state.positions.size;
  }

  wasVisited(path, pattern, position) {
    const tails = this.visited.get(path);
    return tails !== undefined && tails.has(pattern.tails[position] ?? '');
  }

  // Adds a result (unless excluded or already there), streaming it out when asked. A
  // result streamed with withFileTypes is `dirent`, else the entry found at `key`.
  * addResult(path, dirent, key = undefined) {
    if (this.results.has(path)) return;
    if (this.isExcludedPath(resolve(this.root, path))) return;
    this.results.add(path);
    if (this.streaming) {
      if (!this.withFileTypes) {
        yield [kEmit, path];
        return;
      }
      if (dirent === undefined) dirent = yield* this.lstat(key);
      yield [kEmit, dirent];
    }
  }

  // Queues the state at path for the walk, unless path is excluded.
  * queue(path, state) {
    if (this.isExcludedPath(path)) return;
    const full = resolve(this.root, path);
    if (this.isExcludedPath(`${full}/`) && (yield* this.lstat(full))?.isDirectory()) return;
    if (this.excludeFn !== undefined) {
      if (this.withFileTypes) {
        const dirent = yield* this.lstat(full);
        if (dirent !== null && this.excludeFn(dirent)) return;
      } else if (this.excludeFn(path)) {
        return;
      }
    }
    const states = this.pending.get(path);
    if (states === undefined) this.pending.set(path, [state]);
    else ArrayPrototypePush(states, state);
  }

  * run() {
    const work = [{ path: '.', states: this.initial }];
    while (work.length > 0) {
      const item = ArrayPrototypePop(work);
      for (let i = 0; i < item.states.length; i++) yield* this.visit(item.path, item.states[i]);
      for (const { 0: path, 1: states } of this.pending) ArrayPrototypePush(work, { path, states });
      this.pending.clear();
    }
  }

  // Matches the children of path against one pattern state.
  * visit(path, state) {
    if (this.markVisited(path, state)) return;
    const { pattern, positions, viaLink } = state;
    const { segments, last } = pattern;
    const full = resolve(this.root, path);
    const self = yield* this.lstat(full);
    let notOnlyViaLink = false;
    for (const position of positions) {
      if (!viaLink.has(position)) notOnlyViaLink = true;
    }
    // A link counts as a directory unless every position was reached through a link.
    const isDirectory = self !== null &&
      (self.isDirectory() || (self.isSymbolicLink() && notOnlyViaLink));
    const atEnd = positions.has(last) ||
      (segments[last] === '' && isDirectory && positions.has(last - 1) &&
       segments[last - 1] === GLOBSTAR);

    if (this.isExcludedPath(full)) return;
    if (positions.has(0)) {
      // A leading segment that names a starting point rather than a child.
      const first = segments[0];
      if (isWindows && typeof first === 'string' && StringPrototypeEndsWith(first, ':')) {
        return yield* this.queue(`${first}\\`, makeState(pattern, onlyPosition(1)));
      }
      if (first === '') return yield* this.queue('/', makeState(pattern, onlyPosition(1)));
      if (first === '..') return yield* this.queue('../', makeState(pattern, onlyPosition(1)));
      if (first === '.') return yield* this.queue('.', makeState(pattern, onlyPosition(1)));
    }

    if (atEnd && typeof segments[last] === 'string') {
      // A literal last segment: the child exists or not ('' is path itself, for a
      // directory).
      const name = segments[last];
      const found = yield* this.lstat(join(full, name));
      if (found !== null && (name !== '' || isDirectory)) {
        yield* this.addResult(join(path, name), found);
      }
      if (positions.size === 1 && positions.has(last)) return;
    } else if (atEnd && segments[last] === GLOBSTAR &&
               (path !== '.' || segments[0] === '.' || (last === 0 && self !== null))) {
      yield* this.addResult(path, self);
    }

    if (!isDirectory) return;

    // With a single literal segment to match, its child is looked up instead of listed.
    let children;
    let only;
    if (positions.size === 1) {
      for (const position of positions) only = segments[position];
    }
    if (typeof only === 'string') {
      const found = yield* this.lstat(join(full, only));
      if (found === null) return;
      found.name = only;
      children = [found];
    } else {
      children = yield* this.readdir(full);
    }

    for (let c = 0; c < children.length; c++) {
      const entry = children[c];
      const name = entry.name;
      const entryPath = join(path, name);
      this.stats.set(join(full, name), entry);
      const next = new SafeSet();
      const nextViaLink = new SafeSet();
      for (const position of positions) {
        if (this.wasVisited(entryPath, pattern, position) ||
            this.wasVisited(entryPath, pattern, position + 1)) {
          return;
        }
        const segment = segments[position];
        const following = position + 1;
        const fromLink = viaLink.has(position);
        const isDir = entry.isDirectory();
        const isLink = entry.isSymbolicLink();

        if (segment === GLOBSTAR) {
          if (isHiddenName(name) ||
              (this.excludeFn !== undefined &&
               this.excludeFn(this.withFileTypes ? entry : name))) {
            continue;
          }
          if (!fromLink && isDir) {
            next.add(position);
          } else if (!fromLink && position === last) {
            yield* this.addResult(entryPath, entry);
          }
          // '**' may also match nothing: try the segment after it on this entry.
          const followingMatches = segmentAccepts(pattern, following, name);
          if (followingMatches && following === last && !atEnd) {
            yield* this.addResult(entryPath, entry);
          } else if (followingMatches && isDir) {
            next.add(position + 2);
          }
          if ((followingMatches || segments[0] === '.') && (isDir || isLink) && !fromLink) {
            next.add(following);
          }
          if (isLink) nextViaLink.add(position);
          if (segments[following] === '..' && isDir) {
            yield* this.globstarParent(path, full, pattern, following);
          }
        }
        if (typeof segment === 'string') {
          if (segmentAccepts(pattern, position, name) && position !== last) {
            next.add(following);
          } else if (segment === '.' && segmentAccepts(pattern, following, name)) {
            if (following === last) yield* this.addResult(entryPath, entry);
            else next.add(following + 1);
          }
        }
        if (typeof segment === 'object' && segment !== GLOBSTAR &&
            segmentAccepts(pattern, position, name)) {
          if (position === last) yield* this.addResult(entryPath, entry);
          else if (isDir) next.add(following);
        }
      }
      if (next.size > 0) yield* this.queue(entryPath, makeState(pattern, next, nextViaLink));
    }
  }

  // '**/..' below path: both path and its parent continue after the '..' (or are
  // results, when the '..' ends the pattern).
  * globstarParent(path, full, pattern, dots) {
    const parent = join(path, '..');
    if (dots < pattern.last) {
      const after = dots + 1;
      if (!this.pending.has(path) && !this.wasVisited(path, pattern, after)) {
        this.pending.set(path, [makeState(pattern, onlyPosition(after))]);
      }
      if (!this.pending.has(parent) && !this.wasVisited(parent, pattern, after)) {
        this.pending.set(parent, [makeState(pattern, onlyPosition(after))]);
      }
      return;
    }
    if (!this.wasVisited(path, pattern, dots)) {
      this.markVisited(path, makeState(pattern, onlyPosition(dots)));
      yield* this.addResult(path, undefined, full);
    }
    if (!this.wasVisited(path, pattern, dots) || !this.wasVisited(parent, pattern, dots)) {
      this.markVisited(parent, makeState(pattern, onlyPosition(dots)));
      yield* this.addResult(parent, undefined, join(this.root, parent));
    }
  }
}

// ---------------------------------------------------------------------------------------
// Drivers.

let fs;
let fsp;

function lstatSync(path) {
  fs ??= require('fs');
  // Like node, only a missing entry is tolerated here; other errors propagate.
  const stats = fs.lstatSync(path, { throwIfNoEntry: false });
  return stats === undefined ? null : direntFromStats(path, stats);
}

function readdirSync(path) {
  fs ??= require('fs');
  try {
    return fs.readdirSync(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function lstatAsync(path) {
  fsp ??= require('internal/fs/promises').exports;
  try {
    return direntFromStats(path, await fsp.lstat(path));
  } catch {
    return null;
  }
}

async function readdirAsync(path) {
  fsp ??= require('internal/fs/promises').exports;
  try {
    return await fsp.readdir(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

function walkSync(walker) {
  const gen = walker.run();
  let step = gen.next();
  while (!step.done) {
    const request = step.value;
    let value;
    if (request[0] === kLstat) value = lstatSync(request[1]);
    else if (request[0] === kReaddir) value = readdirSync(request[1]);
    step = gen.next(value);
  }
  const out = [];
  for (const path of walker.results) {
    if (!walker.withFileTypes) {
      ArrayPrototypePush(out, path);
      continue;
    }
    const key = isAbsolute(path) ? path : join(walker.root, path);
    let dirent = walker.stats.get(key);
    if (dirent === undefined || dirent === null) {
      dirent = lstatSync(key);
      walker.stats.set(key, dirent);
    }
    ArrayPrototypePush(out, dirent);
  }
  return out;
}

async function* walkAsync(walker) {
  walker.streaming = true;
  const gen = walker.run();
  let step = gen.next();
  while (!step.done) {
    const request = step.value;
    let value;
    if (request[0] === kEmit) yield request[1];
    else if (request[0] === kLstat) value = await lstatAsync(request[1]);
    else value = await readdirAsync(request[1]);
    step = gen.next(value);
  }
}

// ---------------------------------------------------------------------------------------
// The API.

// globSync(pattern[, options]): the matching paths (strings, or Dirents with
// withFileTypes), relative to cwd unless the pattern is absolute.
function globSync(pattern, options) {
  return walkSync(new GlobWalker(pattern, options));
}

// glob(pattern[, options], callback): callback(null, matches) or callback(err); only a
// missing callback throws synchronously, other argument errors reach the callback.
function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  (async () => {
    try {
      const matches = [];
      for await (const match of walkAsync(new GlobWalker(pattern, options))) {
        ArrayPrototypePush(matches, match);
      }
      callback(null, matches);
    } catch (err) {
      callback(err);
    }
  })();
}

// fsPromises.glob(pattern[, options]): an async iterator of the matches, in the order
// they are found; argument errors surface on the first next().
async function* globPromise(pattern, options) {
  yield* walkAsync(new GlobWalker(pattern, options));
}
// (It is fsPromises.glob: node's function has that name.)
ObjectDefineProperty(globPromise, 'name', { __proto__: null, value: 'glob', configurable: true });

module.exports = { glob, globSync, globPromise };

'use strict';

// The heavy half of V8-format stacks (see internal/errors/stack, which owns the wrapped
// constructors and the raw stacks): parses JavaScriptCore's frames, moves call positions
// to V8's, names frames from the source around them, formats them, and implements
// Error.prepareStackTrace's CallSite objects. Loaded when a stack is first read.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  NumberParseInt,
  ObjectPrototypeHasOwnProperty,
  ReflectApply,
  RegExp,
  RegExpPrototypeExec,
  SafeMap,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const {
  getSource,
  getSourceLine,
  getWrapperOffset,
  isEngineStack,
  records,
  wrappers: { Error: WrappedError },
} = require('internal/errors/stack');

// The wrappers' module: its frames are the constructors', never shown.
const STACK_URL = 'node:internal/errors/stack';

// ---------------------------------------------------------------------------------------
// Frames.

// A parsed frame: { name, url, line, column, native, isNew, kind }
// kind: 'function' | 'global' | 'eval' | 'module' | 'native'
function parseFrame(text) {
  const at = StringPrototypeIndexOf(text, '@');
  let name = '';
  let location = text;
  if (at !== -1) {
    name = StringPrototypeSlice(text, 0, at);
    location = StringPrototypeSlice(text, at + 1);
  }
  const frame = {
    name, url: '', line: 0, column: 0, native: false, isNew: false, kind: 'function',
  };
  if (name === 'global code') {
    frame.name = '';
    frame.kind = 'global';
  } else if (name === 'eval code') {
    frame.name = '';
    frame.kind = 'eval';
  } else if (name === 'module code') {
    frame.name = '';
    frame.kind = 'module';
  }
  if (location === '[native code]') {
    frame.native = true;
    frame.kind = 'native';
    return frame;
  }
  const c2 = StringPrototypeLastIndexOf(location, ':');
  const c1 = c2 > 0 ? StringPrototypeLastIndexOf(location, ':', c2 - 1) : -1;
  if (c1 > 0) {
    frame.url = StringPrototypeSlice(location, 0, c1);
    frame.line = NumberParseInt(StringPrototypeSlice(location, c1 + 1, c2), 10);
    frame.column = NumberParseInt(StringPrototypeSlice(location, c2 + 1), 10);
    frame.rawColumn = frame.column;
  } else {
    frame.url = location;
  }
  return frame;
}

function isIdentifierChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 36 || code === 95 || code > 127;
}

function isSpace(code) {
  return code === 32 || code === 9;
}

// Moves a JavaScriptCore position (1-based column) to where V8 reports it:
//  - a call `f(` or `o.m(`: the callee name, or `new` for `new C(`;
//  - a property access error at `.`: the property name.
// Returns the line text's V8 column, and whether the call is a `new` expression.
// True when the member chain that ends before text[i] (a `.`) contains a call or `?.`.
function chainHasCall(text, i) {
  let j = i - 1;
  let depth = 0;
  for (; j >= 0; j--) {
    const c = StringPrototypeCharCodeAt(text, j);
    if (c === 41 /* ) */ || c === 93 /* ] */) {
      if (c === 41 && depth === 0) return true;
      depth++;
    } else if (c === 40 /* ( */ || c === 91 /* [ */) {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && c === 63 /* ? */ && StringPrototypeCharCodeAt(text, j + 1) === 46) {
      return true;
    } else if (depth === 0 && !isIdentifierChar(c) && c !== 46 && !isSpace(c)) {
      return false;
    }
  }
  return false;
}

function adjustPosition(frame) {
  frame.adjusted = true;
  let column = frame.column;
  if (frame.line === 1) {
    column -= getWrapperOffset(frame.url);
  }
  frame.column = column;
  const text = getSourceLine(frame.url, frame.line);
  if (text === undefined || column < 1 || column > text.length) return;
  const i = column - 1;
  const code = StringPrototypeCharCodeAt(text, i);
  if (code === 40 /* ( */) {
    let j = i - 1;
    while (j >= 0 && isSpace(StringPrototypeCharCodeAt(text, j))) j--;
    if (j < 0 || !isIdentifierChar(StringPrototypeCharCodeAt(text, j))) return;
    const end = j + 1;
    while (j > 0 && isIdentifierChar(StringPrototypeCharCodeAt(text, j - 1))) j--;
    if (StringPrototypeSlice(text, j, end) === 'super') {
      // super(...) constructs the parent class.
      frame.isNew = true;
      frame.column = j + 1;
      return;
    }
    // `new a.b.C(`: V8 reports the `new`.
    let start = j;
    for (;;) {
      let d = start - 1;
      while (d >= 0 && isSpace(StringPrototypeCharCodeAt(text, d))) d--;
      if (d < 1 || StringPrototypeCharCodeAt(text, d) !== 46 /* . */) break;
      let e = d - 1;
      while (e >= 0 && isSpace(StringPrototypeCharCodeAt(text, e))) e--;
      if (e < 0 || !isIdentifierChar(StringPrototypeCharCodeAt(text, e))) break;
      while (e > 0 && isIdentifierChar(StringPrototypeCharCodeAt(text, e - 1))) e--;
      start = e;
    }
    let k = start - 1;
    while (k >= 0 && isSpace(StringPrototypeCharCodeAt(text, k))) k--;
    if (k >= 2 && StringPrototypeSlice(text, k - 2, k + 1) === 'new' &&
        (k < 3 || !isIdentifierChar(StringPrototypeCharCodeAt(text, k - 3)))) {
      frame.isNew = true;
      frame.column = k - 2 + 1;
      return;
    }
    frame.column = j + 1;
  } else if (code === 110 /* n */ && StringPrototypeSlice(text, i, i + 3) === 'new' &&
             !isIdentifierChar(StringPrototypeCharCodeAt(text, i + 3)) &&
             (i === 0 || !isIdentifierChar(StringPrototypeCharCodeAt(text, i - 1)))) {
    // `new C` without arguments is reported at the `new`.
    frame.isNew = true;
  } else if (code === 46 /* . */) {
    let j = i + 1;
    if (j < text.length && StringPrototypeCharCodeAt(text, j) === 46) return;  // spread
    // After a call in the chain (f().x) V8 reports the `.` itself.
    if (chainHasCall(text, i)) return;
    while (j < text.length && isSpace(StringPrototypeCharCodeAt(text, j))) j++;
    if (j < text.length && isIdentifierChar(StringPrototypeCharCodeAt(text, j))) {
      frame.column = j + 1;
    }
  } else if (code === 63 /* ? */ && StringPrototypeCharCodeAt(text, i + 1) === 46) {
    frame.column = column + 2;
  } else if (code === 111 /* o */ && StringPrototypeCharCodeAt(text, i + 1) === 102 &&
             !isIdentifierChar(StringPrototypeCharCodeAt(text, i + 2)) && i > 0 &&
             isSpace(StringPrototypeCharCodeAt(text, i - 1))) {
    // A for-of loop's iteration: V8 reports the loop variable (or its pattern's end).
    let j = i - 1;
    while (j >= 0 && isSpace(StringPrototypeCharCodeAt(text, j))) j--;
    if (j < 0) return;
    const c = StringPrototypeCharCodeAt(text, j);
    if (c === 93 /* ] */ || c === 125 /* } */) {
      frame.column = j + 1;
    } else if (isIdentifierChar(c)) {
      while (j > 0 && isIdentifierChar(StringPrototypeCharCodeAt(text, j - 1))) j--;
      frame.column = j + 1;
    }
  }
}

// V8 names a built-in's frame after its receiver's class ("at Array.map (<anonymous>)",
// "at Function.defineProperty" for static methods of constructors). The receiver is not
// in JavaScriptCore's stack, so the owner is the class the method usually runs on.
const nativeOwners = { __proto__: null };
function addOwners(owner, names) {
  const list = StringPrototypeSplit(names, ' ');
  for (let k = 0; k < list.length; k++) nativeOwners[list[k]] = owner;
}
addOwners('Array', 'map forEach filter reduce reduceRight some every find findIndex ' +
  'findLast findLastIndex flatMap flat sort push pop shift unshift splice join fill ' +
  'copyWithin reverse toSorted toSpliced toReversed');
addOwners('String', 'repeat padStart padEnd normalize matchAll replaceAll replace split ' +
  'localeCompare trim trimStart trimEnd charAt charCodeAt codePointAt startsWith endsWith ' +
  'substring substr toUpperCase toLowerCase match search concat');
addOwners('Number', 'toFixed toPrecision toExponential');
addOwners('Function', 'defineProperty defineProperties create keys entries values assign ' +
  'setPrototypeOf getPrototypeOf freeze seal fromEntries getOwnPropertyNames ' +
  'getOwnPropertyDescriptor getOwnPropertyDescriptors preventExtensions fromCodePoint ' +
  'fromCharCode asIntN asUintN keyFor from isArray of all allSettled any race groupBy');
addOwners('JSON', 'parse stringify');
addOwners('Math', 'max min abs floor ceil round pow sqrt trunc sign log exp hypot');
addOwners('Reflect', 'ownKeys construct has getOwnPropertyDescriptor');
addOwners('DataView', 'getInt8 getUint8 getInt16 getUint16 getInt32 getUint32 getFloat32 ' +
  'getFloat64 getBigInt64 getBigUint64 setInt8 setUint8 setInt16 setUint16 setInt32 ' +
  'setUint32 setFloat32 setFloat64 setBigInt64 setBigUint64');
addOwners('Date', 'toISOString toJSON');
addOwners('Generator', 'next throw return');

// Built-ins V8 runs without a frame of their own.
const framelessNatives = new SafeSet(['apply', 'call']);
// Bindings that run JavaScript from C where node's engine starts a fresh stack: the
// engine's promise jobs (which V8 runs with nothing below them), and the
// 'uncaughtException' handlers (called from node's C++). Frames from there down are not
// shown.
const stackRoots = new SafeSet(['runMicrotasks', 'triggerUncaughtException']);

function formatFrame(frame, nextFrame) {
  if (frame.native) {
    const isNew = nextFrame !== undefined && nextFrame.isNew;
    if (isNew) return `    at new ${frame.name} (<anonymous>)`;
    let name = frame.name;
    // Accessors: "set __proto__ [as __proto__]".
    if (StringPrototypeStartsWith(name, 'get ') || StringPrototypeStartsWith(name, 'set ')) {
      name = `${name} [as ${StringPrototypeSlice(name, 4)}]`;
    }
    const owner = frame.owner ?? nativeOwners[frame.name];
    return `    at ${owner === undefined || owner === '' ? '' : owner + '.'}${name} (<anonymous>)`;
  }
  let name = frame.displayName ?? frame.name;
  if (name === '__nodusModule') name = 'Object.<anonymous>';
  const location = frame.url === '' ? '<anonymous>' :
    `${frame.url}:${frame.line}:${frame.column}`;
  if (frame.kind === 'eval') {
    const origin = frame.evalOrigin;
    let where = '<anonymous>';
    if (origin !== undefined && !origin.native && origin.url !== '') {
      const caller = origin.name === '__nodusModule' || origin.name === '' ||
        origin.kind === 'global' ? '<anonymous>' : origin.name;
      where = `${caller} (${origin.url}:${origin.line}:${origin.column})`;
    }
    const position = frame.line > 0 ? `<anonymous>:${frame.line}:${frame.column}` :
      '<anonymous>';
    return `    at eval (eval at ${where}, ${position})`;
  }
  if (nextFrame !== undefined && nextFrame.isNew && name !== '') name = `new ${name}`;
  if (name === '') return `    at ${location}`;
  return `    at ${name} (${location})`;
}

// Leading frames that belong to error construction itself: the wrappers, node's coded
// error classes and the argument validators (node hides these the same way).
const hiddenLeadingUrls = new SafeSet([
  STACK_URL, 'node:internal/errors', 'node:internal/validators',
  'node:internal/errors/engine_messages',
]);

// Only the Error constructor wrappers themselves.
function isConstructorFrame(frame) {
  return frame.url === STACK_URL || (frame.native && frame.name === 'construct');
}

function isWrapperFrame(frame) {
  return hiddenLeadingUrls.has(frame.url) || (frame.native && frame.name === 'construct');
}

// True when `frame` is the outer frame JavaScriptCore shows for an async function that
// is still running its first synchronous part: the same function as the frame before it
// (same name, or an anonymous body), at a position that is not a call.
function isAsyncEntryFrame(frame, previous) {
  if (previous === undefined || frame.native || previous.native || frame.url === '' ||
      frame.url !== previous.url || frame.name === '' ||
      (previous.name !== frame.name && previous.name !== '')) {
    return false;
  }
  const text = getSourceLine(frame.url, frame.line);
  if (text === undefined) return false;
  let column = frame.column;
  if (frame.line === 1) column -= getWrapperOffset(frame.url);
  const code = StringPrototypeCharCodeAt(text, column - 1);
  // Calls are reported at `(`, template tags at the backquote.
  if (code === 40 || code === 96) return false;
  return StringPrototypeIndexOf(text, 'async') !== -1 ||
    (frame.line > 1 && StringPrototypeIndexOf(getSourceLine(frame.url, frame.line - 1) ?? '',
                                              'async') !== -1) ||
    column > text.length;
}

// Converts a raw JavaScriptCore stack into parsed frames with V8 positions and names.
// `options` (a stack record) may ask to skip the constructor wrappers and the constructors
// of Error subclasses, drop leading frames V8 does not show, start with a native frame
// (JSON.parse, which nodus implements in JavaScript), and use a known V8 position for the
// error's own frame.
function convertFrames(raw, limit, options) {
  if (typeof raw !== 'string' || raw === '') return [];
  const lines = StringPrototypeSplit(raw, '\n');
  let i = 0;
  if (options.skipWrappers) {
    const skip = options.keepLibraryFrames ? isConstructorFrame : isWrapperFrame;
    while (i < lines.length && skip(parseFrame(lines[i]))) i++;
  }
  if (options.skipUntil !== undefined) {
    // V8 starts an error's stack below the constructors of its class: `new Sub()` where
    // Sub extends Error does not show Sub's constructor.
    for (let j = i; j < lines.length && j < i + 8; j++) {
      const frame = parseFrame(lines[j]);
      if (!frame.native && frame.name === options.skipUntil) {
        i = j + 1;
        break;
      }
    }
  }
  if (options.drop) i += options.drop;
  const site = options.site;
  const all = [];
  if (options.nativeTop !== undefined) {
    ArrayPrototypePush(all, parseFrame(`${options.nativeTop}@[native code]`));
  } else if (site !== undefined && site.nativeTop !== undefined) {
    const frame = parseFrame(`${site.nativeTop}@[native code]`);
    frame.owner = site.nativeTopOwner;
    ArrayPrototypePush(all, frame);
  }
  for (; i < lines.length; i++) {
    if (lines[i] === '') continue;
    ArrayPrototypePush(all, parseFrame(lines[i]));
  }
  if (site !== undefined && site.owner !== undefined && all.length > 0 && all[0].native) {
    all[0].owner = site.owner;
  }
  const frames = [];
  for (let k = 0; k < all.length && frames.length < limit; k++) {
    const frame = all[k];
    const previous = frames[frames.length - 1];
    if (frame.native) {
      if (stackRoots.has(frame.name)) break;
      if (framelessNatives.has(frame.name)) continue;
      if (frame.name === 'eval') continue;  // shown as the eval code's origin
      // JavaScriptCore's own helper between String.prototype.replace and a callback.
      if (frame.name === 'anonymous') continue;
      // -e and stdin code: node runs it from a wrapper script.
      if (frame.name === 'evaluateScript') {
        if (previous !== undefined && (previous.url === '[eval]' || previous.url === '[stdin]')) {
          ArrayPrototypePush(frames, {
            name: '', url: `${previous.url}-wrapper`, line: 6, column: 24, native: false,
            isNew: false, kind: 'function', adjusted: true,
          });
        }
        // Otherwise the loader's compilation, which node does in its own library.
        continue;
      }
      // A generator's next/return/throw: V8 names the generator object's function.
      if ((frame.name === 'next' || frame.name === 'return' || frame.name === 'throw') &&
          previous !== undefined && previous.name !== '' && !previous.native &&
          frame.owner === undefined) {
        frame.owner = previous.name;
      }
    } else if (frame.url === 'node:internal/bootstrap/node' && frame.name === 'parse' &&
               previous !== undefined && previous.native && previous.name === 'parse') {
      // The JSON.parse wrapper below the engine's own parse.
      continue;
    } else if (isAsyncEntryFrame(frame, previous)) {
      if (previous.name === '') previous.name = frame.name;
      continue;
    }
    if (frame.kind === 'eval') {
      // The caller of the native eval, for "eval at f (file:l:c)".
      for (let j = k + 1; j < all.length; j++) {
        if (all[j].native && all[j].name === 'eval') {
          frame.evalOrigin = all[j + 1];
          break;
        }
        if (!all[j].native) break;
      }
    }
    ArrayPrototypePush(frames, frame);
  }
  // The frame after a call tells whether the call was `new F(...)`, so positions are
  // adjusted for all frames before formatting.
  const count = frames.length;
  for (let k = 0; k < count; k++) {
    const frame = frames[k];
    if (frame.native || frame.adjusted === true) continue;
    if (frame.url === '') {
      // Eval code: JavaScriptCore gives a position only for the error's own frame.
      if (k === 0 && options.evalLine !== undefined && frame.kind === 'eval') {
        frame.line = options.evalLine;
        frame.column = options.evalColumn + (site?.evalColumnDelta ?? 0);
      }
      continue;
    }
    if (site !== undefined && site.line !== undefined && site.url === frame.url &&
        (k === 0 || (k === 1 && frames[0].native && site.nativeTop !== undefined))) {
      frame.line = site.line;
      frame.column = site.column;
      continue;
    }
    adjustPosition(frame);
  }
  for (let k = 0; k < count; k++) {
    const origin = frames[k].evalOrigin;
    if (origin !== undefined && !origin.native && origin.url !== '' && origin.adjusted !== true) {
      adjustPosition(origin);
    }
  }
  return frames;
}

function formatFrames(frames) {
  const out = [];
  for (let k = 0; k < frames.length; k++) {
    const frame = frames[k];
    if (!frame.native && frame.url !== '' && frame.kind === 'function') {
      frame.displayName = methodFrameName(frame, frames[k + 1], frames[k + 2]);
    }
    ArrayPrototypePush(out, formatFrame(frame, frames[k + 1]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Method names. V8 names a frame after the receiver's class when a function runs as a
// method ("at Object.m", "at Store.first"), names accessors "get x [as x]", and uses the
// path an anonymous function was assigned to ("at exports.run", "at Legacy.run" for
// Legacy.prototype.run = function () {}). JavaScriptCore gives the function's own name
// only. The definition is found in the source around the frame's position; the receiver's
// class is the class or object literal the function is defined in.

let scanModule;
const definitionCache = new SafeMap();
// [lines, characters] before a frame tokenized to find its function's definition.
const kDefinitionWindows = [[40, 4000], [300, 30000]];  // "url:line:column" -> definition or null

function definitionAt(frame) {
  const key = `${frame.url}:${frame.line}:${frame.rawColumn}`;
  let definition = definitionCache.get(key);
  if (definition !== undefined) return definition;
  definition = null;
  const source = getSource(frame.url);
  if (source !== null && frame.line >= 1 && frame.line <= source.lines.length) {
    let column = frame.rawColumn;
    if (frame.line === 1) column -= getWrapperOffset(frame.url);
    const offset = source.starts[frame.line - 1] + column - 1;
    const end = frame.line < source.lines.length ? source.starts[frame.line] : source.text.length;
    scanModule ??= require('internal/errors/source_scan');
    // A few lines usually show the definition; when they do not, a larger window.
    for (let w = 0; w < kDefinitionWindows.length && definition === null; w++) {
      const [lines, chars] = kDefinitionWindows[w];
      const firstLine = frame.line > lines ? frame.line - lines : 1;
      let start = source.starts[firstLine - 1];
      // Minified code: a bounded window (a function further up is not found).
      if (offset - start > chars) start = offset - chars;
      try {
        const tokens = scanModule.tokenize(source.text, start, end);
        definition = scanModule.functionDefinition(tokens, scanModule.tokenAt(tokens, offset)) ??
          null;
      } catch {
        definition = null;
      }
      if (start === 0) break;
    }
  }
  if (definitionCache.size > 256) definitionCache.clear();
  definitionCache.set(key, definition);
  return definition;
}

// Whether the call made at `caller`'s position passes a receiver: `a.m()`, `a[k]()`,
// `f.call(obj)`; not `m()` or `f.call(null)`. Built-ins that call back (forEach, then)
// pass none.
function callHasReceiver(caller) {
  if (caller === undefined) return true;
  if (caller.native || caller.url === '') return false;
  let text = getSourceLine(caller.url, caller.line);
  if (text === undefined) return true;
  let column = caller.rawColumn;
  if (caller.line === 1) column -= getWrapperOffset(caller.url);
  let i = column - 2;  // before the `(`
  if (StringPrototypeCharCodeAt(text, column - 1) !== 40 /* ( */) return true;
  while (i >= 0 && isSpace(StringPrototypeCharCodeAt(text, i))) i--;
  if (i < 0) return true;
  const code = StringPrototypeCharCodeAt(text, i);
  if (code === 93 /* ] */ || code === 41 /* ) */) return true;
  if (!isIdentifierChar(code)) return true;
  let j = i;
  while (j > 0 && isIdentifierChar(StringPrototypeCharCodeAt(text, j - 1))) j--;
  const name = StringPrototypeSlice(text, j, i + 1);
  let d = j - 1;
  while (d >= 0 && isSpace(StringPrototypeCharCodeAt(text, d))) d--;
  if (d < 0 || StringPrototypeCharCodeAt(text, d) !== 46 /* . */) return false;
  if (name === 'call' || name === 'apply') {
    text = StringPrototypeSlice(text, column);
    return RegExpPrototypeExec(/^\s*(?:null|undefined|void 0)?\s*[,)]/, text) === null;
  }
  return true;
}

// Library functions that call user callbacks as methods: the receiver's class and the
// property V8 names ("at Timeout._onTimeout", "at Immediate.<anonymous>").
const libraryCallers = {
  __proto__: null,
  'node:internal/timers runTimeout': { type: 'Timeout', key: '_onTimeout', anonymous: 'key' },
  'node:internal/timers processImmediate':
    { type: 'Immediate', key: '_onImmediate', anonymous: '<anonymous>' },
};

function libraryCallerName(frame, caller, next) {
  if (caller !== undefined && caller.native && caller.name === 'parse' &&
      nativeOwners.parse === 'JSON' && caller.owner === undefined) {
    // A JSON.parse reviver runs with the holder object as its receiver.
    return `Object.${frame.name === '' ? '<anonymous>' : frame.name}`;
  }
  if (caller === undefined || caller.native || !StringPrototypeStartsWith(caller.url, 'node:')) {
    return undefined;
  }
  let call = libraryCallers[`${caller.url} ${caller.name}`];
  if (call === undefined && caller.url === 'node:events' && caller.name === 'emit' &&
      next !== undefined) {
    // Listeners run with the emitter as receiver: process for the runtime's own events,
    // otherwise the class the program made the emitter with, when the source shows it.
    const type = StringPrototypeStartsWith(next.url, 'node:internal/process/') ||
      next.url === 'node:internal/bootstrap/node' ? 'process' : emitterClass(next);
    if (type !== undefined) call = { type, key: undefined, anonymous: '<anonymous>' };
  }
  if (call === undefined) return undefined;
  const name = frame.name;
  if (name === '') {
    return `${call.type}.${call.anonymous === 'key' ? call.key : call.anonymous}`;
  }
  return call.anonymous === 'key' && name !== call.key ?
    `${call.type}.${name} [as ${call.key}]` : `${call.type}.${name}`;
}

// The class of `x` in `x.emit(...)` at the frame's call, from `const x = new C(...)` in
// the source above it.
function emitterClass(frame) {
  if (frame.native || frame.url === '') return undefined;
  const text = getSourceLine(frame.url, frame.line);
  if (text === undefined) return undefined;
  let column = frame.rawColumn;
  if (frame.line === 1) column -= getWrapperOffset(frame.url);
  const before = StringPrototypeSlice(text, 0, column - 1);
  const m = RegExpPrototypeExec(/([A-Za-z_$][\w$]*)\s*\.\s*emit\s*$/, before);
  if (m === null) return undefined;
  if (m[1] === 'process') return 'process';
  if (m[1] === 'this') {
    // this.emit(...) in a class method: the class.
    const definition = definitionAt(frame);
    return definition !== null && definition.kind === 'method' && definition.inClass &&
      definition.owner !== '' ? definition.owner : undefined;
  }
  const name = StringPrototypeReplaceAll(m[1], '$', '\\$');
  const declaration = new RegExp(`(?:const|let|var)\\s+${name}\\s*=\\s*new\\s+([A-Za-z_$][\\w$]*)`);
  for (let line = frame.line; line >= 1 && line > frame.line - 200; line--) {
    const found = RegExpPrototypeExec(declaration, getSourceLine(frame.url, line) ?? '');
    if (found !== null) return found[1];
  }
  return undefined;
}

function methodFrameName(frame, caller, next) {
  const fromLibrary = libraryCallerName(frame, caller, next);
  if (fromLibrary !== undefined) return fromLibrary;
  const definition = definitionAt(frame);
  const name = frame.name;
  if (definition === null || definition.kind === 'plain') return name;
  switch (definition.kind) {
    case 'method': {
      const { key, accessor, owner } = definition;
      if (accessor !== undefined) {
        return name === key || name === '' ? `${accessor} ${key} [as ${key}]` : name;
      }
      if (key[0] === '#' || owner === '' || key === 'constructor') return name;
      // V8 qualifies only methods whose key is a name ('quoted-key'() and 42() are not).
      if (RegExpPrototypeExec(/^[A-Za-z_$][\w$]*$/, key) === null) return name === '' ? key : name;
      const own = name === '' ? key : name;
      if (!callHasReceiver(caller)) return own;
      return own === key ? `${owner}.${own}` : `${owner}.${own} [as ${key}]`;
    }
    case 'field':
      return name === '' || name === definition.key ? `${definition.owner}.${definition.key}` :
        name;
    case 'assigned': {
      const path = definition.path;
      const last = path[path.length - 1];
      if (name !== '' && name !== last) {
        // X.prototype.key = function name() {}: "X.name [as key]".
        if (path.length === 3 && path[1] === 'prototype' && callHasReceiver(caller)) {
          return `${path[0]}.${name} [as ${last}]`;
        }
        return name;
      }
      const parts = [];
      for (let k = 0; k < definition.path.length; k++) {
        if (definition.path[k] !== 'prototype') ArrayPrototypePush(parts, definition.path[k]);
      }
      return ArrayPrototypeJoin(parts, '.');
    }
    default:
      return name;
  }
}

// V8's ErrorUtils::ToString, used for the first line of a stack.
function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    name = name === undefined ? 'Error' : `${name}`;
  } catch {
    name = 'Error';
  }
  try {
    message = err.message;
    message = message === undefined ? '' : `${message}`;
  } catch {
    message = '';
  }
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// ---------------------------------------------------------------------------------------
// CallSite objects for Error.prepareStackTrace.

class CallSite {
  #frame;
  constructor(frame) {
    this.#frame = frame;
  }
  getThis() { return undefined; }
  getTypeName() {
    return this.#frame.kind === 'global' || this.#frame.name === '__nodusModule' ?
      'Object' : null;
  }
  getFunction() { return undefined; }
  getFunctionName() {
    const name = this.#frame.name;
    return name === '' || name === '__nodusModule' ? null : name;
  }
  getMethodName() { return null; }
  getFileName() { return this.#frame.url === '' ? undefined : this.#frame.url; }
  getLineNumber() { return this.#frame.native ? null : this.#frame.line; }
  getColumnNumber() { return this.#frame.native ? null : this.#frame.column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() {
    // A module's code runs with module.exports as `this`; methods with their object.
    if (this.#frame.kind === 'global') return true;
    if (this.#frame.name === '__nodusModule' || this.#frame.native) return false;
    return StringPrototypeIndexOf(this.#frame.displayName ?? this.#frame.name, '.') === -1;
  }
  isEval() { return this.#frame.kind === 'eval'; }
  isNative() { return false; }
  isConstructor() { return this.#frame.isNew; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    return StringPrototypeSlice(formatFrame(this.#frame, undefined), 7);
  }
}

// ---------------------------------------------------------------------------------------
// The `stack` property of errors this module owns.

// Frames parsed without position or name adjustments: the fallback should the source
// analysis fail on unexpected text.
function plainFrames(raw, limit) {
  const frames = [];
  const lines = typeof raw === 'string' ? StringPrototypeSplit(raw, '\n') : [];
  for (let i = 0; i < lines.length && frames.length < limit; i++) {
    if (lines[i] !== '') ArrayPrototypePush(frames, parseFrame(lines[i]));
  }
  return frames;
}

// Converted frame text by raw stack and options: errors made at the same place (in a
// loop, by a helper) have the same raw stack and need the source analysis once.
const framesTextCache = new SafeMap();

function materialize(err, record) {
  const prepare = WrappedError.prepareStackTrace;
  let cacheKey;
  if (typeof prepare !== 'function' && record.site === undefined &&
      record.evalLine === undefined && typeof record.raw === 'string') {
    cacheKey = `${record.limit}|${record.skipWrappers}|${record.skipUntil}|${record.drop}|` +
      `${record.nativeTop}|${record.raw}`;
    const text = framesTextCache.get(cacheKey);
    if (text !== undefined) {
      const header = record.header ?? errorHeader(err);
      return text === '' ? header : `${header}\n${text}`;
    }
  }
  let frames;
  try {
    frames = convertFrames(record.raw, record.limit, record);
  } catch {
    frames = plainFrames(record.raw, record.limit);
  }
  if (typeof prepare === 'function') {
    const sites = [];
    for (let k = 0; k < frames.length; k++) ArrayPrototypePush(sites, new CallSite(frames[k]));
    return ReflectApply(prepare, WrappedError, [err, sites]);
  }
  // Like V8, the first line reflects name and message when the stack is first read
  // (programs set this.name after super() in Error subclasses).
  const header = record.header ?? errorHeader(err);
  let lines;
  try {
    lines = formatFrames(frames);
  } catch {
    lines = [];
    for (let k = 0; k < frames.length; k++) {
      frames[k].displayName = undefined;
      ArrayPrototypePush(lines, formatFrame(frames[k], undefined));
    }
  }
  const text = ArrayPrototypeJoin(lines, '\n');
  if (cacheKey !== undefined) {
    if (framesTextCache.size >= 128) framesTextCache.clear();
    framesTextCache.set(cacheKey, text);
  }
  if (lines.length === 0) return header;
  return `${header}\n${text}`;
}


// The first frame of an error as { url, line, column } (V8 positions), for the source
// line and caret node prints above an uncaught exception.
// Lines of the library's own modules, for the source line node prints above errors
// thrown inside the library.
let builtinSource;
const internalSourceCache = new SafeMap();  // url -> array of lines, or null
function getInternalSourceLine(url, line) {
  let lines = internalSourceCache.get(url);
  if (lines === undefined) {
    builtinSource ??= internalBinding('builtins').getSource;
    let text;
    try {
      text = builtinSource(StringPrototypeSlice(url, 5));  // the id after "node:"
    } catch {
      text = undefined;
    }
    lines = typeof text === 'string' ? StringPrototypeSplit(text, '\n') : null;
    if (internalSourceCache.size > 16) internalSourceCache.clear();
    internalSourceCache.set(url, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return undefined;
  return lines[line - 1];
}

// Where an uncaught error came from, for the source line and caret node prints above it:
// the first frame with source of the error's own stack, not skipping the library frames
// that created it (V8 points at the throw, which for library errors is in the library).
// Returns { url, line, column, text, internal } (V8 positions) or undefined.
function getErrorSource(err) {
  let raw;
  let options = records.get(err);
  if (options !== undefined) {
    if (options.madeWithoutFrames) return { internal: true, text: undefined };
    raw = options.raw;
  } else {
    const stack = err?.stack;
    if (!isEngineStack(stack)) return undefined;
    raw = stack;
    options = { skipWrappers: false };
  }
  const frames = convertFrames(raw, 6, {
    __proto__: options, keepLibraryFrames: true, nativeTop: undefined,
  });
  for (let k = 0; k < frames.length; k++) {
    const frame = frames[k];
    if (frame.native) continue;
    if (frame.url === '') return undefined;
    const internal = StringPrototypeStartsWith(frame.url, 'node:');
    const text = internal ? getInternalSourceLine(frame.url, frame.line) :
      getSourceLine(frame.url, frame.line);
    if (text === undefined) return undefined;
    return { url: frame.url, line: frame.line, column: frame.column, text, internal };
  }
  return undefined;
}

module.exports = {
  CallSite,
  convertFrames,
  errorHeader,
  getErrorSource,
  materialize,
};

'use strict';

// AssertionError: the error every node:assert check throws, with node's messages.
//
// A generated message depends on the operator:
//  - strictEqual / deepStrictEqual / partialDeepStrictEqual: a line diff of the two
//    values as util.inspect shows them ("+ actual - expected"), or "a !== b" for short
//    primitives, or "Values have same structure but are not reference-equal:" when both
//    print identically;
//  - notStrictEqual / notDeepStrictEqual: the actual value under a heading;
//  - deepEqual / notDeepEqual: both values with "should (not) loosely deep-equal";
//  - anything else: "<actual> <operator> <expected>".
// A custom message replaces the heading of a diff (the diff itself stays) and replaces
// the whole message of the other operators.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  Error,
  ErrorCaptureStackTrace,
  MathMax,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  String,
  StringPrototypeEndsWith,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolFor,
} = primordials;

const { validateObject } = require('internal/validators');
const { setStackHeader } = require('internal/errors/stack');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kInspectCustom = SymbolFor('nodejs.util.inspect.custom');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two single-line values this short (together) are shown as "a !== b".
const kMaxShortLength = 12;
// Strings in the inspected error (not in its message) are cut after this many chars.
const kMaxLongStringLength = 512;
// A diff stops after about this many printed lines.
const kMaxDiffLines = 50;

// Marker colors, set per message: only when stderr is a color terminal.
let blue = '';
let green = '';
let red = '';
let white = '';

function updateColors() {
  let stderr;
  try {
    stderr = process.stderr;
  } catch {
    return;
  }
  if (stderr === undefined || stderr === null || !stderr.isTTY) return;
  let colors = false;
  try {
    colors = typeof stderr.hasColors === 'function' && stderr.hasColors();
  } catch {
    colors = false;
  }
  if (colors) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = '';
    green = '';
    white = '';
    red = '';
  }
}

function terminalColumns() {
  try {
    const stderr = process.stderr;
    if (stderr && stderr.isTTY) return stderr.columns;
  } catch {
    // No stderr: use the default width.
  }
  return 80;
}

// The view of a value that messages are built from: every level, every element, keys
// sorted, no custom inspection, one property per line.
function inspectValue(value) {
  return lazyInspect().inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function visibleText(text) {
  const { inspect, stripVTControlCharacters } = lazyInspect();
  return inspect.defaultOptions.colors ? stripVTControlCharacters(text) : text;
}

function isObjectValue(value) {
  return typeof value === 'object' && value !== null;
}

// The diff message of strictEqual and deepStrictEqual.
function createErrDiff(actual, expected, operator, customMessage) {
  const actualText = inspectValue(actual);
  const actualLines = StringPrototypeSplit(actualText, '\n');
  const expectedLines = StringPrototypeSplit(inspectValue(expected), '\n');

  if (operator === 'strictEqual' &&
      ((isObjectValue(actual) && isObjectValue(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const heading = customMessage ? `${customMessage}` : kReadableOperator[operator];

  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const actualRaw = visibleText(actualLines[0]);
    const expectedRaw = visibleText(expectedLines[0]);
    const totalLength = actualRaw.length + expectedRaw.length;
    if (totalLength <= kMaxShortLength) {
      if (!isObjectValue(actual) && !isObjectValue(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${heading}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && totalLength < terminalColumns()) {
      let first = 0;
      while (actualRaw[first] === expectedRaw[first]) first++;
      // A caret under the first difference, unless it is right at the start.
      if (first > 2) indicator = `\n  ${StringPrototypeRepeat(' ', first)}^`;
    }
  }

  // Identical trailing lines: the last three are kept as context, the topmost of a
  // longer run is kept too, with "..." for the lines in between.
  let tail = '';
  let topOfTail = '';
  let trailing = 0;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = ArrayPrototypePop(actualLines);
    ArrayPrototypePop(expectedLines);
    if (trailing++ < 3) {
      tail = `\n  ${line}${tail}`;
    } else {
      topOfTail = line;
    }
  }

  const lineCount = MathMax(actualLines.length, expectedLines.length);
  if (lineCount === 0) {
    // Both print the same: they differ by identity (or by something inspect hides).
    const lines = StringPrototypeSplit(actualText, '\n');
    if (lines.length > kMaxDiffLines) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
  }

  let skipped = false;
  if (trailing >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    skipped = true;
  }
  if (topOfTail !== '') tail = `\n  ${topOfTail}${tail}`;

  const head = `${heading}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedNote = ` ${blue}...${white} Lines skipped`;
  const plus = `${green}+${white}`;
  const minus = `${red}-${white}`;

  // `shown` collects the output; `held` collects "-" lines so a run of changed lines
  // prints all its "+" lines before its "-" lines.
  let shown = '';
  let held = '';
  let printed = 0;
  let sameRun = 0;

  // Prints the context before a change: the run of identical lines ending at row - 1,
  // whose first two lines were already printed when they were met.
  const flushContext = (lines, row) => {
    if (sameRun <= 2) return;
    if (sameRun > 3) {
      if (sameRun > 4) {
        if (sameRun === 5) {
          shown += `\n  ${lines[row - 3]}`;
          printed++;
        } else {
          shown += `\n${blue}...${white}`;
          skipped = true;
        }
      }
      shown += `\n  ${lines[row - 2]}`;
      printed++;
    }
    shown += `\n  ${lines[row - 1]}`;
    printed++;
  };

  const actualIsLonger = actualLines.length >= lineCount;
  const longer = actualIsLonger ? actualLines : expectedLines;
  const shorterLength = actualIsLonger ? expectedLines.length : actualLines.length;

  for (let row = 0; row < lineCount; row++) {
    if (row >= shorterLength) {
      // Only the longer side has lines left.
      flushContext(longer, row);
      sameRun = 0;
      if (actualIsLonger) {
        shown += `\n${plus} ${longer[row]}`;
      } else {
        held += `\n${minus} ${longer[row]}`;
      }
      printed++;
    } else {
      const expectedLine = expectedLines[row];
      let actualLine = actualLines[row];
      // Lines that differ only by a trailing comma count as identical: the comma follows
      // from a change further down.
      let differs = actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') ||
         StringPrototypeSlice(actualLine, 0, -1) !== expectedLine);
      if (differs && StringPrototypeEndsWith(expectedLine, ',') &&
          StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushContext(actualLines, row);
        sameRun = 0;
        shown += `\n${plus} ${actualLine}`;
        held += `\n${minus} ${expectedLine}`;
        printed += 2;
      } else {
        shown += held;
        held = '';
        sameRun++;
        if (sameRun <= 2) {
          shown += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > kMaxDiffLines && row < lineCount - 2) {
      return `${head}${skippedNote}\n${shown}\n${blue}...${white}${held}\n${blue}...${white}`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${shown}${held}${tail}${indicator}`;
}

// The message of notStrictEqual and notDeepStrictEqual: the actual value.
function createNotEqualMessage(actual, operator) {
  let heading = kReadableOperator[operator];
  const lines = StringPrototypeSplit(inspectValue(actual), '\n');
  if (operator === 'notStrictEqual' &&
      (isObjectValue(actual) || typeof actual === 'function')) {
    heading = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length > kMaxDiffLines) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  if (lines.length === 1) {
    return `${heading}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${heading}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

function truncateText(text, max) {
  return text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text;
}

// The message of the remaining operators: both values, joined by the operator.
function createComparisonMessage(actual, expected, operator) {
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const readable = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    return truncateText(`${readable}\n\n${shownActual}`, 1024);
  }
  shownActual = truncateText(shownActual, 512);
  shownExpected = truncateText(shownExpected, 512);
  if (operator === 'deepEqual') {
    return `${readable}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) {
    return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  }
  return `${shownActual} ${operator} ${shownExpected}`;
}

function isErrorWithStack(value) {
  return isObjectValue(value) && 'stack' in value && value instanceof Error;
}

// A stand-in for an error in a message: same prototype, own properties and message, but
// no stack, so the inspected form stays short.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  if (ObjectPrototypeHasOwnProperty(source, 'cause')) {
    let cause = source.cause;
    if (isErrorWithStack(cause)) cause = copyError(cause);
    ObjectDefineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

// Cuts a long string for the inspected form of the error (its properties).
function shortenForInspection(text) {
  const lines = StringPrototypeSplit(text, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayPrototypeJoin(lines, '\n')}\n...`;
  }
  if (text.length > kMaxLongStringLength) {
    // Node keeps the part after the first 512 characters here.
    return `${StringPrototypeSlice(text, kMaxLongStringLength)}...`;
  }
  return text;
}

class AssertionError extends Error {
  // new AssertionError({ message, actual, expected, operator, stackStartFn, details })
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Legacy alias of stackStartFn.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    const diffOperator = operator === 'deepStrictEqual' || operator === 'strictEqual' ||
      operator === 'partialDeepStrictEqual';
    let text;
    if (message != null && !diffOperator) {
      text = String(message);
    } else {
      updateColors();
      if (message == null && isErrorWithStack(actual) && isErrorWithStack(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (diffOperator) {
        text = createErrDiff(actual, expected, operator, message);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = createNotEqualMessage(actual, operator);
      } else {
        text = createComparisonMessage(actual, expected, operator);
      }
    }
    // The trace is captured below, from stackStartFn on; the constructor's own capture
    // is skipped.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(text);
    } finally {
      Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack's first line reads "AssertionError [ERR_ASSERTION]: ..." and its frames
    // start at the caller of stackStartFn (the assert function the user called).
    ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // Node reads the stack here so that its first line keeps the code after `name` is
    // reset below; fixing the header has the same effect without formatting the frames.
    setStackHeader(this, text === '' ? this.name : `${this.name}: ${text}`);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // Long strings are cut and nested values not expanded: the message already shows
    // the values in full.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = shortenForInspection(savedActual);
    if (typeof savedExpected === 'string') {
      this.expected = shortenForInspection(savedExpected);
    }
    try {
      return lazyInspect().inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = AssertionError;

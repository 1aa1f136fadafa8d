'use strict';

// Timeouts, intervals and immediates: the state behind node:timers, node:timers/promises
// and the global setTimeout family.
//
// Timeouts. Every timer with the same (truncated) duration goes into one list, appended
// in the order the timers were started; since they share a duration, a list expires in
// order. The lists sit in a binary min-heap ordered by the expiry of their first timer
// (ties: the list that was queued first). Only one libuv timer exists
// (src/bindings/timers.c); it is armed for the heap's minimum. When it fires, C calls
// processTimers(now) again and again with one `now` for the whole run. Each call runs at
// most one callback and returns true, so the nextTick queue and promise jobs run between
// two timers exactly as in node; once nothing more is due it returns the next expiry
// instead (positive while a referenced timer remains, negated when only unreferenced
// ones do, 0 when there are no timers at all).
//
// Immediates. setImmediate appends to a pending queue. When the loop's check phase
// starts, the pending queue becomes the "outstanding" queue of this phase and a fresh
// pending queue collects immediates created meanwhile (they run in the next iteration).
// C calls processImmediate() once per immediate while it returns true.
//
// Timers carry node's field names (_idleTimeout, _idleNext, _onTimeout, ...): libraries
// read them, and the legacy node:timers functions (enroll, active, unenroll) let any
// object with an _onTimeout method act as a timer.

const {
  MathMax,
  MathTrunc,
  NumberIsFinite,
  NumberMIN_SAFE_INTEGER,
  ObjectDefineProperty,
  ReflectApply,
  Symbol,
  SymbolDispose,
  SymbolFor,
  SymbolToPrimitive,
} = primordials;

const binding = internalBinding('timers');
const {
  scheduleTimer,
  toggleTimerRef,
  toggleImmediateRef,
  getLibuvNow,
  immediateInfo,
  kCount,
  kRefCount,
  kHasOutstanding,
} = binding;

const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');

// The descriptions are the ones node shows when a timer is inspected.
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kInspectCustom = SymbolFor('nodejs.util.inspect.custom');

const TIMEOUT_MAX = 2 ** 31 - 1;

let lastAsyncId = 1;
function newAsyncId() {
  return ++lastAsyncId;
}

// Number of referenced timeouts; the libuv timer keeps the loop alive while it is > 0.
let timeoutRefCount = 0;
// The expiry the libuv timer is currently armed for (Infinity: not armed).
let nextExpiry = Infinity;
// Lists get increasing ids; a list re-queued with a later expiry gets a new one.
let nextListId = NumberMIN_SAFE_INTEGER;

// Timers whose numeric id was observed (Symbol.toPrimitive), keyed by the id as a
// string, so clearTimeout(id) finds them. Only string keys that are exactly the id match.
let knownTimersById = { __proto__: null };

// ---------------------------------------------------------------------------------------
// Intrusive doubly-linked lists through _idleNext/_idlePrev. A list head links to itself
// when empty; an unlinked item has null links.

function linkInit(item) {
  item._idleNext = item;
  item._idlePrev = item;
}

function linkPeek(list) {
  const first = list._idleNext;
  return first === list ? null : first;
}

function linkIsEmpty(list) {
  return list._idleNext === list;
}

function linkRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function linkAppend(list, item) {
  if (item._idleNext || item._idlePrev) linkRemove(item);
  const last = list._idlePrev;
  item._idleNext = list;
  item._idlePrev = last;
  last._idleNext = item;
  list._idlePrev = item;
}

// All timers of one duration.
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// msecs -> TimersList, for lists currently in the heap.
const listsByDuration = { __proto__: null };

// ---------------------------------------------------------------------------------------
// The heap of lists (1-based array; position 0 unused). Each list knows its position so
// it can be removed from the middle.

const heap = [undefined];
let heapSize = 0;

function listBefore(a, b) {
  if (a.expiry !== b.expiry) return a.expiry < b.expiry;
  return a.id < b.id;
}

function heapPlace(pos, list) {
  heap[pos] = list;
  list.priorityQueuePosition = pos;
}

function siftUp(pos) {
  const list = heap[pos];
  while (pos > 1) {
    const parentPos = pos >>> 1;
    const parent = heap[parentPos];
    if (!listBefore(list, parent)) break;
    heapPlace(pos, parent);
    pos = parentPos;
  }
  heapPlace(pos, list);
}

function siftDown(pos) {
  const list = heap[pos];
  for (;;) {
    let child = pos << 1;
    if (child > heapSize) break;
    if (child < heapSize && listBefore(heap[child + 1], heap[child])) child++;
    if (!listBefore(heap[child], list)) break;
    heapPlace(pos, heap[child]);
    pos = child;
  }
  heapPlace(pos, list);
}

function heapAdd(list) {
  heapPlace(++heapSize, list);
  siftUp(heapSize);
}

function heapDelete(list) {
  const pos = list.priorityQueuePosition;
  list.priorityQueuePosition = null;
  const last = heap[heapSize];
  heap[heapSize--] = undefined;
  if (pos > heapSize) return;
  heapPlace(pos, last);
  if (pos > 1 && listBefore(last, heap[pos >>> 1])) siftUp(pos);
  else siftDown(pos);
}

// Removes a list from both the heap and the duration map.
function dropList(list) {
  if (list.priorityQueuePosition !== null) heapDelete(list);
  if (listsByDuration[list.msecs] === list) delete listsByDuration[list.msecs];
}

// ---------------------------------------------------------------------------------------
// Reference counting of the libuv timer.

function incRefCount() {
  if (timeoutRefCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--timeoutRefCount === 0) toggleTimerRef(false);
}

// ---------------------------------------------------------------------------------------
// Timeout.

// Turns a user-supplied delay into the one used: a number in [1, TIMEOUT_MAX]; anything
// else (NaN, negative, 0, too large) becomes 1, with a warning when too large.
function coerceDelay(after) {
  after *= 1;
  if (after >= 1 && after <= TIMEOUT_MAX) return after;
  if (after > TIMEOUT_MAX) {
    process.emitWarning(`${after} does not fit into a 32-bit signed integer.\n` +
                        'Timeout duration was set to 1.', 'TimeoutOverflowWarning');
  }
  return 1;
}

// The object setTimeout and setInterval return. `args` is undefined or the extra
// arguments for the callback; a repeating timer re-arms itself after each call.
class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
  }

  // Restarts the countdown from now with the same duration, even after the timer fired.
  refresh() {
    insertGuarded(this, this[kRefed]);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  // Timers print shallowly: their links point into the whole timer structure.
  [kInspectCustom](depth, options, inspect) {
    inspect ??= require('internal/util/inspect').inspect;
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  [SymbolDispose]() {
    clearTimeout(this);
  }

  // The numeric id (usable with clearTimeout) of this timer.
  [SymbolToPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// Puts `item` at the end of the list for `msecs`, starting its countdown at `start`.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = MathTrunc(msecs);
  item._idleStart = start;
  let list = listsByDuration[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    listsByDuration[msecs] = list;
    heapAdd(list);
    if (expiry < nextExpiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  linkAppend(list, item);
}

// (Re)starts an item whose _idleTimeout is set, making it referenced or not. Cleared
// items (_idleTimeout -1) stay cleared.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || item[asyncIdSymbol] === undefined) {
    item._destroyed = false;
    item[asyncIdSymbol] = newAsyncId();
    item[triggerAsyncIdSymbol] = 1;
  }
  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed !== !!item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Stops an item for good (until re-enrolled).
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  linkRemove(item);
  // Only referenced timers free their emptied list right away; an unreferenced list is
  // left to expire on its own (such timers are typically re-created soon).
  if (item[kRefed]) {
    const list = listsByDuration[MathTrunc(item._idleTimeout)];
    if (list !== undefined && linkIsEmpty(list)) dropList(list);
    decRefCount();
  }
  item._idleTimeout = -1;
}

// Sets up a legacy item to time out after msecs once activated.
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\n` +
                        `Timer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  // An item linked anywhere (even just initialised) is unenrolled first.
  if (item._idleNext) unenroll(item);
  linkInit(item);
  item._idleTimeout = msecs;
}

// An unreferenced one-shot timer for the library's own use.
function setUnrefTimeout(callback, after) {
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// Runs at most one due timer; see the header comment for the protocol with C.
function processTimers(now) {
  for (;;) {
    const list = heap[1];
    if (heapSize === 0) {
      nextExpiry = Infinity;
      return 0;
    }
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return timeoutRefCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = linkPeek(list);
    if (timer === null) {
      // Every timer of this list has run or was cleared.
      dropList(list);
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      // The first remaining timer started later than the list did: the list now expires
      // with it, behind lists already queued for that time.
      list.expiry = MathMax(timer._idleStart + msecs, now + 1);
      list.id = nextListId++;
      siftDown(list.priorityQueuePosition);
      continue;
    }
    linkRemove(timer);
    if (!timer._onTimeout) {
      // Its callback was removed by hand: it simply ends.
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    runTimeout(timer);
    return true;
  }
}

function runTimeout(timer) {
  const start = timer._repeat ? getLibuvNow() : undefined;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else ReflectApply(timer._onTimeout, timer, args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      // An interval not cleared by its callback counts again from when it was called.
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      // A one-shot timer ends after its callback unless the callback restarted it.
      timer._destroyed = true;
      if (timer[kRefed]) decRefCount();
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    }
  }
}

// ---------------------------------------------------------------------------------------
// Immediates.

// A doubly-linked queue through _idleNext/_idlePrev (null-terminated).
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  // Unlinks `item` from whatever queue holds it; fixes head/tail when they are this
  // queue's.
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// Immediates created since the current (or last) check phase began.
let immediateQueue = new ImmediateList();
// During a check phase: the next immediate of the phase's queue to run, and the one
// that ran before it. A cleared immediate is unlinked (its links nulled), so when the
// cursor itself is cleared the walk resumes from the previous immediate's link.
let outstandingNext = null;
let outstandingPrev = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [SymbolDispose]() {
    clearImmediate(this);
  }
}

// Runs the next immediate of this check phase; returns true while more remain in it.
function processImmediate() {
  if (immediateInfo[kHasOutstanding] === 0) {
    // A new check phase: take every pending immediate.
    if (immediateQueue.head === null) return false;
    outstandingNext = immediateQueue.head;
    outstandingPrev = null;
    immediateQueue.head = immediateQueue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let immediate = outstandingNext;
  if (immediate !== null && immediate._destroyed) {
    // Cleared (and so unlinked) since the previous one ran: that one's link now points
    // past it.
    immediate = outstandingPrev !== null ? outstandingPrev._idleNext : null;
  }
  if (immediate === null) {
    finishImmediates();
    return false;
  }
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed]) immediateInfo[kRefCount]--;
  immediate[kRefed] = null;
  outstandingPrev = immediate;
  outstandingNext = immediate._idleNext;
  try {
    const argv = immediate._argv;
    if (argv === undefined) immediate._onImmediate();
    else ReflectApply(immediate._onImmediate, immediate, argv);
  } finally {
    immediate._onImmediate = null;
    // The callback may have cleared the immediate that follows.
    outstandingNext = immediate._idleNext;
    if (outstandingNext === null) finishImmediates();
  }
  return outstandingNext !== null;
}

function finishImmediates() {
  outstandingNext = null;
  outstandingPrev = null;
  immediateInfo[kHasOutstanding] = 0;
}

binding.setupTimers(processImmediate, processTimers);

// ---------------------------------------------------------------------------------------
// The public functions.

// Collects the callback arguments that follow the fixed parameters.
function restArgs(argsObject, from) {
  const n = argsObject.length - from;
  if (n <= 0) return undefined;
  const args = new Array(n);
  for (let i = 0; i < n; i++) args[i] = argsObject[from + i];
  return args;
}

// Calls callback(...args) after `after` milliseconds (1 when not a valid duration).
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Calls callback(...args) every `repeat` milliseconds until cleared.
function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Cancels a Timeout, or the timer whose primitive id is given (number or string).
function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._idleTimeout = -1;
      unenroll(known);
    }
  }
}

// Identical to clearTimeout: the two kinds of timers are interchangeable.
function clearInterval(timer) {
  clearTimeout(timer);
}

// Calls callback(...args) in the loop's next check phase.
function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

ObjectDefineProperty(Timeout.prototype, 'constructor', {
  __proto__: null, value: Timeout, writable: true, enumerable: false, configurable: true,
});

// How many timers keep the event loop alive (process.getActiveResourcesInfo()).
function getTimeoutRefCount() {
  return timeoutRefCount;
}

module.exports = {
  getTimeoutRefCount,
  Immediate,
  Timeout,
  TIMEOUT_MAX,
  active,
  asyncIdSymbol,
  clearImmediate,
  clearInterval,
  clearTimeout,
  enroll,
  getLibuvNow,
  insert,
  kRefed,
  setImmediate,
  setInterval,
  setTimeout,
  setUnrefTimeout,
  unenroll,
  unrefActive,
};

'use strict';

// Timers and immediates.
//
// Timers with the same duration share a list (appended in start order, so they expire
// in order); lists sit in a binary heap keyed by their earliest expiry. One libuv timer
// (src/bindings/timers.c) is armed for the heap's minimum. When it fires, C calls
// processTimers(now) repeatedly; each call runs at most one callback and returns true,
// so promise jobs and the nextTick queue run between two timers as in node, or returns
// the next expiry when nothing more is due (negative when only unreferenced timers
// remain, 0 when none). Immediates work the same way with processImmediate(), over the
// queue as it was when the check phase began.

const {
  MathMax,
  MathTrunc,
  NumberIsFinite,
  NumberMIN_SAFE_INTEGER,
  ObjectDefineProperty,
  SafeMap,
  Symbol,
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

// Node prints these symbols when timers are inspected.
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

const TIMEOUT_MAX = 2 ** 31 - 1;

let nextAsyncId = 2;
let timerListId = NumberMIN_SAFE_INTEGER;
let refCount = 0;
let nextExpiry = Infinity;

// id -> Timeout, for timers whose numeric id has been read ([Symbol.toPrimitive]).
const knownTimersById = new SafeMap();

// ---------------------------------------------------------------------------------------
// Doubly-linked lists (node's _idleNext/_idlePrev fields, which libraries read).

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

function listPeek(list) {
  return list._idleNext === list ? null : list._idleNext;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// ---------------------------------------------------------------------------------------
// A binary min-heap of lists, ordered by expiry then creation.

const heap = [null];  // 1-based
let heapSize = 0;

function heapLess(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}

function heapSet(pos, list) {
  heap[pos] = list;
  list.priorityQueuePosition = pos;
}

function heapUp(pos) {
  const item = heap[pos];
  while (pos > 1) {
    const parent = pos >>> 1;
    if (!heapLess(item, heap[parent])) break;
    heapSet(pos, heap[parent]);
    pos = parent;
  }
  heapSet(pos, item);
}

function heapDown(pos) {
  const item = heap[pos];
  for (;;) {
    let child = pos * 2;
    if (child > heapSize) break;
    if (child + 1 <= heapSize && heapLess(heap[child + 1], heap[child])) child++;
    if (!heapLess(heap[child], item)) break;
    heapSet(pos, heap[child]);
    pos = child;
  }
  heapSet(pos, item);
}

function heapInsert(list) {
  heapSize++;
  heapSet(heapSize, list);
  heapUp(heapSize);
}

function heapRemove(list) {
  const pos = list.priorityQueuePosition;
  const last = heap[heapSize];
  heap[heapSize] = undefined;
  heapSize--;
  list.priorityQueuePosition = null;
  if (pos > heapSize) return;
  heapSet(pos, last);
  if (pos > 1 && heapLess(last, heap[pos >>> 1])) heapUp(pos);
  else heapDown(pos);
}

function heapPeek() {
  return heapSize === 0 ? null : heap[1];
}

// msecs -> TimersList
const timerListMap = { __proto__: null };

// ---------------------------------------------------------------------------------------
// Timeout.

function normalizeDelay(after) {
  after *= 1;  // ToNumber
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
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
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
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

  [SymbolToPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function insert(item, msecs, start = getLibuvNow()) {
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasRefed = item[kRefed];
  if (item._destroyed) {
    item._destroyed = false;
    if (refed) incRefCount();
  } else if (refed !== wasRefed) {
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

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) knownTimersById.delete(item[asyncIdSymbol]);
  if (item[kRefed]) decRefCount();
  const list = item._idlePrev !== undefined && item._idlePrev !== item ?
    timerListMap[item._idleTimeout] : undefined;
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    if (list.priorityQueuePosition !== null) heapRemove(list);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function setUnrefTimeout(callback, after) {
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// Runs at most one expired timer. See the header comment for the return value.
function processTimers(now) {
  for (;;) {
    const list = heapPeek();
    if (list === null) {
      nextExpiry = Infinity;
      return 0;
    }
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = listPeek(list);
    if (timer === null) {
      heapRemove(list);
      if (timerListMap[list.msecs] === list) delete timerListMap[list.msecs];
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      // Not due yet: the list's expiry moves to this timer's.
      list.expiry = MathMax(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.priorityQueuePosition);
      continue;
    }
    listRemove(timer);
    if (listIsEmpty(list)) {
      heapRemove(list);
      if (timerListMap[msecs] === list) delete timerListMap[msecs];
    }
    if (timer._destroyed) continue;
    runTimer(timer, now);
    return true;
  }
}

function runTimer(timer, now) {
  if (timer._repeat === null) {
    // One-shot: it is done before its callback runs (clearTimeout inside is a no-op).
    if (timer[kRefed]) decRefCount();
    timer._destroyed = true;
    if (timer[kHasPrimitive]) knownTimersById.delete(timer[asyncIdSymbol]);
  }
  let threw = true;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
    threw = false;
  } finally {
    if (timer._repeat !== null && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, getLibuvNow());
    } else if (threw && timer._repeat !== null && timer._destroyed) {
      // cleared inside its own callback
    }
  }
}

// ---------------------------------------------------------------------------------------
// Immediates.

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

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

let immediateQueue = new ImmediateList();
let outstandingQueue = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
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
}

// Runs the next immediate of the queue snapshot taken when this check phase began.
// Returns true while more remain in that snapshot.
function processImmediate() {
  if (outstandingQueue === null) {
    if (immediateQueue.head === null) return false;
    outstandingQueue = immediateQueue;
    immediateQueue = new ImmediateList();
    immediateInfo[kHasOutstanding] = 1;
  }
  const queue = outstandingQueue;
  let immediate = queue.head;
  while (immediate !== null && immediate._destroyed) {
    const next = immediate._idleNext;
    queue.remove(immediate);
    immediate = next;
  }
  if (immediate === null) {
    outstandingQueue = null;
    immediateInfo[kHasOutstanding] = 0;
    return false;
  }
  queue.remove(immediate);
  const more = queue.head !== null;
  if (!more) {
    outstandingQueue = null;
    immediateInfo[kHasOutstanding] = 0;
  }
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  const argv = immediate._argv;
  if (argv === undefined) immediate._onImmediate();
  else immediate._onImmediate(...argv);
  return more;
}

binding.setupTimers(processImmediate, processTimers);

// ---------------------------------------------------------------------------------------
// The public functions (node:timers and the globals).

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
    case 2:
      break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
    case 2:
      break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById.get(+timer);
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

function clearInterval(timer) {
  // setTimeout and setInterval share their cancellation, as in node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
      break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (outstandingQueue !== null &&
      (immediate._idlePrev !== null || outstandingQueue.head === immediate)) {
    outstandingQueue.remove(immediate);
  } else {
    immediateQueue.remove(immediate);
  }
}

// Legacy helpers still exported by node:timers.
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs > TIMEOUT_MAX ? TIMEOUT_MAX : MathTrunc(msecs);
  listInit(item);
}

ObjectDefineProperty(Timeout.prototype, 'constructor', {
  __proto__: null, value: Timeout, writable: true, enumerable: false, configurable: true,
});

module.exports = {
  Immediate,
  Timeout,
  TIMEOUT_MAX,
  active,
  clearImmediate,
  clearInterval,
  clearTimeout,
  enroll,
  insert,
  kRefed,
  setImmediate,
  setInterval,
  setTimeout,
  setUnrefTimeout,
  unenroll,
  unrefActive,
  getLibuvNow,
};

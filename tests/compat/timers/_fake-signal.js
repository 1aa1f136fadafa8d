// A minimal object shaped like an AbortSignal (aborted, reason, add/removeEventListener)
// for the timers/promises tests, with a log of what the timers do with it.
'use strict';
class FakeSignal {
  constructor(name) {
    this.name = name;
    this.aborted = false;
    this.reason = undefined;
    this.listeners = [];
    this.log = [];
  }

  addEventListener(type, listener, options) {
    this.log.push(`add ${type} ${typeof listener} once=${options && options.once === true}`);
    this.listeners.push(listener);
  }

  removeEventListener(type, listener) {
    const i = this.listeners.indexOf(listener);
    this.log.push(`remove ${type} found=${i !== -1}`);
    if (i !== -1) this.listeners.splice(i, 1);
  }

  abort(reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const l of [...this.listeners]) l.call(this, { type: 'abort' });
  }
}
module.exports = FakeSignal;

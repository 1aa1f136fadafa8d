'use strict';

// node:constants (deprecated, DEP0008, documentation-only): one frozen object holding the
// os constants (dlopen, errno, priority, signals), fs.constants and the crypto numbers, in
// that order. Old packages (graceful-fs among them) still load it. Node leaves out the
// settable crypto.constants.defaultCipherList.

const {
  ObjectAssign,
  ObjectFreeze,
  ObjectKeys,
} = primordials;

const { os, fs, crypto } = internalBinding('constants');

ObjectAssign(exports, os.dlopen, os.errno, os.priority, os.signals, fs);
for (const key of ObjectKeys(crypto)) {
  if (key !== 'defaultCipherList') exports[key] = crypto[key];
}
ObjectFreeze(exports);

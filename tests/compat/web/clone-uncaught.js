'use strict';
// compat: stderr
// An uncaught DataCloneError points at the structuredClone call.
const value = { handler() {} };
structuredClone(value);

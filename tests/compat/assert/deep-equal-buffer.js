'use strict';
const assert = require('assert');
const { check } = require('./_common');

check('buffer vs uint8array', () => assert.deepStrictEqual(Buffer.from([1, 2]), new Uint8Array([1, 2])));
check('loose buffer vs uint8array', () => assert.deepEqual(Buffer.from([1, 2]), new Uint8Array([1, 2])));
check('buffers', () => assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abd')));
check('equal buffers', () => assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abc')));
check('buffer lengths', () => assert.deepEqual(Buffer.alloc(3), Buffer.alloc(4)));

'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
check('element', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
check('types', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Int8Array([1, 2])));
check('float NaN strict', () => assert.deepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN])));
check('float NaN loose', () => assert.deepEqual(new Float64Array([NaN]), new Float64Array([NaN])));
check('float zero loose', () => assert.deepEqual(new Float32Array([0]), new Float32Array([-0])));
check('float zero strict', () => assert.deepStrictEqual(new Float32Array([0]), new Float32Array([-0])));
check('lengths', () => assert.deepStrictEqual(new Uint16Array(3), new Uint16Array(4)));
check('offset view', () => assert.deepStrictEqual(new Uint8Array(new ArrayBuffer(4), 1, 2), new Uint8Array(2)));
check('extra property', () => assert.deepStrictEqual(Object.assign(new Uint8Array(2), { x: 1 }), new Uint8Array(2)));
check('array buffers', () => assert.deepStrictEqual(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer));
check('array buffer sizes', () => assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3)));
check('data views', () => assert.deepStrictEqual(new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)));
check('data views equal', () => assert.deepStrictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))));
check('bigint64', () => assert.deepStrictEqual(new BigInt64Array([1n]), new BigInt64Array([2n])));
check('typed array vs array', () => assert.deepEqual(new Uint8Array([1]), [1]));

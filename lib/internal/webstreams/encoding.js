'use strict';

// TextEncoderStream and TextDecoderStream (Encoding Standard, section 7): transform
// streams over TextEncoder/TextDecoder. The encoder carries a lone high surrogate at the
// end of a chunk over to the next chunk, so a character split between two string chunks
// is encoded whole; the decoder decodes in streaming mode, so a multi-byte sequence split
// between two byte chunks is decoded whole.

const {
  ArrayBufferIsView,
  PromiseReject,
  PromiseResolve,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codedError,
  codes: {
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/util/types');
const { TextDecoder, TextEncoder } = require('internal/encoding');
const {
  customInspect,
  defineClassShape,
  kInspect,
} = require('internal/webstreams/util');
const {
  createTransformStream,
  transformStreamDefaultControllerEnqueue,
} = require('internal/webstreams/transformstream');

let getEncoderStream;

class TextEncoderStream {
  #e;

  constructor() {
    const encoder = new TextEncoder();
    const state = { pendingHighSurrogate: '' };
    const transform = createTransformStream((chunk, controller) => {
      try {
        let input = `${chunk}`;
        if (state.pendingHighSurrogate !== '') {
          input = state.pendingHighSurrogate + input;
          state.pendingHighSurrogate = '';
        }
        const last = input.length - 1;
        if (last >= 0) {
          const unit = StringPrototypeCharCodeAt(input, last);
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            state.pendingHighSurrogate = input[last];
            input = StringPrototypeSlice(input, 0, last);
          }
        }
        if (input.length > 0) {
          transformStreamDefaultControllerEnqueue(controller, encoder.encode(input));
        }
        return PromiseResolve(undefined);
      } catch (err) {
        return PromiseReject(err);
      }
    }, (controller) => {
      try {
        if (state.pendingHighSurrogate !== '') {
          state.pendingHighSurrogate = '';
          transformStreamDefaultControllerEnqueue(controller,
                                                  new Uint8Array([0xEF, 0xBF, 0xBD]));
        }
        return PromiseResolve(undefined);
      } catch (err) {
        return PromiseReject(err);
      }
    });
    this.#e = transform;
  }

  get encoding() {
    if (getEncoderStream(this) === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    const transform = getEncoderStream(this);
    if (transform === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return transform.readable.api;
  }

  get writable() {
    const transform = getEncoderStream(this);
    if (transform === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return transform.writable.api;
  }

  [kInspect](depth, options) {
    const transform = getEncoderStream(this);
    if (transform === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect('TextEncoderStream', {
      encoding: 'utf-8',
      readable: transform.readable.api,
      writable: transform.writable.api,
    }, depth, options);
  }

  static {
    getEncoderStream = (value) => {
      if (value === null || typeof value !== 'object' || !(#e in value)) return undefined;
      return value.#e;
    };
  }
}

let getDecoderStream;

class TextDecoderStream {
  #d;

  constructor(label = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(label, options ?? {});
    const transform = createTransformStream((chunk, controller) => {
      try {
        if (!ArrayBufferIsView(chunk) && !isAnyArrayBuffer(chunk)) {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "input" argument must be ' +
            'an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
        }
        const output = decoder.decode(chunk, { stream: true });
        if (output.length > 0) transformStreamDefaultControllerEnqueue(controller, output);
        return PromiseResolve(undefined);
      } catch (err) {
        return PromiseReject(err);
      }
    }, (controller) => {
      try {
        const output = decoder.decode();
        if (output.length > 0) transformStreamDefaultControllerEnqueue(controller, output);
        return PromiseResolve(undefined);
      } catch (err) {
        return PromiseReject(err);
      }
    });
    this.#d = { decoder, transform };
  }

  get encoding() {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return state.decoder.encoding;
  }

  get fatal() {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return state.decoder.fatal;
  }

  get ignoreBOM() {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return state.decoder.ignoreBOM;
  }

  get readable() {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return state.transform.readable.api;
  }

  get writable() {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return state.transform.writable.api;
  }

  [kInspect](depth, options) {
    const state = getDecoderStream(this);
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect('TextDecoderStream', {
      encoding: state.decoder.encoding,
      fatal: state.decoder.fatal,
      ignoreBOM: state.decoder.ignoreBOM,
      readable: state.transform.readable.api,
      writable: state.transform.writable.api,
    }, depth, options);
  }

  static {
    getDecoderStream = (value) => {
      if (value === null || typeof value !== 'object' || !(#d in value)) return undefined;
      return value.#d;
    };
  }
}

defineClassShape(TextEncoderStream, 'TextEncoderStream', ['encoding', 'readable', 'writable']);
defineClassShape(TextDecoderStream, 'TextDecoderStream',
                 ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = {
  TextDecoderStream,
  TextEncoderStream,
};

'use strict';

// net.SocketAddress: an immutable (address, port, family, flowlabel) value. Addresses are
// kept in canonical text form (IPv6 compressed as inet_ntop writes it, zone dropped).

const {
  ObjectDefineProperty,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_INVALID_ADDRESS,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  groupsToIPv6,
  ipv4ToNumber,
  ipv6ToGroups,
  isIPv4,
  isIPv6,
} = require('internal/net');

const kDetail = Symbol('kDetail');
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

// The canonical form of a valid address of the family ('ipv4' or 'ipv6'), or null.
function canonicalAddress(address, family) {
  if (family === 'ipv4') {
    if (!isIPv4(address)) return null;
    const n = ipv4ToNumber(address);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  if (!isIPv6(address)) return null;
  return groupsToIPv6(ipv6ToGroups(address));
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  // SocketAddress.parse('1.2.3.4:80' | '[::1]:80'): a SocketAddress, or undefined when
  // the text is not an address with an optional port.
  static parse(input) {
    validateString(input, 'input');
    let host = input;
    let port = 0;
    if (StringPrototypeStartsWith(input, '[')) {
      const close = StringPrototypeLastIndexOf(input, ']');
      if (close === -1) return undefined;
      host = StringPrototypeSlice(input, 1, close);
      const rest = StringPrototypeSlice(input, close + 1);
      if (rest !== '') {
        if (rest[0] !== ':') return undefined;
        port = +StringPrototypeSlice(rest, 1);
      }
    } else {
      const colon = StringPrototypeLastIndexOf(input, ':');
      if (colon !== -1 && isIPv4(StringPrototypeSlice(input, 0, colon))) {
        host = StringPrototypeSlice(input, 0, colon);
        port = +StringPrototypeSlice(input, colon + 1);
      }
    }
    if (!(port >= 0 && port <= 65535 && port === (port | 0))) return undefined;
    const family = isIPv4(host) ? 'ipv4' : isIPv6(host) ? 'ipv6' : null;
    if (family === null) return undefined;
    return new SocketAddress({ address: host, port, family });
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;

    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);

    const canonical = canonicalAddress(address, family);
    if (canonical === null) throw new ERR_INVALID_ADDRESS();

    ObjectDefineProperty(this, kDetail, {
      __proto__: null,
      value: {
        address: canonical,
        port: +port,
        family,
        flowlabel: family === 'ipv6' ? flowlabel : 0,
      },
    });
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family;
  }

  get flowlabel() {
    return this[kDetail].flowlabel;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize('[SocketAddress]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

module.exports = {
  canonicalAddress,
  kDetail,
  SocketAddress,
};

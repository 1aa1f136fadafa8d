'use strict';

// net.BlockList: rules (single addresses, ranges, subnets) of IPv4 and IPv6 addresses,
// checked newest first. IPv4 addresses are compared as 32-bit numbers and IPv6 addresses
// as BigInts; an IPv4-mapped IPv6 address (::ffff:a.b.c.d) also matches IPv4 rules and
// an IPv4 address also matches IPv6 rules through its mapped form.

const {
  ArrayPrototypePush,
  BigInt,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_INVALID_ADDRESS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { ipv4ToNumber, ipv6ToGroups } = require('internal/net');
const { SocketAddress, canonicalAddress } = require('internal/socketaddress');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kMappedPrefix = 0xffffn << 32n;

// 'ipv4' / 'ipv6' from the family argument (case-insensitive).
function parseFamily(family) {
  validateString(family, 'family');
  const lower = family.toLowerCase();
  if (lower !== 'ipv4' && lower !== 'ipv6') {
    throw new ERR_INVALID_ARG_VALUE('options.family', family);
  }
  return lower;
}

function ipv6ToBigInt(address) {
  const groups = ipv6ToGroups(address);
  let n = 0n;
  for (let i = 0; i < 8; i++) n = (n << 16n) | BigInt(groups[i]);
  return n;
}

// A SocketAddress argument or (string, family): { address, family, value }.
function toEntry(address, family, name) {
  let canonical;
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    canonical = address.address;
  } else {
    validateString(address, name);
    family = parseFamily(family);
    canonical = canonicalAddress(address, family);
    if (canonical === null) throw new ERR_INVALID_ADDRESS();
  }
  const value = family === 'ipv4' ? ipv4ToNumber(canonical) : ipv6ToBigInt(canonical);
  return { address: canonical, family, value };
}

function familyLabel(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// Whether a rule of `family` covering [start, end] (numbers of that family) matches the
// value, taking IPv4-mapped addresses into account.
function matches(ruleFamily, start, end, family, value) {
  if (ruleFamily === family) return value >= start && value <= end;
  if (ruleFamily === 'ipv4') {
    // An IPv6 address matches an IPv4 rule when it is IPv4-mapped.
    if ((value >> 32n) !== 0xffffn) return false;
    const v4 = Number(value & 0xffffffffn);
    return v4 >= start && v4 <= end;
  }
  const mapped = kMappedPrefix | BigInt(value);
  return mapped >= start && mapped <= end;
}

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize('[BlockList]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const entry = toEntry(address, family, 'address');
    ArrayPrototypePush(this.#rules, {
      family: entry.family,
      start: entry.value,
      end: entry.value,
      text: `Address: ${familyLabel(entry.family)} ${entry.address}`,
    });
  }

  addRange(start, end, family = 'ipv4') {
    const first = toEntry(start, family, 'start');
    const last = toEntry(end, family, 'end');
    if (first.family !== last.family) throw new ERR_INVALID_ARG_VALUE('end', end);
    if (first.value > last.value) {
      throw new ERR_INVALID_ARG_VALUE('start', SocketAddress.isSocketAddress(start) ? start :
        new SocketAddress({ address: first.address, family: first.family }),
                                      'must come before end');
    }
    ArrayPrototypePush(this.#rules, {
      family: first.family,
      start: first.value,
      end: last.value,
      text: `Range: ${familyLabel(first.family)} ${first.address}-${last.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const entry = toEntry(network, family, 'network');
    if (typeof prefix !== 'number') throw new ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    const bits = entry.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix');
    if (prefix < 0 || prefix > bits) {
      throw new ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${bits}`, prefix);
    }
    let start;
    let end;
    if (entry.family === 'ipv4') {
      const size = 2 ** (32 - prefix);
      start = entry.value - (entry.value % size);
      end = start + size - 1;
    } else {
      const hostBits = BigInt(128 - prefix);
      const mask = (1n << hostBits) - 1n;
      start = entry.value & ~mask;
      end = start | mask;
    }
    ArrayPrototypePush(this.#rules, {
      family: entry.family,
      start,
      end,
      text: `Subnet: ${familyLabel(entry.family)} ${entry.address}/${prefix}`,
    });
  }

  // Whether the address matches a rule; invalid addresses or families match nothing.
  check(address, family = 'ipv4') {
    let entry;
    if (SocketAddress.isSocketAddress(address)) {
      entry = toEntry(address);
    } else {
      validateString(address, 'address');
      try {
        entry = toEntry(address, family, 'address');
      } catch {
        return false;
      }
    }
    const rules = this.#rules;
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i];
      if (matches(rule.family, rule.start, rule.end, entry.family, entry.value)) return true;
    }
    return false;
  }

  get rules() {
    const out = [];
    for (let i = this.#rules.length - 1; i >= 0; i--) ArrayPrototypePush(out, this.#rules[i].text);
    return out;
  }
}

module.exports = { BlockList };

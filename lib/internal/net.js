'use strict';

// Helpers shared by node:net, node:dns and the socket-address classes: IP address
// syntax (node's rules: dotted-quad IPv4 without leading zeros; IPv6 with at most one
// '::', an optional trailing dotted quad and an optional '%zone'), and the parsing of
// addresses into numbers for BlockList.

const {
  NumberParseInt,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  Symbol,
} = primordials;

const kIPv4Pattern =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;
const kZone = /^[0-9a-zA-Z\-.:]+$/;

// Like node, non-string arguments are converted to strings first.
function isIPv4(s) {
  return RegExpPrototypeExec(kIPv4Pattern, s) !== null;
}

// Counts the 16-bit groups in a ':'-separated list (a trailing dotted quad counts two),
// or returns -1 when a group is malformed. allowV4 says whether the list ends the address.
function countGroups(list, allowV4) {
  if (list === '') return 0;
  const parts = StringPrototypeSplit(list, ':');
  let count = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (RegExpPrototypeExec(kHexGroup, part) !== null) {
      count++;
    } else if (allowV4 && i === parts.length - 1 && isIPv4(part)) {
      count += 2;
    } else {
      return -1;
    }
  }
  return count;
}

function isIPv6(s) {
  s = `${s}`;
  let address = s;
  const percent = StringPrototypeIndexOf(s, '%');
  if (percent !== -1) {
    if (RegExpPrototypeExec(kZone, StringPrototypeSlice(s, percent + 1)) === null) return false;
    address = StringPrototypeSlice(s, 0, percent);
  }
  const gap = StringPrototypeIndexOf(address, '::');
  if (gap === -1) return countGroups(address, true) === 8;
  const head = StringPrototypeSlice(address, 0, gap);
  const tail = StringPrototypeSlice(address, gap + 2);
  if (StringPrototypeIndexOf(tail, '::') !== -1) return false;
  const before = countGroups(head, false);
  const after = countGroups(tail, true);
  return before !== -1 && after !== -1 && before + after <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// The 32-bit value of a valid IPv4 address.
function ipv4ToNumber(s) {
  const parts = StringPrototypeSplit(s, '.');
  return ((NumberParseInt(parts[0], 10) * 16777216) + (NumberParseInt(parts[1], 10) << 16) +
    (NumberParseInt(parts[2], 10) << 8) + NumberParseInt(parts[3], 10));
}

// The eight 16-bit groups of a valid IPv6 address (zone dropped), as an array.
function ipv6ToGroups(s) {
  const percent = StringPrototypeIndexOf(s, '%');
  if (percent !== -1) s = StringPrototypeSlice(s, 0, percent);
  const expand = (list) => {
    if (list === '') return [];
    const out = [];
    const parts = StringPrototypeSplit(list, ':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (StringPrototypeIndexOf(part, '.') !== -1) {
        const v4 = ipv4ToNumber(part);
        out.push((v4 >>> 16) & 0xffff, v4 & 0xffff);
      } else {
        out.push(NumberParseInt(part, 16));
      }
    }
    return out;
  };
  const gap = StringPrototypeIndexOf(s, '::');
  if (gap === -1) return expand(s);
  const head = expand(StringPrototypeSlice(s, 0, gap));
  const tail = expand(StringPrototypeSlice(s, gap + 2));
  const groups = head;
  for (let i = head.length + tail.length; i < 8; i++) groups.push(0);
  for (let i = 0; i < tail.length; i++) groups.push(tail[i]);
  return groups;
}

// The shortest text form of eight groups (RFC 5952: lowercase, the longest run of two or
// more zero groups becomes '::').
function groupsToIPv6(groups) {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i > 1) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  // inet_ntop writes IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d)
  // addresses with a dotted quad.
  if (bestStart === 0 && (bestLength === 6 || (bestLength === 5 && groups[5] === 0xffff))) {
    const prefix = bestLength === 5 ? '::ffff:' : '::';
    return `${prefix}${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLength - 1;
      continue;
    }
    if (out !== '' && StringPrototypeCharCodeAt(out, out.length - 1) !== 58 /* ':' */) out += ':';
    out += groups[i].toString(16);
  }
  return out;
}

// Marks arguments already normalized by net's normalizeArgs (node's internal flag).
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = {
  groupsToIPv6,
  ipv4ToNumber,
  ipv6ToGroups,
  isIP,
  isIPv4,
  isIPv6,
  normalizedArgsSymbol,
};

'use strict';

// What node:dns and node:dns/promises share: the lookup options (validated as node
// validates them), the result order, DNSException, the error code constants, and the
// resolver functions that are not implemented yet.

const {
  ArrayPrototypeForEach,
  ArrayPrototypePush,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeSplit,
  StringPrototypeTrim,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NODUS_NOT_IMPLEMENTED,
  },
  uvErrName,
} = require('internal/errors');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { wrappers } = require('internal/errors/stack');

const cares = internalBinding('cares_wrap');
const { UV_EAI_NODATA, UV_EAI_NONAME } = internalBinding('uv');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

function orderToBinding(order) {
  if (order === 'ipv4first') return cares.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return cares.DNS_ORDER_IPV6_FIRST;
  return cares.DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// The options of lookup(hostname, options) after the callback was taken off:
// { family, hints, all, order }. Throws node's errors for invalid values.
function parseLookupOptions(hostname, options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultResultOrder;

  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4':
          family = 4;
          break;
        case 'IPv6':
          family = 6;
          break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order: orderToBinding(order) };
}

let hostnameWarningEmitted = false;
function emitInvalidHostnameWarning(hostname) {
  if (hostnameWarningEmitted) return;
  hostnameWarningEmitted = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and ` +
                      'is supported in the dns module solely for compatibility.',
                      'DeprecationWarning', 'DEP0118');
}

// Host names go to the resolver in their ASCII (punycode) form.
let domainToASCII;
function toASCII(hostname) {
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 127) {
      domainToASCII ??= require('internal/url').domainToASCII;
      return domainToASCII(hostname) || hostname;
    }
  }
  return hostname;
}

// node's error for a failed resolution: "getaddrinfo ENOTFOUND example.invalid" with
// errno (libuv's number), code, syscall and hostname. Not-found answers (no name, no
// data) are all ENOTFOUND.
class DNSException extends wrappers.Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === UV_EAI_NODATA || code === UV_EAI_NONAME ? 'ENOTFOUND' : uvErrName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}

// The resolver's error codes, as dns.NOTFOUND etc.
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// The name servers of the system configuration (/etc/resolv.conf), as getServers()
// reports them.
function readSystemServers() {
  let text;
  try {
    text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
  } catch {
    return ['127.0.0.1'];
  }
  const servers = [];
  ArrayPrototypeForEach(StringPrototypeSplit(text, '\n'), (line) => {
    const match = RegExpPrototypeExec(/^\s*nameserver\s+(\S+)/, line);
    if (match !== null) ArrayPrototypePush(servers, StringPrototypeTrim(match[1]));
  });
  return servers.length > 0 ? servers : ['127.0.0.1'];
}

// ---------------------------------------------------------------------------------------
// NOT IMPLEMENTED YET: the c-ares resolver (dns.resolve*, dns.reverse, the Resolver
// classes' queries, setServers and setLocalAddress). Every entry point of both APIs
// throws from here, with code ERR_NODUS_NOT_IMPLEMENTED, until c-ares is wired in.

const resolverMethodNames = [
  'resolveAny', 'resolve4', 'resolve6', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa',
  'reverse', 'resolve',
];

function notImplemented(name) {
  throw new ERR_NODUS_NOT_IMPLEMENTED(`dns.${name}()`);
}

const resolveRecordTypes = {
  __proto__: null, A: true, AAAA: true, ANY: true, CAA: true, CNAME: true, MX: true,
  NAPTR: true, NS: true, PTR: true, SOA: true, SRV: true, TXT: true,
};

// A function named like the resolver method that checks its arguments as node does (so
// bad input gets node's error) and then throws. promises: the dns/promises form, which
// takes no callback.
function makeNotImplemented(name, promises = false) {
  const holder = {
    [name](hostname, options, callback) {
      if (name === 'resolve') {
        // resolve(hostname[, rrtype], callback): rrtype picks one of the other methods.
        if (options === undefined && promises) options = 'A';
        if (typeof options === 'function' && !promises) {
          callback = options;
          options = 'A';
        } else if (typeof options !== 'string') {
          throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', options);
        }
        if (resolveRecordTypes[options] !== true) {
          throw new ERR_INVALID_ARG_VALUE('rrtype', options);
        }
      } else if (arguments.length <= 2) {
        // (hostname, callback): options only come with three arguments.
        callback = options;
      }
      validateString(hostname, 'name');
      if (!promises && typeof callback !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
      }
      notImplemented(promises ? `promises.${name}` : name);
    },
  };
  return holder[name];
}

// A Resolver class (callback or promise API): it can be created and configured with
// options, but its queries are not implemented.
function makeResolverClass(promises = false) {
  class Resolver {
    constructor(options = undefined) {
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      this._handle = null;
    }

    cancel() {}

    getServers() {
      return readSystemServers();
    }

    setServers(servers) {
      notImplemented('Resolver.setServers');
    }

    setLocalAddress(ipv4, ipv6) {
      notImplemented('Resolver.setLocalAddress');
    }
  }
  for (const name of resolverMethodNames) {
    ObjectDefineProperty(Resolver.prototype, name, {
      __proto__: null,
      value: makeNotImplemented(name, promises),
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  return Resolver;
}

module.exports = {
  cares,
  DNSException,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  makeNotImplemented,
  makeResolverClass,
  notImplemented,
  parseLookupOptions,
  readSystemServers,
  resolverMethodNames,
  setDefaultResultOrder,
  toASCII,
};

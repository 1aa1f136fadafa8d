'use strict';

// node:dns. lookup() and lookupService() use the system resolver (getaddrinfo and
// getnameinfo on libuv's thread pool, src/bindings/cares_wrap.c), as node's do; the
// c-ares queries (resolve*, reverse, Resolver) are not implemented yet and throw
// ERR_NODUS_NOT_IMPLEMENTED (internal/dns/utils).

const {
  ArrayPrototypeMap,
  ObjectDefineProperty,
} = primordials;

const { isIP } = require('internal/net');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validatePort,
  validateString,
} = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const {
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
  setDefaultResultOrder,
  toASCII,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {
  constructor(callback, family, hostname, oncomplete) {
    this.callback = callback;
    this.family = family;
    this.hostname = hostname;
    this.oncomplete = oncomplete;
  }
}

class GetNameInfoReqWrap {
  constructor(callback, hostname, port) {
    this.callback = callback;
    this.hostname = hostname;
    this.port = port;
    this.oncomplete = onlookupservice;
  }
}

function onlookup(status, addresses) {
  if (status) {
    this.callback(new DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(status, addresses) {
  if (status) {
    this.callback(new DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.callback(null, ArrayPrototypeMap(addresses, (address) => ({
    address,
    family: family || isIP(address),
  })));
}

// lookup(hostname[, options], callback): the first address (callback(err, address,
// family)) or, with all, every address (callback(err, [{ address, family }])).
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (typeof options === 'number' ||
             options === undefined || typeof options === 'object') {
    validateFunction(callback, 'callback');
  } else {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  }
  const { family, hints, all, order } = parseLookupOptions(hostname, options);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }

  const req = new GetAddrInfoReqWrap(callback, family, hostname, all ? onlookupall : onlookup);
  const err = cares.getaddrinfo(req, toASCII(hostname), family, hints, order);
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
ObjectDefineProperty(lookup, customPromisifyArgs, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function onlookupservice(status, hostname, service) {
  if (status) {
    this.callback(new DNSException(status, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback): callback(err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap(callback, address, port);
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}
ObjectDefineProperty(lookupService, customPromisifyArgs, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

const Resolver = makeResolverClass();

function getServers() {
  return readSystemServers();
}

function setServers(servers) {
  notImplemented('setServers');
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
  getServers,
  resolve: makeNotImplemented('resolve'),
  resolve4: makeNotImplemented('resolve4'),
  resolve6: makeNotImplemented('resolve6'),
  resolveAny: makeNotImplemented('resolveAny'),
  resolveCaa: makeNotImplemented('resolveCaa'),
  resolveCname: makeNotImplemented('resolveCname'),
  resolveMx: makeNotImplemented('resolveMx'),
  resolveNaptr: makeNotImplemented('resolveNaptr'),
  resolveNs: makeNotImplemented('resolveNs'),
  resolvePtr: makeNotImplemented('resolvePtr'),
  resolveSoa: makeNotImplemented('resolveSoa'),
  resolveSrv: makeNotImplemented('resolveSrv'),
  resolveTxt: makeNotImplemented('resolveTxt'),
  reverse: makeNotImplemented('reverse'),
};

let promises;
ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});

'use strict';

// dns.promises (node:dns/promises): lookup() and lookupService() returning promises;
// the c-ares queries are not implemented yet (internal/dns/utils).

const {
  ArrayPrototypeMap,
  Promise,
} = primordials;

const { isIP } = require('internal/net');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
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
  constructor(resolve, reject, family, hostname, all) {
    this.resolve = resolve;
    this.reject = reject;
    this.family = family;
    this.hostname = hostname;
    this.oncomplete = all ? onlookupall : onlookup;
  }
}

function onlookup(status, addresses) {
  if (status) {
    this.reject(new DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
}

function onlookupall(status, addresses) {
  if (status) {
    this.reject(new DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.resolve(ArrayPrototypeMap(addresses, (address) => ({
    address,
    family: family || isIP(address),
  })));
}

// lookup(hostname[, options]) -> Promise<{ address, family }> or, with all, an array.
function lookup(hostname, options) {
  const { family, hints, all, order } = parseLookupOptions(hostname, options);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matched = isIP(hostname);
    if (matched !== 0) {
      const result = { address: hostname, family: matched };
      resolve(all ? [result] : result);
      return;
    }
    const req = new GetAddrInfoReqWrap(resolve, reject, family, hostname, all);
    const err = cares.getaddrinfo(req, toASCII(hostname), family, hints, order);
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(status, hostname, service) {
  if (status) {
    this.reject(new DNSException(status, 'getnameinfo', this.hostname));
    return;
  }
  this.resolve({ hostname, service });
}

// lookupService(address, port) -> Promise<{ hostname, service }>.
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = {
      resolve, reject, hostname: address, port, oncomplete: onlookupservice,
    };
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
  });
}

function getServers() {
  return readSystemServers();
}

function setServers(servers) {
  notImplemented('promises.setServers');
}

module.exports = {
  lookup,
  lookupService,
  Resolver: makeResolverClass(true),
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ...errorCodes,
  getServers,
  resolve: makeNotImplemented('resolve', true),
  resolve4: makeNotImplemented('resolve4', true),
  resolve6: makeNotImplemented('resolve6', true),
  resolveAny: makeNotImplemented('resolveAny', true),
  resolveCaa: makeNotImplemented('resolveCaa', true),
  resolveCname: makeNotImplemented('resolveCname', true),
  resolveMx: makeNotImplemented('resolveMx', true),
  resolveNaptr: makeNotImplemented('resolveNaptr', true),
  resolveNs: makeNotImplemented('resolveNs', true),
  resolvePtr: makeNotImplemented('resolvePtr', true),
  resolveSoa: makeNotImplemented('resolveSoa', true),
  resolveSrv: makeNotImplemented('resolveSrv', true),
  resolveTxt: makeNotImplemented('resolveTxt', true),
  reverse: makeNotImplemented('reverse', true),
};

'use strict';

// node:url. The WHATWG API (URL, URLSearchParams and node's helpers) comes from
// internal/url. The rest is node's legacy URL API: url.parse() into a Url object,
// url.format(), url.resolve() and url.resolveObject(). The legacy parser follows no
// standard; its behaviour (which programs depend on) was worked out by comparing with
// node on many inputs: it trims whitespace, turns backslashes before the query into
// slashes, recognises a host after "//" (or after any scheme other than the well-known
// slashed ones), moves characters that cannot be in a hostname into the path, escapes a
// fixed set of characters, and never fails except for hostnames that IDNA rejects.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Boolean,
  FunctionPrototypeCall,
  Int8Array,
  ObjectKeys,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URI,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatURL,
  invalidURL,
  isURLObject,
  decodeURIComponentStrict,
} = require('internal/url');

const binding = internalBinding('url');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

// Schemes (with and without the colon) that always have "//" and a host.
const slashedProtocol = new SafeSet([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:',
]);
// Schemes that never have a host, and whose rest is not escaped.
const hostlessProtocol = new SafeSet(['javascript', 'javascript:']);

const kHostnameMaxLength = 255;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// DEP0169 is documentation-only in node 22: it warns under --pending-deprecation (or
// NODE_PENDING_DEPRECATION=1) only.
function isPendingDeprecation() {
  return require('internal/options').getOptions().pendingDeprecation === true ||
    process.env.NODE_PENDING_DEPRECATION === '1';
}

let parseWarned = false;
let invalidPortWarned = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && isPendingDeprecation()) {
    parseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// Whitespace the legacy parser trims: C0 controls and space, NBSP and the BOM.
function isTrimmed(code) {
  return code <= 0x20 || code === 0xA0 || code === 0xFEFF;
}

// Characters that end the host part.
function endsHost(code) {
  return code === 0x23 /* # */ || code === 0x2F /* / */ || code === 0x3F /* ? */;
}

// Characters that cannot be in a hostname: the host stops before the first of them
// (unless an '@' follows, which makes everything before it userinfo).
function cannotBeInHost(code) {
  switch (code) {
    case 0x20: case 0x22: case 0x25: case 0x27: case 0x3B: case 0x3C: case 0x3E:
    case 0x5C: case 0x5E: case 0x60: case 0x7B: case 0x7C: case 0x7D:
      return true;
    default:
      return false;
  }
}

// Characters escaped in the part after the host, with their escapes.
const autoEscapes = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C',
  '}': '%7D',
};

function autoEscape(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscapes[rest[i]];
    if (escaped === undefined) continue;
    out += StringPrototypeSlice(rest, last, i) + escaped;
    last = i + 1;
  }
  if (last === 0) return rest;
  return out + StringPrototypeSlice(rest, last);
}

// Characters that may not end up in a hostname after IDNA conversion.
function hasForbiddenHostChar(hostname, ipv6) {
  for (let i = 0; i < hostname.length; i++) {
    switch (StringPrototypeCharCodeAt(hostname, i)) {
      case 0x00: case 0x09: case 0x0A: case 0x0D: case 0x20: case 0x23: case 0x25:
      case 0x2F: case 0x3C: case 0x3E: case 0x3F: case 0x40: case 0x5C: case 0x5E:
      case 0x7C:
        return true;
      case 0x3A: case 0x5B: case 0x5D:
        if (!ipv6) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// The fast path: a path ("/..." or "//x...", not "///") with an optional query and no
// whitespace. Returns the index of '?' (or the length), or -1 when rest is not simple.
function simplePathEnd(rest) {
  const n = rest.length;
  if (n === 0 || StringPrototypeCharCodeAt(rest, 0) !== 0x2F) return -1;
  let i = 1;
  if (i < n && StringPrototypeCharCodeAt(rest, i) === 0x2F) i++;
  if (i < n && StringPrototypeCharCodeAt(rest, i) === 0x2F) return -1;
  let query = -1;
  for (; i < n; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (isSpace(c)) return -1;
    if (c === 0x3F && query === -1) query = i;
  }
  return query === -1 ? n : query;
}

// The characters a regular expression's \s matches.
function isSpace(c) {
  return (c >= 0x09 && c <= 0x0D) || c === 0x20 || c === 0xA0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200A) || c === 0x2028 || c === 0x2029 || c === 0x202F ||
    c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

// The scheme at the start of rest (ASCII letters, digits, "+", "-", "." then ':'),
// or ''.
function leadingProtocol(rest) {
  let i = 0;
  for (; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (!((c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) ||
          c === 0x2B || c === 0x2D || c === 0x2E)) {
      break;
    }
  }
  return i > 0 && i < rest.length && rest[i] === ':' ? StringPrototypeSlice(rest, 0, i + 1) : '';
}

// "//user@host" without a scheme still denotes a host.
function startsWithUserAndHost(rest) {
  if (StringPrototypeCharCodeAt(rest, 0) !== 0x2F || StringPrototypeCharCodeAt(rest, 1) !== 0x2F) {
    return false;
  }
  let i = 2;
  while (i < rest.length && rest[i] !== '@' && rest[i] !== '/') i++;
  if (i === 2 || rest[i] !== '@') return false;
  const next = rest[i + 1];
  return next !== undefined && next !== '@' && next !== '/';
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);

  // Trim, note '@' and '#', and turn backslashes before the query or hash into slashes.
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(StringPrototypeCharCodeAt(url, start))) start++;
  while (end > start && isTrimmed(StringPrototypeCharCodeAt(url, end - 1))) end--;
  let rest = '';
  let copied = start;
  let hasAt = false;
  let hasHash = false;
  let inQuery = false;
  for (let i = start; i < end; i++) {
    const c = StringPrototypeCharCodeAt(url, i);
    if (inQuery) {
      if (c === 0x23) hasHash = true;
    } else if (c === 0x40) {
      hasAt = true;
    } else if (c === 0x23 || c === 0x3F) {
      if (c === 0x23) hasHash = true;
      inQuery = true;
    } else if (c === 0x5C) {
      rest += `${StringPrototypeSlice(url, copied, i)}/`;
      copied = i + 1;
    }
  }
  rest += StringPrototypeSlice(url, copied, end);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const queryAt = simplePathEnd(rest);
    if (queryAt !== -1) {
      this.path = rest;
      this.href = rest;
      this.pathname = StringPrototypeSlice(rest, 0, queryAt);
      if (queryAt < rest.length) {
        this.search = StringPrototypeSlice(rest, queryAt);
        this.query = StringPrototypeSlice(rest, queryAt + 1);
        if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = leadingProtocol(rest);
  let lowerProto;
  if (proto !== '') {
    lowerProto = StringPrototypeToLowerCase(proto);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, proto.length);
  } else {
    proto = undefined;
  }

  let slashes = false;
  if (slashesDenoteHost || proto !== undefined || startsWithUserAndHost(rest)) {
    slashes = StringPrototypeCharCodeAt(rest, 0) === 0x2F &&
      StringPrototypeCharCodeAt(rest, 1) === 0x2F;
    if (slashes && !(proto !== undefined && hostlessProtocol.has(lowerProto))) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto !== undefined && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!hostlessProtocol.has(lowerProto)) rest = autoEscape(rest);

  // The hash starts at the first '#'; the query at the first '?' before it.
  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (c === 0x23) {
      hash = i;
      this.hash = StringPrototypeSlice(rest, i);
      break;
    }
    if (c === 0x3F && question === -1) question = i;
  }
  if (question !== -1) {
    const queryEnd = hash === -1 ? rest.length : hash;
    this.search = StringPrototypeSlice(rest, question, queryEnd);
    this.query = StringPrototypeSlice(rest, question + 1, queryEnd);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = question !== -1 ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = StringPrototypeSlice(rest, 0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads "[auth@]host[:port]" from the start of rest into self; returns what follows.
// `url` is the whole input, for errors and warnings.
function parseAuthority(self, rest, url) {
  // Tabs and newlines are dropped from the authority (as the WHATWG parser does), so that
  // they cannot split a hostname.
  let authorityEnd = 0;
  let hasTab = false;
  for (; authorityEnd < rest.length; authorityEnd++) {
    const c = StringPrototypeCharCodeAt(rest, authorityEnd);
    if (endsHost(c)) break;
    if (c === 0x09 || c === 0x0A || c === 0x0D) hasTab = true;
  }
  if (hasTab) {
    let kept = '';
    for (let i = 0; i < authorityEnd; i++) {
      const c = StringPrototypeCharCodeAt(rest, i);
      if (c !== 0x09 && c !== 0x0A && c !== 0x0D) kept += rest[i];
    }
    rest = kept + StringPrototypeSlice(rest, authorityEnd);
  }
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (endsHost(c)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    }
    if (c === 0x40) {
      // The last '@' before the end of the host separates the userinfo.
      at = i;
      nonHost = -1;
    } else if (nonHost === -1 && cannotBeInHost(c)) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (at !== -1) {
    self.auth = decodeURIComponentStrict(StringPrototypeSlice(rest, 0, at));
    hostStart = at + 1;
  }
  if (nonHost === -1) {
    self.host = StringPrototypeSlice(rest, hostStart);
    rest = '';
  } else {
    self.host = StringPrototypeSlice(rest, hostStart, nonHost);
    rest = StringPrototypeSlice(rest, nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  let hostname = self.hostname;
  const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
  if (!ipv6) {
    // Whatever cannot be in a hostname moves into the path.
    for (let i = 0; i < hostname.length; i++) {
      const c = StringPrototypeCharCodeAt(hostname, i);
      if (c === 0x2F || c === 0x5C || c === 0x23 || c === 0x3F || c === 0x3A) {
        if (c === 0x3A && !invalidPortWarned) {
          invalidPortWarned = true;
          process.emitWarning(
            `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        rest = `/${StringPrototypeSlice(hostname, i)}${rest}`;
        hostname = StringPrototypeSlice(hostname, 0, i);
        break;
      }
    }
  }
  hostname = hostname.length > kHostnameMaxLength ? '' : StringPrototypeToLowerCase(hostname);
  if (hostname !== '') {
    if (!ipv6) hostname = binding.legacyToASCII(hostname);
    if ((!ipv6 && hostname === '') || hasForbiddenHostChar(hostname, ipv6)) {
      throw invalidURL(url);
    }
  }
  self.hostname = hostname;
  self.host = hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = StringPrototypeSlice(hostname, 1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// Characters kept as they are in the auth part of a formatted URL.
const authUnescaped = new Int8Array(128);
for (const ch of "!'()*-.:_~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
  authUnescaped[StringPrototypeCharCodeAt(ch, 0)] = 1;
}
const hexByte = [];
for (let i = 0; i < 256; i++) hexByte[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// Percent-encodes the auth part as UTF-8. A high surrogate at the very end cannot be
// encoded; any other surrogate is combined with the unit after it.
function escapeAuth(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80 && authUnescaped[c] === 1) continue;
    out += StringPrototypeSlice(str, last, i);
    if (c < 0x80) {
      out += hexByte[c];
    } else if (c < 0x800) {
      out += hexByte[0xC0 | (c >> 6)] + hexByte[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexByte[0xE0 | (c >> 12)] + hexByte[0x80 | ((c >> 6) & 0x3F)] +
        hexByte[0x80 | (c & 0x3F)];
    } else {
      if (++i >= str.length) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (StringPrototypeCharCodeAt(str, i) & 0x3FF));
      out += hexByte[0xF0 | (c >> 18)] + hexByte[0x80 | ((c >> 12) & 0x3F)] +
        hexByte[0x80 | ((c >> 6) & 0x3F)] + hexByte[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return out + StringPrototypeSlice(str, last);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURLObject(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject.href, fragment, unicode, search, auth);
  }
  return FunctionPrototypeCall(Url.prototype.format, urlObject);
}

// The fields of a Url may hold anything. Strings are handled with the captured string
// methods; for other values format() calls the methods on the value itself, as node
// does, so that numbers and booleans fail with a TypeError the way they do in node.
function codeAt(value, index) {
  return typeof value === 'string' ? StringPrototypeCharCodeAt(value, index) :
    value.charCodeAt(index);
}

// Escapes '#' and '?' in a pathname.
function escapePathname(pathname) {
  if (typeof pathname !== 'string') {
    if (pathname.length > 0) pathname.charCodeAt(0);
    return pathname;
  }
  if (StringPrototypeIncludes(pathname, '#') || StringPrototypeIncludes(pathname, '?')) {
    return StringPrototypeReplaceAll(StringPrototypeReplaceAll(pathname, '#', '%23'), '?',
                                     '%3F');
  }
  return pathname;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    const colon = typeof hostname === 'string' ? StringPrototypeIncludes(hostname, ':') :
      hostname.includes(':');
    const bracket = colon &&
      !(codeAt(hostname, 0) === 0x5B && codeAt(hostname, hostname.length - 1) === 0x5D);
    host = auth + (bracket ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') {
    query = lazyQuerystring().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && codeAt(protocol, protocol.length - 1) !== 0x3A) protocol += ':';
  pathname = escapePathname(pathname);
  // "//" for the slashed schemes (or when the URL had it), "//" alone for file: URLs
  // without a host.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && codeAt(pathname, 0) !== 0x2F) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && codeAt(protocol, 0) === 0x66 &&
               codeAt(protocol, 1) === 0x69 && codeAt(protocol, 2) === 0x6C &&
               codeAt(protocol, 3) === 0x65) {
      host = '//';
    }
  }
  search = typeof search === 'string' ? StringPrototypeReplaceAll(search, '#', '%23') :
    search.replace(/#/g, '%23');
  if (hash && codeAt(hash, 0) !== 0x23) hash = `#${hash}`;
  if (search && codeAt(search, 0) !== 0x3F) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyInto(target, source, except) {
  const keys = ObjectKeys(source);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== except) target[keys[i]] = source[keys[i]];
  }
}

function joinPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// Moves "user@" from a host that picked it up back into auth (e.g. resolving against a
// mailto: URL).
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && StringPrototypeIndexOf(host, '@') > 0) {
    const parts = StringPrototypeSplit(host, '@');
    result.auth = ArrayPrototypeShift(parts);
    result.host = result.hostname = ArrayPrototypeShift(parts);
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  copyInto(result, this);
  // The hash always comes from the relative URL, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the scheme comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme: an unknown one replaces everything; a slashed one needs a host,
    // taken from the start of the relative path when it has none (except file:).
    if (!slashedProtocol.has(relative.protocol)) {
      copyInto(result, relative);
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && relative.protocol !== 'file' && relative.protocol !== 'file:' &&
        !hostlessProtocol.has(relative.protocol)) {
      const parts = StringPrototypeSplit(relative.pathname || '', '/');
      while (parts.length > 0 && !(relative.host = ArrayPrototypeShift(parts)));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (parts[0] !== '') ArrayPrototypeUnshift(parts, '');
      if (parts.length < 2) ArrayPrototypeUnshift(parts, '');
      result.pathname = ArrayPrototypeJoin(parts, '/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const sourceAbsolute = result.pathname && result.pathname[0] === '/';
  const relativeAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = relativeAbsolute || sourceAbsolute ||
    (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let srcPath = (result.pathname && StringPrototypeSplit(result.pathname, '/')) || [];
  const relPath = (relative.pathname && StringPrototypeSplit(relative.pathname, '/')) || [];
  // Without "//" (e.g. mailto:), the host is treated as the first path segment so that
  // ".." can climb into it; it is put back at the end.
  const hostInPath = result.protocol && !slashedProtocol.has(result.protocol);
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else ArrayPrototypeUnshift(srcPath, result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else ArrayPrototypeUnshift(relPath, relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length > 0) {
    // A relative path replaces the last segment of the source path.
    ArrayPrototypePop(srcPath);
    for (let i = 0; i < relPath.length; i++) ArrayPrototypePush(srcPath, relPath[i]);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the path.
    if (hostInPath) {
      result.hostname = result.host = ArrayPrototypeShift(srcPath);
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    joinPath(result);
    return finish(result);
  }

  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in "." or ".." (or an empty segment) keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const trailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Drop "." segments and resolve ".." against the segments before them; `up` counts
  // the ".." that climbed above the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      ArrayPrototypeSplice(srcPath, i, 1);
    } else if (last === '..') {
      ArrayPrototypeSplice(srcPath, i, 1);
      up++;
    } else if (up) {
      ArrayPrototypeSplice(srcPath, i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) ArrayPrototypeUnshift(srcPath, '..');
  }
  if (mustEndAbsolute && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    ArrayPrototypeUnshift(srcPath, '');
  }
  if (trailingSlash && StringPrototypeSlice(ArrayPrototypeJoin(srcPath, '/'), -1) !== '/') {
    ArrayPrototypePush(srcPath, '');
  }
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (hostInPath) {
    result.hostname = result.host = isAbsolute ? '' :
      srcPath.length ? ArrayPrototypeShift(srcPath) : '';
    splitAuthFromHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && srcPath.length);
  if (mustEndAbsolute && !isAbsolute) ArrayPrototypeUnshift(srcPath, '');
  if (srcPath.length > 0) {
    result.pathname = ArrayPrototypeJoin(srcPath, '/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  joinPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

// Splits a trailing ":digits" off this.host into this.port; the rest is the hostname.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let i = host.length;
  while (i > 0 && StringPrototypeCharCodeAt(host, i - 1) >= 0x30 &&
         StringPrototypeCharCodeAt(host, i - 1) <= 0x39) {
    i--;
  }
  if (i > 0 && host[i - 1] === ':') {
    if (i < host.length) this.port = StringPrototypeSlice(host, i);
    host = StringPrototypeSlice(host, 0, i - 1);
  }
  if (host) this.hostname = host;
};

module.exports = {
  // Legacy API.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // WHATWG API.
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  // Utilities.
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

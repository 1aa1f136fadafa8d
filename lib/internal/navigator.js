'use strict';

// The navigator global (node 22): a Navigator whose getters describe this runtime the way
// node's do. Every getter is on the prototype, so `navigator` prints as `Navigator {}`.

const {
  ObjectDefineProperties,
  ObjectFreeze,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
  Symbol,
  TypeError,
} = primordials;

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kCreate = Symbol('kCreate');
const kEnumerable = { __proto__: null, enumerable: true };

// The platform string browsers report for this operating system and architecture.
function platformString(platform, arch) {
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd') {
    if (arch === 'ia32') return 'FreeBSD i386';
    if (arch === 'x64') return 'FreeBSD amd64';
    return `FreeBSD ${arch}`;
  }
  if (platform === 'openbsd') {
    if (arch === 'ia32') return 'OpenBSD i386';
    if (arch === 'x64') return 'OpenBSD amd64';
    return `OpenBSD ${arch}`;
  }
  if (platform === 'sunos') {
    if (arch === 'ia32') return 'SunOS i86pc';
    return `SunOS ${arch}`;
  }
  if (platform === 'aix') return 'AIX';
  return `${StringPrototypeToUpperCase(platform[0])}${StringPrototypeSlice(platform, 1)} ${arch}`;
}

// The default locale (the engine's ICU default), as a BCP 47 tag.
function defaultLanguage() {
  let locale;
  try {
    locale = new Intl.Collator().resolvedOptions().locale;
  } catch {
    // Fall through to the default below.
  }
  return locale && locale !== 'und' ? locale : 'en-US';
}

// V8's message for reading a private field of another object.
function notANavigator(field) {
  return new TypeError(
    `Cannot read private member #${field} from an object whose class did not declare it`);
}

let isNavigator;

class Navigator {
  #availableParallelism;
  #userAgent;
  #platform;
  #languages;

  constructor(token = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    if (!isNavigator(this)) throw notANavigator('availableParallelism');
    this.#availableParallelism ??= require('os').availableParallelism();
    return this.#availableParallelism;
  }

  get language() {
    // The default locale can change while the process runs, so it is read every time.
    return defaultLanguage();
  }

  get languages() {
    if (!isNavigator(this)) throw notANavigator('languages');
    const language = defaultLanguage();
    if (this.#languages === undefined || this.#languages[0] !== language) {
      this.#languages = ObjectFreeze([language]);
    }
    return this.#languages;
  }

  get userAgent() {
    if (!isNavigator(this)) throw notANavigator('userAgent');
    if (this.#userAgent === undefined) {
      const version = process.version;
      this.#userAgent = `Node.js/${StringPrototypeSlice(version, 1,
                                                         StringPrototypeIndexOf(version, '.'))}`;
    }
    return this.#userAgent;
  }

  get platform() {
    if (!isNavigator(this)) throw notANavigator('platform');
    this.#platform ??= platformString(process.platform, process.arch);
    return this.#platform;
  }

  static {
    isNavigator = (value) => value !== null && typeof value === 'object' &&
      #availableParallelism in value;
  }
}

ObjectDefineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerable,
  language: kEnumerable,
  languages: kEnumerable,
  userAgent: kEnumerable,
  platform: kEnumerable,
});

module.exports = {
  Navigator,
  navigator: new Navigator(kCreate),
};

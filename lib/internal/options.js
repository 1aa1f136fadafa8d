'use strict';

// The parsed command line, fetched from C once and shared by the library.

let options;

function getOptions() {
  options ??= internalBinding('options').getOptions();
  return options;
}

module.exports = { getOptions };

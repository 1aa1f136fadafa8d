// Only the shape: node's version and nodus's API version differ.
// compat: script=-p "/^v\\d+\\.\\d+\\.\\d+$/.test(process.version) && process.versions.node === process.version.slice(1)"

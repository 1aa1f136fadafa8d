// compat: script=-e

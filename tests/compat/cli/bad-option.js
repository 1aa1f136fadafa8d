// compat: script=--definitely-not-an-option

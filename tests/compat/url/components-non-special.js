// Non-special schemes: opaque paths, optional hosts, null hosts, "/." prefixes.
const { show } = require('./_common');
for (const input of [
  'mailto:user@example.com',
  'data:text/plain,hello world',
  'javascript:alert(1)',
  'urn:isbn:0451450523',
  'sc://host/path',
  'sc://host',
  'sc://',
  'sc:///path',
  'sc:/path/to',
  'sc:path with spaces',
  'sc://user:pw@host:99/p?q#f',
  'sc://[::1]/',
  'sc://h\u00e9llo/',
  'sc://%41b/',
  'sc:/..//x',
  'web+demo:/.//not-a-host/',
  'sc://host/a/../b/./c',
  'git+ssh://git@github.com/org/repo.git',
  'a1+-.z:rest',
  'blob:https://example.com:443/uuid',
  'about:blank',
  'tel:+1-555-0100',
]) {
  show(input);
}

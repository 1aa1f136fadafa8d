'use strict';
// blob: URLs: URL.createObjectURL registers a Blob under a random UUID, resolveObjectURL
// returns a new Blob with its contents, revokeObjectURL forgets it.
const { resolveObjectURL } = require('buffer');

(async () => {
  const blob = new Blob(['registered'], { type: 'Text/Plain' });
  const url = URL.createObjectURL(blob);
  console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
  console.log(URL.createObjectURL(blob) !== url, new URL(url).protocol, new URL(url).origin);
  const resolved = resolveObjectURL(url);
  console.log(resolved, resolved === blob, resolved instanceof Blob, await resolved.text());
  console.log(resolveObjectURL(new URL(url)).size, resolveObjectURL({ toString: () => url }).size);
  console.log(resolveObjectURL(`${url}#fragment`), resolveObjectURL(`${url}?query`));
  console.log(resolveObjectURL(url.replace('nodedata:', 'other:')));
  console.log(resolveObjectURL('blob:nodedata:unknown'), resolveObjectURL('https://example.com/'));

  const file = new File(['file contents'], 'f.txt', { type: 'a/b' });
  const fileUrl = URL.createObjectURL(file);
  const fromFile = resolveObjectURL(fileUrl);
  console.log(fromFile, fromFile instanceof File, await fromFile.text());

  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url), resolveObjectURL(fileUrl) !== undefined);
  URL.revokeObjectURL(url);
  URL.revokeObjectURL(`${fileUrl}`);
  console.log(resolveObjectURL(fileUrl));
  console.log(URL.revokeObjectURL('blob:nodedata:nothing'), URL.revokeObjectURL('not a url'));
})();

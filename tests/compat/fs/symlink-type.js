// A symlink type that is not a string is ignored (node only uses it on Windows); a string
// must be dir, file or junction in every form, the promise one included.
'use strict';
const fs = require('fs');
const t = '/nonexistent-dir/t', p = '/nonexistent-dir/p';
for (const type of ['bogus', 1, {}, null, 'dir', '']) {
  let s; try { fs.symlinkSync(t, p, type); s = 'ok'; } catch (e) { s = `${e.code} ${e.message}`; }
  let c; try { fs.symlink(t, p, type, () => {}); c = 'queued'; } catch (e) { c = `${e.code} ${e.message}`; }
  console.log(JSON.stringify(type), '| sync', s, '| cb', c);
}
(async () => { for (const type of ['bogus', 1, '']) { try { await fs.promises.symlink(t, p, type); } catch (e) { console.log('promise', JSON.stringify(type), e.code, e.message); } } })();

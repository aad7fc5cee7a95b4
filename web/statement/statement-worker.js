// Dealsheet statement worker: reads the user's statement files on this device, off the page's main thread. The
// page posts {type: 'read', id, files: [File], maps: {index: "role=Column,…"}}; each File is read in 1 MB slices
// (Blob.slice + arrayBuffer, so memory does not grow with the file) and fed to the core's StatementReader in
// dealsheet-statement.wasm; the worker answers with progress, then the summary or the problems. Nothing here
// makes a network request with the file: the only fetches are this worker's own module files.
'use strict';

importScripts('dealsheet-statement.js');
const chunkBytes = 1 << 20;
const module = createDealsheetStatement();

async function read(files, maps, id) {
  const statement = await module;
  statement.clear();
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let lastPost = 0;
  const files_ = [];
  for (let index = 0; index < files.length; index += 1) {
    const file = files[index];
    const begun = statement.begin(file.name, maps[index] || '');
    if (!begun.ok) return { type: 'failed', id, file: file.name, index, problems: begun.problems, header: [] };
    const slice = (at) => (at < file.size ? file.slice(at, Math.min(file.size, at + chunkBytes)).arrayBuffer() : null);
    let next = slice(0);
    for (let at = 0; at < file.size; at += chunkBytes) {
      const bytes = new Uint8Array(await next);
      next = slice(at + chunkBytes);  // the next slice is read while this one is parsed
      done += bytes.length;
      const more = statement.feed(bytes);
      const now = Date.now();
      if (now - lastPost > 50) { lastPost = now; postMessage({ type: 'progress', id, done, total, file: file.name }); }
      if (!more) { done += file.size - Math.min(file.size, at + chunkBytes); break; }
    }
    const finished = statement.finish();
    if (!finished.ok) return { type: 'failed', id, file: file.name, index, problems: finished.problems, header: finished.header || [] };
    files_.push(finished);
  }
  postMessage({ type: 'progress', id, done: total, total, file: '' });
  const summary = statement.summary();
  if (!summary.ok) return { type: 'failed', id, file: '', index: -1, problems: summary.problems, header: [] };
  return { type: 'summary', id, files: files_, ...summary };
}

onmessage = (event) => {
  const message = event.data;
  let work;
  if (message.type === 'read') work = read(message.files, message.maps || {}, message.id);
  else if (message.type === 'use') work = module.then((s) => ({ type: 'use', id: message.id, ...s.use(message.fragment) }));
  else if (message.type === 'split') work = module.then((s) => ({ type: 'split', id: message.id, ...s.split(message.fragment) }));
  else return;
  work.then((answer) => postMessage(answer), (error) => postMessage({
    type: 'failed', id: message.id, file: '', index: -1, header: [],
    problems: [{ field: '', message: `The statement reader stopped: ${error && error.message ? error.message : error}` }],
  }));
};

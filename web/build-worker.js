// The Web Worker that builds and reads stories (src/worker/worker_main.cpp compiled to
// factlens-worker.js/.wasm), so the page's main thread never parses a large story: it gets
// a snapshot of the loaded model (core/snapshot.h) and copies it out in steps. Cancelling
// is the page terminating us.
//
// In a single-file page (single-file.js) we run from a blob: URL that begins with
// self.factlensWorkerInline: factlens-worker.js wrapped in its start(Module), and its wasm,
// which the page posts as the first message ({type: 'inline-wasm', wasm}).
'use strict';

let ready = null;
function load() {
  if (ready) return ready;
  ready = new Promise((resolve, reject) => {
    const inline = self.factlensWorkerInline;
    self.Module = {
      ...(inline ? { wasmBinary: inline.wasm } : {}),
      onRuntimeInitialized: () => resolve(self.Module),
      onAbort: (what) => reject(new Error(String(what))),
      print: () => {},
      printErr: (text) => console.warn('factlens worker:', text),
    };
    if (inline) inline.start(self.Module);
    else importScripts('factlens-worker.js');
  });
  return ready;
}

function withHeap(Module, bytes, fn) {
  const ptr = Module._malloc(Math.max(1, bytes.length));
  try {
    Module.HEAPU8.set(bytes, ptr);
    return fn(ptr, bytes.length);
  } finally {
    Module._free(ptr);
  }
}

function bytesAt(Module, at, size) {
  return Module.HEAPU8.slice(at, at + size);
}

// {type: 'build', request} -> progress..., {type: 'built', ok, story: the snapshot, or the
// bytes of why it could not be built, keep: the story's JSON when small enough to keep};
// {type: 'check', id, name, bytes} -> {type: 'checked', id, ok, story: the snapshot when ok,
// answer: the JSON list of problems when not}. Buffers are transferred, not copied.
self.onmessage = async (event) => {
  const { type, request, id, name, bytes } = event.data || {};
  if (type === 'inline-wasm') {
    if (self.factlensWorkerInline) self.factlensWorkerInline.wasm = new Uint8Array(event.data.wasm);
    return;
  }
  if (type === 'date') {  // {type: 'date', id, text: bytes} -> {type: 'dated', id, date: "YYYY-MM-DD" or ""}
    let date = '';
    try {
      const Module = await load();
      const size = withHeap(Module, new Uint8Array(event.data.text), (ptr, len) => Module._factlens_worker_article_date(ptr, len));
      date = new TextDecoder().decode(bytesAt(Module, Module._factlens_worker_result(), size));
    } catch { /* no date: the user types it */ }
    self.postMessage({ type: 'dated', id, date });
    return;
  }
  if (type === 'measure-extract') {  // bench/browser-throughput.mjs: {texts: [{text, date}], repeats}
    const Module = await load();
    const mbPerSecond = withHeap(Module, new TextEncoder().encode(JSON.stringify(event.data.texts)), (ptr, len) =>
      Module._factlens_worker_measure_extract(ptr, len, event.data.repeats));
    self.postMessage({ type: 'measured', mbPerSecond });
    return;
  }
  const reply = type === 'build' ? 'built' : 'checked';
  try {
    const Module = await load();
    if (type === 'build') {
      const size = withHeap(Module, new TextEncoder().encode(request), (ptr, len) => Module._factlens_worker_build(ptr, len));
      const story = bytesAt(Module, Module._factlens_worker_result(), size);
      const keep = bytesAt(Module, Module._factlens_worker_keep(), Module._factlens_worker_keep_size());
      let title = '';
      try { title = String(JSON.parse(request).title || ''); } catch { /* the core said why */ }
      self.postMessage({ type: reply, ok: Module._factlens_worker_ok() === 1, story, keep, title }, [story.buffer, keep.buffer]);
    } else if (type === 'check') {
      const size = withHeap(Module, new TextEncoder().encode(name), (np, nl) =>
        withHeap(Module, new Uint8Array(bytes), (ptr, len) => Module._factlens_worker_check(np, nl, ptr, len)));
      const answer = bytesAt(Module, Module._factlens_worker_result(), size);
      const at = Module._factlens_worker_title();
      const title = new TextDecoder().decode(Module.HEAPU8.subarray(at, Module.HEAPU8.indexOf(0, at)));
      if (Module._factlens_worker_ok() === 1) self.postMessage({ type: reply, id, ok: true, story: answer, title }, [answer.buffer]);
      else self.postMessage({ type: reply, id, ok: false, answer: new TextDecoder().decode(answer) });
    }
  } catch (err) {
    const error = 'the worker failed: ' + String(err && err.message || err);
    if (type === 'build') self.postMessage({ type: reply, ok: false, story: new TextEncoder().encode(error), keep: new Uint8Array(0) });
    else self.postMessage({ type: reply, id, ok: false, answer: JSON.stringify({ ok: false, error }) });
  }
};

// The Web Worker that builds stories (src/worker/worker_main.cpp compiled to
// factlens-worker.js/.wasm): the page posts {type: 'build', request: JSON string}, and we
// answer with progress messages, then {type: 'built', answer: JSON string}. Cancelling
// is the page terminating us.
'use strict';

let ready = null;
function load() {
  if (ready) return ready;
  ready = new Promise((resolve, reject) => {
    self.Module = {
      onRuntimeInitialized: () => resolve(self.Module),
      onAbort: (what) => reject(new Error(String(what))),
      print: () => {},
      printErr: (text) => console.warn('factlens worker:', text),
    };
    importScripts('factlens-worker.js');
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

function result(Module, size) {
  const at = Module._factlens_worker_result();
  return new TextDecoder().decode(Module.HEAPU8.subarray(at, at + size));
}

// {type: 'build', request} -> progress..., {type: 'built', ok, story: bytes of the story's
// JSON, or of why it could not be built};
// {type: 'check', id, name, bytes} -> {type: 'checked', id, answer}.
self.onmessage = async (event) => {
  const { type, request, id, name, bytes } = event.data || {};
  const reply = type === 'build' ? 'built' : 'checked';
  try {
    const Module = await load();
    if (type === 'build') {
      const size = withHeap(Module, new TextEncoder().encode(request), (ptr, len) => Module._factlens_worker_build(ptr, len));
      // The story's JSON as bytes (transferred, not copied), or why there is none.
      const at = Module._factlens_worker_result();
      const story = Module.HEAPU8.slice(at, at + size);
      self.postMessage({ type: reply, ok: Module._factlens_worker_ok() === 1, story }, [story.buffer]);
    } else if (type === 'check') {
      const size = withHeap(Module, new TextEncoder().encode(name), (np, nl) =>
        withHeap(Module, new Uint8Array(bytes), (ptr, len) => Module._factlens_worker_check(np, nl, ptr, len)));
      self.postMessage({ type: reply, id, answer: result(Module, size) });
    }
  } catch (err) {
    const error = 'the worker failed: ' + String(err && err.message || err);
    if (type === 'build') self.postMessage({ type: reply, ok: false, story: new TextEncoder().encode(error) });
    else self.postMessage({ type: reply, id, answer: JSON.stringify({ ok: false, error }) });
  }
};

// The library: every story the user builds or opens, kept in this browser's IndexedDB
// (docs/links.md, "Stories in the browser"). One record per story, keyed by its content
// hash, so two tabs that keep stories at the same time never overwrite each other; a
// BroadcastChannel tells the other tabs that the list changed. The app (C++) shows the list
// and asks for changes; this file alone reads and writes the database.
'use strict';

(function () {
  const DB_NAME = 'factlens-library';
  const DB_VERSION = 1;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('factlens-library') : null;
  let dbPromise = null;

  function open() {
    dbPromise ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        // `meta` is what the list shows (small); `stories` holds each story's JSON.
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('stories')) db.createObjectStore('stories', { keyPath: 'id' });
      };
      req.onsuccess = () => {
        const db = req.result;
        // Another tab upgrading the database: let it, and open again next time.
        db.onversionchange = () => { db.close(); dbPromise = null; };
        resolve(db);
      };
      req.onerror = () => { dbPromise = null; reject(req.error); };
      req.onblocked = () => { dbPromise = null; reject(new Error('the library is held open by another tab')); };
    });
    return dbPromise;
  }

  function run(stores, mode, fn) {
    return open().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      let result;
      tx.oncomplete = () => resolve(result);
      tx.onabort = tx.onerror = () => reject(tx.error || new Error('the library transaction failed'));
      Promise.resolve(fn(tx)).then((r) => { result = r; }, (e) => { tx.abort(); reject(e); });
    }));
  }
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });

  // The story's id: the first 128 bits of the SHA-256 of its JSON, in hex. The same bytes
  // always get the same id, so keeping a story twice keeps it once.
  async function hashOf(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  function changed() {
    channel?.postMessage('changed');
    for (const fn of listeners) fn();
  }
  const listeners = [];
  channel && (channel.onmessage = () => { for (const fn of listeners) fn(); });

  let askedPersist = false;

  window.factlensLibrary = {
    hashOf,
    // Calls `fn` whenever the list changes, in this tab or another.
    onChange(fn) { listeners.push(fn); },
    // [{id, title, added (ms since 1970), bytes}], newest first.
    async list() {
      const all = await run(['meta'], 'readonly', (tx) => req(tx.objectStore('meta').getAll()));
      return all.sort((a, b) => b.added - a.added);
    },
    // The story's JSON bytes, or null when it is not kept here.
    async get(id) {
      const rec = await run(['stories'], 'readonly', (tx) => req(tx.objectStore('stories').get(id)));
      return rec ? new Uint8Array(rec.json) : null;
    },
    async has(id) {
      return !!(await run(['meta'], 'readonly', (tx) => req(tx.objectStore('meta').get(id))));
    },
    // Keeps a story: {ok: true, id} or {ok: false, id, why}. A story already kept keeps its
    // title and date. The first story kept asks the browser to keep the library for good.
    async put(bytes, title) {
      const id = await hashOf(bytes);
      try {
        await run(['meta', 'stories'], 'readwrite', async (tx) => {
          const meta = tx.objectStore('meta');
          if (await req(meta.get(id))) return;
          meta.put({ id, title: String(title || 'Untitled story').slice(0, 300), added: Date.now(), bytes: bytes.length });
          tx.objectStore('stories').put({ id, json: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) });
        });
      } catch (err) {
        const full = err && (err.name === 'QuotaExceededError' || /quota/i.test(String(err.message)));
        return { ok: false, id, why: full ? 'the browser\u2019s storage for this site is full' : 'the browser refused to store it (' + String(err && err.message || err) + ')' };
      }
      if (!askedPersist && navigator.storage?.persist) {
        askedPersist = true;
        navigator.storage.persist().catch(() => {});
      }
      changed();
      return { ok: true, id };
    },
    async rename(id, title) {
      await run(['meta'], 'readwrite', async (tx) => {
        const meta = tx.objectStore('meta');
        const rec = await req(meta.get(id));
        if (rec) meta.put({ ...rec, title: String(title).slice(0, 300) });
      });
      changed();
    },
    async remove(id) {
      await run(['meta', 'stories'], 'readwrite', (tx) => {
        tx.objectStore('meta').delete(id);
        tx.objectStore('stories').delete(id);
      });
      changed();
    },
  };
})();

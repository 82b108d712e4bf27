// The page around the WebAssembly app: checks what the browser can do, shows loading
// progress and readable errors, loads the app, and exposes the test hook.
'use strict';

(function () {
  const overlay = document.getElementById('overlay');
  const statusText = document.getElementById('status-text');
  const progress = document.getElementById('progress');
  const errorBox = document.getElementById('error');
  const canvas = document.getElementById('canvas');
  // A single-file page (single-file.js): the app's files and a story, inlined. Null in the
  // normal page, which fetches its files.
  const inline = window.factlensInline || null;

  function showError(message, offerReload) {
    overlay.classList.remove('hidden');
    statusText.textContent = 'factlens cannot start.';
    progress.hidden = true;
    errorBox.hidden = false;
    errorBox.textContent = message;
    if (offerReload) {
      const button = document.createElement('button');
      button.textContent = 'Reload';
      button.onclick = () => location.reload();
      errorBox.appendChild(document.createElement('br'));
      errorBox.appendChild(button);
    }
  }

  // What the app needs, checked before anything downloads.
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showError('This browser does not run WebAssembly. Use a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  const probe = document.createElement('canvas').getContext('webgl2');
  if (!probe) {
    showError('This browser or device has no WebGL2, which factlens draws with. ' +
              'Turn on hardware acceleration, or use a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  probe.getExtension('WEBGL_lose_context')?.loseContext();

  // The GPU process can drop our context (driver reset, too many tabs). Without
  // preventDefault the browser will never restore it; we reload to rebuild GL state.
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showError('The graphics context was lost (the GPU was reset or is busy).', true);
  });

  // SDL2's Emscripten backend calls preventDefault on every key with Ctrl held, which
  // would swallow the browser's own shortcuts. Let those through before SDL sees them.
  // Ctrl+V too: SDL cannot read the browser's clipboard, so the paste event (below)
  // carries the text to the app.
  const browserKeys = new Set(['+', '=', '-', '_', '0', 'l', 'L', 't', 'T', 'w', 'W', 'n', 'N', 'r', 'R', 'Tab',
                               'PageUp', 'PageDown', 'v', 'V']);
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && browserKeys.has(e.key)) e.stopImmediatePropagation();
    else if (e.key === 'F5' || e.key === 'F11' || e.key === 'F12') e.stopImmediatePropagation();
  }, true);

  // A change of devicePixelRatio without a window resize (moving to another screen)
  // fires no resize event; SDL only re-reads the ratio on resize, so raise one.
  function watchPixelRatio() {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => {
      window.dispatchEvent(new Event('resize'));
      watchPixelRatio();
    }, { once: true });
  }
  watchPixelRatio();

  window.factlensReady = false;
  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    // No setStatus: with one, Emscripten says "Running..." and then waits a timer (two
    // tasks, 10-20 ms) before main(); the card says "Loading…" until the first frame.
    onAbort: (what) => showError('The app stopped: ' + what, true),
    // The app's first frame: the page shows it at once (its story follows a frame later).
    onFactlensFirstFrame: () => {
      window.factlensFirstFrame = performance.now();  // ms since navigation (bench/weight.mjs)
      overlay.classList.add('hidden');
    },
    // The first frame with the story (or a linked view) on screen: tests wait for this.
    onFactlensReady: () => {
      canvas.addEventListener('contextmenu', (e) => e.preventDefault());
      overlay.classList.add('hidden');
      overlay.setAttribute('aria-hidden', 'true');  // no stale "Loading…" for screen readers
      statusText.textContent = '';
      canvas.focus();
      if (inline) openInlineStory();
      window.factlensReady = true;
      registerServiceWorker();
      migrateOldStory().finally(sendLibrary);
    },
  };
  // factlens.data (tools/pack-data.py): the default story's snapshot and the interface
  // fonts, which the app reads at start (platform::preloaded_file; the page's wasm has no
  // file system). Asked for now (index.html preloads it), and handed over before main()
  // runs: the run waits for it as for the wasm.
  const data = inline ? Promise.resolve(inline.files['factlens.data'])
    : fetch('factlens.data').then((r) => {
      if (!r.ok) throw new Error(`factlens.data: ${r.status}`);
      return r.arrayBuffer();
    }).then((b) => new Uint8Array(b));
  window.Module.preRun = [() => {
    window.Module.addRunDependency('factlens.data');
    data.then((bytes) => {
      progress.value = 1;
      window.Module.factlensData = bytes;
      window.Module.removeRunDependency('factlens.data');
    }, () => showError('Could not download factlens.data. Check the connection and reload.', true));
  }];
  // In a single-file page Emscripten boots from the inlined wasm.
  if (inline) window.Module.wasmBinary = inline.files['factlens.wasm'];

  // Strings and bytes go to the app through the heap with their length, never through
  // ccall's 'string' (which copies onto the 5 MB wasm stack before any limit applies), and
  // each is checked against the app's limits (core/limits.h) before anything is copied.
  let limits = null;
  const appLimits = () => (limits ??= JSON.parse(window.Module.UTF8ToString(window.Module._factlens_limits_json())));
  const encoder = new TextEncoder();
  function withHeap(bytes, fn) {
    const ptr = window.Module._malloc(Math.max(1, bytes.length));
    try {
      window.Module.HEAPU8.set(bytes, ptr);
      return fn(ptr, bytes.length);
    } finally {
      window.Module._free(ptr);
    }
  }
  // UTF-8 of at most `max` bytes: a longer string is cut there (whole characters only).
  function utf8Upto(text, max) {
    if (text.length * 3 <= max) return encoder.encode(text);
    const buf = new Uint8Array(max);
    const { written } = encoder.encodeInto(text.slice(0, max), buf);
    return buf.subarray(0, written);
  }
  // UTF-8 length without encoding (a pasted text may be many megabytes).
  function utf8Length(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xD800 && c < 0xDC00 ? (i++, 4) : 3;
    }
    return n;
  }
  function sendText(fn, text, max) {
    // A text longer than the limit is not copied: the app is told its size instead.
    const total = utf8Length(text);
    const bytes = total > max ? new Uint8Array(0) : encoder.encode(text);
    withHeap(bytes, (ptr, len) => fn(ptr, len, total));
  }

  // Links: the app writes its state into the fragment (push/replaceState); a navigation
  // the app did not make itself (Back, Forward, an edited fragment) is handed back to it.
  function applyView(frag) {
    window.Module.factlensFragment = frag;
    // A fragment over the limit is cut one byte past it, so the app says it was too long.
    withHeap(utf8Upto(frag, appLimits().fragment + 1), (ptr, len) => window.Module._factlens_apply_fragment(ptr, len));
  }
  function applyHash() {
    // A single-file page applies its fragment once its own story is open (openInlineStory).
    if (inline && !inline.opened) return;
    const frag = location.hash.replace(/^#/, '');
    const link = window.factlensStoryLink.split(frag);
    // A link to one of the user's own stories (docs/links.md): unless it is the story on
    // screen, open it first (from the library, or from the link itself), then its view.
    if (link.story && link.story !== appState().story_id) {
      window.Module.factlensFragment = frag;
      openLinkedStory(link);
      return;
    }
    applyView(frag);
  }
  window.Module.factlensApplyHash = applyHash;
  window.Module.factlensSetFragment = (frag, push) => {
    const url = location.pathname + location.search + (frag ? '#' + frag : '');
    window.Module.factlensFragment = frag;  // set by the app itself: not a navigation to apply
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  window.Module.factlensCopy = (text) => window.factlensMirrorHooks.copyText(text);
  window.Module.factlensCopyWithLink = (text, frag) => window.factlensMirrorHooks.copyWithLink(text, frag);
  // The mirror of the screen (web/mirror.js) and the document's title.
  window.Module.factlensMirror = (title, html) => window.factlensMirrorHooks.mirror(title, html);
  function onNavigate() {
    if (!window.factlensReady && !window.Module.factlensFragment && !location.hash) return;
    if (location.hash.replace(/^#/, '') !== window.Module.factlensFragment) applyHash();
  }
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);

  // Files: chosen through the hidden inputs or dropped on the page; bytes go to the app.
  const FILE_ARTICLES = 0, FILE_STORY = 1;
  // `size` is the file's real size: over the limit, no bytes are read or passed.
  function sendFile(kind, name, bytes, size = bytes.length) {
    const nameBytes = utf8Upto(name, appLimits().name);
    withHeap(nameBytes, (namePtr, nameLen) => withHeap(bytes, (ptr, len) =>
      window.Module._factlens_receive_file(kind, namePtr, nameLen, ptr, len, size)));
  }
  async function sendFiles(kind, files) {
    for (const file of files) {
      const k = kind ?? (/\.json$/i.test(file.name) ? FILE_STORY : FILE_ARTICLES);
      const max = k === FILE_STORY ? appLimits().story : appLimits().article;
      if (file.size > max) sendFile(k, file.name, new Uint8Array(0), file.size);
      else if (k === FILE_STORY) await openStory(file.name, new Uint8Array(await file.arrayBuffer()));
      else sendFile(k, file.name, new Uint8Array(await file.arrayBuffer()));
    }
  }

  // A story file is read in a worker (the core's own loader, off the main thread): a bad
  // one is refused with its problems, a good one comes back as a snapshot that the app
  // copies out in steps. The page has no story reader of its own: if the worker itself
  // fails, the file is refused with why, and the story on screen stays.
  let checkWorker = null;
  let checks = 0;
  const pendingChecks = new Map();
  function askReader(message, transfer) {
    if (!checkWorker) {
      checkWorker = newWorker();
      checkWorker.onmessage = (e) => {
        const done = pendingChecks.get(e.data?.id);
        if (done) { pendingChecks.delete(e.data.id); done(e.data); }
      };
      checkWorker.onerror = (e) => {
        e.preventDefault();
        const error = `the story reader (a Web Worker) failed${e.message ? ': ' + e.message : ''}`;
        for (const done of pendingChecks.values()) done({ ok: false, answer: JSON.stringify({ ok: false, error }) });
        pendingChecks.clear();
        checkWorker = null;
      };
    }
    const id = ++checks;
    return new Promise((resolve) => {
      pendingChecks.set(id, resolve);
      checkWorker.postMessage({ ...message, id }, transfer);
    });
  }
  const checkStory = (name, bytes) => askReader({ type: 'check', name, bytes: bytes.slice().buffer }, []);
  // An article's own date, looked for in its text by the same worker (platform::find_article_date).
  window.Module.factlensFindDate = (token, text) => askReader({ type: 'date', text: text.buffer }, [text.buffer]).then((answer) =>
    withHeap(encoder.encode(answer.date || ''), (ptr, len) => window.Module._factlens_article_date(token, ptr, len)));
  // Opens a story's JSON bytes: the worker reads it; a good one is kept in the library
  // (unless it came from there) and handed to the app as a snapshot, with the view to show
  // once it is open.
  async function openStory(name, bytes, { keep = true, fragment = '' } = {}) {
    const answer = await checkStory(name, bytes);
    const named = utf8Upto(name, appLimits().name);
    if (answer.ok && answer.story) {
      let kept = { id: '', why: '' };
      if (keep) kept = await keepStory(bytes, answer.title || name.replace(/\.factlens\.json$|\.json$/i, ''));
      else {
        // Not kept again; named by its id only when the library has it (a link can then name it).
        const id = await window.factlensLibrary.hashOf(bytes).catch(() => '');
        kept.id = id && (await window.factlensLibrary.has(id).catch(() => false)) ? id : '';
      }
      // A story file a link asked for: open it at the view that link names.
      if (!fragment && pendingLink && pendingLink.story === kept.id) fragment = pendingLink.rest;
      if (pendingLink && pendingLink.story === kept.id) pendingLink = null;
      withHeap(named, (np, nl) => withHeap(answer.story, (ptr, len) => withHeap(encoder.encode(kept.id), (ip, il) =>
        withHeap(encoder.encode(kept.why), (wp, wl) => withHeap(encoder.encode(fragment), (fp, fl) =>
          window.Module._factlens_story_opened(np, nl, ptr, len, ip, il, wp, wl, fp, fl))))));
    } else {
      withHeap(named, (np, nl) => withHeap(encoder.encode(answer.answer), (ptr, len) =>
        window.Module._factlens_story_refused(np, nl, ptr, len)));
    }
  }
  const appState = () => JSON.parse(window.factlens.state());
  const notice = (text) => withHeap(encoder.encode(text), (ptr, len) => window.Module._factlens_notice(ptr, len));
  // Keeps a story in the library: {id, why}; id is empty when the browser would not keep it.
  async function keepStory(bytes, title) {
    try {
      const r = await window.factlensLibrary.put(bytes, title);
      return r.ok ? { id: r.id, why: '' } : { id: '', why: r.why };
    } catch (err) {
      return { id: '', why: 'the browser has no storage for this page (' + String(err && err.message || err) + ')' };
    }
  }

  // A link naming a story that is not on screen: from the library, else from the link's
  // own data, else it waits for the story file (pendingLink) and says so.
  let pendingLink = null;
  async function openLinkedStory(link) {
    const lib = window.factlensLibrary;
    let bytes = null;
    try { bytes = link.story ? await lib.get(link.story) : null; } catch { bytes = null; }
    if (bytes) { openStory(link.title || 'your story', bytes, { keep: false, fragment: link.rest }); return; }
    if (link.data) {
      const got = await window.factlensStoryLink.decode(link.data, link.story);
      if (got.ok) { openStory(link.title || 'the story in this link', got.bytes, { keep: true, fragment: link.rest }); return; }
      notice('This link\u2019s story could not be opened: ' + got.why + '. Nothing in this browser was changed.');
      return;
    }
    pendingLink = link;
    const title = link.title ? '\u201C' + link.title + '\u201D' : 'a story';
    notice(`This link is to ${title}, which is not kept in this browser. Open its story file (Story \u203A Open a saved story, ` +
           'or drop it here) and it opens at the view the link names.');
  }

  // The library's list, to the app now and whenever it changes (here or in another tab).
  async function sendLibrary() {
    let list = [];
    try { list = await window.factlensLibrary.list(); } catch { list = []; }
    withHeap(encoder.encode(JSON.stringify(list)), (ptr, len) => window.Module._factlens_library(ptr, len));
  }
  window.factlensLibrary.onChange(sendLibrary);
  window.Module.factlensLibraryOpen = async (id) => {
    const bytes = await window.factlensLibrary.get(id).catch(() => null);
    const entry = (await window.factlensLibrary.list().catch(() => [])).find((e) => e.id === id);
    if (bytes) openStory(entry?.title || 'your story', bytes, { keep: false });
    else notice('That story is no longer kept in this browser.');
  };
  window.Module.factlensLibraryRename = (id, title) => { window.factlensLibrary.rename(id, title).catch((e) => notice(String(e))); };
  window.Module.factlensLibraryDelete = (id) => { window.factlensLibrary.remove(id).catch((e) => notice(String(e))); };
  const pageAddress = () => location.href.replace(/#.*$/, '');
  window.Module.factlensCopyStoryLink = async (id, title, fragment) => {
    const bytes = await window.factlensLibrary.get(id).catch(() => null);
    const done = (carries, message) => withHeap(encoder.encode(message), (ptr, len) => window.Module._factlens_link_copied(carries ? 1 : 0, ptr, len));
    if (!bytes) { done(true, 'This story is no longer kept in this browser, so no link can carry it.'); return; }
    const data = await window.factlensStoryLink.encode(bytes);
    const view = fragment ? '&' + fragment : '';
    const kb = (n) => (n / 1024).toFixed(n < 10240 ? 1 : 0) + ' KB';
    let link;
    if (data.length <= window.factlensStoryLink.MAX_ENCODED) {
      link = `${pageAddress()}#story=${id}&data=${data}${view}`;
      done(true, `Link copied. It carries the story (${kb(link.length)}), so it opens on any machine; nothing is uploaded.`);
    } else {
      link = `${pageAddress()}#story=${id}&title=${encodeURIComponent(title)}${view}`;
      done(false, `This story is too large to carry in a link (${kb(data.length)} once compressed; a link holds at most ` +
                  `${kb(window.factlensStoryLink.MAX_ENCODED)}). The link copied names it: it opens where the story is kept, or once its story file is opened.`);
    }
    window.factlensLastLink = link;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).catch(() => {});
  };
  window.Module.factlensSaveKept = async (id, name) => {
    const bytes = await window.factlensLibrary.get(id).catch(() => null);
    if (bytes) window.Module.factlensDownload(name, 'application/json', bytes);
    else notice('That story is no longer kept in this browser.');
  };
  window.Module.factlensSaveSingleFile = async (id, title, fragment) => {
    const bytes = await window.factlensLibrary.get(id).catch(() => null);
    if (!bytes || typeof window.factlensSingleFile !== 'function') { notice('A single-file page cannot be made here.'); return; }
    try {
      const blob = await window.factlensSingleFile(bytes, title, fragment ? '#' + fragment : '');
      const name = (title || 'story').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'story';
      window.Module.factlensDownload(name + '.factlens.html', 'text/html', new Uint8Array(await blob.arrayBuffer()));
      notice(`Saved ${name}.factlens.html (${(blob.size / 1e6).toFixed(1)} MB): it opens from disk, offline, with this story.`);
    } catch (err) {
      notice('The single-file page could not be made: ' + String(err && err.message || err));
    }
  };
  const sendPaste = (text) => sendText((ptr, len, total) => window.Module._factlens_paste(ptr, len, total), text, appLimits().article);
  const addInput = document.getElementById('add-files');
  const openInput = document.getElementById('open-story');
  addInput.addEventListener('change', () => { sendFiles(FILE_ARTICLES, [...addInput.files]); addInput.value = ''; });
  openInput.addEventListener('change', () => { sendFiles(FILE_STORY, [...openInput.files]); openInput.value = ''; });
  window.Module.factlensChoose = (kind) => (kind === FILE_STORY ? openInput : addInput).click();
  const dropHint = document.getElementById('drop-hint');
  window.addEventListener('dragover', (e) => { e.preventDefault(); dropHint.hidden = false; });
  window.addEventListener('dragleave', (e) => { if (!e.relatedTarget) dropHint.hidden = true; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    dropHint.hidden = true;
    if (e.dataTransfer?.files?.length) sendFiles(null, [...e.dataTransfer.files]);
    else if (e.dataTransfer?.getData('text')) sendPaste(e.dataTransfer.getData('text'));
  });
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text || !window.factlensReady) return;
    // A field of the page's mirror takes its paste as any field does; only a text too long
    // for the dialog's paste box becomes an article at once, as a paste on the canvas would.
    const field = e.target instanceof Element && e.target.closest('#mirror') && e.target.matches('input, textarea');
    if (field && !(e.target.dataset.set === 'add-sources/paste' && text.length > 60000)) return;
    e.preventDefault();
    sendPaste(text);
  });

  // Font slices for the scripts a story uses (src/app/fonts.h), fetched when it needs them.
  // A single-file page has the slices its story needed when it was made, and no others.
  function fontBytes(file) {
    if (!inline) return fetch('fonts/' + encodeURIComponent(file)).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.status))));
    const held = inline.files['fonts/' + file];
    return held ? Promise.resolve(held) : Promise.reject(new Error('not in this single-file page'));
  }
  window.Module.factlensFetchFont = (file) => {
    fontBytes(file)
      .then((buf) => {
        const name = encoder.encode(file);
        withHeap(name, (np, nl) => withHeap(new Uint8Array(buf), (ptr, len) => window.Module._factlens_font_loaded(np, nl, ptr, len)));
      })
      .catch((err) => console.warn('factlens: no font for', file, String(err)));
  };

  // The worker's script: its file, or in a single-file page a blob: URL (single-file.js).
  function newWorker() {
    return inline ? inline.worker() : new Worker('build-worker.js');
  }

  // A single-file page opens its story as a story file is opened, then shows the view its
  // fragment names (the page's own fragment first: a link into the file) once that story
  // is in place and the app is idle.
  async function openInlineStory() {
    // The view to show: the page's own fragment (a link into the file), else the one it was
    // made with; the app applies it once the story is open.
    const wanted = location.hash.replace(/^#/, '') || inline.fragment || '';
    await openStory(inline.story.name, inline.story.bytes, { keep: false, fragment: wanted });
    const start = performance.now();
    while (performance.now() - start < 60000) {
      const st = JSON.parse(window.factlens.state());
      // The built-in story is the first one the app shows; this one is the second.
      if (st.open_errors > 0 || (st.idle && st.generation >= 2)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    inline.opened = true;
    document.title = inline.story.name + ' \u00B7 factlens';  // the app set its own at start
  }

  // Stories are built in a Web Worker (build-worker.js), so the page keeps answering
  // input; progress and the answer go to the app, and Cancel ends the worker.
  let buildWorker = null;
  window.Module.factlensStartBuild = (request) => {
    buildWorker ??= newWorker();
    const worker = buildWorker;
    worker.onmessage = (e) => {
      if (worker !== buildWorker) return;
      if (e.data?.type === 'progress') window.Module._factlens_build_progress(e.data.value);
      if (e.data?.type === 'built') {
        // A built story is kept in the library before the app opens it, so its link can
        // name it from the first frame.
        const kept = e.data.ok && e.data.keep?.length ? keepStory(e.data.keep, e.data.title) : Promise.resolve({ id: '', why: e.data.ok ? 'it is too large to keep' : '' });
        kept.then((k) => withHeap(e.data.story, (ptr, len) => withHeap(encoder.encode(k.id), (ip, il) => withHeap(encoder.encode(k.why), (wp, wl) =>
          window.Module._factlens_build_done(e.data.ok ? 1 : 0, ptr, len, ip, il, wp, wl)))));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const why = 'the builder stopped (' + (e.message || 'unknown error') + ')';
      buildWorker = null;
      worker.terminate();
      withHeap(encoder.encode(why), (ptr, len) => window.Module._factlens_build_done(0, ptr, len, 0, 0, 0, 0));
    };
    worker.postMessage({ type: 'build', request });
  };
  window.Module.factlensCancelBuild = () => {
    buildWorker?.terminate();
    buildWorker = null;
  };

  // Downloads through a Blob link.
  window.Module.factlensDownload = (name, mime, bytes) => {
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
  // Before the library, the last built story was kept in localStorage: move it over once.
  const OLD_STORY_KEY = 'factlens.lastStory';
  async function migrateOldStory() {
    let json = null;
    try { json = localStorage.getItem(OLD_STORY_KEY); } catch { return; }
    if (!json) return;
    const r = await keepStory(encoder.encode(json), 'Your last story');
    if (r.id) try { localStorage.removeItem(OLD_STORY_KEY); } catch { /* kept in both */ }
  }

  window.factlens = {
    // The current view state as a JSON string (see docs/architecture.md); `idle` is true
    // when nothing is pending (no input queued, no frame asked for, no work under way).
    state: () => window.Module.ccall('factlens_state_json', 'string', [], []),
    // Starts a new measure of state()'s longest_work_ms (the app's own main-thread work).
    resetTimings: () => window.Module._factlens_reset_timings(),
    // Every widget drawn in the last frame, by name, with its rectangle in CSS pixels of
    // the page (docs/testing.md lists the ids).
    items: () => {
      const list = JSON.parse(window.Module.ccall('factlens_items_json', 'string', [], []));
      const r = canvas.getBoundingClientRect();
      for (const it of list) {
        it.x += r.left; it.y += r.top;
        it.shown = { x: it.shown[0] + r.left, y: it.shown[1] + r.top, w: it.shown[2], h: it.shown[3] };
      }
      return list;
    },
  };

  // Offline: a service worker precaches the page at the first visit (see sw.js). A new
  // build installs beside the old one and waits; we offer to reload onto it.
  function offerUpdate(registration) {
    const banner = document.getElementById('update');
    banner.hidden = false;
    window.factlensUpdateReady = true;
    document.getElementById('update-reload').onclick = () => {
      window.factlensUpdateAccepted = true;
      if (registration.waiting) registration.waiting.postMessage('skipWaiting');
    };
    document.getElementById('update-later').onclick = () => { banner.hidden = true; };
  }
  // The story builder (the worker's wasm) is not part of the first view: once the page has
  // been idle for a few seconds with its story on screen, the service worker caches it so
  // that building works offline too (sw.js, DEFERRED). window.factlensOfflineReady says
  // when everything is cached (tests and bench/weight.mjs wait for it).
  window.factlensOfflineReady = false;
  function cacheBuilderWhenIdle() {
    navigator.serviceWorker.addEventListener('message', (e) => {
      if (e.data && 'deferred' in e.data) window.factlensOfflineReady = e.data.deferred === true;
    });
    const ask = () => navigator.serviceWorker.ready.then((r) => r.active?.postMessage('cache-deferred'));
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 0));
    setTimeout(() => idle(ask, { timeout: 10000 }), 3000);
  }
  // Registered once the first frame is drawn (onFactlensReady): by then the page has
  // fetched the wasm, the data and the scripts, and the worker's precache revalidates them
  // against the HTTP cache instead of downloading them a second time beside the page.
  function registerServiceWorker() {
    if (inline || !('serviceWorker' in navigator) || !(location.protocol === 'https:' || location.hostname === 'localhost' ||
                                                       location.hostname === '127.0.0.1')) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (window.factlensUpdateAccepted) location.reload();
    });
    navigator.serviceWorker.register('sw.js').then((registration) => {
      window.factlensServiceWorker = registration;
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(registration);
        });
      });
      // Look for a new build now and then while the page stays open.
      setInterval(() => registration.update().catch(() => {}), 30 * 60 * 1000);
      cacheBuilderWhenIdle();
    }).catch((err) => console.warn('factlens: no offline support:', err));
  }

  const script = document.createElement('script');
  // In a single-file page, an inline script whose hash the page's CSP lists.
  if (inline) script.textContent = inline.text('factlens.js');
  else script.src = 'factlens.js';
  script.onerror = () => showError('Could not download factlens.js. Check the connection and reload.', true);
  document.body.appendChild(script);
})();

// The single-file page: one .html holding the app and one story, which opens from disk
// with the network off (docs/architecture.md, "The single-file page").
//
// In the normal page this file only defines window.factlensSingleFile(). In a page it made,
// it runs first, before shell.js: it reads the inlined files (data blocks that never run)
// into window.factlensInline, the hook through which shell.js and build-worker.js boot
// from those bytes instead of fetching anything.
'use strict';

(function () {
  // Every file the page needs, inlined; the names are the files of dist/.
  const FILES = ['index.html', 'style.css', 'single-file.js', 'library.js', 'story-link.js', 'mirror.js', 'shell.js', 'factlens.js', 'factlens.wasm', 'factlens.data',
                 'build-worker.js', 'factlens-worker.js', 'factlens-worker.wasm'];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  function toBase64(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 0x6000) out += btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x6000)));
    return out;
  }
  async function sha256(text) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
    return "'sha256-" + toBase64(digest) + "'";
  }
  const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  // --- In a single-file page: the inlined files, for shell.js and the worker -----------
  const blocks = document.querySelectorAll('script[type="application/octet-stream"][data-factlens-file]');
  if (blocks.length) {
    const files = {};
    for (const block of blocks) {
      files[block.dataset.factlensFile] = fromBase64(block.textContent);
      block.remove();  // the bytes are kept once, not twice
    }
    const metaBlock = document.querySelector('script[type="application/json"][data-factlens-meta]');
    const meta = JSON.parse(metaBlock.textContent);
    metaBlock.remove();
    let workerUrl = null;
    window.factlensInline = {
      files,
      text: (name) => decoder.decode(files[name]),
      // The story to open at start, and the fragment to apply once it is open (the page's
      // own fragment, when it has one, wins: a link into the file).
      story: { name: meta.title, bytes: files['story.json'] },
      fragment: meta.fragment,
      // build-worker.js from a blob: URL, with factlens-worker.js inside it (no importScripts,
      // so script-src needs no blob:) and its wasm posted as the first message.
      worker: () => {
        if (!workerUrl) {
          const source = 'self.factlensWorkerInline = { wasm: null, start: function (Module) {\n' +
                         window.factlensInline.text('factlens-worker.js') + '\n} };\n' + window.factlensInline.text('build-worker.js');
          workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        }
        const worker = new Worker(workerUrl);
        const wasm = files['factlens-worker.wasm'].slice().buffer;
        worker.postMessage({ type: 'inline-wasm', wasm }, [wasm]);
        return worker;
      },
    };
  }

  // --- Making one -------------------------------------------------------------------------
  async function appFile(name) {
    const inline = window.factlensInline;
    if (inline && inline.files[name]) return inline.files[name];
    // From the same origin (or the service worker's cache, offline).
    const response = await fetch(name.split('/').map(encodeURIComponent).join('/'));
    if (!response.ok) throw new Error(`could not read ${name} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  }
  // An inline script's text as the HTML parser will hand it over (and hash it).
  function inlineScript(text, name) {
    // (Written so that this file passes its own test.)
    if (/<\/script|<!-{2}/i.test(text)) throw new Error(`${name} cannot be inlined: it would end its script element early`);
    return text;
  }

  // storyJsonBytes: the story's JSON (a Uint8Array, an ArrayBuffer or a string); title: the
  // page's title, and the name the story is opened under; fragment: the view to show, as
  // in a link ('#view=claims&claim=...', with or without '#'). Returns a Promise of a Blob
  // (text/html) of one page that holds the app and the story.
  window.factlensSingleFile = async (storyJsonBytes, title, fragment = '') => {
    const story = typeof storyJsonBytes === 'string' ? encoder.encode(storyJsonBytes) : new Uint8Array(storyJsonBytes);
    title = String(title || 'factlens story');
    // The font slices the page has loaded (src/app/fonts.h): those of the story on show,
    // which is the one being saved when this is called from the app's menu.
    let fonts = [];
    try { fonts = JSON.parse(window.factlens.state()).script_fonts.map((f) => 'fonts/' + f); } catch { /* no app here */ }
    const bytes = {};
    await Promise.all([...FILES, ...fonts].map(async (name) => { bytes[name] = await appFile(name); }));
    const text = (name) => decoder.decode(bytes[name]);

    const scripts = [inlineScript(text('single-file.js'), 'single-file.js'), inlineScript(text('library.js'), 'library.js'),
                     inlineScript(text('story-link.js'), 'story-link.js'), inlineScript(text('mirror.js'), 'mirror.js'),
                     inlineScript(text('shell.js'), 'shell.js'),
                     text('factlens.js')];  // factlens.js: set by shell.js from its data block
    const style = text('style.css');
    if (/<\/style/i.test(style)) throw new Error('style.css cannot be inlined');
    const hashes = await Promise.all(scripts.map(sha256));
    const csp = [
      "default-src 'none'",
      `script-src ${hashes.join(' ')} 'wasm-unsafe-eval'`,
      `style-src ${await sha256(style)}`,
      'img-src data: blob:', 'connect-src data: blob:', 'worker-src blob:',
      "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ].join('; ');

    // Every file again as bytes (shell.js and this file too, so the page can make another).
    const data = { ...bytes, 'story.json': story };
    const meta = JSON.stringify({ title, fragment: String(fragment || '').replace(/^#/, '') }).replace(/</g, '\\u003c');
    const body = [
      ...Object.keys(data).sort().map((name) =>
        `<script type="application/octet-stream" data-factlens-file="${name}">${toBase64(data[name])}<\/script>`),
      `<script type="application/json" data-factlens-meta>${meta}<\/script>`,
      ...scripts.slice(0, 5).map((code) => `<script>${code}<\/script>`),
    ].join('\n  ');

    let html = text('index.html');
    const replace = (pattern, value) => {
      if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}`);
      html = html.replace(pattern, () => value);
    };
    replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
            `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
    replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} \u00B7 factlens</title>`);
    // Icons and the manifest are other files: left out (a page from disk installs nothing);
    // so are the preloads (the app's files are inlined).
    html = html.replace(/\s*<link rel="(?:icon|apple-touch-icon|manifest|preload)"[^>]*>/g, '');
    replace(/<link rel="stylesheet" href="style.css">/, `<style>${style}</style>`);
    replace(/<script src="single-file.js"><\/script>\s*<script src="library.js"><\/script>\s*<script src="story-link.js"><\/script>\s*<script src="mirror.js"><\/script>\s*<script src="shell.js"><\/script>/, body);
    return new Blob([html], { type: 'text/html' });
  };

  // The same, downloaded as fileName (default: the title, made a file name, + '.html');
  // returns a Promise of its size in bytes. For a menu item: one call from the app.
  window.factlensSaveSingleFile = async (storyJsonBytes, title, fragment = '', fileName = '') => {
    const blob = await window.factlensSingleFile(storyJsonBytes, title, fragment);
    const slug = String(title || 'factlens story').normalize('NFKD').replace(/[^\w\s-]/g, '').trim()
      .replace(/[\s_-]+/g, '-').toLowerCase().slice(0, 80) || 'factlens-story';
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName || slug + '.html';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return blob.size;
  };
})();

// Links that carry a story (docs/links.md, "Links to your own stories"). The fragment never
// reaches a server, so a link can hold a whole story, compressed:
//   #story=<id>&data=1.<length>.<base64url of the deflate-raw story JSON>&view=...
// `story` is the story's library id (core of its SHA-256); `data` is version 1 of the
// payload, with the length of its base64 text so a link cut short says so. A link without
// `data` names a story by id (and `title`) only: it opens from the library, or once its
// story file is opened. The rest of the fragment is the view, read by the app.
'use strict';

(function () {
  const VERSION = 1;
  const MAX_ENCODED = 64 * 1024;  // past this a link is too long to share: offer a file

  function toBase64Url(bytes) {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  async function pipe(bytes, stream) {
    const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
    return new Uint8Array(await out.arrayBuffer());
  }

  // The fragment's story part and the rest: {story, title, data, rest}.
  function split(fragment) {
    const out = { story: '', title: '', data: '', rest: [] };
    for (const pair of fragment.replace(/^#/, '').split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      if (key === 'story' || key === 'title' || key === 'data') {
        try { out[key] = decodeURIComponent(value); } catch { out[key] = ''; }
      } else {
        out.rest.push(pair);
      }
    }
    out.rest = out.rest.join('&');
    return out;
  }

  window.factlensStoryLink = {
    MAX_ENCODED,
    split,
    // The `data` value for a story's JSON bytes.
    async encode(bytes) {
      const b64 = toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
      return `${VERSION}.${b64.length}.${b64}`;
    },
    // The story's JSON bytes from a `data` value, checked against the id the link names:
    // {ok: true, bytes} or {ok: false, why} in words a user can act on.
    async decode(data, id) {
      const m = /^(\d+)\.(\d+)\.(.*)$/s.exec(data);
      if (!m) return { ok: false, why: 'the story in this link is damaged (it does not start the way a story link does)' };
      const version = Number(m[1]), length = Number(m[2]), b64 = m[3];
      if (version > VERSION) {
        return { ok: false, why: `the story in this link was made by a newer factlens (story link version ${version}; this page reads version ${VERSION}); open it with the latest factlens, or ask for the story file` };
      }
      if (b64.length < length) {
        return { ok: false, why: `the link is cut short: it carries ${b64.length.toLocaleString('en')} of the story's ${length.toLocaleString('en')} characters (chat apps often cut long links); ask for the whole link or the story file` };
      }
      let bytes;
      try {
        bytes = await pipe(fromBase64Url(b64.slice(0, length)), new DecompressionStream('deflate-raw'));
      } catch {
        return { ok: false, why: 'the story in this link is damaged (it does not decompress); ask for the link again or for the story file' };
      }
      if (id && (await window.factlensLibrary.hashOf(bytes)) !== id) {
        return { ok: false, why: 'the story in this link is damaged (it is not the story the link names); ask for the link again or for the story file' };
      }
      return { ok: true, bytes };
    },
  };
})();

// A small static file server for dist/, on loopback only.
//   node tools/serve.mjs DIR [PORT]
// Also imported by the browser tests (serveDir) so they serve exactly what users get.
// Like a static host: a file's precompressed twin (FILE.br, FILE.gz, written by
// tools/compress.mjs) is sent with Content-Encoding when the request accepts it, and every
// answer has an ETag, so a revalidation (Cache-Control: no-cache) costs a 304, not the file.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// Whether an Accept-Encoding header takes `name` (listed, and not with q=0).
function accepted(header, name) {
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return token.trim().toLowerCase() === name && !(q && Number(q.slice(2)) === 0);
  });
}

// `prefix` mounts the folder under a sub-path ("/a/b/"), as a static host might.
// `onServe`, if given, hears of every answer: {path, status, bytes (the body sent),
// raw (the file's own size), encoding} (bench/weight.mjs adds them up).
export function serveDir(dir, port = 0, host = '127.0.0.1', prefix = '/', onServe = null) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (!url.pathname.startsWith(prefix)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const accepts = String(req.headers['accept-encoding'] || '');
      let body = null, encoding = null;
      const own = await stat(path);
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepted(accepts, name)) continue;
        // A twin older than its file is stale (the file changed since compress.mjs ran).
        const twin = await stat(path + ext).catch(() => null);
        if (!twin || twin.mtimeMs < own.mtimeMs) continue;
        body = await readFile(path + ext).catch(() => null);
        if (body) { encoding = name; break; }
      }
      const original = body ? null : await readFile(path);
      body ??= original;
      const etag = '"' + createHash('sha1').update(body).digest('base64url').slice(0, 20) + (encoding ? '-' + encoding : '') + '"';
      const headers = {
        'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'ETag': etag,
        'Vary': 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      const raw = original ? original.length : own.size;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        onServe?.({ path: url.pathname, status: 304, bytes: 0, raw, encoding });
        return;
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      onServe?.({ path: url.pathname, status: 200, bytes: req.method === 'HEAD' ? 0 : body.length, raw, encoding });
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      onServe?.({ path: req.url, status: 404, bytes: 0, raw: 0, encoding: null });
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const server = await serveDir(dir, port);
  console.log(`factlens: serving ${resolve(dir)} on http://127.0.0.1:${server.address().port}/`);
}

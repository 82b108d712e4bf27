#!/usr/bin/env python3
"""Packs the files the page reads at start into one factlens.data (src/app/platform.h,
preloaded_file): the default story's snapshot and the interface fonts.

    pack-data.py DIR OUT FILE...

Each FILE is a path under DIR, and is found in the app by "/" + that path. The format, all
integers 32-bit little-endian: b"FLD1", the number of files, then per file the length of
its path, the path (UTF-8), its size and its bytes. web/shell.js fetches it and hands it to
the app before main() runs; the page's wasm has no file system (-sFILESYSTEM=0).
"""
import os
import struct
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    parts = [b'FLD1', struct.pack('<I', len(names))]
    for name in names:
        with open(os.path.join(base, name), 'rb') as f:
            data = f.read()
        path = ('/' + name).encode('utf-8')
        parts += [struct.pack('<I', len(path)), path, struct.pack('<I', len(data)), data]
    with open(out + '.tmp', 'wb') as f:
        f.write(b''.join(parts))
    os.replace(out + '.tmp', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Slices Debian's Noto fonts into small files, one per block of 256 code points, for the
scripts the interface fonts (Inter, JetBrains Mono) do not draw: Greek, Cyrillic, Arabic,
Hebrew, Devanagari, Thai, CJK and Hangul. The page fetches only the slices a story's text
needs, when it needs them (src/app/fonts.cpp), so a first visit downloads none of them.

    python3 tools/make-script-fonts.py OUT_DIR --base U+0020-007E,U+00A0-00FF,...

--base: what the interface fonts already draw (FACTLENS_UI_UNICODES in CMakeLists.txt), never
sliced.

Writes OUT_DIR/<family>-<block>.ttf (or .otf) and OUT_DIR/manifest.json:
{"slices": {"<block as hex>": "<file>"}}; a code point's block is its value >> 8.
Uses fontTools (Debian's python3-fonttools / fonttools).
"""
import json
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

NOTO = '/usr/share/fonts/truetype/noto'
NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

# Fonts in the order tried: a code point goes to the first that has it.
FONTS = [
    # Inter itself for the rest of Latin and for arrows, maths and shapes: the interface
    # fonts are cut to the base set (--base) at build time (CMakeLists.txt), and these come when a story needs them.
    ('inter', '/usr/share/fonts/opentype/inter/Inter-Regular.otf',
     [(0x0100, 0x024F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2190, 0x22FF),
      (0x25A0, 0x25FF)]),
    ('noto', os.path.join(NOTO, 'NotoSans-Regular.ttf')),
    ('arabic', os.path.join(NOTO, 'NotoSansArabic-Regular.ttf')),
    ('hebrew', os.path.join(NOTO, 'NotoSansHebrew-Regular.ttf')),
    ('devanagari', os.path.join(NOTO, 'NotoSansDevanagari-Regular.ttf')),
    ('thai', os.path.join(NOTO, 'NotoSansThai-Regular.ttf')),
    ('cjk', NOTO_CJK),
]
# The blocks worth slicing: the scripts news in other languages is written in.
WANTED = [
    (0x0100, 0x024F), (0x2190, 0x22FF), (0x25A0, 0x25FF), (0x0370, 0x03FF), (0x0400, 0x052F), (0x0590, 0x05FF), (0x0600, 0x06FF),
    (0x0750, 0x077F), (0x0900, 0x097F), (0x0E00, 0x0E7F), (0x1E00, 0x1EFF), (0x3000, 0x30FF),
    (0x3100, 0x312F), (0x3130, 0x318F), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xFB1D, 0xFB4F),
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF),
]


def parse_ranges(text):
    """'U+0020-007E,U+2212' -> [(0x20, 0x7E), (0x2212, 0x2212)]"""
    ranges = []
    for part in text.split(','):
        first, _, last = part.strip().removeprefix('U+').partition('-')
        ranges.append((int(first, 16), int(last or first, 16)))
    return ranges


def in_ranges(cp, ranges):
    return any(a <= cp <= b for a, b in ranges)


def open_font(path):
    if path.endswith('.ttc'):
        collection = TTCollection(path)
        # The Simplified Chinese face: its cmap covers the CJK ideographs news text uses.
        for font in collection.fonts:
            if 'SC' in font['name'].getDebugName(1):
                return font
        return collection.fonts[0]
    return TTFont(path)


def main():
    args = sys.argv[1:]
    if len(args) != 3 or args[1] != '--base':
        sys.exit('usage: make-script-fonts.py OUT_DIR --base U+XXXX-YYYY,...')
    out = args[0]
    base = parse_ranges(args[2])
    os.makedirs(out, exist_ok=True)
    # A slice an earlier base set or font list made is not left behind.
    for old in os.listdir(out):
        if old.endswith(('.ttf', '.otf')) or old == 'manifest.json':
            os.remove(os.path.join(out, old))
    # One slice a block (the manifest names one file each): the font with the most code
    # points in a block takes it (the first of those, on a tie), with all of them.
    best = {}  # block -> (count, order, family, path, cps)
    for order, (family, path, *only) in enumerate(FONTS):
        # A font may be held to some blocks only (Inter: Latin, Greek, Cyrillic, symbols;
        # never, say, the Arabic presentation forms' block for one stray code point).
        wanted = only[0] if only else WANTED
        if not os.path.exists(path):
            print(f'make-script-fonts: {path} missing, {family} skipped', file=sys.stderr)
            continue
        font = open_font(path)
        blocks = {}
        for cp in font.getBestCmap():
            if cp > 0xFFFF or in_ranges(cp, base) or not in_ranges(cp, wanted):
                continue
            blocks.setdefault(cp >> 8, []).append(cp)
        for block, cps in blocks.items():
            if block not in best or len(cps) > best[block][0]:
                best[block] = (len(cps), order, family, path, cps)
    slices = {}
    for block, (_, _, family, path, cps) in sorted(best.items()):
        part = open_font(path)
        ext = '.otf' if 'CFF ' in part else '.ttf'
        name = f'{family}-{block:02x}{ext}'
        options = subset.Options()
        options.layout_features = ['*']
        options.name_IDs = [1, 2]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=cps)
        sub.subset(part)
        part.save(os.path.join(out, name))
        slices[f'{block:02x}'] = name
    for family, *_ in FONTS:
        n = sum(1 for v in slices.values() if v.startswith(family + '-'))
        print(f'make-script-fonts: {family}: {n} slices', file=sys.stderr)
    with open(os.path.join(out, 'manifest.json'), 'w') as f:
        json.dump({'slices': slices}, f, indent=0, sort_keys=True)
    print(f'make-script-fonts: {len(slices)} slices in {out}', file=sys.stderr)


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""Writes the tables of src/core/shaping.cpp from Debian's unicode-data
(/usr/share/unicode): bidi classes, Arabic joining types, the Arabic presentation forms
(UnicodeData's <isolated>/<final>/<initial>/<medial> decompositions into U+FB50..U+FEFF,
and the mandatory lam-alef ligatures U+FEF5..U+FEFC; the optional ligatures are left out) and bidi mirroring pairs. Run by CMake on the host (native
and web builds alike):

    gen_shaping.py UNICODE_DIR OUTPUT.inc

Reads UnicodeData.txt, ArabicShaping.txt, BidiMirroring.txt and
extracted/DerivedBidiClass.txt (which gives unassigned code points their default class,
e.g. R for the Hebrew block). Prints the size of the tables in bytes.
"""
import os
import sys

from genlib import write_if_changed

# Keep in step with enum Bidi in the output (shaping.cpp switches on these names).
BIDI = ["L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
JOIN = ["U", "R", "L", "D", "C", "T"]
FORMS = ["isolated", "final", "initial", "medial"]
LAM = 0x0644


def data_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def code_range(field):
    if ".." in field:
        a, b = field.split("..")
        return int(a, 16), int(b, 16)
    return int(field, 16), int(field, 16)


def unicode_data(path):
    """(code point, fields) for every assigned code point, ranges (<..., First>) expanded."""
    first = None
    for f in data_lines(path):
        cp = int(f[0], 16)
        if f[1].endswith(", First>"):
            first = cp
            continue
        if f[1].endswith(", Last>"):
            for c in range(first, cp + 1):
                yield c, f
            first = None
            continue
        yield cp, f


def packed_ranges(values, shift, default):
    """values: list indexed by code point (0..0x10FFFF) of small ints. Returns the starts of
    runs of equal value as (start << shift) | value, the first run starting at 0."""
    out = []
    prev = None
    for cp, v in enumerate(values):
        if v != prev:
            out.append((cp << shift) | v)
            prev = v
    assert out[0] >> shift == 0
    return out


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    udir, target = sys.argv[1], sys.argv[2]
    ud_path = os.path.join(udir, "UnicodeData.txt")
    n = 0x110000

    bidi = [BIDI.index("L")] * n
    for f in data_lines(os.path.join(udir, "extracted", "DerivedBidiClass.txt")):
        a, b = code_range(f[0])
        v = BIDI.index(f[1])
        for c in range(a, b + 1):
            bidi[c] = v

    # Joining types: ArabicShaping.txt, and T for the unlisted Mn, Me and Cf (its header).
    gc = {}
    forms = {}  # base -> [isolated, final, initial, medial] (0 = none)
    lam_alef = {}  # alef -> [isolated, final]
    for cp, f in unicode_data(ud_path):
        gc[cp] = f[2]
        d = f[5]
        if not d.startswith("<") or not (0xFB50 <= cp <= 0xFEFF):
            continue
        tag, _, rest = d[1:].partition("> ")
        if tag not in FORMS:
            continue
        parts = [int(x, 16) for x in rest.split()]
        if len(parts) == 1:
            slot = forms.setdefault(parts[0], [0, 0, 0, 0])
            i = FORMS.index(tag)
            # Forms-B (U+FE70..) over Forms-A when a letter has both.
            if slot[i] == 0 or (cp >= 0xFE70 and slot[i] < 0xFE70):
                slot[i] = cp
        elif len(parts) == 2 and parts[0] == LAM and cp >= 0xFEF5:  # the mandatory ones (Forms-B)
            lam_alef.setdefault(parts[1], [0, 0])[FORMS.index(tag)] = cp
    join = [0] * n
    for cp, cat in gc.items():
        if cat in ("Mn", "Me", "Cf"):
            join[cp] = JOIN.index("T")
    for f in data_lines(os.path.join(udir, "ArabicShaping.txt")):
        join[int(f[0], 16)] = JOIN.index(f[2])
    # Only the Arabic letters need forms; everything the tables hold is in the BMP.
    forms = {b: v for b, v in forms.items() if b <= 0xFFFF}
    assert all(b <= 0xFFFF for b in lam_alef)

    mirror = []
    for f in data_lines(os.path.join(udir, "BidiMirroring.txt")):
        a, b = int(f[0], 16), int(f[1], 16)
        assert a <= 0xFFFF and b <= 0xFFFF
        mirror.append((a, b))
    mirror.sort()

    bidi_ranges = packed_ranges(bidi, 5, 0)
    join_ranges = packed_ranges(join, 3, 0)

    sizes = {
        "kBidiRanges": 4 * len(bidi_ranges),
        "kJoiningRanges": 4 * len(join_ranges),
        "kForms": 10 * len(forms),
        "kLamAlef": 6 * len(lam_alef),
        "kMirror": 4 * len(mirror),
    }
    total = sum(sizes.values())

    def rows(items, per_line):
        out = []
        for i in range(0, len(items), per_line):
            out.append("    " + " ".join(items[i:i + per_line]) + "\n")
        return "".join(out)

    src = os.path.join(udir, "").replace("\\", "/")
    out = ["// Generated by tools/gen_shaping.py from %s; do not edit.\n" % src]
    out.append("// Table sizes in bytes: %s; total %d.\n" %
               (", ".join("%s %d" % kv for kv in sizes.items()), total))
    out.append("enum Bidi : std::uint8_t { %s };\n" % ", ".join(BIDI))
    out.append("enum Joining : std::uint8_t { %s };\n" % ", ".join("J_" + j for j in JOIN))
    out.append("// Runs of one bidi class: (first code point << 5) | class, by code point.\n")
    out.append("constexpr std::uint32_t kBidiRanges[] = {\n")
    out.append(rows(["0x%x," % v for v in bidi_ranges], 10))
    out.append("};\n")
    out.append("// Runs of one joining type: (first code point << 3) | type, by code point.\n")
    out.append("constexpr std::uint32_t kJoiningRanges[] = {\n")
    out.append(rows(["0x%x," % v for v in join_ranges], 10))
    out.append("};\n")
    out.append("// Presentation forms of a letter, by letter; 0 when it has none.\n")
    out.append("struct Forms { std::uint16_t base, isolated, final, initial, medial; };\n")
    out.append("constexpr Forms kForms[] = {\n")
    out.append(rows(["{0x%04X, 0x%04X, 0x%04X, 0x%04X, 0x%04X}," % ((b,) + tuple(v))
                     for b, v in sorted(forms.items())], 3))
    out.append("};\n")
    out.append("// The mandatory lam-alef ligatures, by alef.\n")
    out.append("struct LamAlef { std::uint16_t alef, isolated, final; };\n")
    out.append("constexpr LamAlef kLamAlef[] = {\n")
    out.append(rows(["{0x%04X, 0x%04X, 0x%04X}," % ((a,) + tuple(v))
                     for a, v in sorted(lam_alef.items())], 4))
    out.append("};\n")
    out.append("// Bidi_Mirroring_Glyph pairs, by code point.\n")
    out.append("struct Mirror { std::uint16_t from, to; };\n")
    out.append("constexpr Mirror kMirror[] = {\n")
    out.append(rows(["{0x%04X, 0x%04X}," % m for m in mirror], 6))
    out.append("};\n")
    out.append("constexpr std::size_t kTableBytes = %d;\n" % total)
    text = "".join(out)
    print("gen_shaping: tables %s; total %d bytes" %
          (", ".join("%s %d" % kv for kv in sizes.items()), total), file=sys.stderr)
    write_if_changed(target, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

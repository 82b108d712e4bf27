#!/usr/bin/python3
"""Writes the currency names and symbols that news text uses, from Unicode CLDR (Debian's
unicode-cldr-core, /usr/share/unicode/cldr/common), for src/core/lexicon.cpp:
- names: every English display name of a currency in use today (common/main/en.xml:
  "Peruvian sol", "Peruvian soles", "Romanian lei"), lower case, and the bare name without
  the country's adjective ("soles", "lei", "forints") when only one currency in use has it
  ("pesos", "shillings" and "kroner" name several and stay whole);
- symbols: each currency's symbol in the locales of the countries that use it
  ("S/" in es_PE, "Ft" in hu, "RM" in ms, "Ksh" in en_KE), when it has a letter, is not
  the ISO code itself, and is the symbol of one currency only ("kr" and "Rs" are several);
- signs: one-character currency signs (Unicode category Sc) of one currency only, from any
  locale ("₲" PYG, "₵" GHS, "৳" BDT, "₸" KZT);
A currency in use is one that some region of supplementalData.xml holds with no end date
and as legal tender.
Run: gen_currency_cldr.py CLDR_COMMON_DIR OUTPUT.inc (CMakeLists.txt does)"""
import os
import sys
import unicodedata

from genlib import write_if_changed
import xml.etree.ElementTree as ET


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    common = sys.argv[1]
    sup = ET.parse(os.path.join(common, "supplemental", "supplementalData.xml")).getroot()
    in_use = {}  # code -> regions
    for region in sup.find("currencyData").findall("region"):
        for c in region.findall("currency"):
            if c.get("to") is None and c.get("tender") != "false":
                in_use.setdefault(c.get("iso4217"), set()).add(region.get("iso3166"))
    likely = {}
    for ls in ET.parse(os.path.join(common, "supplemental", "likelySubtags.xml")).getroot().iter("likelySubtag"):
        likely[ls.get("from")] = ls.get("to")

    # Names, from English.
    names = {}  # lower-case words -> set of codes
    en = ET.parse(os.path.join(common, "main", "en.xml")).getroot()
    for c in en.iter("currency"):
        code = c.get("type")
        if code not in in_use or code.startswith("X"):
            continue
        for d in c.findall("displayName"):
            text = (d.text or "").strip().lower()
            if not text or "(" in text or not all(ch.isalpha() or ch in " .'-" for ch in text):
                continue
            names.setdefault(text, set()).add(code)
    bare = {}
    for text, codes in names.items():
        words = text.split(" ")
        if len(words) >= 2:
            bare.setdefault(" ".join(words[1:]), set()).update(codes)
    for text, codes in bare.items():
        if len(codes) == 1 and text not in names:
            names[text] = set(codes)

    # Symbols, from the locales of the countries that use each currency.
    symbols = {}  # symbol -> set of codes
    signs = {}  # one currency sign ("₲", "₵", "৳"; Unicode category Sc) -> set of codes
    main_dir = os.path.join(common, "main")
    for fname in sorted(os.listdir(main_dir)):
        if not fname.endswith(".xml"):
            continue
        loc = fname[:-4]
        parts = loc.split("_")
        region = next((p for p in parts[1:] if len(p) == 2 and p.isupper()), None)
        if region is None:
            region = next((p for p in likely.get(loc, "").split("_")[1:] if len(p) == 2 and p.isupper()), None)
        try:
            root = ET.parse(os.path.join(main_dir, fname)).getroot()
        except ET.ParseError:
            continue
        for c in root.iter("currency"):
            code = c.get("type")
            # Signs from any locale (root holds most of them as narrow symbols).
            if code in in_use and not code.startswith("X"):
                for s in c.findall("symbol"):
                    sym = (s.text or "").strip()
                    if len(sym) == 1 and not sym.isascii() and unicodedata.category(sym) == "Sc":
                        signs.setdefault(sym, set()).add(code)
            if region not in in_use.get(code, ()) or code.startswith("X"):
                continue
            for s in c.findall("symbol"):
                if s.get("alt") not in (None, "narrow"):
                    continue
                sym = (s.text or "").strip()
                if len(sym) < 2 or len(sym) > 4 or sym == code or " " in sym:
                    continue
                if not any(ch.isalpha() and ch.isascii() for ch in sym):
                    continue  # "₦", "€": lexicon.cpp's own symbol table
                if sym.endswith("$"):
                    continue  # "R$", "NT$": dollar prefixes (lexicon.cpp)
                symbols.setdefault(sym, set()).add(code)

    # Countries and the one currency each uses (English names from en.xml: "argentina" ARS),
    # and the bare names several currencies share ("peso": ARS, CLP, COP, MXN, PHP ...): an
    # article about Argentina that says "pesos" means ARS.
    countries = {}
    for t in en.iter("territory"):
        region, name = t.get("type"), (t.text or "").strip().lower()
        if t.get("alt") or not (len(region) == 2 and region.isalpha()) or not name:
            continue
        codes = sorted(c for c, regions in in_use.items() if region in regions and not c.startswith("X"))
        if len(codes) == 1 and all(ch.isalpha() or ch in " .'-" for ch in name):
            countries[name] = codes[0]
    shared = {}  # bare word -> codes
    for c in en.iter("currency"):
        code = c.get("type")
        if code not in in_use or code.startswith("X"):
            continue
        for d in c.findall("displayName"):
            words = (d.text or "").strip().lower().split(" ")
            if len(words) >= 2 and all(ch.isalpha() for ch in words[-1]):
                shared.setdefault(words[-1], set()).add(code)
    shared = {w: codes for w, codes in shared.items() if len(codes) >= 2}

    esc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
    def table(name, comment, rows):
        return ["// " + comment + "\n", "constexpr Named %s[] = {\n" % name] + \
               ['    {"%s", "%s"},\n' % (esc(w), c) for w, c in rows] + ["};\n"]

    out = ["// Generated by tools/gen_currency_cldr.py from " + common.replace("\\", "/") + "; do not edit.\n",
           "// Included by src/core/lexicon.cpp, which defines Named {words, code}.\n"]
    out += table("kCldrNames", "English names of currencies in use, lower case",
                 [(t, next(iter(c))) for t, c in sorted(names.items()) if len(c) == 1])
    out += table("kCldrSymbols", "letter symbols of one currency each, as written",
                 [(t, next(iter(c))) for t, c in sorted(symbols.items()) if len(c) == 1])
    out += table("kCldrSigns", "currency signs of one currency each (lexicon.cpp's own table comes first)",
                 [(t, next(iter(c))) for t, c in sorted(signs.items()) if len(c) == 1])
    out += table("kCldrCountries", "countries with the one currency each uses, sorted by name",
                 sorted(countries.items()))
    out += table("kCldrShared", "bare names several currencies share, sorted by word",
                 [(w, c) for w, codes in sorted(shared.items()) for c in sorted(codes)])
    text = "".join(out)
    write_if_changed(sys.argv[2], text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes places_data.inc (generated at build time into build/*/generated/core/): the names of countries and their demonyms, from
WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet). A country is an instance of
"country, state, land" (08544813) or of one of its hyponyms ("European country", ...);
its demonyms are the adjectives whose pertainym points at it ("Swedish" -> Sweden).
Cities are the instances of "city" and "port" (and their kinds) whose names name no other place.
Regions are the instances of "state, province" (08654360) and its kinds.
Continents are the instances of "continent" (09254614).
Run: python3 tools/gen_places.py WORDNET_DIR OUTPUT (CMakeLists.txt does)"""
import sys, os
if len(sys.argv) > 2:
    sys.stdout = open(sys.argv[2], "w", encoding="utf-8")  # the table goes to OUTPUT
import re

wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
COUNTRY = "08544813"

def synsets(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            off, pos = head[0], head[2]
            n = int(head[3], 16)
            words = [head[4 + 2 * k] for k in range(n)]
            p = 4 + 2 * n
            count = int(head[p])
            ptrs = [(head[p + 1 + 4 * k], head[p + 2 + 4 * k], head[p + 3 + 4 * k]) for k in range(count)]
            yield off, pos, words, ptrs

nouns = {off: (words, ptrs) for off, pos, words, ptrs in synsets(os.path.join(wn, "data.noun"))}
# Kinds of country: "country" and its hyponyms, to depth 2.
kinds = {COUNTRY}
for _ in range(2):
    for off, (words, ptrs) in nouns.items():
        if any(sym == "@" and t in kinds for sym, t, _ in ptrs):
            kinds.add(off)
countries = {off for off, (words, ptrs) in nouns.items() if any(sym == "@i" and t in kinds for sym, t, _ in ptrs)}

def clean(w):
    w = re.sub(r"\(.*\)$", "", w).replace("_", " ")
    return w

names = set()
for off in countries:
    for w in nouns[off][0]:
        w = clean(w)
        # Short names only as abbreviations in capitals ("UK", "US", "USA"); place_at
        # asks for the capitals in the text too.
        if (w[:1].isupper() and len(w) >= 4) or (w.isupper() and w.isalpha() and len(w) >= 2):
            names.add(w.lower())
# Cities: instances of "city, metropolis, urban center" (08524735) or "port" (08633957) or
# of their kinds (national and state capitals), to depth 2; a name that is also something
# place ("Quebec" the province, "Washington" the state) is left out.
city_kinds = {"08524735", "08633957"}
for _ in range(2):
    for off, (words, ptrs) in nouns.items():
        if any(sym == "@" and t in city_kinds for sym, t, _ in ptrs):
            city_kinds.add(off)
city_offs = {off for off, (words, ptrs) in nouns.items() if any(sym == "@i" and t in city_kinds for sym, t, _ in ptrs)}
locations = set()  # synsets of noun.location (lexicographer file 15)
with open(os.path.join(wn, "data.noun"), encoding="latin-1") as f:
    for line in f:
        if not line.startswith("  ") and line.split()[1] == "15":
            locations.add(line.split()[0])
elsewhere = set()
for off, (words, ptrs) in nouns.items():
    if off not in city_offs and off in locations:
        elsewhere.update(clean(w).lower() for w in words)
cities = set()
for off in city_offs:
    for w in nouns[off][0]:
        w = clean(w)
        if w[:1].isupper() and len(w) >= 4 and w.lower() not in elsewhere and w.lower() not in names:
            cities.add(w.lower())
# Regions: instances of "state, province" (08654360) and its kinds ("American state",
# "Canadian province", ...), to depth 2, whose names name no country or city ("Quebec" the
# province; "Washington" is a city's name too and is left out).
region_kinds = {"08654360"}
for _ in range(2):
    for off, (words, ptrs) in nouns.items():
        if any(sym == "@" and t in region_kinds for sym, t, _ in ptrs):
            region_kinds.add(off)
regions = set()
for off, (words, ptrs) in nouns.items():
    if not any(sym == "@i" and t in region_kinds for sym, t, _ in ptrs):
        continue
    for w in words:
        w = clean(w)
        if w[:1].isupper() and len(w) >= 4 and w.lower() not in names and w.lower() not in cities:
            regions.add(w.lower())
continents = set()
for off, (words, ptrs) in nouns.items():
    if any(sym == "@i" and t == "09254614" for sym, t, _ in ptrs):
        continents.update(clean(w).lower() for w in words if clean(w)[:1].isupper())
demonyms = set()
# The country a demonym or a city is of ("qatari" -> "qatar", "doha" -> "qatar"): its
# pertainym, or the country the city is part of (part holonym), by the country's first
# name that the country list has.
def country_name(off):
    for w in nouns[off][0]:
        w = clean(w).lower()
        if w in names:
            return w
    return None
place_country = {}
for off, pos, words, ptrs in synsets(os.path.join(wn, "data.adj")):
    targets = [t for sym, t, _ in ptrs if sym == "\\" and t in countries]
    if targets:
        for w in words:
            w = clean(w)
            if w[:1].isupper() and len(w) >= 4 and " " not in w:
                demonyms.add(w.lower())
                c = country_name(targets[0])
                if c:
                    place_country.setdefault(w.lower(), set()).add(c)
for off in city_offs:
    holders = [t for sym, t, _ in nouns[off][1] if sym == "#p" and t in countries]
    if not holders:
        continue
    c = country_name(holders[0])
    for w in nouns[off][0]:
        w = clean(w)
        if c and w.lower() in cities:
            place_country.setdefault(w.lower(), set()).add(c)

print("// Generated by tools/gen_places.py from WordNet 3.0 (wordnet-base): do not edit.")
print("// Countries (instances of \"country, state, land\" and its kinds) and their demonyms")
print("// (adjectives whose pertainym is such a country), lower case, sorted.")
print("constexpr std::string_view kCountries[] = {")
for w in sorted(names):
    print('    "%s",' % w.replace('"', ''))
print("};")
print("// Cities (instances of \"city\" or \"port\" and their kinds) that name no other place.")
print("constexpr std::string_view kCities[] = {")
for w in sorted(cities):
    print('    "%s",' % w.replace('"', ''))
print("};")
print("// Regions (instances of \"state, province\" and its kinds) that are no country or city.")
print("constexpr std::string_view kRegions[] = {")
for w in sorted(regions):
    print('    "%s",' % w.replace('"', ''))
print("};")
print("// Continents (instances of \"continent\").")
print("constexpr std::string_view kContinents[] = {")
for w in sorted(continents):
    print('    "%s",' % w)
print("};")
print("constexpr std::string_view kDemonyms[] = {")
for w in sorted(demonyms):
    print('    "%s",' % w)
print("};")
print("// The country of a demonym or a city, where it is one country: sorted by place.")
print("constexpr std::pair<std::string_view, std::string_view> kPlaceCountry[] = {")
for w in sorted(place_country):
    if len(place_country[w]) == 1:
        print('    {"%s", "%s"},' % (w.replace('"', ''), next(iter(place_country[w])).replace('"', '')))
print("};")

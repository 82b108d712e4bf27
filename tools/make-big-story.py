#!/usr/bin/env python3
"""A synthetic story of N sources for measuring load and analysis at scale (issue 14).

    python3 tools/make-big-story.py N [--out DIR] [--inline]

Writes DIR/corpus.json (default build/big-stories/N/, ignored by git) and, unless
--inline, one text file per source under DIR/sources/. Deterministic: the same N gives
the same bytes. `factlens check DIR` accepts it with no error.

Each source s<i> (published 2000-01-01 + i days, one of 17 outlets) makes ten claims,
c<i>.0 .. c<i>.9, and every claim has two mentions: one in its own source and one in the
next source (s<i+1>, which "follows up" on it), so each source text holds 20 quoted
sentences. The figures vary so every rule of the analysis has work:
  0 a money total (CNY, USD or EUR) with a period and a scope; a stated conversion in the
    follow-up when the story has a rate (qualifier, scope, year and value disagreements)
  1, 2 two money parts of claim 0 (parts checks, sometimes failing)
  3 a percent of claim 0 in the source, that share as money in the follow-up (fraction checks)
  4 a count (an update when the follow-up says the figure rose)
  5, 6, 7 "rose P% from A to B" in one sentence (change checks), P sometimes wrong
  8 a name (spelling disagreements)
  9 a statement (stance and actor disagreements)
Claims are credited to one of 50 reports; some follow-ups credit another or none
(attribution disagreements). The quotes of one story are at most 200,000 (kMaxQuotes):
the exchange rate (one more quote) is left out when 20 * N quotes already reach it.
"""
import argparse
import datetime
import json
import os
import sys

MAX_QUOTES = 200_000
OUTLETS = ["Reuters", "Bloomberg", "Financial Times", "Caixin", "Nikkei Asia", "The Information", "South China Morning Post",
           "TechCrunch", "The Verge", "Wired", "Handelsblatt", "Les Echos", "El Pais", "Yonhap", "Straits Times",
           "Global Times", "Xinhua"]
SYLLABLES = ["an", "bel", "cor", "da", "el", "fen", "gar", "hol", "is", "jan", "kel", "lor", "mar", "nes", "ol",
             "per", "quin", "ros", "sel", "tor", "ul", "ven", "wil", "xan", "yor", "zel"]
STANCES = [("did not respond to requests for comment", "declined to comment"),
           ("confirmed the plan", "denied the plan"),
           ("said the review was continuing", "said the review had ended")]
CURRENCIES = [("CNY", "{} billion yuan"), ("USD", "${} billion"), ("EUR", "\u20ac{} billion")]
RATE = 7.2671  # 1 USD = 7.2671 CNY, stated in s00000 when the quotes allow


class Rng:
    """A small LCG, so the output never depends on Python's random module."""

    def __init__(self, seed):
        self.state = (seed * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)
        return (self.state >> 33) % n


def name_of(i, rng):
    first = "".join(SYLLABLES[(i * 7 + k) % len(SYLLABLES)] for k in range(2)).capitalize()
    last = "".join(SYLLABLES[(i * 13 + k * 5 + rng.next(3)) % len(SYLLABLES)] for k in range(3)).capitalize()
    return first + " " + last


def misspelt(name):
    # One letter doubled in the last word: a misspelling, the same entity.
    words = name.split(" ")
    last = words[-1]
    pos = len(last) // 2
    words[-1] = last[:pos] + last[pos] + last[pos:]
    return " ".join(words)


def dec(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s if s else "0"


def money(unit, amount, qualifier=None):
    q = {"amount": amount, "scale": "billion", "unit": unit}
    if qualifier:
        q["qualifier"] = qualifier
    return q


def money_words(unit, amount):
    return dict(CURRENCIES)[unit].format(amount)


def make(n, out_dir, inline):
    with_rate = 20 * n + 1 <= MAX_QUOTES
    base_date = datetime.date(2000, 1, 1)
    sources, claims, mentions = [], [], []
    own = [[] for _ in range(n)]      # per source: (sentence, mention) for its own claims
    follow = [[] for _ in range(n)]   # per source: (sentence, mention) following up the previous source's
    reports = [{"id": "r%02d" % r, "outlet": OUTLETS[r % len(OUTLETS)], "label": "Report %d on company spending" % r}
               for r in range(50)]

    for i in range(n):
        rng = Rng(i + 1)
        sid, nid = "s%05d" % i, "s%05d" % ((i + 1) % n)
        firm = "Firm %05d" % i
        report = "r%02d" % (i % 50)
        unit, _ = CURRENCIES[i % 3]
        cid = lambda k: "c%05d.%d" % (i, k)

        def add(k, where, sentence, quote, prefix=None, **m):
            mention = {"source": sid if where == "own" else nid, "claim": cid(k), "quote": {"exact": quote}}
            if prefix:
                mention["quote"]["prefix"] = prefix
            mention.update(m)
            (own[i] if where == "own" else follow[(i + 1) % n]).append((sentence, mention))

        other_report = "r%02d" % ((i + 7) % 50)
        attribution_b = report if rng.next(6) else ("unnamed" if rng.next(2) else other_report)

        # 0: the total, and 1, 2: its parts.
        total = 20 + rng.next(400) / 4.0
        p1 = round(total * (0.3 + rng.next(40) / 100.0), 1)
        p2 = round(total - p1 if rng.next(5) else total - p1 + 3.0, 1)
        total_b = total if rng.next(5) else total + 1 + rng.next(20)
        qual_a = "over" if rng.next(3) == 0 else None
        qual_b = qual_a if rng.next(4) else ("about" if qual_a is None else None)
        scope_b = "capital expenditure" if rng.next(5) else "AI infrastructure"
        period_b = "this year" if rng.next(8) else "last year"
        claims.append({"id": cid(0), "kind": "money", "subject": firm, "measure": "capital expenditure",
                       "value": money(unit, dec(total), qual_a), "period": str(base_date.year + (i // 365)),
                       "report": report})
        words_a = ("over " if qual_a == "over" else "") + money_words(unit, dec(total))
        s = "%s plans to spend %s on capital expenditure this year" % (firm, words_a)
        add(0, "own", s + ".", s, value=money(unit, dec(total), qual_a), period="this year",
            scope="capital expenditure", attribution=report)
        words_b = {"over": "more than ", "about": "about ", None: ""}[qual_b] + money_words(unit, dec(total_b))
        conv = None
        if with_rate and unit == "CNY":
            usd = total_b / RATE if rng.next(4) else total_b / RATE * 1.2
            conv = money("USD", dec(usd))
            words_b += " ($%s billion)" % dec(usd)
        s = "%s will invest %s in %s %s" % (firm, words_b, scope_b, period_b)
        extra = {"converted": conv} if conv else {}
        add(0, "follow", s + ".", s, value=money(unit, dec(total_b), qual_b), period=period_b, scope=scope_b,
            attribution=attribution_b, **extra)
        for k, part, what in ((1, p1, "data centres"), (2, p2, "chips")):
            claims.append({"id": cid(k), "kind": "money", "subject": firm, "measure": "spending on " + what,
                           "value": money(unit, dec(part)), "part_of": cid(0), "report": report})
            s = "Of that, %s goes to %s at %s" % (money_words(unit, dec(part)), what, firm)
            add(k, "own", s + ".", s, value=money(unit, dec(part)), attribution=report)
            s = "%s puts %s into %s" % (firm, money_words(unit, dec(part)), what)
            add(k, "follow", s + ".", s, value=money(unit, dec(part)), attribution=attribution_b)

        # 3: a share of the total, stated as money in the follow-up.
        share = 20 + rng.next(60)
        share_money = total * share / 100.0 if rng.next(4) else total * share / 100.0 * 1.5
        claims.append({"id": cid(3), "kind": "percent", "subject": firm, "measure": "share spent overseas",
                       "value": {"amount": str(share), "unit": "percent", "qualifier": "about", "of": cid(0)},
                       "report": report})
        s = "about %d%% of the budget will be spent overseas" % share
        add(3, "own", "At %s, %s." % (firm, s), s,
            value={"amount": str(share), "unit": "percent", "qualifier": "about", "of": cid(0)}, attribution=report)
        s = "%s will spend %s overseas" % (firm, money_words(unit, dec(share_money)))
        add(3, "follow", s + ".", s, value=money(unit, dec(share_money)), attribution=attribution_b)

        # 4: a count, updated in the follow-up (or contradicted).
        staff = 1000 + rng.next(9000)
        staff_b = staff if rng.next(3) == 0 else staff + 50 + rng.next(500)
        verb = "rose to" if rng.next(2) else "stands at"
        claims.append({"id": cid(4), "kind": "count", "subject": firm, "measure": "employees",
                       "value": {"amount": str(staff), "unit": "count", "counts": "employees"}})
        s = "%s employs %d people" % (firm, staff)
        add(4, "own", s + ".", s, value={"amount": str(staff), "unit": "count", "counts": "employees"})
        s = "The workforce of %s %s %d" % (firm, verb, staff_b)
        add(4, "follow", s + ".", s, value={"amount": str(staff_b), "unit": "count", "counts": "employees"})

        # 5, 6, 7: a change between two figures in one sentence.
        a = 1.0 + rng.next(40) / 10.0
        b = round(a * (1.1 + rng.next(90) / 100.0), 1)
        change = round((b - a) / a * 100)
        stated = change if rng.next(5) else change + 15
        users = "%s app users" % firm
        for k, what, v in ((5, "growth in app users", None), (6, "app users before", a), (7, "app users after", b)):
            value = ({"amount": str(stated), "unit": "percent"} if v is None else
                     {"amount": dec(v), "scale": "million", "unit": "count", "counts": "app users"})
            claims.append({"id": cid(k), "kind": "percent" if v is None else "count", "subject": firm, "measure": what,
                           "value": value})
        for where, lead in (("own", "The number of"), ("follow", "Figures show the number of")):
            pct, fa, fb = "%d%%" % stated, "%s million" % dec(a), "%s million" % dec(b)
            sentence = "%s %s rose %s from %s to %s." % (lead, users, pct, fa, fb)
            # The figures alone, told apart by the words before them (the firm's name).
            add(5, where, sentence, pct, prefix="%s rose " % users, value={"amount": str(stated), "unit": "percent"})
            add(6, where, None, fa, prefix="%s rose %s from " % (users, pct),
                value={"amount": dec(a), "scale": "million", "unit": "count", "counts": "app users"})
            add(7, where, None, fb, prefix="%s rose %s from %s to " % (users, pct, fa),
                value={"amount": dec(b), "scale": "million", "unit": "count", "counts": "app users"})

        # 8: a name, sometimes misspelt.
        person = name_of(i, rng)
        spelt = person if rng.next(4) else misspelt(person)
        claims.append({"id": cid(8), "kind": "name", "subject": person, "measure": "chief executive of " + firm})
        s = "Chief executive %s of %s" % (person, firm)
        add(8, "own", s + " spoke on Monday.", s, spelling=person)
        s = "%s, led by %s" % (firm, spelt)
        add(8, "follow", s + ", gave no details.", s, spelling=spelt)

        # 9: a statement: what happened, and who did it.
        stance_a, stance_b = STANCES[i % len(STANCES)]
        stance_b = stance_a if rng.next(3) else stance_b
        actor_b = firm if rng.next(6) else "its parent company"
        claims.append({"id": cid(9), "kind": "statement", "subject": firm, "measure": "response to questions"})
        s = "%s %s" % (firm, stance_a)
        add(9, "own", s + ".", s, stance=stance_a, actor=firm)
        s = "Asked about it, %s %s" % (firm if actor_b == firm else "the parent of " + firm, stance_b)
        add(9, "follow", s + ".", s, stance=stance_b, actor=actor_b)

    rates = []
    for i in range(n):
        sid = "s%05d" % i
        day = base_date + datetime.timedelta(days=i)
        lines = ["%s: company spending, %s" % (OUTLETS[i % len(OUTLETS)], day.isoformat()), ""]
        text_mentions = []
        for group in (own[i], follow[i]):
            for sentence, m in group:
                if sentence is not None:
                    lines.append(sentence)
                text_mentions.append(m)
        if i == 0 and with_rate:
            lines.append("($1 = %s Chinese yuan)" % RATE)
            rates.append({"id": "usd-cny", "base": "USD", "quote_currency": "CNY", "rate": RATE, "source": sid,
                          "quote": {"exact": "($1 = %s Chinese yuan)" % RATE}})
        text = "\n".join(lines) + "\n"
        for m in text_mentions:
            words = m["quote"].get("prefix", "") + m["quote"]["exact"]
            if text.count(words) != 1:
                sys.exit("make-big-story: quote %r occurs %d times in %s" % (words, text.count(words), sid))
        src = {"id": sid, "outlet": OUTLETS[i % len(OUTLETS)], "kind": "original" if i % 4 else "rewrite",
               "published": {"date": day.isoformat()}, "title": "Spending at Firm %05d" % i}
        if inline:
            src["text"] = text
        else:
            rel = "sources/%s.txt" % sid
            with open(os.path.join(out_dir, rel), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            src["text_file"] = rel
        sources.append(src)
        mentions.extend(text_mentions)

    corpus = {"format": "factlens-corpus", "version": 1, "id": "big-%d" % n,
              "title": "Synthetic story of %d sources" % n, "sources": sources, "reports": reports, "rates": rates,
              "claims": claims, "mentions": mentions}
    with open(os.path.join(out_dir, "corpus.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(corpus, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return len(sources), len(claims), len(mentions)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", type=int)
    ap.add_argument("--out", help="folder to write (default build/big-stories/N)")
    ap.add_argument("--inline", action="store_true", help="texts inline in corpus.json, no text files")
    args = ap.parse_args()
    if args.sources < 2:
        sys.exit("make-big-story: at least 2 sources")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = args.out or os.path.join(root, "build", "big-stories", str(args.sources))
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    ns, nc, nm = make(args.sources, out, args.inline)
    size = os.path.getsize(os.path.join(out, "corpus.json"))
    print("%s: %d sources, %d claims, %d mentions, corpus.json %.1f MB" % (out, ns, nc, nm, size / 1e6))


if __name__ == "__main__":
    main()

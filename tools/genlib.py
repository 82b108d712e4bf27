"""What the build's table generators (tools/gen_*.py) share."""


def write_if_changed(path: str, text: str) -> None:
    """Writes `text` to `path` unless the file already holds it: its timestamp stays, and
    nothing that includes it rebuilds."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wordnet_synsets(path: str):
    """The synsets of a WordNet 3.0 data file (data.noun, data.verb, data.adj, ...), one
    (offset, ss_type, words, pointers) per line: its words as written, its pointers as
    (symbol, target offset) pairs. The licence lines at the top (they start with a space)
    are skipped."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            head = line.split(" | ")[0].split()
            off, ss_type, n = head[0], head[2], int(head[3], 16)
            words = [head[4 + 2 * k] for k in range(n)]
            p = 4 + 2 * n
            pointers = [(head[p + 1 + 4 * k], head[p + 2 + 4 * k]) for k in range(int(head[p]))]
            yield off, ss_type, words, pointers

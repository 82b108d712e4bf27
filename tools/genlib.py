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

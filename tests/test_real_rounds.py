"""The address lists of the real rounds (docs/real-rounds): bare addresses, one per line, none
used twice. A helper collecting a new round checks every earlier list with a plain string
match, so an address kept in quotes (as front matter may write it) would let the same page
be collected again and scored as unseen."""
from __future__ import annotations

from pathlib import Path

ROUNDS = Path(__file__).resolve().parent.parent / "docs" / "real-rounds"


def test_address_lists_hold_bare_addresses_used_once():
    seen: dict[str, str] = {}
    lists = sorted(ROUNDS.glob("round-*-addresses.txt"))
    assert lists
    for path in lists:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line == line.strip() and line.startswith(("http://", "https://")), f"{path.name}:{n}: not a bare address: {line!r}"
            assert line not in seen, f"{path.name}:{n}: already in {seen[line]}"
            seen[line] = path.name

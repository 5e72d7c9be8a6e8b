"""English names against their usual Russian forms: ``python -m tests.eval.english_names [-v]``.

Each pair of english_names.tsv (Biden, Байден) is checked both ways, as the variant
evaluation does: whether each spelling, typed as a query, searches a term the other is
indexed under (the Cyrillic one as in a Russian text).  Russian transcribes an English
name by its sound, so no rule reads every pair; the figures show how many the readings do.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.eval.variants import finds as variant_finds

PAIRS = Path(__file__).with_name("english_names.tsv")


def load(path: Path = PAIRS) -> list[tuple[str, str]]:
    """The (English, Russian) pairs of the file, without comments and repeats."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    return list(dict.fromkeys((latin, cyrillic) for latin, cyrillic in rows))


def finds(query: str, word: str) -> bool:
    """Whether the query word searches a term the article word is indexed under, the
    article word standing in a Russian text (tests.eval.variants.finds)."""
    return variant_finds(query, word, kazakh_text=False)


def main(argv: list[str]) -> int:
    pairs = load()
    both, latin_only, cyrillic_only, neither = [], [], [], []
    for latin, cyrillic in pairs:
        ways = (finds(latin, cyrillic), finds(cyrillic, latin))
        {(True, True): both, (True, False): latin_only, (False, True): cyrillic_only}.get(
            ways, neither
        ).append(f"{latin}/{cyrillic}")
    print(f"{len(pairs)} English names and their Russian forms")
    for label, found in (
        ("both ways", both),
        ("English query finds the Russian form only", latin_only),
        ("Russian query finds the English form only", cyrillic_only),
        ("neither", neither),
    ):
        print(f"  {label}: {len(found)}")
        if "-v" in argv and label != "both ways":
            print("    " + ", ".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

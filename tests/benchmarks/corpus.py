"""Deterministic synthetic news articles for the benchmarks (1k, 10k, 100k).

Each article has a title, a date and about 400 words drawn from a Zipf-distributed English-like
vocabulary: real function and news words at the top ranks, made-up words from syllables in the
tail. A sprinkling of names in variant spellings and scripts (Tokayev / Toqaev / Тоқаев ...),
Kazakh, Russian and Ukrainian words, and British/American pairs gives the folding work to do.
The variants are test data only. Article `i` is the same for every `n`, so articles n..n+9 are
the "ten new articles" of the incremental benchmark.

    python -m tests.benchmarks.corpus /tmp/corpus 10000
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.baselines import BenchDoc

VOCAB_SEED = 20240917
WORDS_PER_ARTICLE = 400
TAIL_WORDS = 40_000


def _words(text: str) -> list[str]:
    return text.split()


FUNCTION_WORDS = _words("""the of and to a in is that for it on was with as he be by at this
are from his have an but not they or had which were has its their been will would who
one more we all also after there said about when than into up out two new other can
over some could what if only first them these year so may while she her such
most because between during against before under three both those many last since""")

NEWS_WORDS = _words("""government president minister country people economy market company bank
percent million billion oil gas price prices report reports official officials region
regional city capital state national international foreign trade talks meeting agreement
project projects energy power water railway railways train trains locomotive locomotives
freight cargo transport border security military army police court law laws election
elections parliament party vote voters campaign reform reforms budget tax taxes investment
investors growth inflation export exports import imports production industry industrial
mining uranium coal wheat grain farmers village villages school schools hospital health
minister's president's visit visited signed sign cooperation partnership development
developing strategic summit delegation embassy ambassador sanctions war conflict peace
crisis protest protests crowd statement spokesman press agency news media television
internet technology digital startup startups contract contracts deal deals tender plant
factory workers jobs wages pension pensions housing construction road roads airport flights
airline passengers tourism tourists football match team season player players coach
championship record records weather snow flood floods drought fire fires earthquake""")

# (British, American): both forms appear, so folding them is measurable.
SPELLING_PAIRS = [
    ("centre", "center"),
    ("organisation", "organization"),
    ("colour", "color"),
    ("defence", "defense"),
    ("programme", "program"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("analyse", "analyze"),
    ("travelled", "traveled"),
    ("licence", "license"),
    ("neighbour", "neighbor"),
    ("theatre", "theater"),
    ("modernise", "modernize"),
    ("privatisation", "privatization"),
    ("metre", "meter"),
]

# Each line: one name in the spellings a news feed really mixes (Latin, Kazakh, Russian, Ukrainian).
NAME_VARIANTS = [
    ["Tokayev", "Toqaev", "Toqayev", "Tokaev", "Тоқаев", "Токаев"],
    ["Zelensky", "Zelenskyy", "Zelenskiy", "Зеленський", "Зеленский"],
    ["Almaty", "Алматы", "Alma-Ata", "Алма-Ата"],
    ["Akorda", "Aqorda", "Ақорда", "Акорда"],
    ["Kazakhstan", "Qazaqstan", "Қазақстан", "Казахстан"],
    ["Nazarbayev", "Nazarbaev", "Назарбаев"],
    ["Astana", "Астана", "Nur-Sultan"],
    ["Kyiv", "Kiev", "Київ", "Киев"],
    ["Shymkent", "Chimkent", "Шымкент"],
    ["Karaganda", "Qaraghandy", "Қарағанды", "Караганда"],
    ["Kassym-Jomart", "Qasym-Jomart", "Қасым-Жомарт", "Касым-Жомарт"],
    ["Aktobe", "Aqtobe", "Ақтөбе", "Актобе"],
]

COMPANIES = ["Wabtec", "KTZ", "Kazatomprom", "Samruk-Kazyna", "Air Astana", "Halyk", "KazMunayGas"]

CYRILLIC_WORDS = {
    "kk": _words("әкім ауыл мемлекет халық жаңа үкімет жол қала білім денсаулық"),
    "ru": _words("правительство экономика город новости президент министр выборы страна"),
    "uk": _words("уряд місто новини війна президент країна вибори міністр"),
}

ONSETS = [
    "",
    "b",
    "br",
    "c",
    "ch",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "th",
    "tr",
    "v",
    "w",
    "z",
]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ou", "y"]
CODAS = ["", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng"]
SUFFIXES = ["", "", "", "", "", "", "s", "s", "ed", "ing", "er", "ion", "ly", "ment"]


def _tail_words(count: int) -> list[str]:
    """Made-up but pronounceable words, the same for every run."""
    rng = random.Random(VOCAB_SEED)
    known = set(FUNCTION_WORDS) | set(NEWS_WORDS)
    words: list[str] = []
    while len(words) < count:
        syllables = rng.choice((1, 2, 2, 2, 3))
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
        ) + rng.choice(SUFFIXES)
        if len(word) > 2 and word not in known:
            known.add(word)
            words.append(word)
    return words


def _vocabulary() -> tuple[list[str], list[float]]:
    """Words in rank order and their cumulative Zipf-Mandelbrot weights (s=1.05, q=1.5)."""
    words = list(dict.fromkeys(FUNCTION_WORDS + NEWS_WORDS)) + _tail_words(TAIL_WORDS)
    weights = [1.0 / (rank + 1.5) ** 1.05 for rank in range(1, len(words) + 1)]
    return words, list(itertools.accumulate(weights))


_VOCAB: tuple[list[str], list[float]] | None = None


def _vocab() -> tuple[list[str], list[float]]:
    global _VOCAB
    if _VOCAB is None:
        _VOCAB = _vocabulary()
    return _VOCAB


def _sentence(rng: random.Random, words: list[str], cum: list[float]) -> list[str]:
    sentence = rng.choices(words, cum_weights=cum, k=rng.randint(8, 24))
    roll = rng.random()
    if roll < 0.12:
        sentence.insert(rng.randrange(len(sentence)), rng.choice(rng.choice(NAME_VARIANTS)))
    elif roll < 0.16:
        sentence.insert(rng.randrange(len(sentence)), rng.choice(rng.choice(SPELLING_PAIRS)))
    elif roll < 0.18:
        sentence.insert(rng.randrange(len(sentence)), rng.choice(COMPANIES))
    elif roll < 0.20:
        language = rng.choice(("kk", "ru", "uk"))
        sentence[-2:] = rng.choices(CYRILLIC_WORDS[language], k=2)
    sentence[0] = sentence[0].capitalize()
    return sentence


def make_doc(i: int, seed: int = 0) -> BenchDoc:
    """Article number `i` of the corpus with this `seed`."""
    words, cum = _vocab()
    rng = random.Random(seed * 1_000_003 + i)
    paragraphs, count = [], 0
    while count < WORDS_PER_ARTICLE:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            sentence = _sentence(rng, words, cum)
            count += len(sentence)
            sentences.append(" ".join(sentence) + ".")
        paragraphs.append(" ".join(sentences))
    title_words = rng.choices(words[60:2000], k=rng.randint(5, 9))
    if rng.random() < 0.3:
        title_words.insert(0, rng.choice(rng.choice(NAME_VARIANTS)))
    title = " ".join(title_words).capitalize()
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    return BenchDoc(doc_path(i), title, "\n\n".join(paragraphs), day.isoformat())


def doc_path(i: int) -> str:
    """Relative path of article `i`: a thousand articles per sub-folder."""
    return f"{i // 1000:03d}/{i:06d}.txt"


def iter_docs(n: int, seed: int = 0, *, start: int = 0) -> Iterator[BenchDoc]:
    """Articles start..start+n-1 of the corpus with this seed."""
    for i in range(start, start + n):
        yield make_doc(i, seed)


def write_doc(dest: Path, doc: BenchDoc) -> Path:
    path = dest / doc.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc.text(), encoding="utf-8")
    return path


def write_corpus(dest: Path, n: int, *, seed: int = 0) -> list[Path]:
    """Write articles 0..n-1 as `dest/NNN/NNNNNN.txt` (title on line 1, body after)."""
    dest = Path(dest)
    return [write_doc(dest, doc) for doc in iter_docs(n, seed)]


def main(argv: list[str]) -> None:
    dest, n = Path(argv[0]), int(argv[1])
    print(f"{len(write_corpus(dest, n))} articles in {dest}")


if __name__ == "__main__":
    main(sys.argv[1:])

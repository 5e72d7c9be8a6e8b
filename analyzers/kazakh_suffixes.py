"""Kazakh noun suffixes by slot, each with the vowel harmony and the stem-final sound it follows.

A row is ``(suffix, harmony, after)``.  ``harmony`` is ``"b"`` (back: the stem's last
vowel is а о ұ ы), ``"f"`` (front: ә ө ү і е) or ``"-"`` (any).  ``after`` names the
classes of the stem's last letter that the suffix may follow (see ``SOUND_CLASS``):
``V`` vowel, ``N`` nasal, ``S`` sonorant or semivowel, ``Z`` voiced ж з, ``T`` voiceless
(and б в г д ғ, which devoice before a suffix: Тоқаев+тың), ``P`` the vowel of a 3rd-person
possessive (ы/і, after which case endings take an extra н: облыс-ы-нда).

Slots are tried outermost first (case, relative, possessive, plural); the stemmer strips at
most one suffix per slot.  Endings that are rare in news but collide with common stems are
left out on purpose and named at the bottom of this module.
"""

from __future__ import annotations

BACK = frozenset("аоұыяёю")
FRONT = frozenset("әөүіеэ")

SOUND_CLASS = {
    **dict.fromkeys("аоұыяёюәөүіеэ", "V"),
    **dict.fromkeys("мнң", "N"),
    **dict.fromkeys("лрйуи", "S"),  # у and и are semivowels in Kazakh (Атыраудың, Путиндің)
    **dict.fromkeys("жз", "Z"),
    **dict.fromkeys("пткқсшщфхһцчбвгдғ", "T"),
}

CASE = (
    # genitive
    ("ның", "b", "VN"),  # Астананың, Қазақстанның
    ("нің", "f", "VN"),  # Үкіметінің -> Үкіметі
    ("дың", "b", "SZ"),  # Атыраудың
    ("дің", "f", "SZ"),  # елдің
    ("тың", "b", "T"),  # Тоқаевтың
    ("тің", "f", "T"),  # Президенттің
    # dative
    ("ға", "b", "VNSZ"),  # Алматыға
    ("ге", "f", "VNSZ"),  # елге
    ("қа", "b", "T"),  # Тоқаевқа
    ("ке", "f", "T"),  # Президентке
    ("на", "b", "P"),  # облысына
    ("не", "f", "P"),  # ішіне
    # accusative
    ("ны", "b", "V"),  # Астананы
    ("ні", "f", "V"),  # Үкіметіні
    ("ды", "b", "NSZ"),  # Қазақстанды
    ("ді", "f", "NSZ"),  # елді
    ("ты", "b", "T"),  # Тоқаевты
    ("ті", "f", "T"),  # Президентті
    # locative
    ("да", "b", "VNSZ"),  # Ақордада
    ("де", "f", "VNSZ"),  # елде
    ("та", "b", "T"),  # облыста
    ("те", "f", "T"),  # Мәжілісте
    ("нда", "b", "P"),  # облысында
    ("нде", "f", "P"),  # кезінде
    # ablative
    ("дан", "b", "VSZ"),  # Астанадан
    ("ден", "f", "VSZ"),  # елден
    ("тан", "b", "T"),  # облыстан
    ("тен", "f", "T"),  # Үкіметтен
    ("нан", "b", "NP"),  # Қазақстаннан, облысынан
    ("нен", "f", "NP"),  # Үкіметінен
    # instrumental
    ("менен", "-", "VNS"),  # Алматыменен
    ("мен", "-", "VNS"),  # Қазақстанмен
    ("бен", "-", "Z"),  # Қырғызбен
    ("пен", "-", "T"),  # Тоқаевпен
)

RELATIVE = (
    ("дағы", "b", "VNSZ"),  # Қазақстандағы
    ("дегі", "f", "VNSZ"),  # елдегі
    ("тағы", "b", "T"),  # облыстағы
    ("тегі", "f", "T"),  # Мәжілістегі
    ("ндағы", "b", "P"),  # облысындағы
    ("ндегі", "f", "P"),  # ішіндегі
    ("ғы", "b", "VNSZ"),  # жылғы
    ("гі", "f", "VNSZ"),  # кейінгі
    ("қы", "b", "T"),  # сыртқы
    ("кі", "f", "T"),  # ішкі
)

POSSESSIVE = (
    ("ымыз", "b", "NSZT"),  # халқымыз
    ("іміз", "f", "NSZT"),  # еліміз
    ("мыз", "b", "V"),  # Астанамыз
    ("міз", "f", "V"),  # өңіріміз -> өңірі is not reached: -іміз wins
    ("сы", "b", "V"),  # басшысы
    ("сі", "f", "V"),  # мәселесі
    ("ы", "b", "NSZT"),  # облысы
    ("і", "f", "NSZT"),  # Үкіметі
)

PLURAL = (
    ("лар", "b", "VS"),  # балалар
    ("лер", "f", "VS"),  # өңірлер
    ("дар", "b", "NZ"),  # адамдар
    ("дер", "f", "NZ"),  # елдер
    ("тар", "b", "T"),  # облыстар
    ("тер", "f", "T"),  # Үкіметтер
)

SLOTS = (CASE, RELATIVE, POSSESSIVE, PLURAL)
ACCUSATIVE = frozenset(["ны", "ні", "ды", "ді", "ты", "ті"])
"""Accusative endings: a query word is not read as one (Қарағанды is a city, not
қараған-ды, whose stem would meet қарағанда "compared to")."""

# Two-letter stems common in news; every other stem keeps at least three letters.
SHORT_STEMS = frozenset(
    [
        "ай",  # month: айы, айда
        "ат",  # name: аты
        "ел",  # country: елдің, елде, еліміз
        "іс",  # affair: ісі
        "ой",  # thought: ойы
        "су",  # water: суы, суды
        "ту",  # flag: туы
        "үй",  # house: үйде
        "ән",  # song: әні
    ]
)

# Patronymics stay whole: Қасымұлы is not Қасым (a query for a first name would match
# every son of a Қасым), so -ұлы / -қызы are never split; their case endings are.
PATRONYMIC_STEMS = ("ұл", "қыз")

# Left out on purpose (measured with tests/eval/morph_pairs.py):
#  -н   accusative after a possessive: үшін -> үш, бүгін -> бүг
#  -ым/-ім, -м, -ың/-ің, -ң  1st/2nd person singular, rare in news: Қасым -> Қас, адам -> ада
#  -а/-е dative after those
#  -лық/-лік/-дық/-дік/-тық/-тік  derivational, forms a new word: денсаулық -> денсау

# Dictionary words that end like an inflected form of a shorter word, frequent enough in news
# to matter: теңге (the currency) is not тең ("equal") + dative -ге.  Their own inflected
# forms (теңгенің, теңгеге) still lose their endings.
WHOLE_WORDS = frozenset(["теңге"])

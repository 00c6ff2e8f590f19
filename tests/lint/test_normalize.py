"""Normalization undoes every evasion in shared/ARABIC.md §1, per code point, and the offset
map leads every normalized character back to the original character it came from."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.normalize import _fast_plan, normalize, offset_map, table

from ._support import claims, lint

DIACRITICS = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u065f"
    "\u0670\u0610\u0615\u061a\u06d6\u06da\u06e1\u06ed\u08d3\u08f0\u08ff"
)
TATWEEL = "\u0640"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.mark.parametrize("mark", list(DIACRITICS), ids=lambda c: f"U+{ord(c):04X}")
def test_every_diacritic_is_deleted(mark: str) -> None:
    assert normalize(f"ن{mark}ضمن") == "نضمن"


def test_vowelled_word_normalizes_to_its_letters() -> None:
    assert normalize("نَضْمَنُ") == "نضمن"
    assert normalize("مَضْمُونَةٌ") == "مضمونه"


def test_tatweel_is_deleted_although_it_is_a_letter_category() -> None:
    assert normalize("نـضـمـن") == "نضمن"
    assert normalize("مضـــــمون") == "مضمون"


@pytest.mark.parametrize("ch", list(ZERO_WIDTH + BIDI), ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_and_bidi_characters_are_deleted(ch: str) -> None:
    assert normalize(f"نض{ch}من") == "نضمن"
    assert normalize(f"guar{ch}anteed") == "guaranteed"


def test_tag_characters_are_deleted() -> None:
    assert normalize("guar\U000e0041\U000e007fanteed") == "guaranteed"


def test_presentation_forms_decompose() -> None:
    assert normalize("\ufee7\ufec0\ufee4\ufee6") == "نضمن"  # isolated/initial/medial/final forms
    assert normalize("\ufefb") == "لا"  # lam-alef ligature
    assert normalize("\ufef5") == "لا"  # lam-alef with madda folds to a plain alef
    assert normalize("\ufef7") == normalize("\ufef9") == "لا"


def test_latin_ligatures_decompose() -> None:
    assert normalize("Guaranteed pro\ufb01t") == "guaranteed profit"
    assert normalize("\ufb02ows \ufb00 \ufb03") == "flows ff ffi"


@pytest.mark.parametrize(
    ("persian", "arabic"),
    [("یضمن", "يضمن"), ("لک", "لك"), ("ہذا", "هذا"), ("ھذا", "هذا"), ("ەذا", "هذا"), ("فے", "في")],
)
def test_persian_and_urdu_lookalikes_fold(persian: str, arabic: str) -> None:
    assert normalize(persian) == normalize(arabic)


@pytest.mark.parametrize(
    ("variant", "plain"),
    [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")],
)
def test_letter_variants_fold(variant: str, plain: str) -> None:
    assert normalize(variant) == plain


def test_arabic_indic_digits_fold_to_ascii() -> None:
    assert normalize("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalize("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert normalize("٢٤ ساعة") == normalize("24 ساعة")


@pytest.mark.parametrize(
    "styled",
    ["ＧＵＡＲＡＮＴＥＥＤ", "𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝", "𝑔𝑢𝑎𝑟𝑎𝑛𝑡𝑒𝑒𝑑", "𝗚𝗨𝗔𝗥𝗔𝗡𝗧𝗘𝗘𝗗", "GUARANTEED", "Guaranteed"],
)
def test_full_width_styled_and_upper_case_latin_fold(styled: str) -> None:
    assert normalize(styled) == "guaranteed"


def test_light_level_keeps_hamza_so_ala_and_illa_stay_apart() -> None:
    assert normalize("ألا") == normalize("إلا") == "الا"
    assert normalize("ألا", "light") != normalize("إلا", "light")
    # Both levels delete the same characters, so they have the same length and offsets.
    text = "لا نَضمن إلا الربح، ألا ترى؟ مؤسسة"
    assert len(normalize(text)) == len(normalize(text, "light"))


def test_newlines_survive_so_line_numbers_do() -> None:
    text = "سطر\u200b أول\nنـضـمـن\r\n\u202eثالث\n"
    assert normalize(text).count("\n") == text.count("\n")
    assert normalize(text).split("\n")[1] == "نضمن\r"


def test_offset_map_of_a_tatweeled_word() -> None:
    # n _ d _ m _ n: each normalized letter points at its own letter, plus the end.
    assert offset_map("نـضـمـن") == [0, 2, 4, 6, 7]


def test_offset_map_of_an_expanding_ligature() -> None:
    assert offset_map("ب\ufefbمخاطر") == [0, 1, 1, 2, 3, 4, 5, 6, 7]


# --- Properties -----------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("نضمصفقاتلكيوهةىأإآٱؤئءabcXYZ09 .،؟\n")
    + list(DIACRITICS + TATWEEL + ZERO_WIDTH + BIDI)
    + ["\U000e0041", "\u00ad", "ی", "ک", "ہ", "ھ", "ے", "٣", "۴", "Ａ", "ｚ", "０", "𝐠", "𝑒", "ß", "İ", "а", "ﷺ"]
    + ["\ufee7", "\ufec0", "\ufee4", "\ufee6", "\ufefb", "\ufef5", "\ufb8e", "\u3164", "\u2800", "\ufb01", "\ufb03"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60), st.sampled_from(["fold", "light"]))
def test_offset_map_is_monotone_and_points_at_the_source_character(src: str, level: str) -> None:
    norm = normalize(src, level)
    omap = offset_map(src, level)
    assert len(omap) == len(norm) + 1
    assert omap[-1] == len(src)
    assert all(a <= b for a, b in pairwise(omap))
    for i, ch in enumerate(norm):
        assert 0 <= omap[i] < len(src)
        assert ch in normalize(src[omap[i]], level)
    # Per code point: each source character contributes exactly its own normalization, in order.
    for j, ch in enumerate(src):
        produced = "".join(norm[i] for i in range(len(norm)) if omap[i] == j)
        assert produced == normalize(ch, level)


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_normalization_keeps_newlines(src: str) -> None:
    assert normalize(src).count("\n") == src.count("\n")


# Clean sentences with one claim; the claim words are the span the finding must cover.
_SENTENCES = [
    ("في Dealix نضمن لك صفقات كل شهر.", "نضمن", "guaranteed-results"),
    ("نقدم أتمتة كاملة لكل مراحل البيع.", "أتمتة كاملة", "full-automation"),
    ("نرسل العروض لعملائك بدون موافقتك.", "بدون موافقتك", "approval-bypass"),
    ("Every deal is guaranteed by our team.", "guaranteed", "guaranteed-results"),
    ("Our onboarding is the cure for a stalled pipeline.", "cure", "medical-language"),
]
_INSERTABLE = [*DIACRITICS, TATWEEL, *ZERO_WIDTH, *BIDI, "\U000e0041", "\u00ad"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_insertions_never_move_or_hide_the_claim(policy: CompiledPolicy, data: st.DataObject) -> None:
    text, claim, category = data.draw(st.sampled_from(_SENTENCES))
    start = text.index(claim)
    end = start + len(claim)
    # Anywhere in the sentence except right after the claim's last letter: a mark there belongs
    # to that letter, which test_categories checks on its own.
    positions = st.integers(0, len(text)).filter(lambda p: p != end)
    inserts = data.draw(st.lists(st.tuples(positions, st.sampled_from(_INSERTABLE)), max_size=12))
    by_pos: dict[int, str] = {}
    for p, ch in inserts:
        by_pos[p] = by_pos.get(p, "") + ch
    out: list[str] = []
    new_index: list[int] = []
    for i, ch in enumerate(text):
        out.append(by_pos.get(i, ""))
        new_index.append(sum(map(len, out)))
        out.append(ch)
    out.append(by_pos.get(len(text), ""))
    evaded = "".join(out)
    new_start, new_end = new_index[start], new_index[end - 1] + 1

    found = claims(lint(policy, evaded))
    assert [(f.category, f.line, f.column, f.end_line, f.end_column) for f in found] == [
        (category, 1, new_start + 1, 1, new_end + 1)
    ]
    assert found[0].match == evaded[new_start:new_end]


# --- The fast path (str.lower + str.replace) is the translate table, exactly ---------------


@pytest.mark.parametrize("level", ["fold", "light"])
def test_fast_path_agrees_with_the_table_on_every_character_it_takes(level: str) -> None:
    other, _ = _fast_plan(level)
    taken = [chr(cp) for cp in range(0x3000) if not other.search(chr(cp))]
    assert len(taken) > 140  # printable ASCII, the Arabic letters and harakat at least
    assert set("\u0623\u0629\u0649\u0640\u064b*\tAz") <= set(taken)
    tbl = table(level)
    for ch in taken:
        assert normalize(ch, level) == ch.translate(tbl), f"U+{ord(ch):04X}"
    text = "".join(taken) * 3
    assert normalize(text, level) == text.translate(tbl)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=200), st.sampled_from(["fold", "light"]))
def test_mixed_fast_and_translated_lines_equal_translate(src: str, level: str) -> None:
    assert normalize(src, level) == src.translate(table(level))

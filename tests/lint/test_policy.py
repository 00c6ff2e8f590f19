"""Policy validation: every error names the file, the line and the key, so compliance can fix
the YAML without reading Python."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dealix_site.errors import SourceError
from dealix_site.lint.policy import CATEGORY_IDS, load_compiled, load_policy

from ._support import POLICY_PATH

ORIGINAL = POLICY_PATH.read_text("utf-8")
CATEGORIES = [c["id"] for c in yaml.safe_load(ORIGINAL)["categories"]]


def _line_of(text: str, needle: str, nth: int = 0) -> int:
    """1-based line of the ``nth`` line that equals ``needle`` (stripped of its end)."""
    lines = [i + 1 for i, line in enumerate(text.split("\n")) if line.rstrip() == needle]
    return lines[nth]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims-policy.yml"
    path.write_text(text, "utf-8")
    return path


def _replace_once(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _category_block_start(cid: str) -> str:
    return f"  - id: {cid}\n"


def test_real_policy_loads_with_the_eight_categories() -> None:
    policy = load_policy(POLICY_PATH)
    assert tuple(c.id for c in policy.categories) == tuple(CATEGORIES)
    assert set(CATEGORIES) == set(CATEGORY_IDS) and len(CATEGORY_IDS) == 8
    for cat in policy.categories:
        assert cat.severity in ("error", "warning")
        assert cat.message.ar and cat.message.en and cat.suggestion.ar and cat.suggestion.en


def test_unknown_key_in_a_category(tmp_path: Path) -> None:
    i = CATEGORIES.index("scraping")
    start = _category_block_start("scraping")
    text = _replace_once(ORIGINAL, start, start + "    colour: red\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert Path(err.path) == path
    assert err.line == _line_of(text, "    colour: red")
    assert err.key == f"categories[{i}].colour"
    assert str(path) in str(err) and f":{err.line}:" in str(err) and err.key in str(err)


def test_unknown_top_level_key(tmp_path: Path) -> None:
    text = _replace_once(ORIGINAL, "\nversion: 1\n", "\nversion: 1\nstrictness: high\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert (exc.value.line, exc.value.key) == (_line_of(text, "strictness: high"), "strictness")


def test_typo_in_a_category_key_is_not_silently_ignored(tmp_path: Path) -> None:
    text = _replace_once(ORIGINAL, "    severity: error\n", "    severty: error\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert exc.value.key == "categories[0].severty"
    assert exc.value.line == _line_of(text, "    severty: error")


def test_wrong_severity(tmp_path: Path) -> None:
    i = CATEGORIES.index("medical-language")
    start = _category_block_start("medical-language")
    at = ORIGINAL.index(start)
    sev = ORIGINAL.index("    severity: error\n", at)
    text = ORIGINAL[:sev] + "    severity: fatal\n" + ORIGINAL[sev + len("    severity: error\n"):]
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert err.key == f"categories[{i}].severity"
    assert err.line == _line_of(text, "    severity: fatal")
    assert "error" in err.message and "warning" in err.message


def test_missing_category(tmp_path: Path) -> None:
    start = ORIGINAL.index(_category_block_start("medical-language"))
    end = ORIGINAL.index("\n  - id: ", start + 1) + 1
    text = ORIGINAL[:start] + ORIGINAL[end:]
    assert "id: medical-language" not in text
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert "medical-language" in err.message
    assert err.key == "categories"
    assert err.line == _line_of(text, "categories:")


def test_unknown_category_id_is_reported_at_its_line(tmp_path: Path) -> None:
    i = CATEGORIES.index("scraping")
    text = _replace_once(ORIGINAL, "  - id: scraping\n", "  - id: scrapping\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert "scrapping" in err.message
    assert err.line == _line_of(text, "  - id: scrapping")
    assert err.key is not None and err.key.startswith(f"categories[{i}]")


def test_wrong_version(tmp_path: Path) -> None:
    text = _replace_once(ORIGINAL, "\nversion: 1\n", "\nversion: 2\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert (exc.value.key, exc.value.line) == ("version", _line_of(text, "version: 2"))


def test_negation_window_out_of_range(tmp_path: Path) -> None:
    text = _replace_once(ORIGINAL, "    window: 6\n", "    window: 40\n")  # the Arabic one
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert (exc.value.key, exc.value.line) == ("negation.ar.window", _line_of(text, "    window: 40"))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = _replace_once(ORIGINAL, "\nversion: 1\n", "\nversion: 1\nlexicon: [unclosed\n")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert exc.value.line is not None and exc.value.line >= _line_of(text, "lexicon: [unclosed")
    assert "YAML" in exc.value.message


def _with_extra_term(term: str, where: str = "terms") -> tuple[str, int, int]:
    """The policy with ``term`` added as the first item of the first category's ``where`` list;
    returns the text, the category index (0) and the item index (0)."""
    anchor = f"    {where}:\n"
    at = ORIGINAL.index(anchor, ORIGINAL.index("\ncategories:\n"))
    text = ORIGINAL[: at + len(anchor)] + f'      - "{term}"\n' + ORIGINAL[at + len(anchor):]
    return text, 0, 0


@pytest.mark.parametrize(
    "term",
    ["(نضمن|نكفل لك", "نضمن) لك", "(نضمن||نكفل) لك", "… نضمن", "نضمن <no-such-set>", "V:abc", "gua*rantee"],
    ids=["unbalanced-open", "unbalanced-close", "empty-alternative", "leading-gap", "unknown-set", "latin-verb",
         "inner-star"],
)
def test_term_that_does_not_compile_is_reported_at_its_line(tmp_path: Path, term: str) -> None:
    text, ci, ti = _with_extra_term(term)
    path = _write(tmp_path, text)
    load_policy(path)  # the schema is fine; the phrase language is not
    with pytest.raises(SourceError) as exc:
        load_compiled(path)
    err = exc.value
    assert Path(err.path) == path
    assert err.key == f"categories[{ci}].terms[{ti}]"
    assert err.line == _line_of(text, f'      - "{term}"')
    assert str(path) in str(err) and f":{err.line}:" in str(err)


def test_trap_that_does_not_compile_is_reported_at_its_line(tmp_path: Path) -> None:
    text, ci, ti = _with_extra_term("(ضمن الخطة", "traps")
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_compiled(path)
    assert exc.value.key == f"categories[{ci}].traps[{ti}]"
    assert exc.value.line == _line_of(text, '      - "(ضمن الخطة"')


def test_policy_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = _write(tmp_path, "- just\n- a list\n")
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    assert Path(exc.value.path) == path and exc.value.line == 1


def test_trap_as_written_that_is_not_a_regex_is_reported_at_its_line(tmp_path: Path) -> None:
    i = CATEGORIES.index("scraping")
    start = _category_block_start("scraping")
    text = _replace_once(ORIGINAL, start, start + '    traps_as_written: ["ض(م"]\n')
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert err.line == _line_of(text, '    traps_as_written: ["ض(م"]')
    assert err.key is not None and err.key.startswith(f"categories[{i}].traps_as_written")
    assert "not a regular expression" in str(err)


def test_unknown_also_in_place_is_reported_at_its_line(tmp_path: Path) -> None:
    good = '"<competitor>"], also_in: [table, question]}'
    text = _replace_once(ORIGINAL, good, '"<competitor>"], also_in: [tables]}')
    bad_line = next(line for line in text.split("\n") if "also_in: [tables]" in line)
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as exc:
        load_policy(path)
    err = exc.value
    assert err.line == _line_of(text, bad_line)
    assert err.key is not None and "also_in" in err.key and "tables" in str(err)


def test_answers_that_say_no_come_from_the_policy(tmp_path: Path) -> None:
    # A compliance reviewer widens what counts as a "no" answer in the YAML, not in Python.
    from dealix_site.lint.engine import lint_text

    text = "هل يرسل Dealix رسائل بدون موافقتك؟ مستحيل، كل رسالة تنتظر اعتمادك.\n"
    as_is = load_compiled(POLICY_PATH)
    assert [f.category for f in lint_text(text, "faq.md", "md", as_is).findings] == ["approval-bypass"]
    # (The Arabic list comes first in the negation section, the English one second.)
    ar_at, en_at = [i for i in range(len(ORIGINAL)) if ORIGINAL.startswith("    answers_no: [", i)]
    widened = ORIGINAL[:ar_at] + "    answers_no: [مستحيل, " + ORIGINAL[ar_at + len("    answers_no: ["):]
    policy = load_compiled(_write(tmp_path, widened))
    assert lint_text(text, "faq.md", "md", policy).findings == ()
    # And an English answer, in the English list.
    text_en = "Can Dealix send messages without your approval? Impossible: every message waits for you.\n"
    assert [f.category for f in lint_text(text_en, "faq.md", "md", as_is).findings] == ["approval-bypass"]
    en_at += len("مستحيل, ")
    widened_en = widened[:en_at] + "    answers_no: [impossible, " + widened[en_at + len("    answers_no: ["):]
    assert lint_text(text_en, "faq.md", "md", load_compiled(_write(tmp_path, widened_en))).findings == ()

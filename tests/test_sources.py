from pathlib import Path

import pytest

from dealix_site.errors import SourceError
from dealix_site.sources import decode_utf8, load_yaml, read_source, split_front_matter


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.md"
    f.write_bytes("سطر أول\nسطر \xff ثان".encode().replace(b"\xc3\xbf", b"\xff"))
    with pytest.raises(SourceError) as err:
        read_source(f)
    assert err.value.line == 2
    assert err.value.column == len("سطر ") + 1
    assert "UTF-8" in err.value.message
    assert str(err.value).startswith(f"{f}:2:5:")


def test_bom_is_dropped() -> None:
    assert decode_utf8("\ufeffمرحبا".encode(), "x.md") == "مرحبا"


def test_binary_and_oversize_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "logo.md"
    binary.write_bytes(b"PNG\x00\x01\x02")
    with pytest.raises(SourceError, match="binary"):
        read_source(binary)
    big = tmp_path / "big.md"
    big.write_text("ا" * 100)
    with pytest.raises(SourceError, match="limit"):
        read_source(big, max_bytes=50)


def test_yaml_error_reports_the_file_line() -> None:
    with pytest.raises(SourceError) as err:
        load_yaml("title: ok\nhero: [unclosed\n", "page.md", line_offset=1)
    assert err.value.path == "page.md"
    assert err.value.line is not None and err.value.line >= 3  # line 2 of the YAML is line 3 of the file


def test_duplicate_yaml_key_is_an_error() -> None:
    with pytest.raises(SourceError, match="duplicate key 'title'") as err:
        load_yaml("title: a\ntitle: b\n", "p.md")
    assert err.value.line == 2


def test_front_matter_lines_are_file_lines() -> None:
    doc = split_front_matter("---\ntitle: عنوان\nhero:\n  heading: مرحبا\n---\nالنص\n", Path("p.md"))
    assert doc.meta.data == {"title": "عنوان", "hero": {"heading": "مرحبا"}}
    assert doc.meta.line_of(("hero", "heading")) == 4
    assert doc.body == "النص\n"
    assert doc.body_line == 6


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(SourceError, match="closing"):
        split_front_matter("---\ntitle: x\n\nbody", Path("p.md"))

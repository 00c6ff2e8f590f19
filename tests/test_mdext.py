import markdown
import pytest

from dealix_site.errors import SourceError
from dealix_site.mdext import expand


def test_placeholder_is_replaced_by_the_block() -> None:
    out = expand(["قبل", "<!-- dealix:table demo -->", "بعد"], {"demo": lambda: "| a |\n|---|\n| 1 |\n"})
    assert out == ["قبل", "", "| a |", "|---|", "| 1 |", "", "بعد"]


def test_unknown_table_names_file_and_line() -> None:
    with pytest.raises(SourceError) as err:
        expand(["x", "", "<!-- dealix:table nope -->"], {"sla": lambda: ""}, "docs/a.md", first_line=5)
    assert (err.value.path, err.value.line) == ("docs/a.md", 7)
    assert "nope" in err.value.message and "sla" in err.value.message


def test_placeholder_inside_text_is_left_alone() -> None:
    line = "اكتب `<!-- dealix:table sla -->` في سطر مستقل"
    assert expand([line], {}) == [line]


def test_extension_renders_a_real_table() -> None:
    html = markdown.markdown("<!-- dealix:table sla -->", extensions=["tables", "dealix_site.mdext"])
    assert html.count("<tr>") == 5  # header + P0..P3
    assert "<bdi>P0</bdi>" in html

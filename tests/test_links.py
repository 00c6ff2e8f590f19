from pathlib import Path

from dealix_site.links import check_markdown_sources, check_output, doc_dest, markdown_links, resolve


def test_resolve_relative_to_the_page() -> None:
    assert resolve("companies/index.html", "../private-beta/#join") == ("private-beta/index.html", "join")
    assert resolve("index.html", "companies/") == ("companies/index.html", "")
    assert resolve("a/index.html", "#%D8%A7") == ("a/index.html", "ا")
    assert resolve("index.html", "../../etc")[0].startswith("../")


def test_doc_dest_matches_mkdocs_directory_urls() -> None:
    assert doc_dest("index.md") == "index.html"
    assert doc_dest("support-sla.md") == "support-sla/index.html"
    assert doc_dest("guides/setup.md") == "guides/setup/index.html"


def test_markdown_links_skip_code() -> None:
    text = "[a](x.md)\n`[b](y.md)`\n```\n[c](z.md)\n```\n![img](i.png) [d](<w.md#ا>)"
    assert list(markdown_links(text)) == [(1, "x.md"), (6, "w.md#ا")]


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    for rel, html in pages.items():
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(html, encoding="utf-8")
    return tmp_path


def test_check_output_finds_broken_links_anchors_and_third_party_loads(tmp_path: Path) -> None:
    out = _site(tmp_path, {
        "index.html": '<a href="a/">ok</a>\n<a href="a/#missing">x</a>\n<a href="nope/">y</a>\n'
                      '<img src="https://cdn.example.com/x.png" alt="">\n'
                      '<a href="https://dealix.sa">ok</a><a id="top"></a>',
        "a/index.html": '<h2 id="الأهداف">x</h2><a href="../index.html#top">t</a><a id="top"></a>',
    })
    problems = {(p.line, p.message) for p in check_output(out, allow_external=False)}
    assert problems == {(2, "broken anchor"), (3, "broken link"), (4, "loads from another host")}


def test_arabic_anchor_percent_encoded_resolves(tmp_path: Path) -> None:
    out = _site(tmp_path, {"index.html": '<a href="#%D8%A7%D9%84%D8%A3%D9%87%D8%AF%D8%A7%D9%81">x</a>'
                                         '<h2 id="الأهداف">t</h2>'})
    assert check_output(out) == []


def test_markdown_sources_are_checked_against_built_ids(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\n[ok](b.md#الأهداف)\n[bad](b.md#غير-موجود)\n[gone](c.md)\n")
    (docs / "b.md").write_text("# B\n")
    out = _site(tmp_path / "out", {"b/index.html": '<h2 id="الأهداف">x</h2>', "a/index.html": ""})
    problems = check_markdown_sources(docs, out)
    assert [(p.path.name, p.line) for p in problems] == [("a.md", 4), ("a.md", 5)]

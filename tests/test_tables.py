from dealix_site import tables
from dealix_site.ops.catalog import CATALOG


def test_every_connector_appears_once_with_its_facts() -> None:
    table = tables.connectors_table()
    rows = [r for r in table.splitlines()[2:] if r.startswith("|")]
    assert len(rows) == len(CATALOG.connectors) == 11
    whatsapp = next(r for r in rows if "`whatsapp_cloud`" in r)
    assert "| نعم |" in whatsapp  # the one blocking connector
    assert sum("| نعم |" in r for r in rows) == 1
    gmail = next(r for r in rows if "`gmail`" in r)
    assert "`gmail.compose`" in gmail and "`gmail.modify`" in gmail


def test_sla_targets_render_as_isolated_numbers() -> None:
    table = tables.sla_table()
    p0 = next(r for r in table.splitlines() if "<bdi>P0</bdi>" in r)
    assert "<bdi>30</bdi> دقيقة" in p0
    assert "<bdi>4</bdi> ساعات" in p0
    assert "المؤسس" in p0
    p3 = next(r for r in table.splitlines() if "<bdi>P3</bdi>" in r)
    assert "أسبوع واحد" in p3


def test_changing_the_catalog_changes_the_table() -> None:
    changed = CATALOG.model_copy(update={"priorities": (
        CATALOG.priorities[0].model_copy(update={"first_response_minutes": 45}), *CATALOG.priorities[1:])})
    assert "<bdi>45</bdi> دقيقة" in tables.sla_table(changed)
    assert "<bdi>45</bdi>" not in tables.sla_table()


def test_duration_wording() -> None:
    assert tables.duration(30) == "<bdi>30</bdi> دقيقة"
    assert tables.duration(60) == "ساعة واحدة"
    assert tables.duration(120) == "ساعتان"
    assert tables.duration(8 * 60) == "<bdi>8</bdi> ساعات"
    assert tables.duration(72 * 60) == "<bdi>72</bdi> ساعة"
    assert tables.duration(7 * 24 * 60) == "أسبوع واحد"


def test_cells_escape_pipes_and_html() -> None:
    assert tables.cell("a|b <x>") == "a&#124;b &lt;x&gt;"


def test_registry_has_every_documented_block() -> None:
    names = set(tables.registry())
    assert {"connectors", "connector-flags", "sla", "severities", "onboarding-steps", "cadences", "bundles",
            "modes", "claim-categories"} <= names


def test_bundles_and_modes_tables_list_all_five() -> None:
    bundles = tables.bundles_table()
    for b in ("Growth Starter", "Data to Revenue", "Executive Growth OS", "Full Growth Control Tower",
              "Partnership Growth"):
        assert f"<bdi>{b}</bdi>" in bundles
    modes = tables.modes_table()
    for m in ("CEO", "Growth Manager", "Agency Partner", "Self-Growth", "Service Delivery"):
        assert f"<bdi>{m}</bdi>" in modes

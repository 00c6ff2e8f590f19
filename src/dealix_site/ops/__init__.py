"""Operations: the catalog of facts (connectors, SLAs, severities, steps, cadences, bundles,
modes) and the behaviour built on it. Plain Python; nothing here imports MkDocs."""

from dealix_site.ops.catalog import CATALOG, Catalog

__all__ = ["CATALOG", "Catalog"]

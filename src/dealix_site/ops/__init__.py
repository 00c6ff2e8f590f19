"""Operations: the catalog of facts (connectors, SLAs, severities, steps, cadences, bundles,
modes) and the behaviour built on it. Plain Python; nothing here imports MkDocs.

Behaviour, one module each: ``onboarding``, ``connectors``, ``support`` (ticket router),
``sla`` + ``eventlog`` (SLA tracking on a durable SQLite log), ``incidents``, ``success``
(customer-success cadence), ``delivery`` (service-delivery mode), ``render`` (runbook blocks)
and ``cli`` (``dealix-site ops …``). Every proposal is an ``actions.ProposedAction`` that needs
approval and never allows a live send: nothing here sends, charges or posts."""

from dealix_site.ops.catalog import CATALOG, Catalog

__all__ = ["CATALOG", "Catalog"]

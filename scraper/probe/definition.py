"""The site definition file a probe drafts, for review (``docs/sources.md``)."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

from scraper.probe.report import ProbeReport


def module_name(name: str) -> str:
    """The file name of a definition (``docs/sources.md``): the host, dots as underscores."""
    return re.sub(r"[.:]", "_", name)


def definition_source(report: ProbeReport) -> str:
    """A definition file in the catalogue's style, with what was found as its docstring."""
    site = report.definition()

    def para(text: str) -> str:
        text = text.replace("\\", "/").replace('"""', "'''")
        return textwrap.fill(text, 88, break_long_words=False, break_on_hyphens=False)

    found = "; ".join(f"{s.method} ({s.summary})" for s in report.sources if s.works) or "none"
    doc = "\n\n".join(
        [
            para(
                f"{report.name}: drafted by `newsarchive probe {report.url}` on {report.probed_on}."
            ),
            para(f"Platform {site.platform}: {'; '.join(report.platform.evidence)}."),
            para(f"Discovery that worked: {found}."),
            para(
                f"Time zone {site.timezone or 'not set'} ({report.timezone.strength}): "
                f"{'; '.join(report.timezone.evidence)}."
            ),
            para(f"Province {site.province}: {'; '.join(report.province.evidence)}."),
            para(f"Owner {site.owner}: {'; '.join(report.owner.evidence)}."),
            para(
                "To review before committing: the owner type, the province and its zone, a "
                f"description; crawl it once (`newsarchive crawl {site.name} --db "
                "data/try.db`) and look at what it archived. verified stays False until a "
                "crawl of the real site has succeeded."
            ),
        ]
    )
    fields = [
        ("name", _literal(site.name)),
        ("base_url", _literal(site.base_url)),
        ("platform", _literal(site.platform)),
        ("timezone", _literal(site.timezone)),
        ("discovery", _tuple(site.discovery)),
    ]
    if site.start_paths:
        fields.append(("start_paths", _tuple(site.start_paths)))
    imports = ["from scraper.sites import SiteDefinition"]
    prune = {"odoo": "ODOO_PRUNE", "blogger": "BLOGGER_PRUNE"}.get(site.platform)
    if prune:
        imports = [
            "from scraper.sites import FieldOverrides, SiteDefinition",
            f"from spiders.sites._profiles import {prune}",
        ]
        fields.append(("overrides", f"FieldOverrides(prune={prune})"))
    fields += [
        ("province", _literal(site.province)),
        ("owner", _literal(site.owner)),
        ("verified", "False"),
        ("source", _long_literal(site.source)),
    ]
    body = "\n".join(f"    {key}={value}," for key, value in fields)
    return f'"""{doc}\n"""\n\n' + "\n".join(imports) + f"\n\nSITE = SiteDefinition(\n{body}\n)\n"


def _literal(value: str | None) -> str:
    """A Python string literal as ``ruff format`` writes it (double quotes unless the
    text holds double quotes and no single ones)."""
    if value is None:
        return "None"
    text = json.dumps(value, ensure_ascii=False)
    if '"' in value and "'" not in value:
        return "'" + text[1:-1].replace('\\"', '"') + "'"
    return text


def _tuple(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(_literal(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def _long_literal(text: str) -> str:
    chunks = textwrap.wrap(text, 80, drop_whitespace=False, break_on_hyphens=False)
    if len(chunks) <= 1:
        return _literal(text)
    inner = "\n".join(f"        {_literal(c)}" for c in chunks)
    return f"(\n{inner}\n    )"


def write_definition(report: ProbeReport, directory: Path, force: bool = False) -> Path:
    """Write the drafted definition into ``directory``; ``FileExistsError`` when the file
    is there already and ``force`` is not given."""
    path = directory / f"{module_name(report.name)}.py"
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; review it, or --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".py.tmp")
    partial.write_text(definition_source(report), encoding="utf-8")
    partial.replace(path)
    return path

"""One module per named site, each defining ``SITE = SiteDefinition(...)``.

To add a site: copy ``mci_life.py``, change the values, add fixtures and expected
JSON under ``tests/golden/`` (see ``docs/adding-a-site.md``).
"""

"""One module per named site, each defining ``SITE = SiteDefinition(...)``.

To add a site: copy ``mci_life.py``, change the values, add a saved page and its
reviewed expected JSON under ``tests/golden/`` (README, "Adding a site").
"""

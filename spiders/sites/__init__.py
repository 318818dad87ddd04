"""One module per named site, each defining ``SITE`` (a ``SiteDefinition``).

Catalogue entries are built by a platform profile of ``_profiles.py`` (a helper module:
it defines no ``SITE``, so ``load_sites()`` skips it); ``docs/sources.md`` lists them with
their sources and says how to add one.
"""

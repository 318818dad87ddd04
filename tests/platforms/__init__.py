"""Loopback imitations of the platforms the source catalogue uses (standard library only).

Each module serves one small site on 127.0.0.1 publishing the twelve releases of
``_articles`` and says, in its docstring, which real markup it imitates:

``odoo``        an Odoo ``website_blog`` portal like the national Tribratanews (WIB)
``blogger``     a Blogger blog like a Polres Humas blog (WITA)
``custom_cms``  a portal on its own CMS, reachable only through its listings (WIB)
``nextjs``      a server-rendered Next.js portal of a national media network (WIB)
``joomla``      a Joomla 3 Polres humas site, URL rewriting off, no canonical (WITA)
``newsroom``    a regional portal on tagDiv's "Newspaper" WordPress theme, UTC dates (WITA)
``drupal``      a Drupal 10 (Olivero) or 9 (Bootstrap) Polres portal, path aliases (WIT)
``blogger_v3``  a Blogger blog on a layout v3 theme (Contempo, Median UI-style) (WIT)
``jannah``      a regional portal on TieLabs' Jannah theme, "time ago" dates, Rank Math (WIT)
``jnews``       a regional portal on Jegtheme's JNews theme, All in One SEO, REST API closed (WITA)
``lokomedia``   a local portal on Lokomedia CMS 2, ``berita-<id>-<slug>.html``, windows-1252 (WITA)

Each has ``serve_…()`` (a context manager yielding the base URL, whose ``requests``
lists every request target answered) and ``expected(base_url)`` (URL -> title and
``published_at``). ``scraper.samplesite`` is the plain WordPress site (GeneratePress)
and a JNews portal.
"""

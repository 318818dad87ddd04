"""Request fingerprints that keep an article request apart from a listing request.

Scrapy drops a request whose fingerprint it has seen. With the default fingerprint
(the URL), a page first requested as a listing (to read its links) hid its later
request as an article (to extract it), and the other way round: the article was
fetched, never extracted, and nothing counted it (issue 8). Here the role is part of
the fingerprint, so each URL is fetched at most once *per role*. The URLs that are
both (a "next" link that is not a listing URL) are rare.
"""

from __future__ import annotations

import hashlib

from scrapy import Request
from scrapy.utils.request import RequestFingerprinter


class RoleFingerprinter(RequestFingerprinter):
    def fingerprint(self, request: Request) -> bytes:
        base = super().fingerprint(request)
        if request.meta.get("article"):
            return hashlib.sha1(b"article\0" + base).digest()
        return base

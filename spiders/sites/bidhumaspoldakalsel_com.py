"""Bid Humas Polda Kalsel's Blogger site (bidhumaspoldakalsel.com), before and beside the
Tribratanews portal: 'Posted by Bid Humas Polda Kalsel', /YYYY/MM/slug.html posts.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import blogger

SITE = blogger(
    "https://www.bidhumaspoldakalsel.com/",
    owner="polri-polda",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    description="Bid Humas Polda Kalsel blog",
    source=(
        "Blogger: public pages http://www.bidhumaspoldakalsel.com/2019/ and "
        "http://www.bidhumaspoldakalsel.com/2022/02/gelar-silaturahmi-dengan-wartawan-kabid.html "
        "(seen over http; https assumed, to check in review); read 2026-12-03 from saved copies "
        "(the live site was not visited)"
    ),
)

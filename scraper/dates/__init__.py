"""Dates in Indonesian local and police news: fast exact rules, dateparser for the rest.

Researchers sort, filter and count by date, and dateparser alone reads about seven in
ten real Indonesian date strings right at about a millisecond each. This package reads
the families that actually occur (page headers, day-first numeric dates, Indonesian and
English month names with old spellings, WIB/WITA/WIT, ISO meta values, the
"Senin (13/11)" body convention, relative stamps) with regexes compiled at import, and
asks dateparser, imported lazily, only about short strings the rules find nothing in.
See docs/dates.md for the rules and the numbers.
"""

from scraper.dates._api import FoundDate, find_dates, parse_date, parse_time, to_iso
from scraper.dates._resolve import YEARLESS_LOOKBACK
from scraper.dates._vocab import ZONE_OFFSETS

__all__ = [
    "YEARLESS_LOOKBACK",
    "ZONE_OFFSETS",
    "FoundDate",
    "find_dates",
    "parse_date",
    "parse_time",
    "to_iso",
]

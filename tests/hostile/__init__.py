"""A fault-injecting local news site for end-to-end crawl tests (see README.md)."""

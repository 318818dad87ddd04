"""Crawling with many machines: a shared frontier in Redis, one archive writer.

The established way to spread a Scrapy crawl over machines is scrapy-redis: the
scheduler queue and the request fingerprints live in Redis, so crawler processes on
any host take work from one queue and never fetch a URL twice. Around it:

- ``frontier``: the queue with leases (a popped request is held, not lost, until its
  page's outcome has left the worker; a dead worker's leases expire and the requests
  return to the queue) and the dupefilter with the project's fingerprints;
- ``sink``: in a worker, every item goes to a Redis stream instead of the archive,
  and each request's lease is released once all it produced is in the stream;
- ``politeness``: one per-host request rate for the whole cluster (a token in Redis);
- ``writer``: ``crawl --redis`` reads the discovery sources itself, seeds the
  frontier, and is the only process that writes the archive: it drains the stream
  with a consumer group and acknowledges entries only once committed;
- ``worker``: ``newsarchive worker --redis URL``.

The single-machine crawl does not import any of this.
"""

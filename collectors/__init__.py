"""Collectors: RSS/Atom, web pages (scrapy), JSON APIs and manual reports, published to ``items.raw``.

Flow of one poll (``yuqing collect``)::

    sources.yaml ──> CollectRunner (one worker thread per due source; failures recorded, never raised)
        rss / json_api : HttpFetcher (timeouts, retries on transient errors, ETag/Last-Modified,
                         bounded body, per-host spacing) → encoding.detect → parse → build_item
        web            : child process `python -m collectors.web.child`: ListDetailSpider
                         (robots.txt, AutoThrottle, per-domain concurrency) → pipelines
                         clean → dedupe → publish
    → ItemSink: DedupeStore.judge (same URL / same text / SimHash near-duplicate) → BusProducer
      publish + flush → DedupeStore.commit → HealthStore.success (cursor saved last)

Manual reports (人工报送) enter through :func:`collectors.manual.submit_manual_report`.
Adding a source is a YAML entry; adding a source *type* is one class and its entry in
:data:`collectors.registry.COLLECTORS`.
"""

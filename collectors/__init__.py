"""Collectors: RSS/Atom, web pages (scrapy), JSON APIs and manual reports, published to ``items.raw``."""

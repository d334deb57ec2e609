"""Web list/detail collection with scrapy, run in a child process per crawl (one reactor each)."""

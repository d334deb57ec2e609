"""Article extraction and list-page link discovery on real pages, against maintained libraries.

Reads ``../shared/data/pages/`` (real government and news pages with ``manifest.tsv``; measurement
only, never copied) or ``--data DIR``: any folder with a ``manifest.tsv`` of the same layout and the
pages beside it or in its ``pages/`` (a holdout set of pages the extractor was not developed on). For every article page
it checks the product's extractor and each library compared (readability-lxml, trafilatura,
GeneralNewsExtractor) on the same decoded text (and, when the manifest has ``published`` and
``origin`` columns, the product's publish time and 来源):

* title: the extracted title contains the manifest's ``title`` (T) and is the clean headline and
  nothing else (C);
* body: contains the first (F) and the last (L) paragraph's text and not the boilerplate (B);

comparing with all whitespace ignored, as the pages' README says. A page passes when all five
hold. For list pages it checks the product's list handling as the spider uses it: the page is told
from an article, and link discovery finds the number of article links and the first and last
href; it also counts article pages taken for list pages. Times are per page, decoding (the
product's, used for every extractor) included, the median of ``--repeat`` runs; they are
wall-clock on whatever machine runs this.

Run: ``python bench/extraction.py`` (install the libraries compared with
``pip install -e '.[bench]'``; a missing one is reported and skipped). The last line of output is
one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collectors.encoding import decode  # noqa: E402
from collectors.normalize import html_to_text  # noqa: E402
from collectors.web.extract import extract_article  # noqa: E402
from collectors.web.links import looks_like_list  # noqa: E402

DEFAULT_PAGES = ROOT.parent / "shared" / "data" / "pages"
_SPACE = re.compile(r"[\s\u3000\xa0\u200b\u200c\u200d\u2060\ufeff]+")

Extractor = Callable[[str, str], tuple[str, str]]
"""(html, url) → (title, body text)."""


def squeeze(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def product(html: str, url: str) -> tuple[str, str]:
    article = extract_article(html, url=url)
    return article.title, article.body_text


def _libraries() -> tuple[dict[str, Extractor], dict[str, str]]:
    """The libraries compared that are installed, and why the others are not."""
    found: dict[str, Extractor] = {}
    missing: dict[str, str] = {}
    try:
        from readability import Document

        def readability(html: str, url: str) -> tuple[str, str]:
            doc = Document(html, url=url)
            return doc.short_title(), html_to_text(doc.summary(html_partial=True))

        found["readability-lxml"] = readability
    except ImportError as exc:
        missing["readability-lxml"] = str(exc)
    try:
        import trafilatura

        def trafilatura_(html: str, url: str) -> tuple[str, str]:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            if doc is None:
                return "", ""
            return doc.title or "", doc.text or ""

        found["trafilatura"] = trafilatura_
    except ImportError as exc:
        missing["trafilatura"] = str(exc)
    try:
        from gne import GeneralNewsExtractor

        gne_extractor = GeneralNewsExtractor()

        def gne(html: str, url: str) -> tuple[str, str]:
            result = gne_extractor.extract(html, host=url)
            return result.get("title") or "", result.get("content") or ""

        found["gne"] = gne
    except ImportError as exc:
        missing["gne"] = str(exc)
    return found, missing


def check_article(row: dict[str, str], title: str, body: str) -> str:
    """The failed checks as letters (T, C, F, L, B); empty when the page passes."""
    t, b = squeeze(title), squeeze(body)
    failed = ""
    failed += "" if squeeze(row["title"]) in t else "T"
    failed += "" if t == squeeze(row["clean_title"]) else "C"
    failed += "" if squeeze(row["first"]) in b else "F"
    failed += "" if squeeze(row["last"]) in b else "L"
    failed += "" if squeeze(row["boilerplate"]) not in b else "B"
    return failed


def check_facts(data: Path, rows: list[dict[str, str]]) -> dict[str, int]:
    """The product's publish time and 来源 against the manifest's optional ``published`` and ``origin``
    columns (a holdout's; the real pages' manifest has none): the time compared as an instant (naive
    times are Asia/Shanghai), the 来源 exactly, an empty cell meaning the page names none."""
    from collectors.normalize import parse_time

    print("\nfacts (product): publish time and 来源 against the manifest")
    right = {"published": 0, "origin": 0}
    for row in rows:
        article = extract_article(decode(page_path(data, row["file"]).read_bytes()), url=page_url(row))
        want_time, want_origin = row.get("published") or "", row.get("origin") or ""
        time_ok = parse_time(article.published) == parse_time(want_time) if want_time else not article.published
        origin_ok = (article.origin or "") == want_origin
        right["published"] += time_ok
        right["origin"] += origin_ok
        if not (time_ok and origin_ok):
            print(
                f"  {row['file']}: published {article.published!r} (want {want_time!r}), 来源 {article.origin!r}"
                f" (want {want_origin!r})"
            )
    print(f"published right {right['published']}/{len(rows)}, 来源 right {right['origin']}/{len(rows)}")
    return {**right, "of": len(rows)}


def timed(fn: Callable[[], object], repeat: int) -> tuple[object, float]:
    """``fn()``'s result and the median of ``repeat`` wall-clock runs in milliseconds."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return result, statistics.median(times)


def page_url(row: dict[str, str]) -> str:
    """A plausible URL for the page (relative links resolve against it); the manifest's site host."""
    host = re.match(r"[a-z0-9-]+(\.[a-z0-9-]+)+", row.get("site", ""))
    return f"http://{host.group(0) if host else 'example.test'}/{row['file']}"


def page_path(data: Path, name: str) -> Path:
    """Where the manifest's page ``name`` is: beside the manifest, else in its ``pages/`` folder."""
    beside = data / name
    return beside if beside.exists() else data / "pages" / name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        "--pages",
        dest="data",
        type=Path,
        default=DEFAULT_PAGES,
        help="folder with manifest.tsv and the pages (beside it or in pages/); default ../shared/data/pages",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per page and extractor for the timing")
    args = parser.parse_args()
    manifest = args.data / "manifest.tsv"
    if not manifest.exists():
        print(f"no pages: {manifest} is absent (the real pages live outside the repository); nothing measured")
        print(json.dumps({"data": None, "reason": f"{manifest} absent"}))
        return 0
    warnings.simplefilter("ignore")
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    libraries, missing = _libraries()
    extractors: dict[str, Extractor] = {"product": product, **libraries}
    for name, why in missing.items():
        print(f"{name}: not installed, skipped ({why}); pip install -e '.[bench]'")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"pages: {args.data} · load average {load:.2f} (timings on a loaded machine are inflated)")

    articles = [r for r in rows if r["kind"] == "article"]
    lists = [r for r in rows if r["kind"] == "list"]
    stats = {name: {"pass": 0, "body": 0, "clean_title": 0, "ms": []} for name in extractors}
    width = max(len(r["file"]) for r in rows)
    print("\narticles (ok = passes; else the failed checks: T title misses the headline, C title not clean,")
    print("F first paragraph missing, L last paragraph missing, B boilerplate present)")
    print(f"{'page':{width}}  " + "  ".join(f"{n:>16}" for n in extractors))
    for row in articles:
        body_bytes = page_path(args.data, row["file"]).read_bytes()
        url = page_url(row)
        cells = []
        for name, fn in extractors.items():

            def run(fn: Extractor = fn, body_bytes: bytes = body_bytes, url: str = url) -> tuple[str, str]:
                html = decode(body_bytes)
                try:
                    return fn(html, url)
                except Exception as exc:  # a library that crashes on a page fails that page
                    return "", f"ERROR {type(exc).__name__}: {exc}"

            result, ms = timed(run, args.repeat)
            title, body = result  # type: ignore[misc]
            failed = check_article(row, title, body)
            entry = stats[name]
            entry["ms"].append(ms)  # type: ignore[union-attr]
            entry["pass"] += not failed  # type: ignore[operator]
            entry["body"] += not (set(failed) & set("FLB"))  # type: ignore[operator]
            entry["clean_title"] += "C" not in failed  # type: ignore[operator]
            cells.append(f"{failed or 'ok':>11} {ms:4.0f}")
        print(f"{row['file']:{width}}  " + "  ".join(cells))

    print(f"\n{'extractor':18} {'pass':>6} {'body':>6} {'clean title':>12} {'ms/page':>8} {'max ms':>7}")
    summary: dict[str, object] = {}
    for name, entry in stats.items():
        ms = entry["ms"]
        mean = statistics.fmean(ms) if ms else 0.0  # type: ignore[arg-type]
        worst = max(ms) if ms else 0.0  # type: ignore[type-var]
        n = len(articles)
        counts = f"{entry['pass']:>3}/{n} {entry['body']:>3}/{n} {entry['clean_title']:>9}/{n}"
        print(f"{name:18} {counts} {mean:8.1f} {worst:7.1f}")
        summary[name] = {
            "pass": entry["pass"],
            "body": entry["body"],
            "clean_title": entry["clean_title"],
            "ms_per_page": round(mean, 1),
            "max_ms": round(worst, 1),
        }

    facts = [r for r in articles if "published" in r or "origin" in r]
    if facts:
        summary["facts"] = check_facts(args.data, facts)

    print("\nlist pages (product, as the spider sees them: told from an article, then the links found),")
    print("found/expected links, first and last href")
    list_pass = 0
    list_ms = []
    for row in lists:
        body_bytes = page_path(args.data, row["file"]).read_bytes()
        url = page_url(row)
        (is_list, links), ms = timed(lambda b=body_bytes, u=url: looks_like_list(decode(b), u), args.repeat)  # type: ignore[misc]
        list_ms.append(ms)
        hrefs = [link.href for link in links]
        ok_count = len(hrefs) == int(row["links"])
        # A list page whose records are elsewhere (a frame) has none of its own: empty first and last.
        ok_first = hrefs[0] == row["first"] if hrefs else not row["first"]
        ok_last = hrefs[-1] == row["last"] if hrefs else not row["last"]
        ok = is_list and ok_count and ok_first and ok_last
        list_pass += ok
        print(
            f"{row['file']:{width}}  {'ok' if ok else 'FAIL':4} {'list' if is_list else 'TAKEN FOR AN ARTICLE'} "
            f"{len(hrefs):3}/{row['links']:<3} first {'ok' if ok_first else 'WRONG'} "
            f"last {'ok' if ok_last else 'WRONG'} {ms:5.0f} ms"
        )
        if not ok:
            print(f"{'':{width}}  got first={hrefs[0] if hrefs else None!r} last={hrefs[-1] if hrefs else None!r}")
    taken = [
        r["file"]
        for r in articles
        if looks_like_list(decode(page_path(args.data, r["file"]).read_bytes()), page_url(r))[0]
    ]
    print(f"articles taken for list pages: {len(taken)}/{len(articles)} {' '.join(taken)}")
    summary["lists"] = {
        "pass": list_pass,
        "articles_taken_for_lists": len(taken),
        "of": len(lists),
        "ms_per_page": round(statistics.fmean(list_ms), 1) if list_ms else None,
    }
    print(json.dumps({"data": str(args.data), "articles": len(articles), "load_avg": load, **summary}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

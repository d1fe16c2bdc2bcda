#!/usr/bin/env python3
"""The SQLite FTS5 peer: the same corpus (the app's `export --format jsonl`) and the same query file as the
Archive harness, searched the way a small self-hosted tool would do it with SQLite alone.

Builds an FTS5 table (tokenize='porter unicode61'), then runs each query line as
top 10 by bm25 with snippet() plus the match count, and prints one JSON line:
{"engine":"sqlite-fts5","queries":n,"p50_ms":..,"p95_ms":..,"p99_ms":..,"qps":..,"index_s":..,"db_mb":..,"errors":k}

Python 3 standard library only.
"""
import argparse
import json
import math
import os
import re
import sqlite3
import sys
import time

SCHEMA = """
CREATE VIRTUAL TABLE posts USING fts5(
    text,
    id UNINDEXED, channel UNINDEXED, published UNINDEXED, hashtags UNINDEXED, language UNINDEXED,
    tokenize = 'porter unicode61'
)
"""

# A query token: a "phrase", OR, -excluded, or a bare word (possibly with a trailing *).
TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def normalize_tag(tag):
    """The app's rule (Hashtags.Normalize): no '#', lower case, 'ё' folded to 'е'."""
    return tag.lstrip("#").lower().replace("ё", "е")


def build(db_path, jsonl_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(SCHEMA)
    started = time.perf_counter()

    def rows():
        with open(jsonl_path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                p = json.loads(line)
                tags = " ".join(normalize_tag(t) for t in (p.get("hashtags") or []))
                # Tags padded with spaces so a filter can look for " tag " without matching a longer tag.
                yield (p.get("text") or "", str(p.get("id")), p.get("channel") or "", p.get("published"),
                       f" {tags} " if tags else "", p.get("language") or "")

    with con:
        con.executemany("INSERT INTO posts(text, id, channel, published, hashtags, language) VALUES (?,?,?,?,?,?)", rows())
    # Merge the b-tree segments, as a real deployment would after a bulk load; counted in the build time.
    with con:
        con.execute("INSERT INTO posts(posts) VALUES ('optimize')")
    index_s = time.perf_counter() - started
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return con, index_s


def quote(term):
    return '"' + term.replace('"', '""') + '"'


def to_match(query):
    """Translates the app's query language to an FTS5 MATCH expression.
    Words are ANDed; "phrases" stay phrases; a OR b; -x becomes NOT x; word* stays a prefix.
    Returns None when the query has no positive term (FTS5 cannot run a pure NOT)."""
    groups = []        # each group is a list of alternatives joined by OR
    excluded = []
    pending_or = False
    for m in TOKEN.finditer(query):
        negative, phrase, word = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            if not phrase.strip():
                continue
            term = quote(phrase)
            if negative:
                excluded.append(term)
                continue
        else:
            if word == "OR":
                pending_or = bool(groups)
                continue
            if word.startswith("-") and len(word) > 1:
                excluded.append(term_of(word[1:]))
                continue
            term = term_of(word)
            if term is None:
                continue
        if pending_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        return None
    expr = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    for x in excluded:
        if x is not None:
            expr += " NOT " + x
    return expr


def term_of(word):
    prefix = word.endswith("*")
    core = word.rstrip("*")
    if not core:
        return None
    return quote(core) + ("*" if prefix else "")


def to_where(filters):
    """Filters as WHERE clauses on the unindexed columns, and the ORDER BY for the sort."""
    clauses, args, order = [], [], "bm25(posts)"
    for key, value in filters:
        if key == "from":
            clauses.append("published >= ?")
            args.append(value)
        elif key == "to":
            clauses.append("published <= ?")
            args.append(value)
        elif key == "tag":
            clauses.append("instr(hashtags, ?) > 0")
            args.append(" " + normalize_tag(value) + " ")
        elif key == "channel":
            clauses.append("channel = ?")
            args.append(value)
        elif key == "lang":
            clauses.append("language = ?")
            args.append(value)
        elif key == "sort":
            # No reaction counts in this table: "reactions" falls back to relevance (said in docs/benchmarks.md).
            order = {"newest": "published DESC", "oldest": "published ASC"}.get(value, "bm25(posts)")
    return clauses, args, order


def parse_line(line):
    query, _, rest = line.rstrip("\n").partition("\t")
    filters = []
    for pair in rest.split("&"):
        if pair:
            k, _, v = pair.partition("=")
            filters.append((k.strip(), v.strip()))
    return query, filters


def prepare(lines):
    prepared = []
    for line in lines:
        query, filters = parse_line(line)
        clauses, args, order = to_where(filters)
        prepared.append((to_match(query), clauses, args, order))
    return prepared


def run_one(con, match, clauses, args, order):
    if match is None:
        raise sqlite3.OperationalError("no positive term")
    where = " AND ".join(["posts MATCH ?"] + clauses)
    params = [match] + args
    con.execute(
        f"SELECT id, snippet(posts, 0, '<mark>', '</mark>', '…', 16) FROM posts WHERE {where} ORDER BY {order} LIMIT 10",
        params).fetchall()
    con.execute(f"SELECT count(*) FROM posts WHERE {where}", params).fetchone()


def percentile(sorted_ms, p):
    """Nearest rank, the same rule as the C# harness."""
    if not sorted_ms:
        return 0.0
    rank = math.ceil(p / 100 * len(sorted_ms))
    return round(sorted_ms[min(max(rank - 1, 0), len(sorted_ms) - 1)], 3)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", required=True, help="the app's export --format jsonl")
    ap.add_argument("--queries", required=True, help="query file: query<TAB>key=value&...")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes after one warm-up pass")
    ap.add_argument("--db", default="fts5-peer.db", help="SQLite file to build (replaced)")
    a = ap.parse_args()

    con, index_s = build(a.db, a.jsonl)
    with open(a.queries, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("##")]
    prepared = prepare(lines)

    failed = set()
    for i, q in enumerate(prepared):      # warm-up pass; also finds the queries FTS5 cannot run
        try:
            run_one(con, *q)
        except sqlite3.Error as e:
            failed.add(i)
            print(f"fts5: query {lines[i].strip()!r} failed: {e}", file=sys.stderr)

    timings = []
    started = time.perf_counter()
    for _ in range(a.repeat):
        for i, q in enumerate(prepared):
            if i in failed:
                continue
            t = time.perf_counter()
            run_one(con, *q)
            timings.append((time.perf_counter() - t) * 1000)
    elapsed = time.perf_counter() - started
    timings.sort()
    con.close()

    print(json.dumps({
        "engine": "sqlite-fts5",
        "queries": len(prepared),
        "repeat": a.repeat,
        "p50_ms": percentile(timings, 50),
        "p95_ms": percentile(timings, 95),
        "p99_ms": percentile(timings, 99),
        "qps": round(len(timings) / elapsed, 1) if elapsed > 0 else 0.0,
        "index_s": round(index_s, 3),
        "db_mb": round(os.path.getsize(a.db) / 1048576, 2),
        "errors": len(failed),
        "sqlite": sqlite3.sqlite_version,
    }))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A clerk's search window on a 1M file with question_scope (schema 11), the old way and the new, timed alternately (docs/PERFORMANCE.md,
sixth session): the bench's 25 queries folded, the clerk of department 1. For each query the three windows run one
after the other six times (the first dropped): joined with `questions` (schema 9's statement), joined with
`question_scope` (schema 11's), and the coordinator's (no join). The first two must return the same rows.

    python3 scripts/clerk-window-pairs.py FILE.sqlite
"""
import re
import sqlite3
import statistics
import sys
import time

QUERIES = ["du lich cong dong", "cap phep homestay", "le hoi truyen thong", "tro cap nguoi co cong", "che do liet si",
           "ho ngheo", "bao hiem that nghiep", "tuyen dung vien chuc", "giay chung nhan quyen su dung dat",
           "boi thuong giai phong mat bang", "o nhiem moi truong", "giay phep xay dung", "nha o xa hoi",
           "\"giay phep lai xe\"", "thanh lap doanh nghiep", "bao hiem y te", "tiem chung tre em", "an toan thuc pham",
           "tuyen sinh lop 10", "hoc phi -mien", "chung thuc ban sao", "ly lich tu phap", "dang ky khai sinh",
           "quynh luu dat", "thuy loi*"]
WINDOWS = {
    "questions": ("JOIN questions q ON q.id = (s.rowid >> 1)",
                  "(((s.rowid & 1) = 0 AND q.department_id = 1) OR ((s.rowid & 1) = 1"
                  " AND q.published_revision_id IS NOT NULL AND q.department_id IS DISTINCT FROM 1))"),
    "question_scope": ("JOIN question_scope c ON c.question_id = (s.rowid >> 1)",
                       "(((s.rowid & 1) = 0 AND c.department_id = 1) OR ((s.rowid & 1) = 1"
                       " AND c.published = 1 AND c.department_id IS DISTINCT FROM 1))"),
    "coordinator": ("", "(s.rowid & 1) = 0"),
}


def fts(query):
    """The FTS5 expression SearchQuery::ftsExpression writes for these queries."""
    out = ""
    for token in re.findall(r'-?"[^"]*"|\S+', query):
        if token.startswith("-"):
            out += ' NOT "%s"' % token[1:]
            continue
        term = token if token.startswith('"') else ('"%s"*' % token[:-1] if token.endswith("*") else '"%s"' % token)
        out += (" AND " if out else "") + term
    return out


def main(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    times = {name: [] for name in WINDOWS}
    for query in QUERIES:
        match = fts(query).replace("'", "''")
        sql = {name: "SELECT s.rowid, (SELECT sz FROM question_search_docsize WHERE id = s.rowid) FROM question_search s"
                     " %s WHERE question_search MATCH '%s' AND %s ORDER BY s.rowid DESC LIMIT 2001" % (join, match, visible)
               for name, (join, visible) in WINDOWS.items()}
        if db.execute(sql["questions"]).fetchall() != db.execute(sql["question_scope"]).fetchall():
            sys.exit("different rows for %s" % query)
        for run in range(6):
            for name in WINDOWS:
                start = time.perf_counter()
                db.execute(sql[name]).fetchall()
                if run:
                    times[name].append((time.perf_counter() - start) * 1000)
    for name, each in times.items():
        each.sort()
        print("%-15s median %6.1f ms  p95 %6.1f ms" % (name, statistics.median(each), each[int(len(each) * 0.95)]))


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Derive Erkend's compact ESCO dataset (data/esco/) from the ESCO CSV files in ../shared/esco.

Run from the repository root:  python3 tools/esco/derive.py ../shared/esco data/esco
Deterministic: the same input gives byte-identical output (gzip without names or timestamps).

Output (tab-separated, UTF-8, gzip -9 -n; no header line):
  concepts.tsv.gz   index, uri, kind (s=skill o=occupation g=skill group i=ISCO group),
                    skill_type (k=knowledge c=skill/competence l=language t=transversal, or -),
                    reuse_level (t=transversal c=cross-sector s=sector-specific o=occupation-specific, or -),
                    isco_code (or -)
  labels.tsv.gz     concept index, lang, role (p=preferred a=alt h=hidden), label
  relations.tsv.gz  occupation index, skill index, e|o (essential / optional)   [ESCO v1.1.1]
  broader.tsv.gz    child index, parent index (skill pillar + occupation pillar) [v1.1.1, v1.2.1]
The index is the 0-based row number in concepts.tsv.gz.
"""
import csv
import gzip
import io
import sys
from pathlib import Path

KIND = {"skill": "s", "occupation": "o", "skill_group": "g", "isco_group": "i"}
SKILL_TYPE = {"knowledge": "k", "skill/competence": "c", "language": "l", "transversal": "t"}
REUSE = {"transversal": "t", "cross-sector": "c", "sector-specific": "s", "occupation-specific": "o"}
ROLE = {"preferred": "p", "alt": "a", "hidden": "h"}


def rows(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def clean(text):
    return " ".join(text.replace("\t", " ").split())


def write(path, lines):
    data = "".join("\t".join(cols) + "\n" for cols in lines).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as g:
        g.write(data)
    path.write_bytes(buf.getvalue())
    return len(data), len(buf.getvalue())


def main(src, out):
    src, out = Path(src), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    concepts = sorted(rows(src / "derived/concepts.csv.gz"), key=lambda r: r["uri"])
    index = {c["uri"]: i for i, c in enumerate(concepts)}
    report = {}
    report["concepts"] = write(out / "concepts.tsv.gz", (
        (str(i), c["uri"], KIND[c["kind"]], SKILL_TYPE.get(c["skill_type"], "-"),
         REUSE.get(c["reuse_level"], "-"), c["isco_code"] or "-")
        for i, c in enumerate(concepts)))

    labels = set()
    for r in rows(src / "derived/labels_best.csv.gz"):
        if r["uri"] not in index:
            continue
        # Some v1.2.1 alt cells join several labels with " | " (see shared/esco/README.md).
        parts = r["label"].split(" | ") if r["role"] != "preferred" else [r["label"]]
        for part in parts:
            part = clean(part)
            if part:
                labels.add((index[r["uri"]], r["lang"], ROLE[r["role"]], part))
    report["labels"] = write(out / "labels.tsv.gz", (
        (str(c), lang, role, text) for c, lang, role, text in sorted(labels)))

    relations = set()
    for r in rows(src / "v1.1.1_en/occupationSkillRelations.csv.gz"):
        o, s = index.get(r["occupationUri"]), index.get(r["skillUri"])
        if o is not None and s is not None:
            relations.add((o, s, "e" if r["relationType"] == "essential" else "o"))
    report["relations"] = write(out / "relations.tsv.gz", (
        (str(o), str(s), t) for o, s, t in sorted(relations)))

    broader = set()
    for f in ["v1.1.1_en/broaderRelationsSkillPillar.csv.gz",
              "v1.1.1_en/broaderRelationsOccPillar.csv.gz",
              "v1.2.1/common/broaderRelationsOccPillar.csv.gz"]:
        for r in rows(src / f):
            c, p = index.get(r["conceptUri"]), index.get(r["broaderUri"])
            if c is not None and p is not None:
                broader.add((c, p))
    report["broader"] = write(out / "broader.tsv.gz", ((str(c), str(p)) for c, p in sorted(broader)))

    for name, (raw, gz) in report.items():
        print(f"{name}: {raw:,} bytes raw, {gz:,} gzip")
    print(f"{len(concepts)} concepts, {len(labels)} labels, {len(relations)} relations, {len(broader)} broader links")


if __name__ == "__main__":
    main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("../shared/esco", "data/esco")))

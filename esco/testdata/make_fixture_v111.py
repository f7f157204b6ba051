#!/usr/bin/env python3
"""Regenerates v1.1.1/ and nesta/ from the real ESCO v1.1.1 download and
Nesta's crosswalk.

Usage: python3 make_fixture_v111.py ../../../shared/data

Every row is copied unchanged from the published files (re-serialised with
the same minimal RFC 4180 quoting and line endings, and checked to be
byte for byte a record of the original): twelve kitchen occupations, every
one of their occupation-skill relations, the skills those name, the
skill-skill relations among those skills, the ISCO-08 groups and broader
relations above the occupations, and the crosswalk rows of the five that
Nesta's crosswalk lists. Besides: the first two relations of the occupation
the classification lacks (and their skills), and one of the six skills
without a type, so that the fixture holds ESCO's known flaws.
"""
import csv, io, os, sys

src = sys.argv[1]
esco = os.path.join(src, "esco-1.1.1")
here = os.path.dirname(os.path.abspath(__file__))
OCC = "http://data.europa.eu/esco/occupation/"
SK = "http://data.europa.eu/esco/skill/"
MISSING = OCC + "a9e54177-a185-404d-b6e6-15663d31137e"  # in the relations only
NO_TYPE = SK + "629685b8-5f9e-4522-8cff-b3e2c4ec625a"  # digital data processing

names = ["kitchen porter", "kitchen assistant", "cook", "diet cook", "grill cook", "fish cook",
         "pizzaiolo", "chef", "pastry chef", "head chef", "private chef", "head pastry chef"]


def read(path):
    raw = open(path, encoding="utf-8", newline="").read()
    term = "\r\n" if raw.split("\n", 1)[0].endswith("\r") else "\n"
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    return raw, rows[0], rows[1:], term


def write(path, raw, header, rows, term):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for r in [header] + rows:
        b = io.StringIO()
        csv.writer(b, lineterminator=term).writerow(r)
        assert b.getvalue() in raw, ("not a record of the original", path, r[:2])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator=term).writerows([header] + rows)
    print(os.path.relpath(path, here), len(rows), "rows")


def cut(name, keep, out=None):
    raw, h, rows, term = read(os.path.join(esco, name))
    if raw.startswith("\ufeff"):
        h[0] = h[0].lstrip("\ufeff")
    sel = [r for r in rows if keep(dict(zip(h, r)))]
    write(os.path.join(here, "v1.1.1", out or name), raw.lstrip("\ufeff"), h, sel, term)
    return [dict(zip(h, r)) for r in sel]


_, oh, orows, _ = read(os.path.join(esco, "occupations_en.csv"))
by_label = {r[oh.index("preferredLabel")]: r[oh.index("conceptUri")] for r in orows}
uris = {by_label[n] for n in names}
occs = cut("occupations_en.csv", lambda r: r["conceptUri"] in uris)
_, rh, rrows, _ = read(os.path.join(esco, "occupationSkillRelations.csv"))
missing = [r for r in rrows if r[0] == MISSING][:2]
rels = cut("occupationSkillRelations.csv", lambda r: r["occupationUri"] in uris or [r[k] for k in rh] in missing)
skills = {r["skillUri"] for r in rels} | {NO_TYPE}
cut("skills_en.csv", lambda r: r["conceptUri"] in skills)
cut("skillSkillRelations.csv", lambda r: r["originalSkillUri"] in skills and r["relatedSkillUri"] in skills)
isco = {r["iscoGroup"] for r in occs}
codes = {c[:n] for c in isco for n in range(1, 5)}
groups = cut("ISCOGroups_en.csv", lambda r: r["code"] in codes)
concepts = uris | {r["conceptUri"] for r in groups}
cut("broaderRelationsOccPillar.csv", lambda r: r["conceptUri"] in concepts)

raw, ch, crows, term = read(os.path.join(src, "nesta-mcc", "esco_onet_crosswalk_Nov2020.csv"))
sel = [r for r in crows if r[ch.index("concept_uri")] in uris]
write(os.path.join(here, "nesta", "esco_onet_crosswalk_Nov2020.csv"), raw, ch, sel, term)

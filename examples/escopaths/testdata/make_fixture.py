#!/usr/bin/env python3
"""Regenerates onet-29.3/ and bls/ beside this file from the shared data.

Usage: python3 make_fixture.py ../../../../shared/data

Whole lines are copied unchanged from the published files: for the five
O*NET-SOC codes of the crosswalk fixture (../../../esco/testdata/nesta), the
rows of O*NET 29.3's Occupation Data, Job Zones and Skills, the Related
Occupations rows among them, the whole Job Zone Reference and the first two
lines of the Read Me (the release and its date); and the rows of their SOC
codes in the May 2024 OEWS national file and in table 1.2 of the Employment
Projections 2024-34, with each file's header and its all-occupations total.
"""
import csv, os, sys

src = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
xwalk = os.path.join(here, "..", "..", "..", "esco", "testdata", "nesta", "esco_onet_crosswalk_Nov2020.csv")
codes = {r["onet_code"] for r in csv.DictReader(open(xwalk, encoding="utf-8"))}
soc = {c[:7] for c in codes} | {"00-0000"}


def cut(src_path, dst_path, keep, head=1):
    lines = open(src_path, encoding="utf-8", newline="").read().splitlines(keepends=True)
    out = lines[:head] + [l for l in lines[head:] if keep(l)]
    os.makedirs(os.path.dirname(dst_path), exist_ok=True)
    open(dst_path, "w", encoding="utf-8", newline="").write("".join(out))
    print(os.path.relpath(dst_path, here), len(out) - head, "rows")


onet = os.path.join(src, "onet-29.3")
for name in ["Occupation Data.txt", "Job Zones.txt", "Skills (from xlsx).txt"]:
    cut(os.path.join(onet, name), os.path.join(here, "onet-29.3", name), lambda l: l.split("\t")[0] in codes)
cut(os.path.join(onet, "Related Occupations.txt"), os.path.join(here, "onet-29.3", "Related Occupations.txt"),
    lambda l: l.split("\t")[0] in codes and l.split("\t")[2] in codes)
cut(os.path.join(onet, "Job Zone Reference.txt"), os.path.join(here, "onet-29.3", "Job Zone Reference.txt"), lambda l: True)
cut(os.path.join(onet, "Read Me.txt"), os.path.join(here, "onet-29.3", "Read Me.txt"), lambda l: False, head=2)

bls = os.path.join(src, "bls")
cut(os.path.join(bls, "oews-national-2024", "national_M2024_dl.csv"), os.path.join(here, "bls", "national_M2024_dl.csv"),
    lambda l: next(csv.reader([l]))[8] in soc)
cut(os.path.join(bls, "projections-2024-34", "occupation_table_1.2.csv"), os.path.join(here, "bls", "occupation_table_1.2.csv"),
    lambda l: len(next(csv.reader([l]))) > 1 and next(csv.reader([l]))[1] in soc)

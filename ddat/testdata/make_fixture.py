#!/usr/bin/env python3
"""Cuts the fixture in framework/ from the framework's CSV download.

Run from this directory: python3 make_fixture.py [path to the download]
(default ../../../shared/data/frameworks/uk-ddat). Records are copied byte
for byte, with their quoting and line breaks, so the fixture reads as the
real files do.
"""
import csv
import io
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/data/frameworks/uk-ddat"


def records(path):
    """Yields (fields, raw text) for each record of a CSV file."""
    text = open(path, encoding="utf-8", newline="").read()
    # Lines end at LF only: str.splitlines would also split at U+2028,
    # which the descriptions hold.
    lines = text.split("\n")
    lines = [l + "\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    reader = csv.reader(iter(lines))
    start = 0
    for fields in reader:
        yield fields, "".join(lines[start:reader.line_num])
        start = reader.line_num


def cut(name, keep):
    out = []
    header = None
    for fields, raw in records(f"{src}/{name}"):
        if header is None:
            header = fields
            out.append(raw)
        elif keep(dict(zip(header, fields))):
            out.append(raw)
    with open(f"framework/{name}", "w", encoding="utf-8", newline="") as f:
        f.write("".join(out))
    return len(out) - 1


SKILLS = {
    "Software developer": {"Programming and build (software engineering)", "Information security"},
    "Chief technology officer": {"Strategic technology planning", "Technology evaluation"},
    "Data analyst": {"Managing a data project"},
}
n = cut("roles.csv", lambda r: r["Skill Name"] in SKILLS.get(r["Role"], ())
        and (r["Role"] != "Data analyst" or r["Role Level"] == "Associate data analyst"))
names = set().union(*SKILLS.values())
m = cut("skills.csv", lambda r: r["Skill Name"] in names)
print(f"roles.csv: {n} rows, skills.csv: {m} rows")

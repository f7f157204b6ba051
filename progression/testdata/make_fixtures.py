"""Cut the committed fixtures from the shared framework files.

Usage: python3 make_fixtures.py ../../../shared/data/frameworks

Lines are copied unchanged (the tab of people.md line 205 included), except
the front matter's levels, set to the number of levels kept.
"""
import os
import sys

src = sys.argv[1]


def lines(path):
    with open(os.path.join(src, path), encoding="utf-8") as f:
        return f.read().split("\n")


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# FT: the header, levels senior-1 to tech-director, themes communication and
# team-work, and their competencies.
ft = lines("ft-engineering-progression/engineering.yml")
keep_levels = {"senior-1", "senior-2-ic", "senior-2-pm", "principal-ic", "principal-pm", "tech-director"}
keep_themes = {"communication", "team-work"}


def blocks(start, end):
    """The list items ("  - id:") between two line numbers, each a list of lines."""
    out, cur = [], None
    for line in ft[start:end]:
        if line.startswith("  - "):
            cur = [line]
            out.append(cur)
        elif cur is not None:
            cur.append(line)
    return out


def field(block, name):
    for line in block:
        s = line.strip().lstrip("- ")
        if s.startswith(name + ":"):
            return s[len(name) + 1:].strip()
    return None


i_levels = ft.index("levels:")
i_themes = ft.index("themes:")
i_comps = ft.index("competencies:")
out = ft[:i_levels + 2]
for b in blocks(i_levels, i_themes):
    if field(b, "id") in keep_levels:
        out += b
out += ["themes:", ""]
for b in blocks(i_themes, i_comps):
    if field(b, "id") in keep_themes:
        out += b
out += ["competencies:", ""]
for b in blocks(i_comps, len(ft)):
    if field(b, "level") in keep_levels and field(b, "theme") in keep_themes:
        out += b
write("ft-engineering.yml", "\n".join(out).rstrip("\n") + "\n")


# Monzo: a front matter cut to some topics and levels.
def monzo(path, topics, levels):
    m = lines("monzo-progression-framework/frameworks/" + path)
    end = m.index("---", 1)
    head, body = m[:end], m[end:]
    out, i = [], 0
    while i < len(head):
        line = head[i]
        if line.startswith("levels:"):
            out.append("levels: %d" % len(levels))
        elif line.startswith("  - name:"):
            name = line.split(":", 1)[1].strip().strip('"')
            block = [line]
            i += 1
            while i < len(head) and not head[i].startswith("  - name:"):
                block.append(head[i])
                i += 1
            if name in topics:
                kept, keep = [], True
                for b in block:
                    if b.startswith("      - level:"):
                        keep = int(b.split(":")[1]) in levels
                    if keep:
                        kept.append(b)
                out += kept
            continue
        else:
            out.append(line)
        i += 1
    return out, body


fm, _ = monzo("engineering/backend.md", {"communication", "leadership"}, {2, 3, 4})
write("monzo/engineering/backend.md", "\n".join(fm + ["---", ""]))
fm, _ = monzo("people.md", {"conduct & culture: level of risk & compliance knowledge and ownership; professional conduct"}, {1, 2})
write("monzo/people.md", "\n".join(fm + ["---", ""]))
d = lines("monzo-progression-framework/frameworks/design/product-design.md")
write("monzo/design/product-design.md", "\n".join(d[:d.index("## Level 3")]).rstrip("\n") + "\n")

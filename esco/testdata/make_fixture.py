#!/usr/bin/env python3
"""Regenerates the fixtures in v1.0/ and v1.1/ from a real ESCO v1.0 download.

Usage: python3 make_fixture.py ../../../shared/data/esco-1.0

Rows of occupations, skills, ISCO groups and broader relations are copied
unchanged (re-serialised with the same minimal RFC 4180 quoting and line
endings as the originals, which reproduces them byte for byte). The
occupation-skill pairs below are chosen for the tests: ESCO's own relations
file is not in ../shared, so they are written in its exact layouts but are
not ESCO's own relations.
"""
import csv, io, os, sys

src = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
OCC = "http://data.europa.eu/esco/occupation/"
SK = "http://data.europa.eu/esco/skill/"

occupations = {
    "f0ca39a8-1e30-487c-95f9-ef2d5e734adc": ("budgets staff lead_team change_req maintain_sys infra_k incidents risk_analysis", "perf_pm backups support_process dr_exercises"),
    "276ba420-ef09-4a0e-b215-2c2e2f80ad28": ("sec_strat_k dev_sec_strat id_sec_risks sec_std_k risk_analysis budgets staff prevention_plan", "cyber_k encryption_k dr_exercises lead_team"),
    "7754d570-9519-48c2-b1c9-8e165f8bca0f": ("dev_sec_strat id_sec_risks sec_std_k net_sec_risks_k prevention_plan risk_analysis safety_pol", "cyber_k encryption_k firewall recovery staff"),
    "8b6388a4-4904-471b-9331-d3b1211f5525": ("perf_pm ict_project pm_meth_k pm_princ_k budgets staff lead_team risk_analysis", "change_req infra_k"),
    "1242d99a-47f1-4a62-b884-33746db8a6ca": ("ict_support support_users support_process incidents staff lead_team", "budgets maintain_sys infra_k"),
    "aaeec9a7-dc57-4485-890c-86b3eef735f9": ("ict_support support_users incidents maintain_sys", "infra_k support_process use_db"),
    "a44a1dc5-be08-4840-8bd5-770c4ac1ca6d": ("id_sec_risks sec_std_k net_sec_risks_k firewall safety_pol encryption_k", "cyber_k vpn recovery"),
    "81480b40-a318-47f3-9b2c-56b69ed67d95": ("administer net_hw_k routing_k net_diag firewall vpn server", "backups net_sec_risks_k maintain_sys"),
    "8c57af09-719c-42b3-be40-6ed4946236cc": ("manage_db db_security db_perf sql_k backups backup_k use_db", "administer server recovery"),
}
skills = {
    "sec_strat_k": "11eebd42-44ab-401d-8a2c-bdb9fc9beb50", "dev_sec_strat": "3579208e-49b3-4ce4-98e7-20e41b1ce8d4",
    "id_sec_risks": "fe1c2b32-7fe9-4668-affa-07ff658a68cf", "sec_std_k": "3ff589b7-68df-4ea5-ae41-b395bdb2378f",
    "net_sec_risks_k": "2ddb1226-1117-4eb4-ae65-3a2f5a5a3c80", "cyber_k": "5898d99a-62a4-4e10-a2e3-0d815ce44248",
    "firewall": "e5b5053e-0ef6-4c4e-a3f2-42f955f4322c", "safety_pol": "14d1e367-3efe-4ec5-86ae-eca48710ee4e",
    "prevention_plan": "114c9698-c999-4369-8498-81bf641fe871", "encryption_k": "d32db06e-bd06-4415-a7ab-1b0ee68caa9a",
    "recovery": "fc2f1d4f-a46f-471e-a618-cbd4d0496a53", "dr_exercises": "ddb65832-91a7-4157-9488-719a0e2ad87b",
    "budgets": "21c5790c-0930-4d74-b3b0-84caf5af12ea", "staff": "339ac029-066a-4985-9f9d-b3d7c8fea0bb",
    "lead_team": "1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb", "perf_pm": "cd5efa8c-e44d-4cbc-91c6-796018dbed68",
    "ict_project": "3c76296d-4bbd-44ba-8eaa-95bf275f79b7", "pm_meth_k": "bec4359e-cb92-468f-a997-8fb28e32fba9",
    "pm_princ_k": "237db40b-4600-47c0-837f-4a2c4f3014ab", "risk_analysis": "1dd23dba-dd00-45ab-abf4-642902538317",
    "change_req": "0a099c81-6a0c-4f00-bb3b-990d23ec03a5", "administer": "0868eef3-2213-4572-9343-74931345a7d3",
    "maintain_sys": "fbbcb9ab-4b95-4e57-a756-30d08b7da7a5", "ict_support": "c2296e2e-5fef-4f24-a24f-e5b3792268be",
    "support_users": "db36f7f1-5900-45bd-9ffb-f2b19c4362ac", "support_process": "e1e99428-b91b-45e1-8ede-ed0cbf161930",
    "incidents": "4fb7c7aa-9f19-4cc3-9e19-64ce564f22f5", "infra_k": "d0c6d77e-cb25-4770-bf77-2073fc5f7523",
    "server": "f5ac9226-0ace-4d34-a1c3-7b3845834a98", "backups": "cf3e976d-2c3e-495c-a874-f9e8a66d3b48",
    "backup_k": "47ca0da1-cae5-4395-ae6b-fd97b9ff48d3", "manage_db": "29fb0fb5-dfc4-4098-ac9b-3a712000f48f",
    "db_security": "ec85cc63-4e24-4631-bf92-8789db2605c0", "db_perf": "d6cdef49-b669-4507-91d1-3f959cf98e47",
    "sql_k": "598de5b0-5b58-4ea7-8058-a4bc4d18c742", "use_db": "4463a721-69f3-413d-8321-43e3af13a4f1",
    "net_hw_k": "f9e788df-d68a-4f92-92c7-80e135fc35ff", "routing_k": "0da6cab1-0ee9-4391-a299-f71fbf21db56",
    "net_diag": "bf7ea00f-db77-4a95-9b9f-2d12b6d9fcb4", "vpn": "acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95",
    # Not related to any fixture occupation: a concept without an English
    # label, and the one concept typed "skill/competence knowledge".
    "nolabel": "070b9cfc-5052-4567-ab82-cb931eaed700", "wood": "fb6f5f61-f3b8-40ba-8363-c8d762325ff7",
}


def read(name):
    raw = open(os.path.join(src, name), encoding="utf-8", newline="").read()
    term = "\r\n" if raw.split("\n", 1)[0].endswith("\r") else "\n"
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    return rows[0], rows[1:], term


def write(path, header, rows, term):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator=term).writerows([header] + rows)


oh, orows, oterm = read("occupations_en.csv")
occ_rows = [r for r in orows if r[1][len(OCC):] in occupations]
occ_label = {r[1]: r[3] for r in occ_rows}
isco = {r[2] for r in occ_rows}
sh, srows, sterm = read("skills_en-us.csv")
wanted = {SK + u for u in skills.values()}
sk_rows = [r for r in srows if r[1] in wanted]
sk_label = {r[1]: r[4] for r in sk_rows}
sk_type = {r[1]: r[2] for r in sk_rows}
assert len(occ_rows) == len(occupations) and len(sk_rows) == len(skills)
gh, grows, gterm = read("ISCOGroups_en.csv")
codes = {c[:n] for c in isco for n in range(1, 5)}
g_rows = [r for r in grows if r[2] in codes]
bh, brows, bterm = read("broaderRelationsOccPillar.csv")
uris = {r[1] for r in occ_rows} | {r[1] for r in g_rows}
b_rows = [r for r in brows if r[1] in uris]

pairs = []
for occ, (ess, opt) in occupations.items():
    for rel, names in (("essential", ess), ("optional", opt)):
        for n in names.split():
            pairs.append((OCC + occ, rel, SK + skills[n]))

for ver, skills_name in (("v1.0", "skills_en-us.csv"), ("v1.1", "skills_en.csv")):
    d = os.path.join(here, ver)
    write(os.path.join(d, "occupations_en.csv"), oh, occ_rows, oterm)
    write(os.path.join(d, skills_name), sh, sk_rows, sterm)
    write(os.path.join(d, "ISCOGroups_en.csv"), gh, g_rows, gterm)
    write(os.path.join(d, "broaderRelationsOccPillar.csv"), bh, b_rows, bterm)
write(os.path.join(here, "v1.0", "occupationSkillRelations.csv"),
      ["occupationUri", "relationType", "skillType", "skillUri"],
      [[o, rel, sk_type[s], s] for o, rel, s in pairs], "\n")
write(os.path.join(here, "v1.1", "occupationSkillRelations_en.csv"),
      ["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri", "skillLabel"],
      [[o, occ_label[o], rel, sk_type[s], s, sk_label[s]] for o, rel, s in pairs], "\n")
print(len(occ_rows), "occupations,", len(sk_rows), "skills,", len(g_rows), "groups,", len(b_rows), "broader,", len(pairs), "relations")

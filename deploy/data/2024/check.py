#!/usr/bin/env python3
"""Check the 2024 import documents against the figures of the 2024 report (DOMAIN.md) and the seed text.

Usage (from the repository root):
    python3 deploy/data/2024/check.py [path/to/rus-verksamhetsberattelse-2024.md]
Exits non-zero on the first failed check; prints the check figures otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "..", "..", "shared", "seed", "rus-verksamhetsberattelse-2024.md")
D = lambda s: Decimal(s)  # noqa: E731


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


plan, finance, followup, report, approval = (load(n) for n in ("plan.json", "finance.json", "followup.json", "report.json",
                                                        "approval.json"))


def ok(cond, msg):
    if not cond:
        sys.exit("FAILED: " + msg)
    print("ok  ", msg)


# ---------------------------------------------------------------- plan
areas = plan["areas"]
acts = [x for a in areas for x in a["activities"]]
ok([a["name"] for a in areas] == ["Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"],
   "3 areas in report order")
ok(len(acts) == 27 and [len(a["activities"]) for a in areas] == [5, 17, 5], "27 activities (5 + 17 + 5)")
ok(sum(x["prioritised"] for x in acts) == 15, "15 activities PRIORITERAT")
days = [sum(x["plannedDays"] for x in a["activities"]) for a in areas]
ok(days == [247, 381, 167] and sum(days) == 795, f"planned days per area {days} = {sum(days)}")
for a, d in zip(areas, days):
    ok(a["resourceNote"] == f"I verksamhetsplanen 2024 tidsattes denna till {d} arbetsdagar.",
       f"resource note of {a['name']} states {d} days")
effort = Counter(x["developmentEffort"] for x in acts)
ok(effort == Counter({"NONE": 21, "FULL": 5, "PARTIAL": 1}), f"development effort {dict(effort)}")
ok(len(plan["goals"]) == 15 and [sum(g["areaName"] == a["name"] for g in plan["goals"]) for a in areas] == [6, 7, 2],
   "15 goals (6 + 7 + 2)")
ok(len({(g["areaName"], g["text"]) for g in plan["goals"]}) == 15, "goal texts unique per area")
for a in areas:
    ok(len({x["title"] for x in a["activities"]}) == len(a["activities"]), f"activity titles unique in {a['name']}")
org = Counter(m["group"] for m in plan["organisation"])
ok(len({(m["group"], m["name"]) for m in plan["organisation"]}) == len(plan["organisation"]),
   f"organisation members unique per group {dict(org)}")

# ---------------------------------------------------------------- followup
titles = {(a["name"], x["title"]) for a in areas for x in a["activities"]}
outcomes = [(a["areaName"], o) for a in followup["areas"] for o in a["outcomes"]]
ok({(an, o["activityTitle"]) for an, o in outcomes} == titles and len(outcomes) == 27,
   "followup outcomes match the 27 plan activities exactly (area name + title)")
status = Counter(o["status"] for _, o in outcomes)
ok(status == Counter({"DONE_AS_PLANNED": 23, "PARTLY_DONE": 4}), f"status {dict(status)}")
ok({(v["areaName"], v["goalText"]) for v in followup["valuations"]} == {(g["areaName"], g["text"]) for g in plan["goals"]}
   and len(followup["valuations"]) == 15, "15 valuations match the plan goals exactly (area name + text)")
for v in followup["valuations"]:
    assert v["valuation"] in (1, 2, 3)
    assert (v["previousValuation"] is None) == (not v["previousGoalExisted"])
    assert v["previousValuation"] in (None, 1, 2, 3)
vals = [v["valuation"] for v in followup["valuations"]]
prev = [v["previousValuation"] for v in followup["valuations"]]
ok(True, f"valuations {vals}; previous {prev}; "
         f"same {sum(p == c for p, c in zip(prev, vals))}, changed {sum(p is not None and p != c for p, c in zip(prev, vals))}, "
         f"new {prev.count(None)}")
for v in followup["valuations"]:
    t = " ".join(b["text"] for b in v["followUp"])
    if "samma värdering" in t:
        assert v["previousValuation"] == v["valuation"], v["goalText"]

# ---------------------------------------------------------------- finance
money_re = re.compile(r"^-?\d+\.\d\d$")
refs = [e["externalRef"] for p in finance["posts"] for e in p["entries"]]
ok(len(refs) == len(set(refs)), f"{len(refs)} ledger entries, externalRef unique")
for p in finance["posts"]:
    for e in p["entries"]:
        assert money_re.match(e["amount"]) and re.match(r"^2024-\d\d-\d\d$", e["entryDate"]), e
        assert e["category"] in {"DIRECT_SPEND", "REALLOCATION_TO_COUNTY", "SALARIES", "CORRECTION", "RESIDUAL"}
expected = {"Löner, resor m.m. RUS": ("3700000.00", "4259660.71"), "Arrangemang": ("200000.00", "234440.00"),
            "Projekt/insatser": ("550000.00", "451500.71"), "Övrigt": ("50000.00", "0.00")}
ok([p["name"] for p in finance["posts"]] == list(expected), "4 posts in report order")
for p in finance["posts"]:
    s = sum((D(e["amount"]) for e in p["entries"]), D("0.00"))
    ok(p["budget"] == expected[p["name"]][0] and s == D(expected[p["name"]][1]),
       f"{p['name']}: budget {p['budget']}, entries sum {s} ({len(p['entries'])} entries, "
       f"{sum(e['category'] == 'RESIDUAL' for e in p['entries'])} residual)")
budget = sum((D(p["budget"]) for p in finance["posts"]), D("0.00"))
outcome = sum((D(e["amount"]) for p in finance["posts"] for e in p["entries"]), D("0.00"))
deficit = outcome - budget
cofin = sum((D(c["amount"]) for c in finance["coFinancing"]), D("0.00"))
ok(budget == D("4500000.00") and budget == D(finance["appropriation"]) - D(finance["keyDistributed"]),
   f"budget sum {budget} = appropriation {finance['appropriation']} - key distributed {finance['keyDistributed']}")
ok(outcome == D("4945601.42"), f"outcome sum {outcome}")
ok(deficit == D("445601.42"), f"deficit {deficit}")
ok(cofin == D("220000.00") and deficit - cofin == D("225601.42"), f"after LEKS co-financing {cofin}: {deficit - cofin}")
ok([c["coveredBy"] for c in finance["deficitCoverage"]] == ["Kvarvarande fördelade nyckelmedel", "Länsstyrelsen Gävleborg"],
   "deficit coverage in report order")
ok(finance["outsideFunds"][0]["amount"] == "21327.47" and finance["close"] is False, "outside funds 21327.47, close false")

# ---------------------------------------------------------------- text: well-formed and copied from the seed
with open(SEED, encoding="utf-8") as f:
    seed = f.read()
seed_flat = re.sub(r"<[^>]+>", " ", seed)
seed_flat = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", seed_flat).replace("\\*\\*", "").replace("**", "")
seed_flat = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", seed_flat)
seed_flat = re.sub(r"(?m)^\s*-\s+", " ", seed_flat)
seed_flat = re.sub(r"\s+", " ", seed_flat)
# the area follow-up notes are the Resursåtgång texts without the planned-days sentence (that is in plan.json)
seed_flat += " || " + re.sub(r"I verksamhetsplanen 2024 tidsattes denna till \d+ arbetsdagar\. ", "", seed_flat)


def textblocks(doc):
    if isinstance(doc, dict):
        if "kind" in doc:
            yield doc
        for v in doc.values():
            yield from textblocks(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from textblocks(v)


n_blocks = n_strings = 0
for name, doc in (("plan", plan), ("finance", finance), ("followup", followup), ("report", report)):
    for b in textblocks(doc):
        n_blocks += 1
        if b["kind"] == "PARAGRAPH":
            assert set(b) == {"kind", "text"} and b["text"].strip() and len(b["text"]) <= 20000, b
            strings = [b["text"]]
        else:
            assert b["kind"] == "BULLETS" and set(b) == {"kind", "items"} and 0 < len(b["items"]) <= 200, b
            assert all(i.strip() and len(i) <= 5000 for i in b["items"]), b
            strings = b["items"]
        for s in strings:
            n_strings += 1
            assert not re.search(r"\*\*|\]\(|<[a-z/]|  ", s), (name, s)
            assert s in seed_flat, (name, "not found verbatim in the seed", s)
others = ([plan["vision"]] + [x["title"] for x in acts] + [g["text"] for g in plan["goals"]]
          + ["Verksamhetsberättelsen är godkänd av %s vid mötet %s och %s." % (
              approval["body"], approval["approvedAt"], approval["furtherApproval"])] + report["highlights"]
          + [c["description"] for c in finance["coFinancing"] + finance["outsideFunds"] + finance["deficitCoverage"]])
for s in others:
    assert s in seed_flat, ("not found verbatim in the seed", s)
ok(True, f"{n_blocks} TextBlocks ({n_strings} paragraphs/items) and {len(others)} other texts are well-formed "
         f"and occur verbatim in the seed (markdown stripped, whitespace and page breaks collapsed)")
ok(len(report["highlights"]) == 6 and "approvalLine" not in report and approval["approvedAt"] == "2025-02-05",
   "report: 6 highlights, no approval sentence among the texts; approval.json: 2025-02-05")
print("all checks passed")

#!/usr/bin/env python3
"""Computes the figures the 2031 report must show from the raw, invented dataset (dataset.json).

Independent of the code under test: Python 3 standard library only, exact decimals. Writes
expected.json next to this file; Year2031EndToEndTest runs it again and compares, so the committed
file cannot drift from the dataset. Usage: python3 expected.py [--check | --stdout] (--check: only compare; --stdout: print, write nothing).
"""
import json
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
CENT = Decimal("0.01")


def money(amount):
    """The decimal string of the JSON report: '-12500.00'."""
    return str(amount.quantize(CENT))


def swedish(amount):
    """Swedish display: '1 234 567,89' with non-breaking spaces between thousands."""
    text = f"{abs(amount.quantize(CENT)):,.2f}".replace(",", NBSP).replace(".", ",")
    return ("-" if amount < 0 else "") + text


def swedish_days(days):
    text = format(days.normalize(), "f")
    whole, _, fraction = text.partition(".")
    whole = f"{int(whole):,}".replace(",", NBSP)
    return whole + ("," + fraction if fraction else "")


def days(value):
    """Days as the plain decimal the report carries as a JSON number: '195.5', '514'."""
    return format(value.normalize(), "f")


def result(difference):
    """outcome − budget: positive is a deficit (underskott), negative a surplus (överskott)."""
    if difference > 0:
        return {"kind": "DEFICIT", "amount": money(difference), "text": f"Underskott {swedish(difference)} kr"}
    if difference < 0:
        return {"kind": "SURPLUS", "amount": money(-difference), "text": f"Överskott {swedish(-difference)} kr"}
    return {"kind": "BALANCED", "amount": money(Decimal(0)), "text": "I balans"}


def economy(finance):
    posts = []
    for post in finance["posts"]:
        budget = Decimal(post["budget"])
        outcome = sum((Decimal(e["amount"]) for e in post["entries"]), Decimal(0))
        posts.append({"name": post["name"], "budget": money(budget), "outcome": money(outcome),
                      "difference": money(outcome - budget), "previousBudget": None, "previousOutcome": None,
                      "corrections": sum(1 for e in post["entries"] if Decimal(e["amount"]) < 0)})
    total_budget = sum((Decimal(p["budget"]) for p in posts), Decimal(0))
    total_outcome = sum((Decimal(p["outcome"]) for p in posts), Decimal(0))
    total_difference = total_outcome - total_budget
    co_financing = [{"source": c["source"], "amount": money(Decimal(c["amount"])), "description": c["description"]}
                    for c in finance["coFinancing"]]
    total_co_financing = sum((Decimal(c["amount"]) for c in co_financing), Decimal(0))
    outside = [{"source": o["source"], "amount": money(Decimal(o["amount"])), "description": o["description"]}
               for o in finance["outsideFunds"]]
    total_outside = sum((Decimal(o["amount"]) for o in outside), Decimal(0))
    return {
        "posts": posts,
        "totalBudget": money(total_budget),
        "totalOutcome": money(total_outcome),
        "totalDifference": money(total_difference),
        "result": result(total_difference),
        "coFinancing": co_financing,
        "totalCoFinancing": money(total_co_financing),
        "resultAfterCoFinancing": result(total_difference - total_co_financing),
        "outsideFunds": outside,
        "totalOutsideFunds": money(total_outside),
        "negativeEntries": sum(1 for p in finance["posts"] for e in p["entries"] if Decimal(e["amount"]) < 0),
        "swedish": {
            "totalBudget": swedish(total_budget),
            "totalOutcome": swedish(total_outcome),
            "totalDifference": swedish(total_difference),
            "totalCoFinancing": swedish(total_co_financing),
            "coFinancing": [swedish(Decimal(c["amount"])) for c in co_financing],
            "outsideFunds": [swedish(Decimal(o["amount"])) for o in outside],
            "totalOutsideFunds": swedish(total_outside),
            "posts": [{"budget": swedish(Decimal(p["budget"])), "outcome": swedish(Decimal(p["outcome"])),
                       "difference": swedish(Decimal(p["difference"]))} for p in posts],
        },
    }


def activities(plan):
    every = [a for area in plan["areas"] for a in area["activities"]]
    statuses = ["DONE_AS_PLANNED", "PARTLY_DONE", "NOT_DONE", "CANCELLED"]

    def count(outcome_of):
        counts = {s: sum(1 for a in every if (outcome_of(a) or {}).get("status") == s) for s in statuses}
        counts["WITHOUT_OUTCOME"] = sum(1 for a in every if outcome_of(a) is None)
        return counts

    per_area_days = []
    for area in plan["areas"]:
        planned = sum((Decimal(a["plannedDays"]) for a in area["activities"]), Decimal(0))
        per_area_days.append({"name": area["name"], "plannedDays": days(planned), "swedish": swedish_days(planned),
                              "activities": len(area["activities"]), "previousPlannedDays": None})
    total = sum((Decimal(a["plannedDays"]) for a in every), Decimal(0))
    return {
        "areas": [a["name"] for a in plan["areas"]],
        "total": len(every),
        "perArea": [len(area["activities"]) for area in plan["areas"]],
        "byStatus": count(lambda a: a["outcome"]),
        "byStatusAfterLateOutcome": count(lambda a: a["outcome"] or a.get("lateOutcome")),
        "withoutOutcome": [a["title"] for a in every if a["outcome"] is None],
        "prioritised": sum(1 for a in every if a["prioritised"]),
        "developmentEffort": {e: sum(1 for a in every if a["developmentEffort"] == e) for e in ["NONE", "PARTIAL", "FULL"]},
        "days": {"total": days(total), "totalSwedish": swedish_days(total), "perArea": per_area_days},
    }


def goals(data):
    year = data["year"]
    period = data["goals"]
    final_year = year == period["periodEnd"]
    predecessors = {g["key"]: g for g in data["previousPeriod"]["goals"]}
    previous_end = data["previousPeriod"]["periodEnd"]
    per_area = []
    warnings = 0
    errors = 0
    for area in data["plan"]["areas"]:
        items = []
        for goal in (g for g in period["items"] if g["areaName"] == area["name"]):
            recorded = [v for v in goal["valuations"] if v["year"] <= year]
            valued = [v for v in recorded if v["valuation"] is not None]
            latest = max(valued, key=lambda v: v["year"]) if valued else None
            predecessor = predecessors.get(goal["predecessor"]) if goal["predecessor"] else None
            final = None
            if predecessor:
                finals = [v for v in predecessor["valuations"] if v["year"] == previous_end and v["valuation"] is not None]
                final = finals[0]["valuation"] if finals else None
            historical = next((v["previousValuation"] for v in recorded if v["previousValuation"] is not None), None)
            previous = final if final is not None else historical
            if predecessor or previous is not None:
                existed = True
            elif recorded:
                existed = recorded[-1]["previousGoalExisted"]
            else:
                existed = None
            if latest is None:
                if final_year:
                    errors += 1
                else:
                    warnings += 1
            items.append({
                "key": goal["key"],
                "text": goal["text"],
                "valuation": latest["valuation"] if latest else None,
                "valuedYear": latest["year"] if latest else None,
                "shown": str(latest["valuation"]) if latest else "Ej värderat ännu",
                "predecessorKey": goal["predecessor"],
                "previousValuation": previous,
                "previousValuationFrom": "PREDECESSOR_FINAL" if final is not None
                else ("HISTORICAL" if historical is not None else None),
                "previousGoalExisted": existed,
                "finalYear": final_year,
            })
        if items:
            per_area.append({"area": area["name"], "goals": items})
    all_goals = [g for a in per_area for g in a["goals"]]
    return {
        "period": f"{period['periodStart']}-{period['periodEnd']}",
        "finalYear": final_year,
        "total": len(all_goals),
        "valued": sum(1 for g in all_goals if g["valuation"] is not None),
        "notValued": sum(1 for g in all_goals if g["valuation"] is None),
        "withPredecessor": sum(1 for g in all_goals if g["predecessorKey"]),
        "perArea": per_area,
        "warningsGoalNotValuedYet": warnings,
        "errorsGoalWithoutValuation": errors,
    }


def rau(round_):
    deadline = round_["deadline"]
    applicable = [(county, objective) for county in round_["countyCodes"] for objective in round_["objectiveCodes"]
                  if county in round_["applicability"].get(objective, round_["countyCodes"])]
    submitted = {(s["countyCode"], s["objectiveCode"]): s for s in round_["submissions"]}

    def status(s):
        return s["review"] or "SUBMITTED"

    cells = lambda pick: sorted([{"countyCode": c, "objectiveCode": o} for (c, o), s in submitted.items() if pick(s)],
                                key=lambda x: (x["countyCode"], x["objectiveCode"]))
    missing = [{"countyCode": c, "objectiveCode": o} for (c, o) in applicable if (c, o) not in submitted]
    # a compilation counts submitted and accepted follow-ups only: a returned one is missing there too
    counted = {k for k, s in submitted.items() if status(s) in ("SUBMITTED", "ACCEPTED")}
    compilation_missing = {o: [c for c in round_["countyCodes"] if (c, o) in applicable and (c, o) not in counted]
                           for o in round_["objectiveCodes"]}
    # ISO dates compare as strings; a submission on the deadline day is on time
    late = cells(lambda s: s["submittedOn"] > deadline)
    return {
        "deadline": deadline,
        "expected": len(applicable),
        "submissions": len(submitted),
        "byStatus": {st: sum(1 for s in submitted.values() if status(s) == st)
                     for st in ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]},
        "late": len(late),
        "lateCells": late,
        "returned": len(cells(lambda s: s["review"] == "RETURNED")),
        "returnedCells": cells(lambda s: s["review"] == "RETURNED"),
        "missing": len(missing),
        "missingCells": missing,
        "missingCounties": sorted({m["countyCode"] for m in missing}),
        "compilationMissingCountyCodes": compilation_missing,
    }


def expected(data):
    acts = activities(data["plan"])
    goal_figures = goals(data)
    return {
        "_comment": "GENERATED by expected.py from dataset.json (invented sample data); do not edit by hand.",
        "year": data["year"],
        "economy": economy(data["finance"]),
        "activities": acts,
        "goals": goal_figures,
        "checks": {
            "errorsBeforeLateOutcome": {"ACTIVITY_WITHOUT_OUTCOME": len(acts["withoutOutcome"]),
                                        "GOAL_WITHOUT_VALUATION": goal_figures["errorsGoalWithoutValuation"]},
            "warnings": {"GOAL_NOT_VALUED_YET": goal_figures["warningsGoalNotValuedYet"]},
        },
        "rau": rau(data["rau"]),
    }


def main():
    data = json.loads((HERE / "dataset.json").read_text(encoding="utf-8"))
    text = json.dumps(expected(data), ensure_ascii=False, indent=2) + "\n"
    target = HERE / "expected.json"
    if "--check" in sys.argv[1:]:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            sys.exit("expected.json is out of date: run python3 expected.py")
        print("expected.json is up to date")
        return
    if "--stdout" in sys.argv[1:]:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

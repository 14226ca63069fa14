#!/usr/bin/env python3
"""Transcribe the 2024 RUS annual report (seed Markdown) into the four import documents.

Usage (from the repository root):
    python3 deploy/data/2024/transcribe.py [path/to/rus-verksamhetsberattelse-2024.md]

Default seed path: ../shared/seed/rus-verksamhetsberattelse-2024.md (relative to the repo root).
Writes plan.json, finance.json, followup.json and report.json next to this script and prints
the check figures. Every page-break repair is listed explicitly in PAGE_BREAK_JOINS and the
script fails if one of them is not found exactly once (so nothing is joined silently).
Text is copied from the seed; the only changes are the repairs documented in README.md.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SEED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    REPO, "..", "shared", "seed", "rus-verksamhetsberattelse-2024.md")

with open(SEED, encoding="utf-8") as f:
    LINES = f.read().split("\n")

# A paragraph (or list) split by a page break: (end of the first fragment, start of the second).
PAGE_BREAK_JOINS = [
    ("förstärker länkarna mellan nationell, regional och lokal nivå. Arbetet bedrivs utifrån en verksamhetsplan med mål för 2022–2024. I styrgruppen ingår berörda chefsnätverk på länsstyrelserna, Skogsstyrelsen samt Naturvårdsverket", "och SKR som adjungerade."),
    ("Vidare under vintern", "sammanfattat och analyserat länens uppföljning 2023"),
    ("I objektfamiljgruppen har länsstyrelsernas deltagande i myndighetssamverkan kring", "miljöinformation löpande diskuterats."),
    ("Underlaget med tre alternativ togs upp på Nobelmötet där", "gruppdiskussioner hölls"),
    ("Ett syfte är att få in synpunkter från kommuner om deras behov och önskemål på", "länsstyrelserna. SKR inbjuds också att delta."),
    ("se vidare egen aktivitet samt", "middagstal och tårta."),
    ("Länsstyrelserna har deltagit i samtliga områden med medarbetare från", "ett flertal länsstyrelser och gemensamma organ."),
    ("Här återges den gemensamma text för arbetet som tas med i alla", "länsstyrelser årsredovisning:"),
    ("En handbok om synergier. Rapporten", "är publicerad på rus.se."),
    ("10 digitala frukostwebbinarier för länsstyrelser, regioner och kommuner", "har ordnats, framför allt koncentrerade till vecka 40-41."),
    ("I kartan för delen räkna-q redovisas", "situationen 2010."),
    ("som relaterar till Ställ om för framgång, för att belysa ett", "antal nyckelaspekter för jämlik hälsa"),
    ("Under våren initierade Naturvårdsverket arbete med en", "film om miljömålen 25 år"),
]
JOINS_USED = {i: 0 for i in range(len(PAGE_BREAK_JOINS))}
LIST_JOINS = []  # bullet lists split by blank lines (page breaks), recorded for the README


def clean(s):
    """Strip Markdown emphasis, links and hard-break spaces; keep the words as they are."""
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)          # [text](url) -> text
    s = s.replace("\\*\\*", "").replace("**", "")          # bold (also escaped)
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)  # *italic*
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def line_no(pred, start=0):
    for i in range(start, len(LINES)):
        if pred(LINES[i]):
            return i
    raise ValueError("line not found")


def find(exact, start=0):
    return line_no(lambda l: l.strip() == exact, start)


def blocks(lines):
    """Markdown lines -> TextBlocks: paragraphs and bullet lists, page-break repairs applied."""
    raw = []  # ('P', text) | ('B', [items])
    para = []
    items = None

    def flush():
        nonlocal para, items
        if para:
            raw.append(["P", clean(" ".join(para))])
            para = []
        if items is not None:
            raw.append(["B", [clean(x) for x in items]])
            items = None

    for l in lines:
        s = l.rstrip()
        if not s.strip():
            flush()
            continue
        if s.startswith("- "):
            if para:
                flush()
            if items is None:
                items = []
            items.append(s[2:])
        elif items is not None and not para and s.startswith(" "):
            items[-1] += " " + s
        else:
            if items is not None:
                flush()
            para.append(s)
    flush()

    out = []
    for kind, val in raw:
        if out and kind == "P" and out[-1][0] == "P":
            for i, (a, b) in enumerate(PAGE_BREAK_JOINS):
                if out[-1][1].endswith(a) and val.startswith(b):
                    out[-1][1] = out[-1][1] + " " + val
                    JOINS_USED[i] += 1
                    break
            else:
                out.append([kind, val])
            continue
        if out and kind == "B" and out[-1][0] == "B":
            LIST_JOINS.append((out[-1][1][-1], val[0]))
            out[-1][1].extend(val)
            continue
        out.append([kind, val])
    return [{"kind": "PARAGRAPH", "text": v} if k == "P" else {"kind": "BULLETS", "items": v}
            for k, v in out]


# ---------------------------------------------------------------- summary list (Utfallet för …)
AREAS = ["Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"]
FLAG_RE = re.compile(
    r"^(?P<title>.*?)[,\s]*(?P<dev>(?:Delvis )?[Ss]ärskild utvecklingsinsats)?[,\s]*(?P<prio>PRIORITERAT)?\s*$")


def split_flags(text):
    m = FLAG_RE.match(clean(text))
    dev = m.group("dev")
    effort = "NONE" if not dev else ("PARTIAL" if dev.lower().startswith("delvis") else "FULL")
    return m.group("title").strip(), effort, m.group("prio") is not None


summary = {}  # area -> list of (title, effort, prio, status)
s0, s1 = find("## Utfallet för aktiviteterna 2024"), find("## Ekonomisk redovisning")
area, status, cur = None, None, None
for l in LINES[s0 + 1:s1]:
    t = clean(l)
    if l.startswith("#"):
        area = t.lstrip("# ").strip()
        summary[area] = []
    elif t.startswith("Följande har delvis genomförts"):
        status = "PARTLY_DONE"
    elif t.startswith("Följande har genomförts"):
        status = "DONE_AS_PLANNED"
    elif l.startswith("- "):
        cur = [l[2:].rstrip()]
        summary[area].append((cur, status))
    elif t and cur is not None and summary[area] and summary[area][-1][0] is cur:
        cur.append(l)  # flags continued on the next line (hard line break)
summary = {a: [split_flags(" ".join(parts)) + (st,) for parts, st in v] for a, v in summary.items()}
assert list(summary) == AREAS, summary.keys()

# ---------------------------------------------------------------- Bilaga 1
b1 = find("# Bilaga 1: Redovisning av vad som utförts inom samtliga aktiviteter i verksamhetsplanen")
b2 = line_no(lambda l: l.startswith("# Bilaga 2"))
headings = [i for i in range(b1 + 1, b2) if LINES[i].startswith("#")]
STRUCTURAL = {"Resursåtgång", "Uppföljning av aktiviteter"}

areas = []
for n, i in enumerate(headings):
    level = len(LINES[i]) - len(LINES[i].lstrip("#"))
    name = clean(LINES[i].lstrip("#"))
    body = LINES[i + 1:(headings[n + 1] if n + 1 < len(headings) else b2)]
    if level == 2 and name in AREAS:
        areas.append({"name": name, "resource": None, "activities": []})
    elif name == "Resursåtgång":
        areas[-1]["resource"] = blocks(body)
    elif name in STRUCTURAL:
        assert not any(x.strip() for x in body)
    else:
        title, effort, prio = split_flags(LINES[i].lstrip("#"))
        # header: "RUS arbetsgrupps tid i VP: N dagar[.| (…)]" and the status sentence
        text = [x for x in body]
        k = next(j for j, x in enumerate(text) if x.strip())
        days_line = clean(text[k])
        m = re.match(r"RUS arbetsgrupps tid i VP: (\d+) dagar(?: \((samt [^)]*)\))?\.?\s*(.*)$", days_line)
        assert m, days_line
        planned, extra_note, rest = int(m.group(1)), m.group(2), m.group(3)
        if not rest:
            k2 = next(j for j in range(k + 1, len(text)) if text[j].strip())
            rest, k = clean(text[k2]), k2
        st = {"Har genomförts som planerat.": "DONE_AS_PLANNED", "Har genomförts som planerat": "DONE_AS_PLANNED",
              "Har delvis genomförts som planerat.": "PARTLY_DONE"}[rest]
        extra_days = None
        if extra_note:
            md = re.match(r"samt (\d+) dagar", extra_note)
            extra_days = int(md.group(1)) if md else None
        areas[-1]["activities"].append({
            "title": title, "effort": effort, "prio": prio, "days": planned,
            "extraDays": extra_days, "extraNote": extra_note, "status": st,
            "statusText": rest, "narrative": blocks(text[k + 1:])})

# The planned-days sentence of each Resursåtgång goes to the plan; the rest is the follow-up note.
PLANNED_RE = re.compile(r"\s*(I verksamhetsplanen 2024 tidsattes denna till (\d+) arbetsdagar\.)\s*")
for a in areas:
    note, found = [], None
    for b in a["resource"]:
        m = PLANNED_RE.search(b["text"])
        if m:
            found = m
            left, right = b["text"][:m.start()].strip(), b["text"][m.end():].strip()
            t = (left + " " + right).strip()
            if t:
                note.append({"kind": "PARAGRAPH", "text": t})
        else:
            note.append(b)
    a["resourceNote"], a["resourceDays"], a["followupNote"] = found.group(1), int(found.group(2)), note

# ---------------------------------------------------------------- Bilaga 2 (goals)
goals = []
area = None
item = None
for l in LINES[b2 + 1:find("**Länstyrelserna**")]:
    if l.startswith("## "):
        area = clean(l[3:])
        item = None
    elif l.startswith("- "):
        item = {"area": area, "paras": [l[2:]]}
        goals.append(item)
    elif item is not None and l.strip():
        if item["paras"][-1] is None:
            item["paras"][-1] = l
        else:
            item["paras"][-1] += "\n" + l
    elif item is not None and not l.strip() and item["paras"][-1] is not None:
        item["paras"].append(None)
for g in goals:
    paras = [clean(p) for p in g["paras"] if p]
    head = paras[0]
    m = re.match(r"^(?P<goal>.*?)\s*Uppföljning: (?P<val>[123])\.?\s+(?P<rest>.*)$", head)
    assert m, head
    g["text"], g["valuation"] = m.group("goal"), int(m.group("val"))
    g["followUp"] = [m.group("rest")] + paras[1:]
    whole = " ".join(g["followUp"])
    if "Detta mål fanns inte för perioden 2019-2021" in whole:
        g["prev"], g["existed"] = None, False
    elif "samma värdering" in whole:
        g["prev"], g["existed"] = g["valuation"], True
    else:
        mp = re.search(r"\(då värdering var ([123])\)|värdering ([123])\.\)|var värderingen ([123])\.\)", whole)
        assert mp, whole
        g["prev"], g["existed"] = int(next(x for x in mp.groups() if x)), True

# ---------------------------------------------------------------- organisation
org_act = next(x for x in areas[2]["activities"] if x["title"] == "RUS styr- och arbetsgrupp samt organisationsutveckling")
lists = [b["items"] for b in org_act["narrative"] if b["kind"] == "BULLETS"]
steering_items, working_items = lists
organisation = []
ORG_ALIASES = {"Skåne Lst": "Lst Skåne", "Länsstyrelsen Västmanland": "Lst Västmanland"}  # one spelling per county board


def member(group, name, org, role, replaced_by=None):
    return {"group": group, "name": name, "organisation": org, "role": role,
            "joinedOn": None, "leftOn": None, "replacedBy": replaced_by}


for it in steering_items:
    m = re.match(r"^(?P<main>.*?), som avgått under året(?: och ersatts av (?P<succ>[^,]+), (?P<sorg>[^.]+))?.*$", it)
    main = m.group("main") if m else it
    if main.startswith("Veronica Lauritzsen"):
        name, org, role = "Veronica Lauritzsen", "Lst Gävleborg", main[len("Veronica Lauritzsen, "):]
    elif main.startswith("Fredrik Rangstedt Naturvårdsverket"):
        name, org, role = "Fredrik Rangstedt", "Naturvårdsverket", "adj., miljömålsenheten"
    else:
        parts = [p.strip() for p in main.split(",")]
        name, org, role = parts[0], parts[1], ", ".join(parts[2:]) or None
    succ = m.group("succ") if m else None
    organisation.append(member("STEERING", name, org, role, succ))
    if succ:
        organisation.append(member("STEERING", succ, ORG_ALIASES.get(m.group("sorg"), m.group("sorg")), role))
for it in working_items:
    name, org = [p.strip() for p in it.split(",", 1)]
    organisation.append(member("WORKING", name, ORG_ALIASES.get(org, org), None))

# ---------------------------------------------------------------- plan.json
vision_line = clean(LINES[line_no(lambda l: l.startswith("Vision för RUS är:"))])
vision = re.search(r'"([^"]+)"', vision_line).group(1)
summary_effort = {t: eff for a in areas for t, eff, *_ in summary[a["name"]]}
# The summary list's own name of an activity where it differs from Bilaga 1's, other than a typo (README: judgement calls).
SUMMARY_TITLES = {"Förvaltning och samverkan miljödata och miljöinformationsförsörjning":
                  "Förvaltning och samverkan miljödata och informationsförsörjning"}
for bilaga1_title, summary_title in SUMMARY_TITLES.items():
    assert any(x["title"] == bilaga1_title for a in areas for x in a["activities"]), bilaga1_title
    assert any(t == summary_title for a in areas for t, *_ in summary[a["name"]]), summary_title


def activity_document(x):
    doc = {"title": x["title"]}
    # the seed's two names of one activity stay: the summary list's where it differs from Bilaga 1's heading
    if x["title"] in SUMMARY_TITLES:
        doc["summaryTitle"] = SUMMARY_TITLES[x["title"]]
    doc |= {"description": [], "plannedDays": x["days"], "extraDays": x["extraDays"],
            "extraEffortNote": x["extraNote"], "prioritised": x["prio"], "developmentEffort": x["effort"]}
    # the seed's own contradiction stays visible: the summary list's wording where it differs from Bilaga 1
    if summary_effort.get(x["title"], x["effort"]) != x["effort"]:
        doc["summaryDevelopmentEffort"] = summary_effort[x["title"]]
    doc["responsible"] = []
    return doc


plan = {
    "title": "RUS verksamhetsplan 2024", "vision": vision, "periodStart": 2022, "periodEnd": 2024,
    "status": "ADOPTED",
    "areas": [{"name": a["name"], "resourceNote": a["resourceNote"], "activities": [
        activity_document(x) for x in a["activities"]]} for a in areas],
    "goals": [{"areaName": g["area"], "text": g["text"]} for g in goals],
    "organisation": organisation,
}

# ---------------------------------------------------------------- followup.json
followup = {
    "areas": [{"areaName": a["name"], "note": a["followupNote"], "outcomes": [
        {"activityTitle": x["title"], "status": x["status"], "narrative": x["narrative"], "daysSpent": None}
        for x in a["activities"]]} for a in areas],
    "valuations": [{"areaName": g["area"], "goalText": g["text"], "valuation": g["valuation"],
                    "previousValuation": g["prev"], "previousGoalExisted": g["existed"],
                    "followUp": [{"kind": "PARAGRAPH", "text": t} for t in g["followUp"]]} for g in goals],
}

# ---------------------------------------------------------------- finance.json
table = {l.split("\t")[0]: l.split("\t") for l in LINES if l.count("\t") == 3}


def html_blocks(h):
    out = []
    for m in re.finditer(r"<p>(.*?)</p>|<ul[^>]*>(.*?)</ul>", h):
        if m.group(1) is not None:
            out.append({"kind": "PARAGRAPH", "text": clean(m.group(1))})
        else:
            items = [clean(re.sub(r"^\s*-\s+", "", x)) for x in re.findall(r"<li>(.*?)</li>", m.group(2))]
            out.append({"kind": "BULLETS", "items": items})
    return out or [{"kind": "PARAGRAPH", "text": clean(h)}]


def sek(s):
    return Decimal(s.replace(" ", "").replace(",", ".")).quantize(Decimal("0.01"))


def money(d):
    return str(d.quantize(Decimal("0.01")))


def entry(ref, amount, text, category="DIRECT_SPEND", counterpart=None, date="2024-12-31"):
    return {"externalRef": ref, "entryDate": date, "amount": money(amount), "text": text,
            "counterpart": counterpart, "category": category}


POSTS = [  # (name in the import, row label in the seed table, ref prefix)
    ("Löner, resor m.m. RUS", "Löner, resor m.m. RUS", "LON"),
    ("Arrangemang", "Arrange- mang", "ARR"),
    ("Projekt/insatser", "Projekt/ insatser", "PRO"),
    ("Övrigt", "Övrigt", "OVR"),
]
ITEMS = {
    "LON": [("Arbetsgruppens tvådagarsmöte", "57 371", "DIRECT_SPEND", None, None)],
    "ARR": [("Miljömålsdagarna (underskott)", "94 696", "DIRECT_SPEND", None, None),
            ("Nobel-mötet (kostnader för konferens och föreläsararvode)", "137 744", "DIRECT_SPEND", None, None)],
    "PRO": [("Rapport samverkansåtgärd grön infra Miljömålsrådet", "100 000", "DIRECT_SPEND", None, None),
            ("Webinarie förändringsledning", "17 500", "DIRECT_SPEND", None, None),
            ("Nötköttprojekt (ytterligare)", "50 000", "DIRECT_SPEND", None, None),
            ("Agenda 2030 (konsult m.m.)", "42 570", "DIRECT_SPEND", None, None),
            ("Hälsa (extern resurs 100 h)", "76 431", "DIRECT_SPEND", None, None),
            ("Omfördelning medel från RUS till projekt: Västerbotten (hållbarhetsveckan)", "30 000", "REALLOCATION_TO_COUNTY", "Länsstyrelsen Västerbotten", None),
            ("Omfördelning medel från RUS till projekt: Jönköping (biologisk mångfald näringsliv)", "63 000", "REALLOCATION_TO_COUNTY", "Länsstyrelsen Jönköping", None),
            ("Omfördelning medel från RUS till projekt: Stockholm (massor)", "72 000", "REALLOCATION_TO_COUNTY", "Länsstyrelsen Stockholm", None)],
    "OVR": [],
}
RESIDUAL_TEXT = {
    "LON": "RESTPOST (beräknad, ej specificerad i verksamhetsberättelsen): återstoden upp till redovisat utfall "
           "4 259 660,71 kr, dvs. RUS arbetsgrupps löner och omkostnader utöver tvådagarsmötet, inklusive extra "
           "resurs 140 h för konsumtion/cirkulär ekonomi (enligt kommentaren ca 80 000 kr).",
    "ARR": "RESTPOST (beräknad, ej specificerad i verksamhetsberättelsen): skillnaden mellan de två specificerade "
           "beloppen (232 440 kr) och redovisat utfall 234 440,00 kr.",
    "PRO": "RESTPOST (beräknad): avrundningsdifferens. De specificerade beloppen är angivna i hela kronor och "
           "summerar till 451 501,00 kr; redovisat utfall är 451 500,71 kr.",
}
posts = []
for name, label, pfx in POSTS:
    row = table[label]
    budget, outcome = sek(row[1]), sek(row[2])
    entries = [entry(f"2024-{pfx}-{n:03d}", sek(a), t, c, cp, d or "2024-12-31")
               for n, (t, a, c, cp, d) in enumerate(ITEMS[pfx], 1)]
    rest = outcome - sum((Decimal(e["amount"]) for e in entries), Decimal("0.00"))
    if rest != 0:
        entries.append(entry(f"2024-{pfx}-{len(entries) + 1:03d}", rest, RESIDUAL_TEXT[pfx], "RESIDUAL"))
    posts.append({"name": name, "budget": money(budget), "comment": html_blocks(row[3]), "entries": entries,
                  "_outcome": outcome})

sum_comment = html_blocks(table["Summa RUS"][3])
leks_para = next(b["text"] for b in sum_comment if b["text"].startswith("LEKS"))
leks_sentences = re.split(r"(?<=\.) ", leks_para)
finance = {
    "appropriationName": "Anslag 1:2 Miljöövervakning",
    "appropriation": "6000000.00",
    "keyDistributed": "1500000.00",
    "posts": [{k: v for k, v in p.items() if not k.startswith("_")} for p in posts],
    "coFinancing": [{"source": "LEKS (klimat och energi)", "amount": "220000.00",
                     "description": leks_sentences[0]}],
    "outsideFunds": [{"source": "FO vatten och miljömål", "amount": "21327.47",
                      "description": "21 327,47 kr har därtill erhållits av FO vatten och miljömål för arbete i RUS. "
                                     "Denna summa hålls utanför denna redovisning."}],
    "deficitCoverage": [
        {"coveredBy": "Kvarvarande fördelade nyckelmedel",
         "description": " ".join(leks_sentences[2:4])},
        {"coveredBy": "Länsstyrelsen Gävleborg", "description": leks_sentences[4]},
    ],
    "close": False,
}
assert leks_sentences[1] == "Minskar underskottet till 225 601,42 kr." and \
    leks_sentences[2].startswith("Kvarvarande fördelade nyckelmedel") and \
    leks_sentences[4] == "Resterande underskott tar Länsstyrelsen Gävleborg.", leks_sentences
assert finance["outsideFunds"][0]["description"] in " ".join(b.get("text", "") for b in posts[0]["comment"])

# ---------------------------------------------------------------- report.json
i_title = find("## RUS verksamhetsberättelse 2024")
i_main = find("## Huvudsaklig verksamhet under året redovisad i årsredovisningen")
intro = blocks(LINES[i_title + 1:i_main])
approval_para = intro[0]["text"]
approval_line, rest_of_first = re.match(r"^(.*?2025-02-05.*?\.)\s+(.*)$", approval_para).groups()
introduction = [{"kind": "PARAGRAPH", "text": rest_of_first}] + intro[1:]
main_blocks = blocks(LINES[i_main + 1:find("## Utfallet för aktiviteterna 2024")])
hl = [i for i, b in enumerate(main_blocks) if b["kind"] == "BULLETS"]
assert len(hl) == 1
highlights = main_blocks[hl[0]]["items"]
main_activities = main_blocks[:hl[0]]
closing = main_blocks[hl[0] + 1:]
assert closing[0]["text"].startswith("Bedömningen är att RUS insatser")
# the approval is a recorded fact, replayed as the steering group's POST …/approvals, never editorial text
approved = re.match(r"^Verksamhetsberättelsen är godkänd av (RUS styrgrupp) vid mötet (\d{4}-\d{2}-\d{2}) och (.*)\.$",
                    approval_line)
assert approved, approval_line
approval = {"approvedAt": approved.group(2), "body": approved.group(1), "furtherApproval": approved.group(3)}
# Bilaga 2's own sentence after the valuation scale (editorial: it names the earlier period as the seed does)
goals_note = [{"kind": "PARAGRAPH", "text": clean(LINES[line_no(lambda l: l.startswith("I uppföljningen nämns också"))])}]
report = {"title": clean(LINES[i_title][3:]), "introduction": introduction,
          "mainActivities": main_activities, "highlights": highlights, "closingAssessment": closing,
          "goalsNote": goals_note,
          # who publishes the report: the seed's cover (its capitals are typography) and its closing lines
          "coverLines": ["RUS – Regional utveckling & samverkan i miljömålssystemet", "Länsstyrelserna"],
          "closingLines": ["Länsstyrelserna", "www.lansstyrelsen.se"]}

# ---------------------------------------------------------------- write
for name, doc in [("plan.json", plan), ("finance.json", finance), ("followup.json", followup), ("report.json", report),
                  ("approval.json", approval)]:
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------------------------------------------------------- diagnostics for the README
unused = [PAGE_BREAK_JOINS[i] for i, n in JOINS_USED.items() if n != 1]
assert not unused, f"page-break joins not applied exactly once: {unused}"
print("page-break joins applied:", len(PAGE_BREAK_JOINS))
print("bullet lists re-joined across a blank line:")
for a, b in LIST_JOINS:
    print("   ", a[:60], "|", b[:60])
print("summary list vs Bilaga 1:")
for a in areas:
    b1titles = {x["title"]: x for x in a["activities"]}
    for t, eff, prio, st in summary[a["name"]]:
        x = b1titles.get(t)
        if x is None:
            print(f"    name differs: summary {t!r}")
            continue
        for what, s, b in (("effort", eff, x["effort"]), ("prio", prio, x["prio"]), ("status", st, x["status"])):
            if s != b:
                print(f"    {t!r}: {what} summary={s} bilaga1={b}")
    st_titles = [t for t, *_ in summary[a["name"]]]
    for t in b1titles:
        if t not in st_titles:
            print(f"    name differs: Bilaga 1 {t!r}")

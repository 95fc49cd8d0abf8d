#!/usr/bin/env python3
"""Render holdout50 reports and questions.json, and fail (exit 1) on any broken check.
Usage: python3 gen/build.py   (from anywhere)"""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
import questions_data as Q

errors = []
def fail(msg): errors.append(msg)

# ------------------------------------------------------------------ render
def quote(text, curly):
    return f"\u201c{text}\u201d" if curly else f'"{text}"'

def render(r):
    L = ["---", *r["front"], "---", "", *r["h1"], "", r["summary"], ""]
    if r["angles"] is not None:
        L += ["## Research Angles", ""] + [f"- **{a}**" for a in r["angles"]] + [""]
    L += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["groups"]:
        L += [heading, ""]
        for cid, text, ev in claims:
            L.append(f"- **Claim**: {text}")
            for src, kind, t in ev:
                L.append(f"  - **Evidence**: {src}")
                L.append(f"    - Relevant quote: {quote(t, r['curly'])}" if kind == "q" else f"    - Key finding: {t}")
            L.append("")
    if r["focus"] is not None:
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""] + [f"- **{k}**: {v}" for k, v in items] + [""]
    if r["conclusions"] is not None:
        L += ["## Conclusions", "", r["conclusions"], ""]
    L += ["## References", ""] + [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]
    text = "\n".join(L) + "\n"
    if r["crlf"]:
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if r["bom"] else "") + text

out = ROOT / "reports"
out.mkdir(exist_ok=True)
for old in out.glob("*.md"):
    old.unlink()
rendered = {}
for r in REPORTS:
    t = render(r)
    rendered[r["stem"]] = t
    (out / f"{r['stem']}.md").write_bytes(t.encode("utf-8"))

# ------------------------------------------------------------------ report checks
CLAIMS = {}          # id -> (stem, text, evidence)
fields = set()
no_evidence = []
if len(REPORTS) != 7: fail(f"{len(REPORTS)} reports, want 7")
for r in REPORTS:
    if r["field"] in fields: fail(f"field {r['field']} used twice")
    fields.add(r["field"])
    cl = [c for _, cs in r["groups"] for c in cs]
    if not 13 <= len(cl) <= 16: fail(f"{r['stem']}: {len(cl)} claims")
    texts = [c[1] for c in cl]
    for cid, text, ev in cl:
        if cid in CLAIMS: fail(f"duplicate claim id {cid}")
        CLAIMS[cid] = (r["stem"], text, ev)
        if len(text) < 40: fail(f"{cid}: claim shorter than 40 chars")
        if "\n" in text: fail(f"{cid}: newline in claim")
        if sum(1 for o in texts if o.startswith(text)) != 1: fail(f"{cid}: claim is a prefix of another")
        if not ev: no_evidence.append(cid)
    # claims as the validator sees them in the rendered file
    seen = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", rendered[r["stem"]].lstrip("\ufeff"), re.M)]
    if seen != texts: fail(f"{r['stem']}: rendered claims differ from data")
    # every evidence source has a reference entry (exact or loose match)
    reftitles = [t.lower() for t, _ in r["refs"]]
    for _, _, ev in cl:
        for src, _, _ in ev:
            s = src.lower()
            if not any(s == t or s.split(" - ")[0] in t or t.split(" - ")[0] in s for t in reftitles):
                fail(f"{r['stem']}: evidence source without reference: {src}")
if len(no_evidence) != 1: fail(f"claims without evidence: {no_evidence}, want exactly 1")
allr = "".join(rendered.values())
if not any(r["bom"] for r in REPORTS) or not any(r["crlf"] for r in REPORTS): fail("BOM/CRLF variation missing")
if "\u201c" not in allr or "Unknown)" not in allr or "Key finding" not in allr: fail("curly quotes / Unknown / Key finding missing")
if not re.search(r"[ぁ-んァ-ン一-龯]", allr) or "é" not in allr: fail("non-English quotes missing")

# ------------------------------------------------------------------ question checks
def words(s): return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower().replace("\u2019", "'"))
def grams(s, n=6):
    w = words(s); return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

questions = []
def add(kind, q, ids):
    for i in ids:
        if i not in CLAIMS: fail(f"unknown claim id {i} in {q!r}")
    questions.append(dict(q=q, kind=kind, ids=ids))

for q, ids in Q.KEYWORD: add("keyword", q, ids)
for q, ids in Q.PARAPHRASE: add("paraphrase", q, ids)
for q, ids in Q.CONVERSATIONAL:
    if q != q.lower(): fail(f"conversational not lower case: {q!r}")
    add("conversational", q, ids)
for q, ids in Q.EVIDENCE:
    for i in ids:
        if i in CLAIMS and not CLAIMS[i][2]: fail(f"evidence question on a claim without evidence: {q!r}")
    add("evidence", q, ids)
two = 0
for q, ids, title in Q.SOURCE:
    citing = {cid for cid, (_, _, ev) in CLAIMS.items() if any(s == title for s, _, _ in ev)}
    if citing != set(ids): fail(f"source question {q!r}: expects {ids}, source backs {sorted(citing)}")
    two += len(ids) == 2
    add("source", q, ids)
if two != 3: fail(f"{two} source questions expect two claims, want 3")
for q, ids, toks in Q.TYPO:
    for t in toks:
        if t not in words(q): fail(f"typo token {t!r} not in {q!r}")
        if re.search(rf"(?i)\b{re.escape(t)}\b", allr): fail(f"typo token {t!r} occurs in a report")
    add("typo", q, ids)
for q, ids in Q.MULTI:
    if not 2 <= len(ids) <= 3 or len({CLAIMS[i][0] for i in ids}) != 1: fail(f"multi question {q!r} bad expect")
    add("multi", q, ids)
for q, ids in Q.CROSS:
    if len(ids) != 2 or len({CLAIMS[i][0] for i in ids}) != 2: fail(f"cross question {q!r} bad expect")
    add("cross", q, ids)
for q in Q.GENERAL: add("unanswerable", q, [])
stems = {r["stem"] for r in REPORTS}
for q, stem, rx in Q.NEAR:
    if stem not in stems: fail(f"near-topic question {q!r}: unknown report {stem}")
    for s, t in rendered.items():
        m = re.search(rx, t)
        if m: fail(f"absence regex for {q!r} matches {s}: {m.group(0)!r}")
    add("unanswerable", q, [])
if len(Q.GENERAL) != 12 or len(Q.NEAR) != 23: fail("want 12 general + 23 near-topic unanswerable")
if sum(1 for q in Q.GENERAL if q == q.lower()) != 6: fail("want 6 chat-style general questions")

WANT = dict(keyword=12, paraphrase=28, conversational=23, evidence=10, source=10, typo=10, multi=9, cross=10, unanswerable=35)
got = collections.Counter(q["kind"] for q in questions)
if dict(got) != WANT: fail(f"kind counts {dict(got)} != {WANT}")
if len(questions) != 147: fail(f"{len(questions)} questions, want 147")
if len({q["q"] for q in questions}) != len(questions): fail("duplicate questions")
for q in questions:
    if q["kind"] in ("paraphrase", "conversational", "multi", "cross"):
        for i in q["ids"]:
            shared = grams(q["q"]) & grams(CLAIMS[i][1])
            if shared: fail(f"{q['kind']} {q['q']!r} shares 6 words with {i}: {' '.join(sorted(shared)[0])}")
covered = {i for q in questions for i in q["ids"]}
missing = sorted(set(CLAIMS) - covered)
if missing: fail(f"claims never expected: {missing}")

data = [dict(q=q["q"], kind=q["kind"], expect=[dict(report=CLAIMS[i][0], claim=CLAIMS[i][1]) for i in q["ids"]])
        for q in questions]
(ROOT / "questions.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

v = subprocess.run([sys.executable, str(ROOT / "tools" / "validate.py"), str(ROOT)], capture_output=True, text=True)
print(v.stdout, end="")
if v.returncode != 0: fail("validate.py failed:\n" + v.stdout + v.stderr)
if "claims never expected (0)" not in v.stdout: fail("validate.py reports uncovered claims")

for e in errors: print("CHECK FAILED:", e)
print(f"{len(REPORTS)} reports, {len(CLAIMS)} claims, {len(questions)} questions;",
      "all checks passed" if not errors else f"{len(errors)} failures")
sys.exit(1 if errors else 0)

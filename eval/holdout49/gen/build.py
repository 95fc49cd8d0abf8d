#!/usr/bin/env python3
"""Build reports/*.md and questions.json for holdout49 from gen/reports_data.py and gen/questions_data.py.
Fails (exit 1) on any broken check. Run from the set folder: python3 gen/build.py"""
import collections, json, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
from questions_data import Q

errors = []
def err(m): errors.append(m)

KIND_COUNTS = dict(keyword=12, paraphrase=28, conversational=23, evidence=10, source=10, typo=10,
                   multi=9, cross=10, unanswerable=35)
TOTAL = 147

def render(r):
    f = r["fmt"]
    oq, cq = ("\u201c", "\u201d") if f["curly"] else ('"', '"')
    L = ["---"]
    for k, v in f["front"]:
        if k == "Topic":
            tl = f["topic_lines"]
            if len(tl) == 1:
                L.append("Topic: " + tl[0])
            else:
                L.append("Topic: ")
                L += ["    " + t for t in tl]
        else:
            L.append(f"{k}: {v}")
    L += ["---", ""]
    for sec in f["sections"]:
        if sec == "summary":
            L += ["# Executive Summary", "", r["summary"], ""]
        elif sec == "angles":
            L += ["## Research Angles", ""] + [f"- **{a} perspective**" for a in r["angles"]] + [""]
        elif sec == "claims":
            L += ["## Claims and Supporting Evidence", ""]
            cur = None
            for key, persp, text, ev in r["claims"]:
                if persp != cur:
                    L += ["### " + f["heading"].format(p=persp), ""]
                    cur = persp
                L.append(f"- **Claim**: {text}")
                for ref, typ, t in ev:
                    L.append(f"  - **Evidence**: {r['refs'][ref-1][0]}")
                    L.append(f"    - Relevant quote: {oq}{t}{cq}" if typ == "quote" else f"    - Key finding: {t}")
                L.append("")
        elif sec == "focus":
            L += ["## Focus Areas", ""]
            for title, items in r["focus"]:
                L += [f"### {title}", ""] + [f"- **{k}**: {v}" for k, v in items] + [""]
        elif sec == "conclusions":
            L += ["## Conclusions", "", r["conclusions"], ""]
        elif sec == "refs":
            L += ["## References", ""] + [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]
    text = "\n".join(L) + "\n"
    if f["crlf"]:
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if f["bom"] else "") + text

# ---- reports
claim_of, report_of = {}, {}
rendered = {}
no_ev = []
stems = set()
for r in REPORTS:
    if r["stem"] in stems: err(f"duplicate stem {r['stem']}")
    stems.add(r["stem"])
    n = len(r["claims"])
    if not 13 <= n <= 16: err(f"{r['stem']}: {n} claims (want 13-16)")
    prefixes = collections.Counter(c[2][:40] for c in r["claims"])
    for p, k in prefixes.items():
        if k > 1: err(f"{r['stem']}: first 40 chars not unique: {p!r}")
    titles = [t.lower() for t, _ in r["refs"]]
    for key, persp, text, ev in r["claims"]:
        if key in claim_of: err(f"duplicate claim key {key}")
        claim_of[key], report_of[key] = text, r["stem"]
        if len(text) < 40: err(f"{key}: claim shorter than 40 chars")
        if not ev: no_ev.append(key)
        for ref, typ, t in ev:
            if not 1 <= ref <= len(r["refs"]): err(f"{key}: bad ref {ref}")
            elif r["refs"][ref-1][0].lower() not in titles: err(f"{key}: evidence source not a References title")
            if typ not in ("quote", "finding"): err(f"{key}: bad evidence type {typ}")
    used_refs = {ref for c in r["claims"] for ref, _, _ in c[3]}
    rendered[r["stem"]] = render(r)
if len(REPORTS) != 7: err(f"{len(REPORTS)} reports (want 7)")
if len({r['field'] for r in REPORTS}) != len(REPORTS): err("fields not distinct")
if len(no_ev) != 1: err(f"no-evidence claims: {no_ev} (want exactly one)")

# re-parse rendered reports: evidence source lines must equal a References title
for stem, text in rendered.items():
    t = text.lstrip("\ufeff").replace("\r\n", "\n")
    refs = {m.group(1).lower() for m in re.finditer(r"^\d+\. \[(.+)\]\((.+)\)$", t, re.M)}
    for m in re.finditer(r"^\s+- \*\*Evidence\*\*: (.+)$", t, re.M):
        if m.group(1).strip().lower() not in refs: err(f"{stem}: evidence source {m.group(1)!r} is not a References title")
    n = len(re.findall(r"^\s*- \*\*Claim\*\*:", t, re.M))
    if n != len([r for r in REPORTS if r['stem'] == stem][0]["claims"]): err(f"{stem}: rendered claim count mismatch")

# ---- questions
def words(s): return re.findall(r"[a-z0-9']+", s.lower().replace("\u2019", "'"))
def grams(s, n=6):
    w = words(s); return {tuple(w[i:i+n]) for i in range(len(w) - n + 1)}

kinds = collections.Counter(q["kind"] for q in Q)
for k, n in KIND_COUNTS.items():
    if kinds[k] != n: err(f"kind {k}: {kinds[k]} (want {n})")
if set(kinds) - set(KIND_COUNTS): err(f"unknown kinds {set(kinds) - set(KIND_COUNTS)}")
if len(Q) != TOTAL: err(f"{len(Q)} questions (want {TOTAL})")
seen = set()
used = collections.Counter()
out = []
for i, q in enumerate(Q):
    tag = f"#{i} {q['q'][:50]!r}"
    if q["q"] in seen: err(f"{tag}: duplicate")
    seen.add(q["q"])
    for k in q["expect"]:
        if k not in claim_of: err(f"{tag}: unknown claim key {k}")
        used[k] += 1
    if any(k not in claim_of for k in q["expect"]): continue
    reps = [report_of[k] for k in q["expect"]]
    kd = q["kind"]
    if kd == "unanswerable":
        if q["expect"]: err(f"{tag}: unanswerable with expect")
        if q["scope"] not in ("near", "general"): err(f"{tag}: scope missing")
        if q["scope"] == "near":
            if not q["absence"]: err(f"{tag}: near-topic without absence regex")
            else:
                for stem, text in rendered.items():
                    if re.search(q["absence"], text, re.I): err(f"{tag}: absence regex matches {stem}")
    elif not q["expect"]: err(f"{tag}: empty expect")
    if kd in ("keyword", "paraphrase", "conversational", "evidence", "typo") and len(q["expect"]) != 1:
        err(f"{tag}: {kd} must expect one claim")
    if kd == "source" and len(q["expect"]) not in (1, 2): err(f"{tag}: source expects 1-2")
    if kd == "multi" and not (2 <= len(q["expect"]) <= 3 and len(set(reps)) == 1): err(f"{tag}: multi needs 2-3 claims of one report")
    if kd == "cross" and not (len(q["expect"]) == 2 and len(set(reps)) == 2): err(f"{tag}: cross needs one claim from each of two reports")
    if kd in ("paraphrase", "conversational", "multi", "cross"):
        for k in q["expect"]:
            ov = grams(q["q"]) & grams(claim_of[k])
            if ov: err(f"{tag}: shares 6-word run with {k}: {' '.join(next(iter(ov)))}")
    out.append({"q": q["q"], "kind": kd,
                "expect": [{"report": report_of[k], "claim": claim_of[k]} for k in q["expect"]]})

src2 = sum(1 for q in Q if q["kind"] == "source" and len(q["expect"]) == 2)
if src2 != 3: err(f"source questions with two claims: {src2} (want 3)")
unans = [q for q in Q if q["kind"] == "unanswerable"]
gen_ = [q for q in unans if q["scope"] == "general"]; near = [q for q in unans if q["scope"] == "near"]
if len(gen_) != 12 or len(near) != 23: err(f"unanswerable split general={len(gen_)} near={len(near)} (want 12/23)")
if sum(q["chat"] for q in gen_) != 6: err("general unanswerables: want exactly 6 chat-typed")
if not any(q["chat"] for q in near): err("near-topic unanswerables: want some chat-typed")
for k in claim_of:
    if not used[k]: err(f"claim {k} never expected")
for k in no_ev:
    kinds_using = {q["kind"] for q in Q if k in q["expect"]}
    if kinds_using != {"multi"}: err(f"no-evidence claim {k} used by {kinds_using} (want only multi)")

if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    if old.stem not in rendered: old.unlink()
for stem, text in rendered.items():
    (ROOT / "reports" / f"{stem}.md").write_bytes(text.encode("utf-8"))
(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"OK: {len(rendered)} reports, {len(claim_of)} claims, {len(out)} questions {dict(kinds)}")

"""Check an eval set's questions.json against its reports/*.md: `python3 eval/validateSet.py eval/holdout3`.

Every answerable question names at least one claim; every `expect.claim` is at least 40 characters
and the start of exactly one `- **Claim**:` line in the named report. An `unanswerable` question
has an empty `expect`.
"""
import collections, json, pathlib, re, sys
if len(sys.argv) != 2:
    sys.exit("usage: python3 eval/validateSet.py <set folder, holding questions.json and reports/>")
here = pathlib.Path(sys.argv[1])
KINDS = {"keyword", "paraphrase", "conversational", "multi", "cross", "evidence", "source", "typo", "unanswerable"}
claims = {}
for p in sorted((here / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
qs = json.loads((here / "questions.json").read_text(encoding="utf-8"))
errors = []
used = collections.Counter()
seen = set()
for i, q in enumerate(qs):
    if set(q) != {"q", "kind", "expect"}:
        errors.append(f"#{i} keys {sorted(q)}")
        continue
    if q["kind"] not in KINDS:
        errors.append(f"#{i} bad kind {q['kind']}")
    if q["q"] in seen:
        errors.append(f"#{i} duplicate question {q['q']!r}")
    seen.add(q["q"])
    if q["kind"] == "unanswerable":
        if q["expect"]:
            errors.append(f"#{i} unanswerable question with a non-empty expect")
        continue
    if not q["expect"]:
        errors.append(f"#{i} {q['kind']} question with an empty expect")
    if q["kind"] == "multi" and len(q["expect"]) < 2:
        errors.append(f"#{i} multi question with fewer than two expected claims")
    for e in q["expect"]:
        if set(e) != {"report", "claim"}:
            errors.append(f"#{i} expect keys {sorted(e)}")
            continue
        if e["report"] not in claims:
            errors.append(f"#{i} unknown report {e['report']!r}")
            continue
        if len(e["claim"]) < 40:
            errors.append(f"#{i} claim prefix shorter than 40 chars: {e['claim']!r}")
        hits = [c for c in claims[e["report"]] if c.startswith(e["claim"])]
        if len(hits) != 1:
            errors.append(f"#{i} {e['report']}: {len(hits)} matches for {e['claim']!r}")
        else:
            used[(e["report"], hits[0])] += 1
print("reports:", {k: len(v) for k, v in claims.items()}, "claims:", sum(len(v) for v in claims.values()))
print("questions:", len(qs), dict(collections.Counter(q["kind"] for q in qs)))
print("answerable questions per report (first expect):",
      dict(collections.Counter(q["expect"][0]["report"] for q in qs if q["expect"])))
uncovered = [(r, c[:50]) for r, cs in claims.items() for c in cs if (r, c) not in used]
print(f"claims never expected ({len(uncovered)}):", uncovered)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)

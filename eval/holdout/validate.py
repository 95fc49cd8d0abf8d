"""Check eval/holdout/questions.json against eval/holdout/reports/*.md."""
import collections, json, pathlib, re, sys
here = pathlib.Path(__file__).parent
claims = {}
for p in (here / "reports").glob("*.md"):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
qs = json.loads((here / "questions.json").read_text())
errors = []
used = collections.Counter()
for i, q in enumerate(qs):
    assert set(q) == {"q", "kind", "expect"}, q
    if q["kind"] not in {"keyword", "paraphrase", "evidence", "source", "typo"}:
        errors.append(f"#{i} bad kind {q['kind']}")
    for e in q["expect"]:
        if len(e["claim"]) < 40:
            errors.append(f"#{i} claim prefix shorter than 40 chars: {e['claim']!r}")
        hits = [c for c in claims.get(e["report"], []) if c.startswith(e["claim"])]
        if len(hits) != 1:
            errors.append(f"#{i} {e['report']}: {len(hits)} matches for {e['claim']!r}")
        else:
            used[(e["report"], hits[0])] += 1
print("reports:", {k: len(v) for k, v in claims.items()})
print("questions:", len(qs), dict(collections.Counter(q["kind"] for q in qs)))
print("questions per report (first expect):", dict(collections.Counter(q["expect"][0]["report"] for q in qs)))
uncovered = [(r, c[:50]) for r, cs in claims.items() for c in cs if (r, c) not in used]
print("claims never expected:", uncovered)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)

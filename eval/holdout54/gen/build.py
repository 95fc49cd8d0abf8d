"""Build the held-out set: render reports/*.md from reports_data.py, write questions.json from
questions_data.py, and fail on any inconsistency (claim counts, evidence-less claims, coverage,
question counts, absence regexes of unanswerable questions)."""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS          # noqa: E402
from questions_data import ANSWERABLE, NEAR_TOPIC, GENERAL   # noqa: E402
from render import render                  # noqa: E402

EXPECTED_KINDS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
                  "typo": 10, "multi": 9, "cross": 10}
errors = []

# ---- reports
(ROOT / "reports").mkdir(exist_ok=True)
claim_of = {}          # key -> (slug, claim text as rendered)
texts = {}             # slug -> text as read back
no_evidence = []
for r in REPORTS:
    path = ROOT / "reports" / f"{r['slug']}.md"
    path.write_bytes(render(r).encode("utf-8"))
    text = path.read_text(encoding="utf-8-sig")          # universal newlines, BOM stripped
    texts[r["slug"]] = text
    rendered = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
    keys = [(k, ev) for _h, claims in r["perspectives"] for k, _t, ev in claims]
    if len(rendered) != len(keys):
        errors.append(f"{r['slug']}: {len(rendered)} rendered claims, {len(keys)} in data")
    if not 13 <= len(keys) <= 16:
        errors.append(f"{r['slug']}: {len(keys)} claims (want 13-16)")
    if not 2 <= len(r["perspectives"]) <= 4:
        errors.append(f"{r['slug']}: {len(r['perspectives'])} perspectives (want 2-4)")
    for (k, ev), text_ in zip(keys, rendered):
        if k in claim_of:
            errors.append(f"duplicate claim key {k}")
        claim_of[k] = (r["slug"], text_)
        if not ev:
            no_evidence.append(k)
    for i, c in enumerate(rendered):
        if len(c) < 40 or sum(o.startswith(c[:40]) for o in rendered) != 1:
            errors.append(f"{r['slug']}: claim {i + 1} too short or its first 40 characters are not unique")
    refs = {re.sub(r"\s+", " ", t).lower() for t, _u in r["references"]}
    for _h, claims in r["perspectives"]:
        for k, _t, ev in claims:
            for src, _kind, _txt in ev:
                if src.lower() not in refs:
                    errors.append(f"{r['slug']} {k}: evidence source {src!r} has no References entry")
if len(no_evidence) != 1:
    errors.append(f"want exactly one claim without evidence, found {no_evidence}")

# ---- questions
qs, seen, used = [], set(), collections.Counter()
for kind, q, keys in ANSWERABLE:
    expect = []
    for k in keys:
        if k not in claim_of:
            errors.append(f"unknown claim key {k} in {q!r}")
            continue
        slug, text_ = claim_of[k]
        expect.append({"report": slug, "claim": text_})
        used[k] += 1
    if kind == "multi" and (len(expect) != 2 or len({e["report"] for e in expect}) != 1):
        errors.append(f"multi question needs two claims from one report: {q!r}")
    if kind == "cross" and (len(expect) != 2 or len({e["report"] for e in expect}) != 2):
        errors.append(f"cross question needs claims from two reports: {q!r}")
    qs.append({"q": q, "kind": kind, "expect": expect})
for q, slug, rx in NEAR_TOPIC:
    if slug not in texts:
        errors.append(f"near-topic question names unknown report {slug}: {q!r}")
    elif re.search(rx, texts[slug], re.I):
        m = re.search(rx, texts[slug], re.I)
        errors.append(f"near-topic {q!r}: absence regex matches {slug}: {m.group(0)!r}")
    qs.append({"q": q, "kind": "unanswerable", "expect": []})
for q, rx in GENERAL:
    for slug, t in texts.items():
        m = re.search(rx, t, re.I)
        if m:
            errors.append(f"general {q!r}: absence regex matches {slug}: {m.group(0)!r}")
    qs.append({"q": q, "kind": "unanswerable", "expect": []})
for q in qs:
    if q["q"] in seen:
        errors.append(f"duplicate question {q['q']!r}")
    seen.add(q["q"])

counts = collections.Counter(q["kind"] for q in qs)
for kind, n in EXPECTED_KINDS.items():
    if counts[kind] != n:
        errors.append(f"{kind}: {counts[kind]} questions, want {n}")
if len(NEAR_TOPIC) != 23 or len(GENERAL) != 12:
    errors.append(f"unanswerable: {len(NEAR_TOPIC)} near-topic, {len(GENERAL)} general (want 23 + 12)")
uncovered = sorted(set(claim_of) - set(used))
if uncovered:
    errors.append(f"claims never expected: {uncovered}")

(ROOT / "questions.json").write_text(json.dumps(qs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"reports: {len(REPORTS)}, claims: {len(claim_of)}, without evidence: {no_evidence}")
print(f"questions: {len(qs)} {dict(counts)}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

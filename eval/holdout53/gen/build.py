"""Build the held-out set: python3 gen/build.py

Renders reports_data.REPORTS to ../reports/<slug>.md, resolves questions_data.QUESTIONS to
../questions.json, and fails (exit 1) on any problem: claim counts, evidence-less claims other than
exactly one, claim keys that do not pick exactly one claim, ambiguous claim prefixes, uncovered
claims, wrong question counts, or an absence regex of an unanswerable question that matches its
report's text (near-topic) or any report's text (general).
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import ALIAS, QUESTIONS  # noqa: E402
from render import render  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)  # same pattern as tools/validate.py
WANT = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
        "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
errors = []

# ---- reports ----
out_dir = ROOT / "reports"
out_dir.mkdir(exist_ok=True)
slugs = {r["slug"] for r in REPORTS}
for old in out_dir.glob("*.md"):
    if old.stem not in slugs:
        old.unlink()
texts, rendered_claims, raw_claims = {}, {}, {}
no_evidence = []
for rep in REPORTS:
    slug = rep["slug"]
    text = render(rep)
    (out_dir / f"{slug}.md").write_bytes(text.encode("utf-8"))
    plain = text.lstrip("\ufeff").replace("\r\n", "\n")
    texts[slug] = plain
    rendered_claims[slug] = [m.group(1).strip() for m in CLAIM_RE.finditer(plain)]
    raw_claims[slug] = [c for _, claims in rep["groups"] for c, _ in claims]
    no_evidence += [(slug, c[:50]) for _, claims in rep["groups"] for c, ev in claims if not ev]
    n = len(raw_claims[slug])
    if len(rendered_claims[slug]) != n:
        errors.append(f"{slug}: rendered {len(rendered_claims[slug])} claims, data has {n}")
    if not 13 <= n <= 16:
        errors.append(f"{slug}: {n} claims (want 13-16)")
    if not 2 <= len(rep["groups"]) <= 4:
        errors.append(f"{slug}: {len(rep['groups'])} perspectives (want 2-4)")
    refs = {t for t, _ in rep["refs"]}
    for _, claims in rep["groups"]:
        for c, ev in claims:
            for src, kind, body in ev:
                if src not in refs:
                    errors.append(f"{slug}: evidence source not in References: {src!r}")
                if kind not in ("q", "f"):
                    errors.append(f"{slug}: bad evidence kind {kind!r}")
if len(no_evidence) != 1:
    errors.append(f"claims without evidence: {len(no_evidence)} (want exactly 1): {no_evidence}")


def prefix(slug, i):
    claims = rendered_claims[slug]
    c = claims[i]
    n = 40
    while True:
        while n < len(c) and c[n - 1] != " " and c[n] != " ":
            n += 1
        p = c[:n].rstrip()
        if len(p) < 40:
            n += 1
            continue
        if sum(x.startswith(p) for x in claims) == 1:
            return p
        if n >= len(c):
            errors.append(f"{slug}: no unique prefix for claim {c[:60]!r}")
            return c
        n += 1


# ---- questions ----
used = collections.Counter()
out = []
seen = set()
for qd in QUESTIONS:
    if qd["q"] in seen:
        errors.append(f"duplicate question {qd['q']!r}")
    seen.add(qd["q"])
    expect = []
    for alias, key in qd["expect"]:
        slug = ALIAS[alias]
        hits = [i for i, c in enumerate(raw_claims[slug]) if key in c]
        if len(hits) != 1:
            errors.append(f"{qd['q']!r}: key {key!r} matches {len(hits)} claims in {slug}")
            continue
        used[(slug, hits[0])] += 1
        expect.append({"report": slug, "claim": prefix(slug, hits[0])})
    if qd["kind"] == "unanswerable":
        scope = qd["scope"]
        targets = texts if scope == "general" else {ALIAS[scope]: texts[ALIAS[scope]]}
        if not qd["absent"]:
            errors.append(f"{qd['q']!r}: unanswerable question without absence regexes")
        for rx in qd["absent"]:
            for slug, t in targets.items():
                m = re.search(rx, t, re.I)
                if m:
                    errors.append(f"{qd['q']!r}: absence regex {rx!r} matches {slug}: {m.group(0)!r}")
    elif qd["kind"] in ("multi", "cross") and len(expect) != 2:
        errors.append(f"{qd['q']!r}: {qd['kind']} wants two claims")
    if qd["kind"] == "multi" and len({e["report"] for e in expect}) != 1:
        errors.append(f"{qd['q']!r}: multi claims must come from one report")
    if qd["kind"] == "cross" and len({e["report"] for e in expect}) != 2:
        errors.append(f"{qd['q']!r}: cross claims must come from two reports")
    out.append({"q": qd["q"], "kind": qd["kind"], "expect": expect})

kinds = collections.Counter(q["kind"] for q in out)
for k, n in WANT.items():
    if kinds[k] != n:
        errors.append(f"{k}: {kinds[k]} questions (want {n})")
general = [qd for qd in QUESTIONS if qd["kind"] == "unanswerable" and qd["scope"] == "general"]
if len(general) != 12:
    errors.append(f"general unanswerable: {len(general)} (want 12)")
uncovered = [(s, c[:50]) for s in raw_claims for i, c in enumerate(raw_claims[s]) if (s, i) not in used]
if uncovered:
    errors.append(f"uncovered claims: {uncovered}")

(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("reports:", {s: len(c) for s, c in raw_claims.items()}, "claims:", sum(len(c) for c in raw_claims.values()))
print("questions:", len(out), dict(kinds))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

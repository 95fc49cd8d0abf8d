"""Build the held-out set: render reports/*.md, write questions.json, and check everything.

python3 gen/build.py   (exits non-zero on any problem)
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from render import render  # noqa: E402
from questions_data import ANSWERABLE, UNANSWERABLE  # noqa: E402

WANT = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
        "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)
errors = []

# ---- reports
out = ROOT / "reports"
out.mkdir(exist_ok=True)
for old in out.glob("*.md"):
    old.unlink()
texts, claim_text, claim_report = {}, {}, {}
no_evidence = 0
for r in REPORTS:
    text = render(r)
    (out / f"{r['slug']}.md").write_bytes(text.encode("utf-8"))
    texts[r["slug"]] = text
    rendered = [m.group(1).strip() for m in CLAIM_RE.finditer(text.lstrip("\ufeff").replace("\r\n", "\n"))]
    ids = [c[0] for _, cs in r["angles"] for c in cs]
    no_evidence += sum(1 for _, cs in r["angles"] for c in cs if len(c) < 3 or not c[2])
    if len(rendered) != len(ids):
        errors.append(f"{r['slug']}: rendered {len(rendered)} claims, data has {len(ids)}")
    if not 13 <= len(ids) <= 16:
        errors.append(f"{r['slug']}: {len(ids)} claims, want 13-16")
    for cid, ctext in zip(ids, rendered):
        if cid in claim_text:
            errors.append(f"duplicate claim id {cid}")
        claim_text[cid], claim_report[cid] = ctext, r["slug"]
    refs = {t for t, _ in r["refs"]}
    for _, cs in r["angles"]:
        for c in cs:
            for ev in (c[2] if len(c) > 2 else []):
                if ev[1] not in refs:
                    errors.append(f"{r['slug']} {c[0]}: evidence source not in References: {ev[1]!r}")
if no_evidence != 1:
    errors.append(f"{no_evidence} claims without evidence, want exactly 1")


def prefix(cid):
    text = claim_text[cid]
    p = text[:55] if len(text) > 55 else text
    same = [c for c, t in claim_text.items() if claim_report[c] == claim_report[cid] and t.startswith(p)]
    if len(p) < 40 or same != [cid]:
        errors.append(f"claim {cid}: prefix {p!r} not unique or too short")
    return p


# ---- questions
qs, used = [], collections.Counter()
for kind, q, ids in ANSWERABLE:
    exp = []
    for cid in ids:
        if cid not in claim_text:
            errors.append(f"unknown claim id {cid} in {q!r}")
            continue
        used[cid] += 1
        exp.append({"report": claim_report[cid], "claim": prefix(cid)})
    if kind == "multi" and (len(exp) < 2 or len({e["report"] for e in exp}) != 1):
        errors.append(f"multi question not two claims from one report: {q!r}")
    if kind == "cross" and len({e["report"] for e in exp}) < 2:
        errors.append(f"cross question not from two reports: {q!r}")
    qs.append({"q": q, "kind": kind, "expect": exp})
for q, scope, rx in UNANSWERABLE:
    pat = re.compile(rx)
    targets = texts if scope == "*" else {scope: texts[scope]}
    for slug, text in targets.items():
        m = pat.search(text)
        if m:
            errors.append(f"absence regex for {q!r} matches {slug}: {m.group(0)!r}")
    qs.append({"q": q, "kind": "unanswerable", "expect": []})
near = sum(1 for _, s, _ in UNANSWERABLE if s != "*")
if near != 23 or len(UNANSWERABLE) - near != 12:
    errors.append(f"unanswerable split {len(UNANSWERABLE) - near} general / {near} near-topic, want 12/23")

counts = collections.Counter(q["kind"] for q in qs)
for k, n in WANT.items():
    if counts[k] != n:
        errors.append(f"{k}: {counts[k]} questions, want {n}")
if len({q["q"] for q in qs}) != len(qs):
    errors.append("duplicate question text")
uncovered = [c for c in claim_text if not used[c]]
if uncovered:
    errors.append(f"claims never expected: {uncovered}")

(ROOT / "questions.json").write_text(json.dumps(qs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"reports: {len(texts)}, claims: {len(claim_text)}, questions: {len(qs)} {dict(counts)}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

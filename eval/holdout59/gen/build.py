"""Build holdout59: writes ../reports/*.md and ../questions.json; exits non-zero on any check failure.
Run: python3 gen/build.py   (from /work/holdout59 or anywhere)"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
from render import render_text, render_bytes, claim_text
from questions_data import ANSWERABLE, UNANSWERABLE

errors = []
def fail(msg):
    errors.append(msg)

# ------------------------------------------------------------------ reports
out_dir = ROOT / "reports"
out_dir.mkdir(exist_ok=True)
for old in out_dir.glob("*.md"):
    old.unlink()

claims_by_key = {}        # key -> (report id, claim text as written)
claims_by_report = {}     # report id -> [claim text]
texts = {}                # report id -> full text (for absence regexes)
sources_of = {}           # key -> set(lower source titles)
no_evidence = []

for r in REPORTS:
    rid = r["id"]
    data = render_bytes(r)
    (out_dir / f"{rid}.md").write_bytes(data)
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    texts[rid] = text
    parsed = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
    heads = len(r["sections"])
    if not 3 <= heads <= 5:
        fail(f"{rid}: {heads} claim headings (want 3-5)")
    refs = {t.lower() for t, _ in r["references"]}
    written = []
    for heading, claims in r["sections"]:
        for key, ctext, evs in claims:
            ct = claim_text(r, ctext)
            written.append(ct)
            if key in claims_by_key:
                fail(f"duplicate claim key {key}")
            claims_by_key[key] = (rid, ct)
            sources_of[key] = {s.lower() for s, _, _ in evs}
            if not evs:
                no_evidence.append(key)
            if len(evs) > 3:
                fail(f"{rid}/{key}: {len(evs)} evidence items (max 3)")
            for s, kind, _ in evs:
                if s.lower() not in refs:
                    fail(f"{rid}/{key}: evidence source without References entry: {s!r}")
                if kind not in ("KF", "Q"):
                    fail(f"{rid}/{key}: bad evidence kind {kind}")
    if parsed != written:
        fail(f"{rid}: rendered claims differ from data")
    if not 14 <= len(written) <= 16:
        fail(f"{rid}: {len(written)} claims (want 14-16)")
    claims_by_report[rid] = written
if len(no_evidence) != 1:
    fail(f"claims without evidence: {no_evidence} (want exactly one)")

def prefix_for(rid, ctext):
    cands = [n for n in range(40, 61) if n <= len(ctext) and (n == len(ctext) or ctext[n] == " ")]
    if not cands:
        return None
    p = ctext[:max(cands)]
    hits = [c for c in claims_by_report[rid] if c.startswith(p)]
    return p if len(hits) == 1 else None

prefix = {}
for key, (rid, ct) in claims_by_key.items():
    p = prefix_for(rid, ct)
    if p is None:
        fail(f"{rid}/{key}: no unique 40-60 char word-boundary prefix")
    prefix[key] = p

# ------------------------------------------------------------------ questions
def words(s):
    return re.findall(r"[a-z0-9']+", s.lower().replace("\u2019", "'"))

def ngrams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}

WANT = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
        "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
questions = []
seen = set()
covered = collections.Counter()
for kind, q, keys in ANSWERABLE:
    for k in keys:
        if k not in claims_by_key:
            fail(f"unknown claim key {k} in {q!r}")
    keys = [k for k in keys if k in claims_by_key]
    reps = [claims_by_key[k][0] for k in keys]
    if len(set(keys)) != len(keys):
        fail(f"repeated claim in {q!r}")
    if kind == "multi" and not (len(keys) == 2 and reps[0] == reps[1]):
        fail(f"multi needs two claims of one report: {q!r}")
    if kind == "cross" and not (len(keys) == 2 and reps[0] != reps[1]):
        fail(f"cross needs two claims of two reports: {q!r}")
    if kind not in ("multi", "cross", "source") and len(keys) != 1:
        fail(f"{kind} should expect one claim: {q!r}")
    if kind == "source":
        common = set.intersection(*(sources_of[k] for k in keys))
        if not common:
            fail(f"source question's claims share no source: {q!r}")
    if kind == "paraphrase":
        for k in keys:
            shared = ngrams(words(q)) & ngrams(words(claims_by_key[k][1]))
            if shared:
                fail(f"paraphrase shares 5-word run {shared} with {k}: {q!r}")
    for k in keys:
        covered[k] += 1
    questions.append({"q": q, "kind": kind,
                      "expect": [{"report": claims_by_key[k][0], "claim": prefix[k]} for k in keys]})

src2 = sum(1 for kind, q, keys in ANSWERABLE if kind == "source" and len(keys) == 2)
if not 5 <= src2 <= 7:
    fail(f"{src2} source questions with two claims (want about 6)")

subs = collections.Counter()
near_per_report = collections.Counter()
for q, sub, rid, regexes in UNANSWERABLE:
    subs[sub] += 1
    if not regexes:
        fail(f"no absence regexes for {q!r}")
    if sub == "near":
        if rid not in texts:
            fail(f"unknown report {rid} for {q!r}")
            continue
        near_per_report[rid] += 1
        scope = {rid: texts[rid]}
    else:
        scope = texts
    for rx in regexes:
        for sid, t in scope.items():
            m = re.search(rx, t, re.I)
            if m:
                line = t[:m.start()].count("\n") + 1
                fail(f"unanswerable {q!r}: /{rx}/ matches {sid}.md line {line}: {m.group(0)!r}")
    questions.append({"q": q, "kind": "unanswerable", "expect": []})

if dict(subs) != {"chat": 6, "offtopic": 6, "near": 23}:
    fail(f"unanswerable sub-kinds {dict(subs)} (want chat 6, offtopic 6, near 23)")
for rid in texts:
    if not 3 <= near_per_report[rid] <= 4:
        fail(f"{rid}: {near_per_report[rid]} near-topic unanswerables (want 3-4)")

counts = collections.Counter(q["kind"] for q in questions)
if dict(counts) != WANT:
    fail(f"kind counts {dict(counts)} != {WANT}")
if len(questions) != 147:
    fail(f"{len(questions)} questions (want 147)")
for q in questions:
    if q["q"] in seen:
        fail(f"duplicate question {q['q']!r}")
    seen.add(q["q"])
for k in claims_by_key:
    if not covered[k]:
        fail(f"claim never expected: {k}")

(ROOT / "questions.json").write_text(json.dumps(questions, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("reports:", {r: len(c) for r, c in claims_by_report.items()}, "claims:", len(claims_by_key))
print("questions:", len(questions), dict(counts), "unanswerable:", dict(subs))
if errors:
    for e in errors:
        print("FAIL", e)
    sys.exit(1)
print("build OK")

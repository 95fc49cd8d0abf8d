"""Build reports/*.md and questions.json for holdout62, failing loudly on any rule breach.

Run: python3 /work/holdout62/gen/build.py
"""
import collections, json, pathlib, re, sys, unicodedata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS, FORMAT          # noqa: E402
from render import render, curl                     # noqa: E402
from questions_data import ALIAS, ANSWERABLE, UNANSWERABLE  # noqa: E402

errors = []
def fail(msg):
    errors.append(msg)

KIND_COUNTS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
               "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
UNANS_SUB = {"chat": 6, "off-topic": 6, "near-topic": 23}

# ------------------------------------------------------------------ reports
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    old.unlink()

texts, claims, claim_evidence_sources = {}, {}, {}
no_evidence = []
for rep in REPORTS:
    stem, fmt = rep["stem"], FORMAT[rep["stem"]]
    t = curl if fmt["curly"] else (lambda s: s)
    data = render(rep, fmt)
    (ROOT / "reports" / f"{stem}.md").write_bytes(data)
    text = data.decode("utf-8-sig")
    texts[stem] = text
    n_head = len(rep["sections"])
    if not 3 <= n_head <= 5:
        fail(f"{stem}: {n_head} claim headings (need 3-5)")
    ref_titles = {t(v[0]).lower() for v in rep["refs"].values()}
    cl, srcs = [], []
    for heading, cs in rep["sections"]:
        for ctext, evs in cs:
            cl.append(t(ctext))
            if not evs:
                no_evidence.append((stem, ctext[:50]))
            if len(evs) > 3:
                fail(f"{stem}: claim has {len(evs)} evidence items: {ctext[:50]}")
            s = set()
            for key, kind, body in evs:
                if key not in rep["refs"] or t(rep["refs"][key][0]).lower() not in ref_titles:
                    fail(f"{stem}: evidence source {key} has no References entry")
                s.add(key)
            srcs.append(s)
    if not 14 <= len(cl) <= 16:
        fail(f"{stem}: {len(cl)} claims (need 14-16)")
    # evidence titles as written in the file must match a References title case-insensitively
    file_refs = {m.group(1).strip().lower() for m in re.finditer(r"^\d+\. \[(.+?)\]\(", text, re.M)}
    for m in re.finditer(r"^\s*- \*\*Evidence\*\*:\s*(.+?)\s*$", text, re.M):
        if m.group(1).lower() not in file_refs:
            fail(f"{stem}: evidence title {m.group(1)!r} not in References")
    # the claims as a parser sees them must equal what we generated
    parsed = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
    if parsed != cl:
        fail(f"{stem}: parsed claims differ from generated claims")
    claims[stem] = cl
    claim_evidence_sources[stem] = srcs
if len(no_evidence) != 1:
    fail(f"need exactly one claim without evidence in the set, found {no_evidence}")

def prefix(stem, i):
    """Longest word-boundary prefix of 40-60 chars of claim i that starts exactly one claim."""
    c = claims[stem][i]
    cands = [k for k in range(40, min(60, len(c)) + 1) if k == len(c) or c[k] == " "]
    for k in sorted(cands, reverse=True):
        p = c[:k]
        if p.endswith(" "):
            continue
        if sum(1 for o in claims[stem] if o.startswith(p)) == 1:
            return p
    fail(f"{stem}: no unique 40-60 char prefix for claim {i + 1}: {c[:70]}")
    return c[:60]

# ------------------------------------------------------------------ questions
def words(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").lower()
    return re.findall(r"[a-z0-9$']+", s)

def grams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}

out, used = [], collections.Counter()
seen = set()
kinds = collections.Counter()
for kind, q, exp in ANSWERABLE:
    kinds[kind] += 1
    if q.lower() in seen:
        fail(f"duplicate question {q!r}")
    seen.add(q.lower())
    stems = [ALIAS[a] for a, _ in exp]
    if kind == "multi" and (len(exp) != 2 or len(set(stems)) != 1):
        fail(f"multi must have two claims from one report: {q}")
    if kind == "cross" and (len(exp) != 2 or len(set(stems)) != 2):
        fail(f"cross must have two claims from two reports: {q}")
    if kind not in ("multi", "cross", "source") and len(exp) != 1:
        fail(f"{kind} question should expect one claim: {q}")
    if kind == "source" and len(exp) not in (1, 2):
        fail(f"source question must expect 1 or 2 claims: {q}")
    expect = []
    for a, n in exp:
        stem = ALIAS[a]
        if not 1 <= n <= len(claims[stem]):
            fail(f"{q}: claim number {n} out of range for {stem}")
            continue
        expect.append({"report": stem, "claim": prefix(stem, n - 1)})
        used[(stem, n - 1)] += 1
        if kind == "evidence" and not claim_evidence_sources[stem][n - 1]:
            fail(f"evidence question targets a claim without evidence: {q}")
        if kind == "paraphrase":
            shared = grams(words(q)) & grams(words(claims[stem][n - 1]))
            if shared:
                fail(f"paraphrase shares a 5-word run with its claim: {q!r} {shared}")
    if kind == "source":
        common = set.intersection(*[claim_evidence_sources[ALIAS[a]][n - 1] for a, n in exp])
        if not common:
            fail(f"source question's claims share no cited source: {q}")
    out.append({"q": q, "kind": kind, "expect": expect})

subs = collections.Counter()
for kind, q, sub, scope, regexes in UNANSWERABLE:
    kinds[kind] += 1
    subs[sub] += 1
    if q.lower() in seen:
        fail(f"duplicate question {q!r}")
    seen.add(q.lower())
    if (sub == "near-topic") != (scope is not None):
        fail(f"near-topic questions need a report scope, others none: {q}")
    targets = [ALIAS[scope]] if scope else list(texts)
    for stem in targets:
        for rx in regexes:
            m = re.search(rx, texts[stem], re.I)
            if m:
                fail(f"unanswerable {q!r}: /{rx}/ matches {stem}: {texts[stem][max(0, m.start() - 30):m.end() + 30]!r}")
    out.append({"q": q, "kind": "unanswerable", "expect": []})

for k, n in KIND_COUNTS.items():
    if kinds[k] != n:
        fail(f"kind {k}: {kinds[k]} questions, need {n}")
for k, n in UNANS_SUB.items():
    if subs[k] != n:
        fail(f"unanswerable {k}: {subs[k]}, need {n}")
near = collections.Counter(s for _, _, sub, s, _ in UNANSWERABLE if sub == "near-topic")
for a in ALIAS:
    if not 3 <= near[a] <= 4:
        fail(f"near-topic questions for {ALIAS[a]}: {near[a]} (need 3-4)")
if len(out) != 147:
    fail(f"{len(out)} questions, need 147")
for stem, cl in claims.items():
    for i, c in enumerate(cl):
        if not used[(stem, i)]:
            fail(f"claim never expected: {stem} #{i + 1} {c[:60]}")

if errors:
    for e in errors:
        print("BUILD ERROR:", e)
    sys.exit(1)
(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("reports:", {s: len(c) for s, c in claims.items()}, "total claims:", sum(map(len, claims.values())))
print("questions:", len(out), dict(kinds), "unanswerable:", dict(subs))

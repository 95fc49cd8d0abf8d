"""Build reports/*.md and questions.json for holdout57, failing loudly on any inconsistency.
Run: python3 gen/build.py  (from anywhere)."""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS, VARIANTS  # noqa: E402
from questions_data import ANSWERABLE, UNANSWERABLE  # noqa: E402
from render import render  # noqa: E402

errors = []


def fail(msg):
    errors.append(msg)


COUNTS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
          "typo": 10, "multi": 9, "cross": 10}
UNANS = {"chat": 6, "offtopic": 6, "near": 23}

# ------------------------------------------------------------------ reports
claim_report = {}      # claim id -> slug
no_evidence = []
texts = {}             # slug -> full rendered text (decoded, LF)
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    old.unlink()
for slug, r in REPORTS.items():
    ids = []
    heads = r["claims"]
    if not 3 <= len(heads) <= 5:
        fail(f"{slug}: {len(heads)} perspective headings")
    ref_titles = {t.lower() for t, _ in r["refs"].values()}
    for _, claims in heads:
        for cid, text, evs in claims:
            if cid in claim_report:
                fail(f"duplicate claim id {cid}")
            claim_report[cid] = slug
            ids.append(cid)
            if not evs:
                no_evidence.append(cid)
            if len(evs) > 3:
                fail(f"{cid}: {len(evs)} evidence items")
            for ev in evs:
                if ev[0] not in r["refs"]:
                    fail(f"{cid}: evidence key {ev[0]} not in refs")
                title = ev[3] if len(ev) > 3 else r["refs"][ev[0]][0]
                if title.lower() not in ref_titles:
                    fail(f"{cid}: evidence source {title!r} has no References entry")
    if not 14 <= len(ids) <= 16:
        fail(f"{slug}: {len(ids)} claims (want 14-16)")
    data = render(slug, r, VARIANTS[slug])
    (ROOT / "reports" / f"{slug}.md").write_bytes(data)
    texts[slug] = data.decode("utf-8-sig").replace("\r\n", "\n")
if len(no_evidence) != 1:
    fail(f"claims without evidence: {no_evidence} (want exactly one)")

# parse rendered claims exactly as the validator does
rendered = {}   # slug -> list of claim texts in order
for slug, text in texts.items():
    rendered[slug] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]
claim_text = {}
for slug, r in REPORTS.items():
    ids = [cid for _, cl in r["claims"] for cid, _, _ in cl]
    if len(ids) != len(rendered[slug]):
        fail(f"{slug}: rendered {len(rendered[slug])} claims, data has {len(ids)}")
        continue
    for cid, t in zip(ids, rendered[slug]):
        claim_text[cid] = t


def prefix(cid):
    t = claim_text[cid]
    others = [c for c in rendered[claim_report[cid]] if c != t]
    for n in range(min(60, len(t)), 39, -1):     # longest word-boundary cut in 40..60
        if n == len(t) or t[n] == " ":
            p = t[:n].rstrip()
            if len(p) >= 40 and not any(o.startswith(p) for o in others):
                return p
    p = t[:50]
    if any(o.startswith(p) for o in others) or len(p) < 40:
        fail(f"{cid}: no unambiguous prefix")
    return p


# ------------------------------------------------------------------ questions
def words(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower().replace("’", "'"))


def ngrams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


out = []
kinds = collections.Counter()
used = collections.Counter()
for kind, q, ids in ANSWERABLE:
    kinds[kind] += 1
    for cid in ids:
        if cid not in claim_report:
            fail(f"unknown claim id {cid} in {q!r}")
    if any(c not in claim_report for c in ids):
        continue
    reps = [claim_report[c] for c in ids]
    if kind == "multi" and not (len(ids) == 2 and reps[0] == reps[1] and ids[0] != ids[1]):
        fail(f"multi with wrong shape: {q!r}")
    if kind == "cross" and not (len(ids) == 2 and reps[0] != reps[1]):
        fail(f"cross with wrong shape: {q!r}")
    if kind not in ("multi", "cross", "source") and len(ids) != 1:
        fail(f"{kind} should expect one claim: {q!r}")
    if kind == "source" and len(ids) not in (1, 2):
        fail(f"source with {len(ids)} claims: {q!r}")
    if kind == "paraphrase":
        shared = ngrams(words(q)) & set().union(*(ngrams(words(claim_text[c])) for c in ids))
        if shared:
            fail(f"paraphrase copies a 5-word run {sorted(shared)[0]}: {q!r}")
    for c in ids:
        used[c] += 1
    out.append({"q": q, "kind": kind, "expect": [{"report": claim_report[c], "claim": prefix(c)} for c in ids]})

sub = collections.Counter()
near_per = collections.Counter()
for s, scope, q, regexes in UNANSWERABLE:
    sub[s] += 1
    if s == "near":
        if scope not in texts:
            fail(f"unknown scope {scope}")
            continue
        near_per[scope] += 1
        pool = {scope: texts[scope]}
    else:
        pool = texts
    if not regexes:
        fail(f"no absence regexes for {q!r}")
    for rx in regexes:
        for slug, t in pool.items():
            m = re.search(rx, t, re.I)
            if m:
                fail(f"absence regex {rx!r} for {q!r} matches {slug}: {m.group(0)!r}")
    out.append({"q": q, "kind": "unanswerable", "expect": []})

for k, n in COUNTS.items():
    if kinds[k] != n:
        fail(f"{k}: {kinds[k]} questions (want {n})")
for k in kinds:
    if k not in COUNTS:
        fail(f"unknown kind {k}")
for k, n in UNANS.items():
    if sub[k] != n:
        fail(f"unanswerable/{k}: {sub[k]} (want {n})")
for slug in REPORTS:
    if not 3 <= near_per[slug] <= 4:
        fail(f"{slug}: {near_per[slug]} near-topic unanswerables (want 3-4)")
uncovered = [c for c in claim_report if used[c] == 0]
if uncovered:
    fail(f"uncovered claims: {uncovered}")
qs = [o["q"] for o in out]
dups = [q for q, n in collections.Counter(qs).items() if n > 1]
if dups:
    fail(f"duplicate questions: {dups}")

(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("reports:", {s: len(v) for s, v in rendered.items()}, "total claims:", sum(len(v) for v in rendered.values()))
print("questions:", len(out), dict(kinds), "unanswerable:", dict(sub))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("build OK")

"""Build /work/holdout63/reports/*.md and questions.json from reports_data.py and questions_data.py.
Fails (exit 1) on any structural or question-set problem; see checks below."""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
from render import render
from questions_data import KEYS, ANSWERABLE, UNANSWERABLE

errors = []
def fail(msg): errors.append(msg)

# ------------------------------------------------------------------ reports
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    old.unlink()

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+?)\s*$")
EVID_RE = re.compile(r"^\s*- \*\*Evidence\*\*:\s*(.+?)\s*$")
REF_RE = re.compile(r"^\s*\d+\.\s*\[(.+)\]\((.+)\)\s*$")
HEAD_RE = re.compile(r"^### (.+?)\s*$")

claims_by_report, texts = {}, {}
no_evidence_total = 0
for r in REPORTS:
    text = render(r)
    path = ROOT / "reports" / (r["stem"] + ".md")
    path.write_bytes(text.encode("utf-8"))
    # parse back what was written, as a reader would
    body = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    texts[r["stem"]] = body
    lines = body.split("\n")
    in_claims = in_refs = False
    headings, claims, refs = [], [], []
    cur = None
    for ln in lines:
        if ln.startswith("## "):
            in_claims = ln.strip() == "## Claims and Supporting Evidence"
            in_refs = ln.strip() == "## References"
            continue
        if in_claims:
            if m := HEAD_RE.match(ln):
                headings.append(m.group(1))
            elif m := CLAIM_RE.match(ln):
                cur = {"text": m.group(1), "evidence": [], "heading": headings[-1] if headings else None}
                claims.append(cur)
            elif m := EVID_RE.match(ln):
                cur["evidence"].append(m.group(1))
        if in_refs and (m := REF_RE.match(ln)):
            refs.append(m.group(1).strip().lower())
    claims_by_report[r["stem"]] = claims
    # front matter is read as YAML: an unquoted value containing ": " is invalid there
    for t in r["topic"] + [str(v) for _, v in r["front_extra"]]:
        if ": " in t or t.rstrip().endswith(":"):
            fail(f"{r['stem']}: front-matter value would break YAML: {t!r}")
    if not 14 <= len(claims) <= 16:
        fail(f"{r['stem']}: {len(claims)} claims (need 14-16)")
    if not 3 <= len(headings) <= 5:
        fail(f"{r['stem']}: {len(headings)} claim headings (need 3-5)")
    for c in claims:
        if c["heading"] is None:
            fail(f"{r['stem']}: claim before any heading")
        if len(c["evidence"]) > 3:
            fail(f"{r['stem']}: >3 evidence items: {c['text'][:50]}")
        if not c["evidence"]:
            no_evidence_total += 1
        for s in c["evidence"]:
            if s.lower() not in refs:
                fail(f"{r['stem']}: evidence source without References entry: {s!r}")
if no_evidence_total != 1:
    fail(f"{no_evidence_total} claims without evidence in the set (need exactly 1)")

# ------------------------------------------------------------------ prefixes
def prefix(stem, n):
    cs = [c["text"] for c in claims_by_report[stem]]
    text = cs[n - 1]
    cands = [text] if len(text) <= 60 else []
    cands += [text[:i] for i in range(len(text)) if text[i] == " " and 40 <= i <= 60]
    cands = [p.rstrip() for p in cands if 40 <= len(p.rstrip()) <= 60]
    good = [p for p in cands if sum(c.startswith(p) for c in cs) == 1]
    if not good:
        fail(f"{stem} #{n}: no unique 40-60 char word-boundary prefix")
        return text[:60]
    return max(good, key=len)

# ------------------------------------------------------------------ questions
def words(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9$][a-z0-9'$.,-]*[a-z0-9]|[a-z0-9]", s)

def grams(s, n=5):
    w = [x.strip(".,'") for x in words(s)]
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

questions, seen = [], set()
covered = collections.Counter()
kinds = collections.Counter()
for kind, q, exp in ANSWERABLE:
    kinds[kind] += 1
    if q.lower() in seen:
        fail(f"duplicate question {q!r}")
    seen.add(q.lower())
    stems = [KEYS[k] for k, _ in exp]
    if kind == "multi" and not (len(exp) == 2 and len(set(stems)) == 1):
        fail(f"multi must expect two claims of one report: {q!r}")
    if kind == "cross" and not (len(exp) == 2 and len(set(stems)) == 2):
        fail(f"cross must expect two claims of two reports: {q!r}")
    if kind not in ("multi", "cross", "source") and len(exp) != 1:
        fail(f"{kind} should expect one claim: {q!r}")
    if kind == "source" and len(exp) not in (1, 2):
        fail(f"source should expect 1-2 claims: {q!r}")
    out = []
    for k, n in exp:
        stem = KEYS[k]
        if not 1 <= n <= len(claims_by_report[stem]):
            fail(f"{q!r}: {stem} has no claim {n}")
            continue
        claim = claims_by_report[stem][n - 1]
        covered[(stem, n)] += 1
        if kind == "paraphrase":
            shared = grams(q) & grams(claim["text"])
            if shared:
                fail(f"paraphrase shares a 5-word run with its claim: {q!r} {sorted(shared)}")
        if kind == "source":
            m = re.match(r"What does (?:the )?(.+?) (?:article |page |piece |release )?say", q)
            name = m.group(1).lower() if m else ""
            if not any(name.replace("the ", "") in e.lower() or e.lower().split(" - ")[-1] in name
                       for e in claim["evidence"]):
                fail(f"source question names a source its claim does not cite: {q!r} -> {stem} #{n}")
        out.append({"report": stem, "claim": prefix(stem, n)})
    questions.append({"q": q, "kind": kind, "expect": out})

sub = collections.Counter()
for subkind, q, key, regexes in UNANSWERABLE:
    kinds["unanswerable"] += 1
    sub[subkind] += 1
    if q.lower() in seen:
        fail(f"duplicate question {q!r}")
    seen.add(q.lower())
    targets = [KEYS[key]] if key else list(texts)
    if subkind == "near-topic" and not key:
        fail(f"near-topic question without a report: {q!r}")
    for stem in targets:
        for rx in regexes:
            for m in re.finditer(rx, texts[stem], re.I):
                line = texts[stem][:m.start()].count("\n") + 1
                fail(f"unanswerable {q!r}: /{rx}/ matches {stem}:{line}: {m.group(0)!r}")
    questions.append({"q": q, "kind": "unanswerable", "expect": []})

WANT = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
        "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
for k, v in WANT.items():
    if kinds[k] != v:
        fail(f"kind {k}: {kinds[k]} questions (need {v})")
if set(kinds) - set(WANT):
    fail(f"unknown kinds {set(kinds) - set(WANT)}")
if dict(sub) != {"chat": 6, "off-topic": 6, "near-topic": 23}:
    fail(f"unanswerable sub-kinds {dict(sub)} (need chat 6, off-topic 6, near-topic 23)")
near = collections.Counter(key for s, _, key, _ in UNANSWERABLE if s == "near-topic")
for k, stem in KEYS.items():
    if not 3 <= near[k] <= 4:
        fail(f"{stem}: {near[k]} near-topic unanswerable questions (need 3-4)")
two = sum(1 for kind, _, exp in ANSWERABLE if kind == "source" and len(exp) == 2)
if not 5 <= two <= 7:
    fail(f"{two} source questions expect two claims (want about 6)")
if len(questions) != 147:
    fail(f"{len(questions)} questions (need 147)")
for stem, cs in claims_by_report.items():
    for n in range(1, len(cs) + 1):
        if not covered[(stem, n)]:
            fail(f"claim never expected: {stem} #{n}: {cs[n - 1]['text'][:60]}")

(ROOT / "questions.json").write_text(json.dumps(questions, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("reports:", {s: len(c) for s, c in claims_by_report.items()}, "claims:", sum(map(len, claims_by_report.values())))
print("questions:", len(questions), dict(kinds), "unanswerable:", dict(sub), "two-claim source:", two)
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

"""Build holdout58: writes ../reports/*.md and ../questions.json, failing on any check below.

Run: python3 /work/holdout58/gen/build.py
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from render import render, curlify  # noqa: E402
from questions_data import QUESTIONS  # noqa: E402

errors = []


def fail(msg):
    errors.append(msg)


KIND_COUNTS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
               "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
SUB_COUNTS = {"chat": 6, "offtopic": 6, "near": 23}
SOURCE_TWO = 6

# ------------------------------------------------------------------ reports: data checks
no_evidence = []
key_to_stem, key_to_claim, key_sources = {}, {}, {}
stems = [r["stem"] for r in REPORTS]
if len(set(stems)) != 7 or len(REPORTS) != 7:
    fail(f"need 7 distinct reports, got {stems}")
if len({r["field"] for r in REPORTS}) != 7:
    fail("fields are not 7 distinct ones")
for rep in REPORTS:
    t = curlify if rep["fmt"].get("curly") else (lambda s: s)
    n_head = len(rep["sections"])
    n_claims = sum(len(c) for _, c in rep["sections"])
    if not 3 <= n_head <= 5:
        fail(f"{rep['stem']}: {n_head} claim headings (want 3-5)")
    if not 14 <= n_claims <= 16:
        fail(f"{rep['stem']}: {n_claims} claims (want 14-16)")
    ref_titles = {t(title).lower() for title, _ in rep["refs"]}
    for heading, claims in rep["sections"]:
        for key, text, ev in claims:
            if key in key_to_stem:
                fail(f"duplicate claim key {key}")
            key_to_stem[key] = rep["stem"]
            key_sources[key] = {t(src).lower() for _, src, _ in ev}
            if not ev:
                no_evidence.append(key)
            if len(ev) > 3:
                fail(f"{key}: {len(ev)} evidence items (max 3)")
            for _, src, body in ev:
                if t(src).lower() not in ref_titles:
                    fail(f"{key}: evidence source {src!r} has no References entry")
                if not body.strip():
                    fail(f"{key}: empty evidence text")
if len(no_evidence) != 1:
    fail(f"want exactly one claim without evidence, got {no_evidence}")

# ------------------------------------------------------------------ reports: render + parse back
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    old.unlink()
texts = {}
CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)
for rep in REPORTS:
    text = render(rep)
    path = ROOT / "reports" / f"{rep['stem']}.md"
    path.write_bytes(text.encode("utf-8"))
    back = path.read_bytes().decode("utf-8-sig")
    texts[rep["stem"]] = back
    parsed = [m.group(1).strip() for m in CLAIM_RE.finditer(back)]
    keys = [k for _, cs in rep["sections"] for k, _, _ in cs]
    if len(parsed) != len(keys):
        fail(f"{rep['stem']}: parsed {len(parsed)} claims, data has {len(keys)}")
    for k, c in zip(keys, parsed):
        key_to_claim[k] = c


def prefix_for(stem, claim):
    """Longest word-boundary prefix of 40-60 chars that starts exactly one claim of the report."""
    siblings = [c for k, c in key_to_claim.items() if key_to_stem[k] == stem]
    for n in range(min(60, len(claim)), 39, -1):
        if n < len(claim) and claim[n] != " ":
            continue
        p = claim[:n]
        if p.endswith(" "):
            continue
        if sum(1 for c in siblings if c.startswith(p)) == 1:
            return p
    return None


prefix = {}
for k, c in key_to_claim.items():
    p = prefix_for(key_to_stem[k], c)
    if p is None or len(p) < 40:
        fail(f"{k}: no unique 40-60 char word-boundary prefix")
    else:
        prefix[k] = p

# ------------------------------------------------------------------ questions
WORD = re.compile(r"[a-z0-9]+")


def words(s):
    return WORD.findall(s.lower().replace("\u2019", "'").replace("'", ""))


def grams(s, n=5):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


kinds = collections.Counter(q["kind"] for q in QUESTIONS)
for k, n in KIND_COUNTS.items():
    if kinds[k] != n:
        fail(f"kind {k}: {kinds[k]} questions (want {n})")
if set(kinds) - set(KIND_COUNTS):
    fail(f"unknown kinds {set(kinds) - set(KIND_COUNTS)}")
if len(QUESTIONS) != 147:
    fail(f"{len(QUESTIONS)} questions (want 147)")
subs = collections.Counter(q.get("sub") for q in QUESTIONS if q["kind"] == "unanswerable")
for s, n in SUB_COUNTS.items():
    if subs[s] != n:
        fail(f"unanswerable/{s}: {subs[s]} (want {n})")
near_per = collections.Counter(q["report"] for q in QUESTIONS if q.get("sub") == "near")
for st in stems:
    if not 3 <= near_per[st] <= 4:
        fail(f"near-topic questions for {st}: {near_per[st]} (want 3-4)")

seen, covered, out = set(), collections.Counter(), []
two_claim_sources = 0
for i, q in enumerate(QUESTIONS):
    norm = " ".join(words(q["q"]))
    if norm in seen:
        fail(f"#{i} duplicate question {q['q']!r}")
    seen.add(norm)
    for k in q["keys"]:
        if k not in key_to_stem:
            fail(f"#{i} unknown claim key {k}")
    keys = [k for k in q["keys"] if k in prefix]
    kind = q["kind"]
    if kind == "unanswerable":
        if q["keys"]:
            fail(f"#{i} unanswerable with keys")
        if q["sub"] == "near":
            if q["report"] not in texts:
                fail(f"#{i} near-topic question names unknown report {q['report']}")
                continue
            corpus = {q["report"]: texts[q["report"]]}
        else:
            corpus = texts
        if not q["rx"]:
            fail(f"#{i} unanswerable without absence regexes")
        for rx in q["rx"]:
            for st, tx in corpus.items():
                m = re.search(rx, tx, re.I)
                if m:
                    fail(f"#{i} {q['q']!r}: /{rx}/ matches {st}: {tx[max(0, m.start()-30):m.end()+30]!r}")
    else:
        if not q["keys"]:
            fail(f"#{i} {kind} question without expected claims")
        rep_of = [key_to_stem.get(k) for k in q["keys"]]
        if kind == "multi" and (len(q["keys"]) != 2 or len(set(rep_of)) != 1):
            fail(f"#{i} multi must expect two claims of one report")
        elif kind == "cross" and (len(q["keys"]) != 2 or len(set(rep_of)) != 2):
            fail(f"#{i} cross must expect two claims of two reports")
        elif kind == "source":
            if len(q["keys"]) not in (1, 2) or len(set(rep_of)) != 1:
                fail(f"#{i} source question must expect 1-2 claims of one report")
            two_claim_sources += len(q["keys"]) == 2
            for k in q["keys"]:
                if q["src"].lower() not in {s.lower() for s in key_sources.get(k, set())} and \
                        curlify(q["src"]).lower() not in key_sources.get(k, set()):
                    fail(f"#{i} claim {k} does not cite {q['src']!r}")
        elif kind not in ("multi", "cross", "source") and len(q["keys"]) != 1:
            fail(f"#{i} {kind} question should expect exactly one claim")
        if kind == "paraphrase":
            shared = grams(q["q"]) & grams(key_to_claim[q["keys"][0]])
            if shared:
                fail(f"#{i} paraphrase shares a 5-word run with its claim: {sorted(shared)}")
        for k in keys:
            covered[k] += 1
    out.append({"q": q["q"], "kind": kind,
                "expect": [{"report": key_to_stem[k], "claim": prefix[k]} for k in keys]})
if two_claim_sources != SOURCE_TWO:
    fail(f"{two_claim_sources} source questions expect two claims (want {SOURCE_TWO})")
uncovered = [k for k in key_to_claim if not covered[k]]
if uncovered:
    fail(f"claims never expected: {uncovered}")

if errors:
    for e in errors:
        print("BUILD ERROR:", e)
    sys.exit(1)
(ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("reports:", {st: sum(1 for k in key_to_stem if key_to_stem[k] == st) for st in stems},
      "claims:", len(key_to_claim))
print("questions:", len(out), dict(kinds), "unanswerable:", dict(subs))
print("claim without evidence:", no_evidence[0], "->", key_to_stem[no_evidence[0]])
print("OK")

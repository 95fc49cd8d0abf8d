"""Build holdout61: writes ../reports/*.md and ../questions.json, failing loudly on any rule break.

Usage: python3 gen/build.py   (from /work/holdout61 or anywhere)
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS            # noqa: E402
from render import render, rendered_claims, rendered_sources, rendered_refs  # noqa: E402
from questions_data import QUESTIONS         # noqa: E402

KEYS = {"dss": "dead-sea-scrolls-qumran", "toad": "cane-toads-australia", "suez": "suez-canal-construction",
        "lobo": "lobotomy-rise-and-fall", "mara": "maracanazo-1950", "ther": "theranos-collapse",
        "mco": "mars-climate-orbiter-loss"}
KIND_COUNTS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
               "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
SUB_COUNTS = {"chat": 6, "offtopic": 6, "near": 23}

errors = []


def fail(msg):
    errors.append(msg)


def words(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s)


def ngrams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def claim_prefix(claim, all_claims):
    """Longest prefix of 40-60 chars ending at a word boundary (word char followed by a space, or the
    end of the claim) that starts exactly one claim of the report."""
    cands = [i for i in range(40, 61) if i <= len(claim)
             and (i == len(claim) or claim[i] == " ") and re.match(r"\w", claim[i - 1])]
    for i in sorted(cands, reverse=True):
        p = claim[:i]
        if sum(c.startswith(p) for c in all_claims) == 1:
            return p
    return None


# ---------------------------------------------------------------- reports
by_stem = {r["stem"]: r for r in REPORTS}
assert set(by_stem) == set(KEYS.values()), "report stems do not match KEYS"
texts, claims, prefixes = {}, {}, {}
no_evidence = []
for r in REPORTS:
    stem = r["stem"]
    text = render(r)
    texts[stem] = text
    cs = rendered_claims(r)
    claims[stem] = cs
    headings = []
    for h, _, _ in r["claims"]:
        if h not in headings:
            headings.append(h)
    if not 14 <= len(cs) <= 16:
        fail(f"{stem}: {len(cs)} claims (want 14-16)")
    if not 3 <= len(headings) <= 5:
        fail(f"{stem}: {len(headings)} claim headings (want 3-5)")
    refs_lower = {t.lower() for t in rendered_refs(r)}
    for i, srcs in enumerate(rendered_sources(r)):
        if not srcs:
            no_evidence.append((stem, i))
        if len(srcs) > 3:
            fail(f"{stem} claim {i}: {len(srcs)} evidence items (max 3)")
        for s in srcs:
            if s.lower() not in refs_lower:
                fail(f"{stem} claim {i}: evidence source {s!r} has no References entry")
    if len(set(cs)) != len(cs):
        fail(f"{stem}: duplicate claim text")
    prefixes[stem] = []
    for i, c in enumerate(cs):
        p = claim_prefix(c, cs)
        if p is None:
            fail(f"{stem} claim {i}: no unique 40-60 char word-boundary prefix")
        prefixes[stem].append(p)
    # the rendered file must show each claim exactly as recorded
    parsed = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$",
                                                      text.lstrip("\ufeff").replace("\r\n", "\n"), re.M)]
    if parsed != cs:
        fail(f"{stem}: rendered claims differ from data")
if len(no_evidence) != 1:
    fail(f"want exactly one claim without evidence in the set, found {no_evidence}")

# ---------------------------------------------------------------- questions
out = []
kinds = collections.Counter()
subs = collections.Counter()
covered = collections.Counter()
seen = set()
two_claim_sources = 0
for n, qd in enumerate(QUESTIONS):
    text, kind, exp = qd["q"], qd["kind"], qd["exp"]
    kinds[kind] += 1
    if text in seen:
        fail(f"duplicate question {text!r}")
    seen.add(text)
    expect = []
    for key, idx in exp:
        stem = KEYS[key]
        if idx >= len(claims[stem]):
            fail(f"q{n} {text!r}: {key} has no claim {idx}")
            continue
        p = prefixes[stem][idx]
        expect.append({"report": stem, "claim": p})
        covered[(stem, idx)] += 1
    if kind == "unanswerable":
        if exp:
            fail(f"q{n}: unanswerable with expectations")
        sub = qd["sub"]
        subs[sub] += 1
        if not qd["absent"]:
            fail(f"q{n} {text!r}: unanswerable without absence regexes")
        scope = [KEYS[qd["report"]]] if sub == "near" else list(texts)
        if sub == "near" and not qd["report"]:
            fail(f"q{n}: near-topic question without report")
        for rx in qd["absent"]:
            for stem in scope:
                m = re.search(rx, texts[stem], re.I)
                if m:
                    fail(f"q{n} {text!r}: absence regex {rx!r} matches {stem}: {texts[stem][max(0, m.start()-40):m.end()+40]!r}")
    else:
        if not exp:
            fail(f"q{n}: {kind} question without expectations")
    if kind == "multi" and not (len(exp) == 2 and exp[0][0] == exp[1][0] and exp[0][1] != exp[1][1]):
        fail(f"q{n}: multi must expect two distinct claims of one report")
    if kind == "cross" and not (len(exp) == 2 and exp[0][0] != exp[1][0]):
        fail(f"q{n}: cross must expect two claims from two different reports")
    if kind in ("keyword", "paraphrase", "conversational", "evidence", "typo") and len(exp) != 1:
        fail(f"q{n}: {kind} should expect one claim")
    if kind == "source":
        if len(exp) == 2:
            two_claim_sources += 1
        if len(exp) not in (1, 2) or len({k for k, _ in exp}) != 1:
            fail(f"q{n}: source question must expect 1-2 claims of one report")
    if kind == "paraphrase":
        qg = ngrams(words(text))
        for key, idx in exp:
            shared = qg & ngrams(words(claims[KEYS[key]][idx]))
            if shared:
                fail(f"q{n} paraphrase shares 5-word run(s) with its claim: {sorted(shared)}")
    out.append({"q": text, "kind": kind, "expect": expect})

for k, want in KIND_COUNTS.items():
    if kinds[k] != want:
        fail(f"kind {k}: {kinds[k]} questions (want {want})")
for k, want in SUB_COUNTS.items():
    if subs[k] != want:
        fail(f"unanswerable {k}: {subs[k]} (want {want})")
near_per_report = collections.Counter(KEYS[qd["report"]] for qd in QUESTIONS if qd["sub"] == "near")
for stem in texts:
    if not 3 <= near_per_report[stem] <= 4:
        fail(f"{stem}: {near_per_report[stem]} near-topic questions (want 3-4)")
if len(QUESTIONS) != 147:
    fail(f"{len(QUESTIONS)} questions (want 147)")
if not 5 <= two_claim_sources <= 7:
    fail(f"{two_claim_sources} source questions expect two claims (want about 6)")
for stem, cs in claims.items():
    for i in range(len(cs)):
        if not covered[(stem, i)]:
            fail(f"uncovered claim {stem} #{i}: {cs[i][:60]!r}")

if errors:
    for e in errors:
        print("BUILD ERROR:", e)
    sys.exit(1)

(ROOT / "reports").mkdir(exist_ok=True)
for stem, text in texts.items():
    (ROOT / "reports" / f"{stem}.md").write_bytes(text.encode("utf-8"))
(ROOT / "questions.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("reports:", {s: len(c) for s, c in claims.items()}, "total claims:", sum(len(c) for c in claims.values()))
print("questions:", len(out), dict(kinds), "unanswerable:", dict(subs), "two-claim source:", two_claim_sources)
print("claim without evidence:", no_evidence)

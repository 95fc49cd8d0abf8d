"""Render ../reports/*.md and ../questions.json from reports_data.py and questions_data.py.

Run: cd /work/holdout48 && python3 gen/build.py
Every expect.claim is copied from the claim text in reports_data.py; nothing is retyped.
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import ALIAS, QUESTIONS  # noqa: E402

EXPECTED_KINDS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
                  "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
errors = []


def quote(text, curly):
    return f"\u201c{text}\u201d" if curly else f'"{text}"'


def render(r):
    st = r["style"]
    ref_titles = [t for t, _ in r["references"]]
    out = ["---", *r["front"], "---", "", "# Executive Summary", "", r["summary"], ""]
    if r.get("angles_heading"):
        out += [r["angles_heading"], ""] + [f"- **{a}**" for a in r["angles"]] + [""]
    out += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["groups"]:
        out += [heading, ""]
        for c in claims:
            out.append(f"- **Claim**: {c['text']}")
            for src, kind, text in c["ev"]:
                if src not in ref_titles:
                    errors.append(f"{r['stem']}: evidence source not in references: {src}")
                out.append(f"  - **Evidence**: {src}")
                if kind == "q":
                    out.append(f"    - Relevant quote: {quote(text, st['curly'])}")
                else:
                    out.append(f"    - Key finding: {text}")
        out.append("")
    if r.get("focus"):
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += [f"### {title}", ""] + [f"- **{k}**: {v}" for k, v in items] + [""]
    if r.get("conclusions"):
        out += ["## Conclusions", "", r["conclusions"], ""]
    out += ["## References", ""] + [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["references"], 1)]
    text = "\n".join(out) + "\n"
    if st["crlf"]:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if st["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


# ---- reports
claims = {}          # stem -> {key: text}
no_evidence = []
(ROOT / "reports").mkdir(exist_ok=True)
for old in (ROOT / "reports").glob("*.md"):
    old.unlink()
all_text = []
for r in REPORTS:
    keys = {}
    for _, cs in r["groups"]:
        for c in cs:
            if c["k"] in keys:
                errors.append(f"{r['stem']}: duplicate key {c['k']}")
            keys[c["k"]] = c["text"]
            if not c["ev"]:
                no_evidence.append((r["stem"], c["k"]))
    texts = list(keys.values())
    if not 13 <= len(texts) <= 16:
        errors.append(f"{r['stem']}: {len(texts)} claims")
    for t in texts:
        if sum(1 for u in texts if u.startswith(t[:40])) != 1:
            errors.append(f"{r['stem']}: first 40 chars not unique: {t[:40]!r}")
    claims[r["stem"]] = keys
    data = render(r)
    (ROOT / "reports" / f"{r['stem']}.md").write_bytes(data)
    all_text.append(data.decode("utf-8-sig").replace("\r\n", "\n"))
if len(no_evidence) != 1:
    errors.append(f"claims without evidence: {no_evidence} (want exactly 1)")
all_text = "\n".join(all_text)

# ---- questions
out, used = [], collections.Counter()
kinds = collections.Counter()
WORDS = re.compile(r"[a-z0-9']+")
for i, q in enumerate(QUESTIONS):
    kinds[q["kind"]] += 1
    expect = []
    for ref in q["refs"]:
        alias, key = ref.split(":", 1)
        stem = ALIAS[alias]
        if key not in claims[stem]:
            errors.append(f"#{i} unknown claim {ref}")
            continue
        text = claims[stem][key]
        expect.append({"report": stem, "claim": text})
        used[(stem, key)] += 1
        if (stem, key) in no_evidence and q["kind"] in ("evidence", "source"):
            errors.append(f"#{i} {q['kind']} question on the claim without evidence")
        # people's own words: no run of 6+ words copied from the claim
        if q["kind"] in ("paraphrase", "conversational", "multi", "cross"):
            cw, qw = WORDS.findall(text.lower()), WORDS.findall(q["q"].lower())
            grams = {tuple(cw[j:j + 6]) for j in range(len(cw) - 5)}
            if any(tuple(qw[j:j + 6]) in grams for j in range(len(qw) - 5)):
                errors.append(f"#{i} copies claim wording: {q['q']!r}")
    if q["kind"] == "unanswerable":
        if q["refs"]:
            errors.append(f"#{i} unanswerable with refs")
        if q["absence"]:
            m = re.search(q["absence"], all_text, re.I)
            if m:
                errors.append(f"#{i} absence regex matched report text {m.group(0)!r}: {q['q']!r}")
    elif q["absence"]:
        errors.append(f"#{i} absence on an answerable question")
    if q["kind"] == "source" and len(q["refs"]) not in (1, 2):
        errors.append(f"#{i} source question with {len(q['refs'])} claims")
    if q["kind"] == "cross" and len({e["report"] for e in expect}) != 2:
        errors.append(f"#{i} cross question not spanning two reports")
    if q["kind"] == "multi" and (len({e["report"] for e in expect}) != 1 or not 2 <= len(expect) <= 3):
        errors.append(f"#{i} multi question must use 2-3 claims of one report")
    out.append({"q": q["q"], "kind": q["kind"], "expect": expect})

if dict(kinds) != EXPECTED_KINDS:
    errors.append(f"kind counts {dict(kinds)} != {EXPECTED_KINDS}")
near = sum(1 for q in QUESTIONS if q["kind"] == "unanswerable" and q["absence"])
if near != 23:
    errors.append(f"near-topic unanswerable with absence regex: {near} (want 23)")
two = sum(1 for q in QUESTIONS if q["kind"] == "source" and len(q["refs"]) == 2)
if two != 3:
    errors.append(f"source questions with two claims: {two} (want 3)")
uncovered = [(s, k) for s, ks in claims.items() for k in ks if (s, k) not in used]
if uncovered:
    errors.append(f"claims never expected: {uncovered}")
if len(out) != 147:
    errors.append(f"{len(out)} questions (want 147)")

(ROOT / "questions.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("reports:", {s: len(k) for s, k in claims.items()}, "claims:", sum(len(k) for k in claims.values()))
print("questions:", len(out), dict(kinds))
print("near-topic unanswerable with absence regex:", near, "| claim without evidence:", no_evidence)
for e in errors:
    print("ERROR", e)
print("build:", "FAILED" if errors else "OK")
sys.exit(1 if errors else 0)

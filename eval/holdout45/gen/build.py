"""Render reports/*.md from reports_data.py, read the claims back the way tools/validate.py does,
write questions.json with claim text copied from the files, and check the set.
Run from anywhere: python3 gen/build.py"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
import questions_data as Q  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)  # same as tools/validate.py
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def render(r):
    st = r.get("style", {})
    qo, qc = st.get("quotes", ('"', '"'))
    ev_ind = st.get("ev_indent", "  ")
    q_ind = st.get("q_indent", "    ")
    blank = st.get("blank_between", False)
    compact = st.get("compact_claims", False)
    L = ["---", *r["front"], "---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        L += [p, ""]
    if r["angles"] is not None:
        L += ["## Research Angles", ""]
        L += [f"- **{a}**" for a in r["angles"]]
        L += [""]
    L += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["sections"]:
        L += [f"### {heading}", ""]
        for i, c in enumerate(claims):
            L.append(f"- **Claim**: {c['text']}")
            for src, kind, txt in c["ev"]:
                if blank:
                    L.append("")
                L.append(f"{ev_ind}- **Evidence**: {src}")
                if blank:
                    L.append("")
                if kind == "quote":
                    L.append(f"{q_ind}- Relevant quote: {qo}{txt}{qc}")
                else:
                    L.append(f"{q_ind}- Key finding: {txt}")
            if not compact or i == len(claims) - 1:
                L.append("")
    if r["focus"] is not None:
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""]
            L += [f"- **{k}**: {v}" for k, v in items]
            L += [""]
    L += ["## Conclusions", ""]
    for p in r["conclusions"]:
        L += [p, ""]
    L += ["## References", ""]
    L += [f"{n}. [{t}]({u})" for n, (t, u) in enumerate(r["references"], 1)]
    text = r["newline"].join(L) + r["newline"]
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if r["bom"] else data


# ---- render and read back
out = ROOT / "reports"
out.mkdir(exist_ok=True)
for old in out.glob("*.md"):
    old.unlink()
claim_text = {}      # id -> (report slug, text as read from the file)
report_text = {}     # slug -> file text
cites = collections.defaultdict(set)  # source title -> claim ids
no_evidence = []
for r in REPORTS:
    p = out / f"{r['slug']}.md"
    p.write_bytes(render(r))
    text = p.read_text(encoding="utf-8-sig")
    report_text[r["slug"]] = text
    read = [m.group(1).strip() for m in CLAIM_RE.finditer(text)]
    ids = [c["id"] for _, cs in r["sections"] for c in cs]
    check(len(read) == len(ids), f"{r['slug']}: {len(read)} claims read, {len(ids)} in data")
    check(13 <= len(read) <= 16, f"{r['slug']}: {len(read)} claims, want 13-16")
    for cid, txt, c in zip(ids, read, [c for _, cs in r["sections"] for c in cs]):
        check(txt == c["text"], f"{cid}: read-back text differs")
        check(cid not in claim_text, f"duplicate claim id {cid}")
        claim_text[cid] = (r["slug"], txt)
        if not c["ev"]:
            no_evidence.append(cid)
        for src, _, _ in c["ev"]:
            cites[src].add(cid)
    refs = {t for t, _ in r["references"]}
    for _, cs in r["sections"]:
        for c in cs:
            for src, _, _ in c["ev"]:
                check(src in refs, f"{c['id']}: source {src!r} not in References")

all_claims = [t for _, t in claim_text.values()]
for cid, (slug, t) in claim_text.items():
    check(len(t) >= 40, f"{cid}: shorter than 40 chars")
    for other in all_claims:
        check(other == t or not other.startswith(t), f"{cid} is a prefix of another claim")
check(len(no_evidence) == 1, f"claims without evidence: {no_evidence} (want exactly one)")

# ---- questions
questions, used = [], collections.Counter()


def add(q, kind, ids):
    exp = []
    for cid in ids:
        check(cid in claim_text, f"unknown claim id {cid} in {q!r}")
        if cid in claim_text:
            slug, txt = claim_text[cid]
            exp.append({"report": slug, "claim": txt})
            used[cid] += 1
    questions.append({"q": q, "kind": kind, "expect": exp})


for q, ids in Q.KEYWORD: add(q, "keyword", ids)
for q, ids in Q.PARAPHRASE: add(q, "paraphrase", ids)
for q, ids in Q.CONVERSATIONAL: add(q, "conversational", ids)
for q, ids in Q.EVIDENCE: add(q, "evidence", ids)
for q, ids, src in Q.SOURCE:
    add(q, "source", ids)
    check(cites.get(src) == set(ids), f"source {src!r} cited by {sorted(cites.get(src, []))}, expected {ids}")
check(sum(len(ids) == 2 for _, ids, _ in Q.SOURCE) == 3, "want exactly 3 source questions with two claims")
for q, ids in Q.TYPO: add(q, "typo", ids)
for q, ids in Q.MULTI:
    add(q, "multi", ids)
    check(len(ids) == 2 and len({claim_text[i][0] for i in ids}) == 1, f"multi {q!r} must be two claims of one report")
for q, ids in Q.CROSS:
    add(q, "cross", ids)
    check(len(ids) == 2 and len({claim_text[i][0] for i in ids}) == 2, f"cross {q!r} must be two claims of two reports")
for q in Q.UNANSWERABLE_GENERAL: add(q, "unanswerable", [])
for q, slug, fact, regexes in Q.UNANSWERABLE_NEAR:
    add(q, "unanswerable", [])
    check(slug in report_text, f"near-topic {q!r}: unknown report {slug}")
    for rx in regexes:
        for s, text in report_text.items():
            m = re.search(rx, text, re.I)
            check(m is None, f"near-topic {q!r}: /{rx}/ matches {s}: {m.group(0) if m else ''!r}")

want = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
        "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
got = collections.Counter(q["kind"] for q in questions)
check(dict(got) == want, f"kind counts {dict(got)} != {want}")
check(len(questions) == 147, f"{len(questions)} questions, want 147")
check(len(Q.UNANSWERABLE_GENERAL) == 12 and len(Q.UNANSWERABLE_NEAR) == 23, "want 12 general + 23 near-topic")
check(len({q["q"] for q in questions}) == len(questions), "duplicate question text")
unused = [c for c in claim_text if not used[c]]
check(not unused, f"claims never expected: {unused}")

(ROOT / "questions.json").write_text(json.dumps(questions, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("reports:", {r["slug"]: sum(len(cs) for _, cs in r["sections"]) for r in REPORTS},
      "claims:", len(claim_text))
print("questions:", len(questions), dict(got))
if "--table" in sys.argv:
    for q, slug, fact, regexes in Q.UNANSWERABLE_NEAR:
        print(f"| {q} | {slug} | {fact} | `{' ; '.join(regexes)}` |")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

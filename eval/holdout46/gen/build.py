"""Render reports/*.md from reports_data.py and write questions.json from questions_data.py.

Run from anywhere: python3 gen/build.py. Claim texts in questions.json are copied from the
rendered report files (parsed back with the validator's regex), never retyped. The script checks
its own counts and exits non-zero on any problem.
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from reports_data import REPORTS  # noqa: E402
import questions_data as QD  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)
EXPECTED_KINDS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10,
                  "source": 10, "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
problems = []


def check(cond, msg):
    if not cond:
        problems.append(msg)


def quote(text, curly):
    return f"\u201c{text}\u201d" if curly else f'"{text}"'


def render(rep):
    st = rep["style"]
    h_sum, h_sec, h_sub = st.get("levels", ("#", "##", "###"))
    ind1, ind2 = st.get("indent", ("  ", "    "))
    curly = st.get("curly", False)
    tws = " " if st.get("trailing_ws") else ""
    out = ["---", *rep["front"], "---", ""]
    out += [f"{h_sum} Executive Summary{tws}", "", rep["summary"], ""]
    if rep["angles"] and not st.get("no_angles"):
        out += [f"{h_sec} Research Angles", ""]
        for i, a in enumerate(rep["angles"], 1):
            marker = f"{i}." if st.get("angle_numbered") else st.get("angle_marker", "-")
            out.append(f"{marker} **{a}**")
        out.append("")
    out += [f"{h_sec} Claims and Supporting Evidence{tws}", ""]
    for sec in rep["sections"]:
        out += [f"{h_sub} {sec['heading']}{tws}", ""]
        for c in sec["claims"]:
            out.append(f"- **Claim**: {c['text']}")
            for e in c["evidence"]:
                out.append(f"{ind1}- **Evidence**: {e['source']}")
                if "quote" in e:
                    out.append(f"{ind2}- Relevant quote: {quote(e['quote'], curly)}")
                else:
                    out.append(f"{ind2}- Key finding: {e['finding']}")
            if not st.get("tight"):
                out.append("")
        if st.get("tight"):
            out.append("")
    if rep["focus"] and not st.get("no_focus"):
        out += [f"{h_sec} Focus Areas", ""]
        for fa in rep["focus"]:
            out += [f"{h_sub} {fa['title']}", ""]
            for k, v in fa["items"]:
                out.append(f"{st.get('focus_marker', '-')} **{k}**: {v}")
            out.append("")
    out += [f"{h_sec} Conclusions", "", rep["conclusions"], ""]
    out += [f"{h_sec} References", ""]
    for i, (title, url) in enumerate(rep["references"], 1):
        out.append(f"{i}. [{title}]({url})")
    nl = st.get("newline", "\n")
    text = nl.join(out)
    if st.get("final_newline", True):
        text += nl
    data = text.encode("utf-8")
    if st.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def main():
    rdir = ROOT / "reports"
    rdir.mkdir(exist_ok=True)
    for old in rdir.glob("*.md"):
        old.unlink()
    texts, claims = {}, {}
    ids = [r["id"] for r in REPORTS]
    check(len(ids) == 7 and len(set(ids)) == 7, f"need 7 distinct reports, got {ids}")
    check(len({r["field"] for r in REPORTS}) == 7, "fields must differ")
    no_evidence = []
    for rep in REPORTS:
        p = rdir / f"{rep['id']}.md"
        p.write_bytes(render(rep))
        text = p.read_bytes().decode("utf-8-sig")
        texts[rep["id"]] = text
        claims[rep["id"]] = [m.group(1).strip() for m in CLAIM_RE.finditer(text)]
        n = len(claims[rep["id"]])
        check(13 <= n <= 16, f"{rep['id']}: {n} claims, need 13-16")
        src_n = sum(len(s["claims"]) for s in rep["sections"])
        check(n == src_n, f"{rep['id']}: rendered {n} claims, data has {src_n}")
        # every evidence source must appear (loosely) among the references
        ref_titles = [t.lower() for t, _ in rep["references"]]
        for s in rep["sections"]:
            for c in s["claims"]:
                if not c["evidence"]:
                    no_evidence.append((rep["id"], c["text"]))
                for e in c["evidence"]:
                    src = e["source"].lower()
                    words = set(re.findall(r"[a-z0-9]{4,}", src))
                    best = max(len(words & set(re.findall(r"[a-z0-9]{4,}", t))) for t in ref_titles)
                    check(best >= max(1, len(words) // 2), f"{rep['id']}: evidence source not in references: {e['source']}")
                    for k in ("quote", "finding"):
                        if k in e:
                            check('"' not in e[k] or k == "finding", f"{rep['id']}: straight double quote inside a quote: {e[k][:50]}")
        # a claim line's first 40 chars must be unique within its report
        prefixes = [c[:40] for c in claims[rep["id"]]]
        check(len(prefixes) == len(set(prefixes)), f"{rep['id']}: duplicate 40-char claim prefixes")
    check(len(no_evidence) == 1, f"exactly one claim without evidence expected, got {no_evidence}")

    def resolve(alias, key):
        rid = QD.ALIASES[alias]
        hits = [c for c in claims[rid] if key in c]
        if len(hits) != 1:
            problems.append(f"key {alias}:{key!r} matches {len(hits)} claims")
            return None
        return {"report": rid, "claim": hits[0]}

    questions = []
    groups = [("keyword", QD.KEYWORD), ("paraphrase", QD.PARAPHRASE),
              ("conversational", QD.CONVERSATIONAL), ("evidence", QD.EVIDENCE),
              ("source", QD.SOURCE), ("typo", QD.TYPO), ("multi", QD.MULTI), ("cross", QD.CROSS)]
    for kind, items in groups:
        for q, refs in items:
            expect = [resolve(a, k) for a, k in refs]
            expect = [e for e in expect if e]
            reps = {e["report"] for e in expect}
            if kind == "multi":
                check(len(expect) >= 2 and len(reps) == 1, f"multi needs 2+ claims of one report: {q}")
            elif kind == "cross":
                check(len(expect) >= 2 and len(reps) == 2, f"cross needs claims of two reports: {q}")
            elif kind != "source":
                check(len(expect) == 1, f"{kind} should expect one claim: {q}")
            check(len({e["claim"] for e in expect}) == len(expect), f"duplicate expected claim: {q}")
            questions.append({"q": q, "kind": kind, "expect": expect})
    src2 = [q for q in questions if q["kind"] == "source" and len(q["expect"]) == 2]
    check(len(src2) == 3, f"need 3 source questions expecting two claims, got {len(src2)}")

    for q in QD.UNANSWERABLE_GENERAL:
        questions.append({"q": q, "kind": "unanswerable", "expect": []})
    check(len(QD.UNANSWERABLE_GENERAL) == 12, "need 12 general unanswerable")
    check(len(QD.UNANSWERABLE_NEAR) == 23, "need 23 near-topic unanswerable")
    near_per_report = collections.Counter()
    for q, regexes in QD.UNANSWERABLE_NEAR:
        check(bool(regexes), f"near-topic question without regexes: {q}")
        for rx in regexes:
            for rid, text in texts.items():
                m = re.search(rx, text, re.I)
                check(m is None, f"near-topic fact present: {q!r} /{rx}/ matched {m.group(0)!r} in {rid}" if m else "")
        questions.append({"q": q, "kind": "unanswerable", "expect": []})

    counts = collections.Counter(q["kind"] for q in questions)
    for k, n in EXPECTED_KINDS.items():
        check(counts[k] == n, f"{k}: {counts[k]} questions, need {n}")
    check(len(questions) == 147, f"{len(questions)} questions, need 147")
    qtexts = [q["q"] for q in questions]
    check(len(qtexts) == len(set(qtexts)), "duplicate question texts")
    used = {(e["report"], e["claim"]) for q in questions for e in q["expect"]}
    missing = [(r, c[:60]) for r, cs in claims.items() for c in cs if (r, c) not in used]
    check(not missing, f"claims never expected: {missing}")

    (ROOT / "questions.json").write_text(json.dumps(questions, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("reports:", {r: len(c) for r, c in claims.items()}, "total claims:", sum(map(len, claims.values())))
    print("questions:", len(questions), dict(counts))
    print("claim without evidence:", no_evidence)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("build OK")


if __name__ == "__main__":
    main()

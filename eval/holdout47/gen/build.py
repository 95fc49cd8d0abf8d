"""Render holdout47 reports, parse them back, and write questions.json.

    python3 gen/build.py        (from /work/holdout47 or anywhere)

Claim text in questions.json is always copied from the rendered files (never from reports_data), so
formatting such as curly quotes ends up in the expected claims exactly as a reader of the file sees it.
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import reports_data as RD  # noqa: E402
import questions_data as QD  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$")


def curlify(line):
    line = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", line)
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", line)


def render(r):
    st = r["style"]
    lv = st["levels"]
    h = lambda n, t: "#" * n + " " + t
    L = ["---"] + list(r["front"]) + ["---", ""]
    body = []
    body += [h(lv["summary"], "Executive Summary"), "", r["summary"], ""]
    if r["angles"]:
        body += [h(lv["section"], "Research Angles"), ""]
        body += [f"{st['angle_bullet']} **{a}**" for a in r["angles"]] + [""]
    body += [h(lv["section"], "Claims and Supporting Evidence"), ""]
    for heading, claims in r["perspectives"]:
        body += [h(lv["persp"], heading), ""]
        for key, text, evidence in claims:
            body.append(f"{st['claim_indent']}- **Claim**: {text}")
            for source, items in evidence:
                body.append(f"{st['ev_indent']}{st['ev_bullet']} **Evidence**: {source}")
                for kind, t in items:
                    if kind == "q":
                        body.append(f'{st["item_indent"]}{st["item_bullet"]} Relevant quote: "{t}"')
                    else:
                        body.append(f"{st['item_indent']}{st['item_bullet']} Key finding: {t}")
            if not st["packed"]:
                body.append("")
        if st["packed"]:
            body.append("")
    if r["focus"]:
        body += [h(lv["section"], "Focus Areas"), ""]
        for title, items in r["focus"]:
            body += [h(lv["focus"], title), ""]
            body += [f"{st['focus_bullet']} **{k}**: {v}" for k, v in items] + [""]
    if r["conclusions"]:
        body += [h(lv["section"], "Conclusions"), "", r["conclusions"], ""]
    body += [h(lv["section"], "References"), ""]
    body += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["references"], 1)]
    if st["curly"]:
        body = [curlify(x) for x in body]
    text = st["newline"].join(L + body)
    if st["final_newline"]:
        text += st["newline"]
    data = text.encode("utf-8")
    if st["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


def parse(path):
    """Claims of a rendered file: list of (text, evidence_count, line_no)."""
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    out = []
    for i, line in enumerate(lines):
        m = CLAIM_RE.match(line)
        if m:
            out.append([m.group(1).strip(), 0, i + 1])
        elif out and line.startswith("#"):
            out.append(None)  # section boundary marker
        elif out and out[-1] is not None and "**Evidence**:" in line:
            out[-1][1] += 1
    return [tuple(c) for c in out if c is not None]


def main():
    rep_dir = ROOT / "reports"
    rep_dir.mkdir(exist_ok=True)
    for old in rep_dir.glob("*.md"):
        old.unlink()
    texts, claim_text = {}, {}
    no_evidence = []
    for r in RD.REPORTS:
        p = rep_dir / f"{r['id']}.md"
        p.write_bytes(render(r))
        keys = [c[0] for _, cs in r["perspectives"] for c in cs]
        parsed = parse(p)
        assert len(parsed) == len(keys), (r["id"], len(parsed), len(keys))
        assert 13 <= len(keys) <= 16, (r["id"], len(keys))
        assert len(set(keys)) == len(keys)
        for k, (text, nev, line) in zip(keys, parsed):
            claim_text[k] = (r["id"], text)
            if nev == 0:
                no_evidence.append((r["id"], k, line))
        texts[r["id"]] = p.read_bytes().decode("utf-8-sig")
    assert len(no_evidence) == 1, no_evidence

    qs = []

    def add(kind, items):
        for q, keys in items:
            qs.append({"q": q, "kind": kind,
                       "expect": [{"report": claim_text[k][0], "claim": claim_text[k][1]} for k in keys]})

    add("keyword", QD.KEYWORD)
    add("paraphrase", QD.PARAPHRASE)
    add("conversational", QD.CONVERSATIONAL)
    add("evidence", QD.EVIDENCE)
    add("source", QD.SOURCE)
    add("typo", QD.TYPO)
    add("multi", QD.MULTI)
    add("cross", QD.CROSS)
    for q in QD.UNANSWERABLE_GENERAL:
        qs.append({"q": q, "kind": "unanswerable", "expect": []})
    problems = []
    for q, regexes in QD.UNANSWERABLE_NEAR:
        assert regexes, q
        for rx in regexes:
            for rid, t in texts.items():
                m = re.search(rx, t, re.I | re.S)
                if m:
                    problems.append(f"near-topic {q!r}: /{rx}/ matches {rid}: {m.group(0)[:80]!r}")
        qs.append({"q": q, "kind": "unanswerable", "expect": []})

    want = [("keyword", 12), ("paraphrase", 28), ("conversational", 23), ("evidence", 10), ("source", 10),
            ("typo", 10), ("multi", 9), ("cross", 10), ("unanswerable", 35)]
    got = collections.Counter(q["kind"] for q in qs)
    for k, n in want:
        if got[k] != n:
            problems.append(f"{k}: {got[k]} questions, want {n}")
    if len(qs) != 147:
        problems.append(f"{len(qs)} questions, want 147")
    if len({q['q'] for q in qs}) != len(qs):
        problems.append("duplicate questions")
    for q in qs:
        if q["kind"] == "source" and len(q["expect"]) not in (1, 2):
            problems.append(f"source question with {len(q['expect'])} claims: {q['q']}")
        if q["kind"] == "cross" and len({e["report"] for e in q["expect"]}) != 2:
            problems.append(f"cross question not spanning two reports: {q['q']}")
        if q["kind"] == "multi" and (len({e["report"] for e in q["expect"]}) != 1 or not 2 <= len(q["expect"]) <= 3):
            problems.append(f"multi question must expect 2-3 claims of one report: {q['q']}")
    if sum(1 for q in qs if q["kind"] == "source" and len(q["expect"]) == 2) != 3:
        problems.append("want exactly 3 source questions with two claims")
    used = {(e["report"], e["claim"]) for q in qs for e in q["expect"]}
    for k, v in claim_text.items():
        if v not in used:
            problems.append(f"claim never expected: {k}")
    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("reports:", {r["id"]: sum(len(c) for _, c in r["perspectives"]) for r in RD.REPORTS})
    print("claims:", len(claim_text), "claim without evidence:", no_evidence)
    print("questions:", len(qs), dict(got))
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Render gen/reports_data.py into reports/*.md and gen/questions_data.py into questions.json.
Usage (from /work/holdout40): python3 gen/build.py"""
import json, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
from questions_data import QUESTIONS, KEYS


def render(r):
    st = r["style"]
    b = "*" if st.get("star") else "-"
    curly = st.get("curly")
    q = ("\u201c", "\u201d") if curly else ('"', '"')
    gap = [] if st.get("compact") else [""]
    L = ["---", f"Research Date: {r['date']}"]
    if len(r["topic"]) == 1:
        L.append(f"Topic: {r['topic'][0]}")
    else:
        L.append("Topic:")
        L += ["    " + t for t in r["topic"]]
    if r["sources"] is not None:
        L.append(f"Sources Analyzed: {r['sources']}")
    for k, v in r["extra"]:
        L.append(f"{k}: {v}")
    L += ["---", ""]
    L += ["# Executive Summary"] + gap
    for i, p in enumerate(r["summary"]):
        L += [p, ""]
    L += ["## Research Angles"] + gap
    for name, _, _ in r["angles"]:
        L.append(f"{b} **{name}**")
    L += ["", "## Claims and Supporting Evidence"] + gap
    claim_lines = []  # rendered claim texts, in order
    for _, heading, claims in r["angles"]:
        L += [f"### {heading}"] + gap
        for text, evs in claims:
            L.append(f"- **Claim**: {text}")  # claim bullets stay "-" (see README)
            claim_lines.append(text)
            for src, kind, t in evs:
                L.append(f"  {b} **Evidence**: {src}")
                if kind == "q":
                    L.append(f"    {b} Relevant quote: {q[0]}{t}{q[1]}")
                else:
                    L.append(f"    {b} Key finding: {t}")
        L.append("")
    if r["focus"] and not st.get("no_focus"):
        L += ["## Focus Areas"] + gap
        for title, items in r["focus"]:
            L += [f"### {title}"] + gap
            for lab, t in items:
                L.append(f"{b} **{lab}**: {t}")
            L.append("")
    L += ["## Conclusions"] + gap
    for p in r["conclusions"]:
        L += [p, ""]
    L += ["## References"] + gap
    refs = []
    for _, _, claims in r["angles"]:
        for _, evs in claims:
            for src, _, _ in evs:
                if src not in refs:
                    refs.append(src)
    refs += [x for x in r["extra_refs"] if x not in refs]
    for i, t in enumerate(refs, 1):
        L.append(f"{i}. [{t}]({r['urls'].get(t, 'Unknown')})")
    L.append("")
    if st.get("trailing"):
        # trailing spaces on headings, claim and evidence lines, as some editors leave them
        L = [l + "  " if l.startswith(("#", "- **", "  - **")) else l for l in L]
    text = "\n".join(L)
    if st.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if st.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data, claim_lines


def main():
    out = ROOT / "reports"
    out.mkdir(exist_ok=True)
    rendered = {}
    for r in REPORTS:
        data, claims = render(r)
        (out / f"{r['id']}.md").write_bytes(data)
        rendered[r["id"]] = [c.strip() for c in claims]
    qs = []
    for kind, text, refs in QUESTIONS:
        exp = []
        for ref in refs:
            rid = KEYS[ref[0]]
            exp.append({"report": rid, "claim": rendered[rid][int(ref[1:]) - 1]})
        qs.append({"q": text, "kind": kind, "expect": exp})
    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in rendered.items()}, "questions:", len(qs))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Render holdout41 reports (reports/*.md) and questions.json from reports_data.py and questions_data.py.

Run from anywhere: python3 gen/build.py. Expected claim texts are copied from the rendered claim lines,
so the questions always match the reports."""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import QUESTIONS  # noqa: E402


def quote(text, curly):
    return f"\u201c{text}\u201d" if curly else f'"{text}"'


def angle_label(heading):
    return heading[0] + heading[1:].lower()


def render(rid, r):
    st = r["style"]
    star = "*" if st.get("star_bullets") else "-"
    ev_ind, q_ind = ("    ", "        ") if st.get("indent4") else ("  ", "    ")
    L = ["---"]
    front = list(r["front"])
    # Research Date first, then Topic, then the other keys
    L.append(f"{front[0][0]}: {front[0][1]}")
    if "topic_lines" in st:
        L.append("Topic: ")
        L += ["    " + t for t in st["topic_lines"]]
    else:
        L.append(f"Topic: {r['topic']}")
    for k, v in front[1:]:
        L.append(f"{k}: {v}")
    L += ["---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        L += [p, ""]
    L += ["## Research Angles", ""]
    for h, _ in r["angles"]:
        L.append(f"{star} **{angle_label(h)}**")
    L += ["", "## Claims and Supporting Evidence", ""]
    claim_text = {}
    for h, claims in r["angles"]:
        L += [f"### {h}", ""]
        for key, text, evs in claims:
            claim_text[key] = text
            L.append(f"- **Claim**: {text}")
            for sk, kind, t in evs:
                L.append(f"{ev_ind}- **Evidence**: {r['sources'][sk][0]}")
                if kind == "q":
                    L.append(f"{q_ind}- Relevant quote: {quote(t, st.get('curly'))}")
                else:
                    L.append(f"{q_ind}- Key finding: {t}")
            L.append("")
    if r["focus"] and not st.get("no_focus"):
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""]
            for k, v in items:
                L.append(f"{star} **{k}**: {v}")
            L.append("")
    L += ["## Conclusions", ""]
    for p in r["conclusions"]:
        L += [p, ""]
    L += ["## References", ""]
    for i, (title, url) in enumerate(r["sources"].values(), 1):
        L.append(f"{i}. [{title}]({url})")
    if st.get("compact"):
        out = []
        for line in L:
            if line == "" and out and out[-1].startswith("#"):
                continue
            out.append(line)
        L = out
    if st.get("trailing"):
        L = [l + "  " if l and not l.startswith("---") and i % 3 != 0 else l for i, l in enumerate(L)]
    nl = "\r\n" if st.get("crlf") else "\n"
    text = nl.join(L) + ("" if st.get("no_final_newline") else nl)
    data = text.encode("utf-8")
    if st.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data, claim_text


def main():
    out_dir = ROOT / "reports"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.md"):
        old.unlink()
    texts = {}
    for rid, r in REPORTS.items():
        data, ct = render(rid, r)
        (out_dir / f"{rid}.md").write_bytes(data)
        # re-read the rendered claim lines, so expectations are exactly what the file says
        rendered = [m.group(1).strip() for m in
                    re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", data.decode("utf-8-sig"), re.M)]
        assert len(rendered) == len(ct), rid
        texts[r["short"]] = (rid, dict(zip(ct.keys(), rendered)))
    qs = []
    for kind, q, refs in QUESTIONS:
        expect = []
        for ref in refs:
            short, key = ref.split(":")
            rid, ct = texts[short]
            expect.append({"report": rid, "claim": ct[key]})
        qs.append({"q": q, "kind": kind, "expect": expect})
    (ROOT / "questions.json").write_text(json.dumps(qs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("reports:", {rid: len(ct) for rid, ct in texts.values()})
    print("questions:", len(qs))


if __name__ == "__main__":
    main()

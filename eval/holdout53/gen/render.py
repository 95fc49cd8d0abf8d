"""Render one report dict from reports_data.py to the markdown text of a research report (DESIGN.md §1).

Format switches in report["fmt"]: crlf, bom, curly (curly quotes and apostrophes in all prose),
no_angles, no_focus, no_conclusions. Headings, evidence labels, topic wrapping, missing
"Sources Analyzed" and extra front-matter keys come from the data itself.
"""
import re


def curl(s):
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return s.replace("'", "\u2019")


def render(rep):
    fmt = rep.get("fmt", {})
    t = curl if fmt.get("curly") else (lambda s: s)
    out = ["---", f"Research Date: {rep['date']}"]
    if len(rep["topic"]) == 1:
        out.append(f"Topic: {rep['topic'][0]}")
    else:
        out.append("Topic: ")
        out += [f"    {line} " if i < len(rep["topic"]) - 1 else f"    {line}" for i, line in enumerate(rep["topic"])]
    if rep.get("sources") is not None:
        out.append(f"Sources Analyzed: {rep['sources']}")
    for k, v in rep.get("extra", {}).items():
        out.append(f"{k}: {v}")
    out += ["---", "", "# Executive Summary", "", t(rep["summary"]), ""]
    if rep.get("angles") and not fmt.get("no_angles"):
        out += ["## Research Angles", ""] + [f"- **{t(a)}**" for a in rep["angles"]] + [""]
    out += ["## Claims and Supporting Evidence", ""]
    for heading, claims in rep["groups"]:
        out += [f"### {t(heading)}", ""]
        for text, evidence in claims:
            out.append(f"- **Claim**: {t(text)}")
            for source, kind, body in evidence:
                out.append(f"  - **Evidence**: {t(source)}")
                if kind == "q":
                    out.append(f"    - Relevant quote: {t(chr(34) + body + chr(34))}")
                else:
                    out.append(f"    - Key finding: {t(body)}")
            out.append("")
    if rep.get("focus") and not fmt.get("no_focus"):
        out += ["## Focus Areas", ""]
        for title, items in rep["focus"]:
            out += [f"### {t(title)}", ""] + [f"- **{k}**: {t(v)}" for k, v in items] + [""]
    if rep.get("conclusions") and not fmt.get("no_conclusions"):
        out += ["## Conclusions", "", t(rep["conclusions"]), ""]
    out += ["## References", ""]
    out += [f"{i}. [{t(title)}]({url})" for i, (title, url) in enumerate(rep["refs"], 1)]
    text = ("\r\n" if fmt.get("crlf") else "\n").join(out) + ("\r\n" if fmt.get("crlf") else "\n")
    return ("\ufeff" if fmt.get("bom") else "") + text

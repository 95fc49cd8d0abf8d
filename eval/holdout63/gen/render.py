"""Render one report dict (see reports_data.py) to the text of a DESIGN.md section-1 report,
applying that report's format variations (fmt: crlf, bom, curly, trailing)."""
import re


def curly(line):
    """Straight quotes -> typographic: "x" -> “x”, apostrophes -> ’. URLs in (...) are left alone."""
    m = re.match(r"^(\d+\. \[.*\])(\(.*\))$", line)
    if m:
        return curly(m.group(1)) + m.group(2)
    line = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", line)
    return line.replace("'", "\u2019")


def render(r):
    fmt = r["fmt"]
    trail = fmt.get("trailing", False)
    T = (lambda s: s + "  ") if trail else (lambda s: s)
    out = ["---", "Research Date: " + r["date"]]
    if len(r["topic"]) == 1:
        out.append("Topic: " + r["topic"][0])
    else:
        out.append("Topic: ")
        out += ["    " + t for t in r["topic"]]
    out += [f"{k}: {v}" for k, v in r["front_extra"]]
    out += ["---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        out += [T(p), ""]
    if r.get("angles"):
        out += ["## Research Angles", ""]
        out += [f"- **{a}**" for a in r["angles"]]
        out.append("")
    out += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["sections"]:
        out += [T("### " + heading), ""]
        for text, evidence in claims:
            out.append("- **Claim**: " + text)
            for src, kind, body in evidence:
                out.append("  - **Evidence**: " + src)
                if kind == "Q":
                    out.append(f'    - Relevant quote: "{body}"')
                else:
                    out.append("    - Key finding: " + body)
            out.append("")
    if r.get("focus"):
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += ["### " + title, ""]
            out += [f"- **{k}**: {v}" for k, v in items]
            out.append("")
    if r.get("conclusions"):
        out += ["## Conclusions", ""]
        for p in r["conclusions"]:
            out += [T(p), ""]
    out += ["## References", ""]
    out += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]
    if fmt.get("curly"):
        out = [curly(l) if not l.startswith(("Research Date:", "Sources Analyzed:")) else l for l in out]
    nl = "\r\n" if fmt.get("crlf") else "\n"
    text = nl.join(out) + nl
    if fmt.get("bom"):
        text = "\ufeff" + text
    return text

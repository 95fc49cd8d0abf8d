"""Render one report dict (see reports_data.py) to the text of a DESIGN.md section-1 report file."""


def curlify(s):
    """Straight quotes/apostrophes -> typographic ones (used for reports with fmt curly=True)."""
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def render(rep):
    fmt = rep["fmt"]
    t = curlify if fmt.get("curly") else (lambda s: s)
    trail = fmt.get("trailing", False)
    L = []

    def add(line, kind=""):
        # trailing-space variation: headings, topic lines and every other claim line
        if trail and kind in ("heading", "topic") :
            line += "  "
        elif trail and kind == "claim" and add.claims % 2 == 0:
            line += " "
        if kind == "claim":
            add.claims += 1
        L.append(line)
    add.claims = 0

    L.append("---")
    for key, val in rep["front"]:
        if key == "Topic":
            if len(val) == 1:
                add("Topic: " + t(val[0]), "topic")
            else:
                add("Topic: ", "topic")
                for v in val:
                    add("    " + t(v), "topic")
        else:
            L.append(f"{key}: {val}")
    L.append("---")
    L.append("")
    add("# Executive Summary", "heading")
    L.append("")
    for para in rep["summary"]:
        L.append(t(para))
        L.append("")
    if rep.get("angles"):
        add("## Research Angles", "heading")
        L.append("")
        for a in rep["angles"]:
            L.append(f"- **{t(a)}**")
        L.append("")
    add("## Claims and Supporting Evidence", "heading")
    L.append("")
    for heading, claims in rep["sections"]:
        add(f"### {t(heading)}", "heading")
        L.append("")
        for key, text, evidence in claims:
            add(f"- **Claim**: {t(text)}", "claim")
            for kind, src, body in evidence:
                L.append(f"  - **Evidence**: {t(src)}")
                if kind == "q":
                    L.append(f"    - Relevant quote: {t(chr(34) + body + chr(34))}")
                else:
                    L.append(f"    - Key finding: {t(body)}")
            L.append("")
    if rep.get("focus"):
        add("## Focus Areas", "heading")
        L.append("")
        for title, items in rep["focus"]:
            add(f"### {t(title)}", "heading")
            L.append("")
            for label, text in items:
                L.append(f"- **{label}**: {t(text)}")
            L.append("")
    if rep.get("conclusions"):
        add("## Conclusions", "heading")
        L.append("")
        for para in rep["conclusions"]:
            L.append(t(para))
            L.append("")
    add("## References", "heading")
    L.append("")
    for i, (title, url) in enumerate(rep["refs"], 1):
        L.append(f"{i}. [{t(title)}]({url})")
    nl = "\r\n" if fmt.get("crlf") else "\n"
    text = nl.join(L) + nl
    if fmt.get("bom"):
        text = "\ufeff" + text
    return text

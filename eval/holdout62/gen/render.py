"""Render one report dict (reports_data.py) to the text of a DESIGN.md section-1 report."""


def curl(text):
    """Straight quotes -> curly: ' -> right single quote, "..." -> left/right double quotes."""
    out, open_dq = [], True
    for ch in text:
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201c" if open_dq else "\u201d")
            open_dq = not open_dq
        else:
            out.append(ch)
    return "".join(out)


def claims_of(rep):
    """Flat list of (heading, claim_text, evidence) in file order (straight quotes)."""
    return [(h, c, ev) for h, cs in rep["sections"] for c, ev in cs]


def render(rep, fmt):
    t = curl if fmt["curly"] else (lambda s: s)
    tr = "  " if fmt["trailing"] else ""
    L = []
    L.append("---")
    L.append(f"Research Date: {rep['date']}")
    lines = rep["topic_lines"]
    if len(lines) == 1 and rep["stem"] != "everest-first-ascent-1953":
        L.append(f"Topic: {t(lines[0])}")
    else:
        L.append("Topic: ")
        L.extend(f"    {t(x)}" + (" " if i < len(lines) - 1 else "") for i, x in enumerate(lines))
    if rep["sources_analyzed"] is not None:
        L.append(f"Sources Analyzed: {rep['sources_analyzed']}")
    for k, v in rep["extra_keys"]:
        L.append(f"{k}: {v}")
    L.append("---")
    L.append("")
    L.append("# Executive Summary")
    L.append("")
    L.append(t(rep["summary"]) + tr)
    L.append("")
    if rep["angles"]:
        L.append("## Research Angles")
        L.append("")
        L.extend(f"- **{t(a)}**" for a in rep["angles"])
        L.append("")
    L.append("## Claims and Supporting Evidence" + tr)
    L.append("")
    refs = rep["refs"]
    n_ev = 0
    for heading, claims in rep["sections"]:
        L.append(f"### {t(heading)}" + tr)
        L.append("")
        for text, evs in claims:
            L.append(f"- **Claim**: {t(text)}" + tr)
            for key, kind, body in evs:
                title = refs[key][0]
                n_ev += 1
                if rep.get("lower_evidence") and n_ev % 2 == 0:
                    title = title.lower()
                L.append(f"  - **Evidence**: {t(title)}" + tr)
                if kind == "q":
                    q = f'"{body}"'
                    L.append(f"    - Relevant quote: {t(q)}")
                else:
                    L.append(f"    - Key finding: {t(body)}" + tr)
            L.append("")
    if rep["focus"]:
        L.append("## Focus Areas")
        L.append("")
        for title, items in rep["focus"]:
            L.append(f"### {t(title)}")
            L.append("")
            L.extend(f"- **{k}**: {t(v)}" for k, v in items)
            L.append("")
    if rep["conclusions"]:
        L.append("## Conclusions")
        L.append("")
        L.append(t(rep["conclusions"]) + tr)
        L.append("")
    L.append("## References")
    L.append("")
    for i, (title, url) in enumerate(refs.values(), 1):
        if rep.get("lower_refs"):
            title = title.lower()
        L.append(f"{i}. [{t(title)}]({url if url else 'Unknown'})")
    text = ("\r\n" if fmt["crlf"] else "\n").join(L) + ("\r\n" if fmt["crlf"] else "\n")
    data = text.encode("utf-8")
    if fmt["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data

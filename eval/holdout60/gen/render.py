"""Render one report dict (see reports_data.py) to the text of a reports/*.md file."""
import re


def smart(text):
    """Straight quotes -> curly quotes and apostrophes."""
    out, dq_open = [], False
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == '"':
            out.append("\u201d" if dq_open else "\u201c")
            dq_open = not dq_open
        elif ch == "'":
            if prev.isalnum():
                out.append("\u2019")
            elif nxt.isalnum() and prev in " (\u201c":
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def render(rep):
    fmt = rep["fmt"]
    t = smart if fmt.get("curly") else (lambda s: s)
    tr = "  " if fmt.get("trailing") else ""
    L = ["---"]
    for key, val in rep["front"]:
        if key == "Topic" and isinstance(val, list):
            L.append("Topic: ")
            L += ["    " + t(line) + (" " if i < len(val) - 1 else "") for i, line in enumerate(val)]
        else:
            L.append(f"{key}: {t(val)}")
    L += ["---", "", "# Executive Summary" + tr, ""]
    for para in rep["summary"]:
        L += [t(para), ""]
    if rep.get("angles"):
        L += ["## Research Angles", ""]
        L += [f"- **{t(a)}**" + tr for a in rep["angles"]]
        L.append("")
    L += ["## Claims and Supporting Evidence" + tr, ""]
    claims = []
    for heading, items in rep["sections"]:
        L += [f"### {t(heading)}" + tr, ""]
        for cid, text, evs in items:
            ct = t(text)
            claims.append((cid, ct, heading, evs))
            L.append(f"- **Claim**: {ct}" + tr)
            for src, kind, body in evs:
                L.append(f"  - **Evidence**: {t(src)}" + tr)
                if kind == "q":
                    L.append(f"    - Relevant quote: {t(chr(34) + body + chr(34))}" + tr)
                else:
                    L.append(f"    - Key finding: {t(body)}" + tr)
            L.append("")
    if rep.get("focus"):
        L += ["## Focus Areas", ""]
        for title, rows in rep["focus"]:
            L += [f"### {t(title)}", ""]
            L += [f"- **{k}**: {t(v)}" + tr for k, v in rows]
            L.append("")
    if rep.get("conclusions"):
        L += ["## Conclusions", ""]
        for para in rep["conclusions"]:
            L += [t(para), ""]
    L += ["## References", ""]
    for i, (title, url) in enumerate(rep["refs"], 1):
        L.append(f"{i}. [{t(title)}]({url})")
    nl = "\r\n" if fmt.get("crlf") else "\n"
    text = nl.join(L) + nl
    if fmt.get("bom"):
        text = "\ufeff" + text
    return text, claims, [t(r[0]) for r in rep["refs"]]

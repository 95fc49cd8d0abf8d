"""Render a report dict from reports_data.py into report text (str, LF) and bytes (with BOM/CRLF)."""
import re

def curl(text):
    """Straight quotes -> curly quotes and apostrophes."""
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")

def claim_text(report, text):
    return curl(text) if report.get("curly") is True else text

def render_text(r):
    full = r.get("curly") is True
    qonly = r.get("curly") == "quotes"
    c = curl if full else (lambda s: s)
    tr = " " if r.get("trailing") else ""
    out = ["---"]
    for line in r["front"]:
        out.append(line + (tr if line.startswith("Topic") else ""))
    out.append("---")
    out.append("")
    out.append("# Executive Summary")
    out.append("")
    for p in r["summary"]:
        out += [c(p), ""]
    if r.get("angles"):
        out += ["## Research Angles", ""]
        out += ["- **%s**" % a for a in r["angles"]]
        out.append("")
    out += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["sections"]:
        out += ["### " + heading + tr, ""]
        for key, text, evs in claims:
            out.append("- **Claim**: " + c(text))
            for src, kind, etext in evs:
                out.append("  - **Evidence**: " + src + (tr * 2))
                if kind == "Q":
                    if full or qonly:
                        out.append("    - Relevant quote: \u201c" + curl(etext) + "\u201d")
                    else:
                        out.append('    - Relevant quote: "' + etext + '"')
                else:
                    out.append("    - Key finding: " + c(etext))
            out.append("")
    if r.get("focus"):
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += ["### " + title, ""]
            out += ["- **%s**: %s" % (k, c(v)) for k, v in items]
            out.append("")
    if r.get("conclusions"):
        out += ["## Conclusions", ""]
        for p in r["conclusions"]:
            out += [c(p), ""]
    out += ["## References", ""]
    for i, (title, url) in enumerate(r["references"], 1):
        out.append("%d. [%s](%s)" % (i, title, url))
    return "\n".join(out) + "\n"

def render_bytes(r):
    text = render_text(r)
    if r.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if r.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data

"""Render one report dict (see reports_data.py) to the DESIGN.md section 1 markdown format.

Variations applied from report["fmt"]: newline (LF/CRLF), bom, curly quotes/apostrophes, trailing
spaces on some lines, `Unknown` reference URLs, evidence titles in a different case from References.
Optional sections are left out when their value is None.
"""
import re


def curlify(text):
    """Straight quotes -> typographic ones (apostrophes, single and double quotes)."""
    text = re.sub(r"(?<=\w)'", "\u2019", text)          # don't, Queensland's
    text = text.replace("'", "\u2018")                      # opening single quote
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def evidence_title(title, mode, i):
    if mode == "lower":
        return title.lower()
    if mode == "mixed":
        return title.lower() if i % 2 == 0 else title.upper()
    return title


def render(r):
    fmt = r["fmt"]
    curly = fmt.get("curly", False)
    trailing = fmt.get("trailing", False)
    ev_mode = fmt.get("evidence_case")
    t = curlify if curly else (lambda s: s)
    tr = "  " if trailing else ""
    L = []
    L.append("---")
    L.append(f"Research Date: {r['date']}")
    L.append("Topic: " if r["stem"] != "theranos-collapse" else "Topic:")
    last = len(r["topic_lines"]) - 1
    for i, line in enumerate(r["topic_lines"]):
        L.append("    " + t(line) + (" " if i < last else ""))
    if r["sources_analyzed"] is not None:
        L.append(f"Sources Analyzed: {r['sources_analyzed']}")
    for k, v in r["extra_keys"].items():
        L.append(f"{k}: {v}")
    L.append("---")
    L.append("")
    L.append("# Executive Summary" + tr)
    L.append("")
    for p in r["summary"]:
        L.append(t(p))
        L.append("")
    if r["angles"] is not None:
        L.append("## Research Angles")
        L.append("")
        for a in r["angles"]:
            L.append(f"- **{a}**")
        L.append("")
    L.append("## Claims and Supporting Evidence" + tr)
    L.append("")
    current = None
    ev_i = 0
    for n, (heading, claim, evidence) in enumerate(r["claims"]):
        if heading != current:
            if current is not None:
                L.append("")
            L.append(f"### {heading}" + tr)
            L.append("")
            current = heading
        L.append(f"- **Claim**: {t(claim)}" + (tr if n % 3 == 0 else ""))
        for kind, src, text in evidence:
            L.append(f"  - **Evidence**: {evidence_title(t(src), ev_mode, ev_i)}")
            ev_i += 1
            if kind == "quote":
                q = t('"' + text + '"') if curly else '"' + text + '"'
                L.append(f"    - Relevant quote: {q}")
            else:
                L.append(f"    - Key finding: {t(text)}")
    L.append("")
    if r["focus"] is not None:
        L.append("## Focus Areas")
        L.append("")
        for title, items in r["focus"]:
            L.append(f"### {t(title)}")
            L.append("")
            for label, text in items:
                L.append(f"- **{label}**: {t(text)}")
            L.append("")
    if r["conclusions"] is not None:
        L.append("## Conclusions")
        L.append("")
        for p in r["conclusions"]:
            L.append(t(p))
            L.append("")
    L.append("## References")
    L.append("")
    for i, (title, url) in enumerate(r["references"], 1):
        shown = "Unknown" if (fmt.get("refs_unknown") or url is None) else url
        L.append(f"{i}. [{t(title)}]({shown})")
    text = fmt["newline"].join(L) + fmt["newline"]
    return ("\ufeff" if fmt.get("bom") else "") + text


def rendered_claims(r):
    """Claim texts exactly as they appear in the rendered file."""
    t = curlify if r["fmt"].get("curly") else (lambda s: s)
    return [t(c) for _, c, _ in r["claims"]]


def rendered_sources(r):
    t = curlify if r["fmt"].get("curly") else (lambda s: s)
    return [[t(src) for _, src, _ in ev] for _, _, ev in r["claims"]]


def rendered_refs(r):
    t = curlify if r["fmt"].get("curly") else (lambda s: s)
    return [t(title) for title, _ in r["references"]]

"""Render one report dict (see reports_data.py) to the DESIGN.md section 1 markdown format, with its
format variations: CRLF, BOM, curly quotes, wrapped / cut topic, extra keys, missing sections."""
import textwrap


def _topic_lines(r):
    topic = r["topic"]
    if r.get("topic_cut"):
        topic = topic[: r["topic_cut"]]          # cut off mid-word, like the research tools do
        assert topic[-1].isalpha() and r["topic"][r["topic_cut"]].isalpha(), "cut must fall mid-word"
    if len(topic) <= 100 and not r.get("topic_cut"):
        return ["Topic: " + topic]
    lines = textwrap.wrap(topic, 72)
    return ["Topic: "] + ["    " + l + (" " if i < len(lines) - 1 else "") for i, l in enumerate(lines)]


def render(r):
    oq, cq = ("\u201c", "\u201d") if r.get("curly") else ('"', '"')
    out = ["---", "Research Date: " + r["date"]]
    out += _topic_lines(r)
    if r.get("sources") is not None:
        out.append("Sources Analyzed: %d" % r["sources"])
    for k, v in r.get("extra", {}).items():
        out.append("%s: %s" % (k, v))
    out += ["---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        out += [p, ""]
    if r.get("angles"):
        out += ["## Research Angles", ""]
        out += ["- **%s**" % a for a in r["angles"]]
        out.append("")
    out += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["sections"]:
        out += ["### " + heading, ""]
        for c in claims:
            out.append("- **Claim**: " + c["text"])
            for src, kind, text in c["ev"]:
                out.append("  - **Evidence**: " + src)
                if kind == "q":
                    out.append("    - Relevant quote: %s%s%s" % (oq, text, cq))
                else:
                    out.append("    - Key finding: " + text)
            out.append("")
    if r.get("focus"):
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += ["### " + title, ""]
            out += ["- **%s**: %s" % (k, v) for k, v in items]
            out.append("")
    if r.get("conclusions"):
        out += ["## Conclusions", ""]
        for p in r["conclusions"]:
            out += [p, ""]
    out += ["## References", ""]
    out += ["%d. [%s](%s)" % (i, t, u) for i, (t, u) in enumerate(r["references"], 1)]
    text = ("\r\n" if r.get("crlf") else "\n").join(out) + ("\r\n" if r.get("crlf") else "\n")
    data = text.encode("utf-8")
    if r.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data

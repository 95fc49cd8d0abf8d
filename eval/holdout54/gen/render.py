"""Render one report dict from reports_data.py into the markdown text of DESIGN.md section 1."""


def curlify(text):
    """Straight quotes to typographic ones: apostrophes to ’, double quotes to “ ”."""
    out, opening = [], True
    for i, ch in enumerate(text):
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def render(r):
    L = ["---", f"Research Date: {r['date']}", "Topic: "]
    L += ["    " + line for line in r["topic_lines"]]
    if r.get("sources_analyzed") is not None:
        L.append(f"Sources Analyzed: {r['sources_analyzed']}")
    for k, v in r.get("extra_keys", []):
        L.append(f"{k}: {v}")
    L += ["---", "", "# Executive Summary", ""]
    for para in r["summary"]:
        L += [para, ""]
    if "angles" not in r["omit"]:
        L += ["## Research Angles", ""]
        L += [f"- **{a}**" for a in r["angles"]]
        L.append("")
    L += ["## Claims and Supporting Evidence", ""]
    for heading, claims in r["perspectives"]:
        L += [f"### {heading}", ""]
        for _key, text, evidence in claims:
            L.append(f"- **Claim**: {text}")
            for source, kind, ev in evidence:
                L.append(f"  - **Evidence**: {source}")
                if kind == "quote":
                    L.append(f'    - Relevant quote: "{ev}"')
                else:
                    L.append(f"    - Key finding: {ev}")
        L.append("")
    if "focus" not in r["omit"] and r["focus"]:
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""]
            L += [f"- **{k}**: {v}" for k, v in items]
            L.append("")
    if "conclusions" not in r["omit"]:
        L += ["## Conclusions", ""]
        for para in r["conclusions"]:
            L += [para, ""]
    L += ["## References", ""]
    L += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["references"], 1)]
    text = "\n".join(L) + "\n"
    if r.get("curly"):
        text = "\n".join(line if line.startswith(("---", "Research Date", "Topic", "    ")) and not line.startswith("    - ") else curlify(line)
                         for line in text.split("\n"))
    if r["newline"] != "\n":
        text = text.replace("\n", r["newline"])
    if r.get("bom"):
        text = "\ufeff" + text
    return text

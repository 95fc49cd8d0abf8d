"""Render one report dict (see reports_data.py) to the exact text of a DESIGN.md section-1 report."""

QUOTES = {"straight": ('"', '"'), "curly": ("\u201c", "\u201d")}


def render(r):
    st = r["style"]
    out = ["---"] + r["front"] + ["---", ""]
    bl = st.get("blank_lines", True)  # blank line after headings / between blocks

    def head(text):
        out.append(text)
        if bl:
            out.append("")

    for sec in r["sections"]:
        if sec == "summary":
            head("# Executive Summary")
            for p in r["summary"]:
                out.append(p)
                out.append("")
        elif sec == "angles":
            head("## Research Angles")
            m = st.get("angle_marker", "-")
            for a in r["angles"]:
                out.append(f"{m} **{a}**")
            out.append("")
        elif sec == "claims":
            head("## Claims and Supporting Evidence")
            for g in r["groups"]:
                head(g["heading"])
                for p in g.get("prose", []):
                    out.append(p)
                    out.append("")
                for c in g["claims"]:
                    out.append(f"- **Claim**: {c['text']}")
                    for e in c.get("ev", []):
                        out.append(f"  - **Evidence**: {e['src']}")
                        if "quote" in e:
                            o, cl = QUOTES[e.get("q", st.get("quotes", "straight"))]
                            label = e.get("label", "Relevant quote")
                            out.append(f"    - {label}: {o}{e['quote']}{cl}")
                        else:
                            out.append(f"    - Key finding: {e['finding']}")
                    if st.get("blank_between_claims"):
                        out.append("")
                if not st.get("blank_between_claims"):
                    out.append("")
        elif sec == "focus":
            head("## Focus Areas")
            fm = st.get("focus_marker", "-")
            for f in r["focus"]:
                head(f"### {f['title']}")
                for k, v in f["items"]:
                    out.append(f"{fm} **{k}**: {v}")
                out.append("")
        elif sec == "conclusions":
            head("## Conclusions")
            for p in r["conclusions"]:
                out.append(p)
                out.append("")
        elif sec == "references":
            head("## References")
            for i, (title, url) in enumerate(r["references"], 1):
                out.append(f"{i}. [{title}]({url or 'Unknown'})")
        else:
            raise ValueError(sec)
    while out and out[-1] == "":
        out.pop()
    ws = st.get("trailing_ws", {})
    for i, line in enumerate(out):
        for needle, pad in ws.items():
            if line.startswith(needle):
                out[i] = line + pad
    nl = st.get("newline", "\n")
    text = nl.join(out) + (nl if st.get("final_newline", True) else "")
    return ("\ufeff" if st.get("bom") else "") + text

"""Render report data to markdown, applying the per-report format variations."""
import re


def _curl(text):
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")


def render(slug, r, variant):
    curly = variant.get("curly")
    ts = " " if variant.get("trailing_space") else ""
    fix = _curl if curly else (lambda t: t)
    out = ["---", f"Research Date: {r['date']}"]
    if "\n" in r["topic"]:
        out.append("Topic: ")
        for line in r["topic"].split("\n"):
            out.append("    " + line.strip() + ts)
    else:
        out.append(f"Topic: {r['topic']}")
    if r.get("sources") is not None:
        out.append(f"Sources Analyzed: {r['sources']}")
    for k, v in r.get("extra_keys", []):
        out.append(f"{k}: {v}")
    out += ["---", "", "# Executive Summary", ""]
    for para in r["summary"]:
        out += [fix(para) + ts, ""]
    if r.get("angles"):
        out += ["## Research Angles", ""]
        out += [f"- **{a}**" for a in r["angles"]]
        out.append("")
    out += ["## Claims and Supporting Evidence", ""]
    refs = r["refs"]
    for heading, claims in r["claims"]:
        out += [f"### {heading}" + ts, ""]
        for cid, text, evs in claims:
            out.append(f"- **Claim**: {fix(text)}")
            for ev in evs:
                key, kind, etext = ev[0], ev[1], ev[2]
                title = ev[3] if len(ev) > 3 else refs[key][0]
                out.append(f"  - **Evidence**: {fix(title)}")
                if kind == "q":
                    q = f"\u201c{etext}\u201d" if curly else f'"{etext}"'
                    out.append(f"    - Relevant quote: {fix(q) if curly else q}")
                else:
                    out.append(f"    - Key finding: {fix(etext)}")
            out.append("")
    if r.get("focus"):
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += [f"### {fix(title)}", ""]
            out += [f"- **{k}**: {fix(v)}" for k, v in items]
            out.append("")
    if r.get("conclusions"):
        out += ["## Conclusions", ""]
        for para in r["conclusions"]:
            out += [fix(para) + ts, ""]
    out += ["## References", ""]
    for i, (key, (title, url)) in enumerate(refs.items(), 1):
        out.append(f"{i}. [{fix(title)}]({url})")
    text = "\n".join(out) + "\n"
    if variant.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if variant.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data

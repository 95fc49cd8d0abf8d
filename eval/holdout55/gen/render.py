"""Render one report dict (see reports_data.py) to the markdown text of a research report."""
import re


def _curly(text):
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)


def render(r):
    fmt = r.get("fmt", {})
    omit = set(fmt.get("omit", []))
    front = ["---", f"Research Date: {r['date']}"]
    if len(r["topic"]) == 1:
        front.append(f"Topic: {r['topic'][0]}")
    else:
        front.append("Topic: ")
        front += ["    " + line for line in r["topic"]]
    if r.get("sources") is not None:
        front.append(f"Sources Analyzed: {r['sources']}")
    for k, v in r.get("extra_front", []):
        front.append(f"{k}: {v}")
    front.append("---")

    body = ["", "# Executive Summary", "", r["summary"], ""]
    if "angles" not in omit:
        body += ["## Research Angles", ""]
        body += [f"- **{name[0].upper() + name[1:].lower() if 'Perspective' in name else name}**" for name, _ in r["angles"]]
        body.append("")
    body += ["## Claims and Supporting Evidence", ""]
    for name, claims in r["angles"]:
        body += [f"### {name}", ""]
        for claim in claims:
            cid, text = claim[0], claim[1]
            evidence = claim[2] if len(claim) > 2 else []
            body.append(f"- **Claim**: {text}")
            for kind, source, content in evidence:
                body.append(f"  - **Evidence**: {source}")
                if kind == "q":
                    body.append(f'    - Relevant quote: "{content}"')
                else:
                    body.append(f"    - Key finding: {content}")
            body.append("")
    if "focus" not in omit and r.get("focus"):
        body += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            body += [f"### {title}", ""]
            body += [f"- **{k}**: {v}" for k, v in items.items()]
            body.append("")
    if "conclusions" not in omit and r.get("conclusions"):
        body += ["## Conclusions", "", r["conclusions"], ""]
    body += ["## References", ""]
    body += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]

    text = "\n".join(body) + "\n"
    if fmt.get("curly"):
        text = _curly(text)
    text = "\n".join(front) + "\n" + text
    if fmt.get("crlf"):
        text = text.replace("\n", "\r\n")
    if fmt.get("bom"):
        text = "\ufeff" + text
    return text

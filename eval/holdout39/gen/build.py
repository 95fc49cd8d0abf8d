"""Write reports/*.md and questions.json. Run from /work/holdout39: python3 gen/build.py"""
import json, pathlib, re, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from reports_data import REPORTS
from questions_data import QUESTIONS

ROOT = pathlib.Path(__file__).resolve().parent.parent


def curly(s):
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return s.replace("'", "\u2019")


def tx(r, s):
    return curly(s) if r["opts"].get("curly") else s


def render(r):
    o = r["opts"]
    star = o.get("star", set())
    L = []
    def blank():
        if not o.get("compact"):
            L.append("")
    def b(part):
        return "*" if part in star else "-"
    L.append("---")
    L += [tx(r, x) for x in r["front"]]
    L.append("---")
    L.append("")
    L.append("# Executive Summary")
    blank()
    L.append(tx(r, r["summary"]))
    L.append("")
    if r["angles"]:
        L.append("## Research Angles")
        blank()
        L += [f"{b('angles')} **{a}**" for a in r["angles"]]
        L.append("")
    L.append("## Claims and Supporting Evidence")
    blank()
    for head, claims in r["sections"]:
        L.append(f"### {head}")
        blank()
        for c in claims:
            L.append(f"- **Claim**: {tx(r, c['text'])}")
            for src, kind, text in c["ev"]:
                e = b("evidence")
                L.append(f"  {e} **Evidence**: {tx(r, src)}")
                if kind == "q":
                    L.append(f'    {e} Relevant quote: {tx(r, chr(34) + text + chr(34))}')
                else:
                    L.append(f"    {e} Key finding: {tx(r, text)}")
        L.append("")
    if r["focus"]:
        L.append("## Focus Areas")
        blank()
        for title, risks, benefits in r["focus"]:
            L.append(f"### {tx(r, title)}")
            blank()
            L.append(f"{b('focus')} **Risks**: {tx(r, risks)}")
            L.append(f"{b('focus')} **Benefits**: {tx(r, benefits)}")
            L.append("")
    if r["conclusions"]:
        L.append("## Conclusions")
        blank()
        L.append(tx(r, r["conclusions"]))
        L.append("")
    L.append("## References")
    blank()
    for i, (t, u) in enumerate(r["refs"], 1):
        L.append(f"{i}. [{tx(r, t)}]({u})" if "refs" not in star else f"* [{tx(r, t)}]({u})")
    if o.get("trailing"):
        L = [x + "  " if x.startswith("- **Claim**") or x.startswith("#") else x for x in L]
    text = "\n".join(L) + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if o.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def main():
    out = ROOT / "reports"
    out.mkdir(exist_ok=True)
    for p in out.glob("*.md"):
        p.unlink()
    by_key = {}
    for r in REPORTS:
        (out / f"{r['stem']}.md").write_bytes(render(r))
        flat = [c for _, cs in r["sections"] for c in cs]
        by_key[r["key"]] = (r["stem"], [tx(r, c["text"]) for c in flat])
    qs = []
    for kind, q, refs in QUESTIONS:
        exp = [{"report": by_key[k][0], "claim": by_key[k][1][i]} for k, i in refs]
        qs.append({"q": q, "kind": kind, "expect": exp})
    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for r in REPORTS:
        n = sum(len(cs) for _, cs in r["sections"])
        print(f"{r['stem']}: {n} claims")
    print(len(qs), "questions")


if __name__ == "__main__":
    main()

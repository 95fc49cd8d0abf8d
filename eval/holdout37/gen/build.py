"""Build reports/*.md and questions.json for held-out set 37: `python3 gen/build.py` from /work/holdout37."""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from reports_data import REPORTS
from questions_data import QUESTIONS

HERE = pathlib.Path(__file__).resolve().parent.parent
OPTS = {
    "great-fire-of-london-1666": dict(star=True, curly=True),
    "penicillin-discovery": dict(crlf=True),
    "apollo-13-rescue": dict(bom=True),
    "nuremberg-trials": dict(),
    "miracle-on-ice-1980": dict(tight=True),
    "sistine-chapel-ceiling": dict(),
    "galapagos-giant-tortoises": dict(),
}


def render(stem, r, star=False, curly=False, crlf=False, bom=False, tight=False):
    b = "*" if star else "-"
    oq, cq = ("\u201c", "\u201d") if curly else ('"', '"')
    L = ["---", r["front"], "---", "", "# Executive Summary", "", r["summary"], "", "## Research Angles", ""]
    L += [f"{b} **{a[0]}**" for a in r["angles"]]
    L += ["", "## Claims and Supporting Evidence", ""]
    for _, heading, claims in r["angles"]:
        L += [f"### {heading}", ""]
        for text, ev in claims:
            L.append(f"- **Claim**: {text}")
            for src, kind, t in ev:
                L.append(f"  {b} **Evidence**: {src}")
                L.append(f"    {b} Relevant quote: {oq}{t}{cq}" if kind == "q" else f"    {b} Key finding: {t}")
            L.append("")
    if r["focus"]:
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""] + [f"- **{k}**: {v}" for k, v in items] + [""]
    L += ["## Conclusions", "", r["conclusions"], "", "## References", ""]
    L += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]
    if tight:
        L = [x for x in L if x != ""]
    text = "\n".join(L) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def main():
    out = HERE / "reports"
    out.mkdir(exist_ok=True)
    for stem, r in REPORTS.items():
        (out / f"{stem}.md").write_bytes(render(stem, r, **OPTS[stem]))
    allclaims = {stem: [c[0] for a in r["angles"] for c in a[2]] for stem, r in REPORTS.items()}
    qs = []
    for q, kind, refs in QUESTIONS:
        exp = []
        for stem, sub in refs:
            hits = [c for c in allclaims[stem] if sub in c]
            assert len(hits) == 1, (q, stem, sub, hits)
            c = hits[0]
            n = 60 if len(c) > 60 else len(c)
            exp.append({"report": stem, "claim": c[:n]})
        qs.append({"q": q, "kind": kind, "expect": exp})
    (HERE / "questions.json").write_text(json.dumps(qs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    used = {(e["report"], e["claim"]) for q in qs for e in q["expect"]}
    for stem, cs in allclaims.items():
        for c in cs:
            if not any(s == stem and c.startswith(p) for s, p in used):
                print("UNCOVERED", stem, c)
    import collections
    print(collections.Counter(k for _, k, _ in QUESTIONS), len(QUESTIONS))


main()

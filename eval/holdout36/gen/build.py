import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from reports_data import R
out = pathlib.Path(__file__).parent.parent / "reports"
out.mkdir(exist_ok=True)

def render(d):
    st = d["style"]; b = st.get("bullet", "-"); tight = st.get("tight")
    oq, cq = ("\u201c", "\u201d") if st.get("curly") else ('"', '"')
    L = ["---", *d["front"], "---", ""]
    def head(h):
        if tight:
            if L and L[-1] == "": L.pop()
            L.append(h)
        else:
            if L and L[-1] != "": L.append("")
            L.extend([h, ""])
    head("# Executive Summary"); L += [d["summary"], ""]
    head("## Research Angles"); L += [f"{b} **{a[0].upper() + a[1:]}**" for a in d["angles"]]; L.append("")
    head("## Claims and Supporting Evidence")
    for sec, claims in d["sections"]:
        head(f"### {sec}")
        for i, (cid, text, ev) in enumerate(claims):
            L.append(f"- **Claim**: {text}")
            for src, kind, t in ev:
                L.append(f"  {b} **Evidence**: {src}")
                L.append(f"    {b} Relevant quote: {oq}{t}{cq}" if kind == "q" else f"    {b} Key finding: {t}")
            if not tight: L.append("")
        if tight: L.append("")
    if d["focus"]:
        head("## Focus Areas")
        for title, items in d["focus"]:
            head(f"### {title}")
            L += [f"{b} **{k}**: {v}" for k, v in items]; L.append("")
    head("## Conclusions"); L += [d["conclusions"], ""]
    head("## References")
    L += [f"{n}. [{t}]({u})" for n, (t, u) in enumerate(d["refs"], 1)]
    # collapse doubled blank lines
    txt = "\n".join(L).rstrip("\n") + "\n"
    while "\n\n\n" in txt: txt = txt.replace("\n\n\n", "\n\n")
    if st.get("crlf"): txt = txt.replace("\n", "\r\n")
    data = txt.encode("utf-8")
    if st.get("bom"): data = b"\xef\xbb\xbf" + data
    return data

for stem, d in R.items():
    (out / f"{stem}.md").write_bytes(render(d))
    print(stem, sum(len(c) for _, c in d["sections"]))

"""Render reports/*.md and questions.json for holdout42: `python3 gen/build.py` from the set folder."""
import collections, json, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS
from questions_data import Q
ROOT = HERE.parent

def quote(s, curly):
    return f"\u201c{s}\u201d" if curly else f'"{s}"'

def render(r):
    st = r["style"]; L = []
    L += ["---", f"Research Date: {r['date']}", "Topic: "]
    L += ["    " + t for t in r["topic_lines"]]
    L += [f"{k}: {v}" for k, v in r["front_extra"]]
    L += ["---", "", "# Executive Summary", ""]
    for p in r["summary"]: L += [p, ""]
    suffix = " " + st.get("angle_word", "Perspective") if st.get("angle_word") or st["perspective_suffix"] else ""
    if st["angle_marker"]:
        L += ["## Research Angles", ""]
        L += [f"{st['angle_marker']} **{name}{suffix.lower() if suffix else ''}**" for name, _ in r["angles"]]
        L += [""]
    L += ["## Claims and Supporting Evidence", ""]
    for name, claims in r["angles"]:
        L += [f"### {name}{suffix}", ""]
        for i, (key, text, ev) in enumerate(claims):
            L.append(f"- **Claim**: {text}")
            for src, kind, t in ev:
                L.append(f"  - **Evidence**: {src}")
                L.append(f"    - Relevant quote: {quote(t, st['curly'])}" if kind == "q" else f"    - Key finding: {t}")
            if st.get("blank_between_claims") and i < len(claims) - 1: L.append("")
        L.append("")
    if r["focus"]:
        L += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            L += [f"### {title}", ""] + [f"- **{k}**: {v}" for k, v in items] + [""]
    if r["conclusions"]:
        L += ["## Conclusions", ""]
        for p in r["conclusions"]: L += [p, ""]
    L += ["## References", ""]
    L += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["refs"], 1)]
    text = ("\r\n" if st["crlf"] else "\n").join(L) + ("\r\n" if st["crlf"] else "\n")
    return ("\ufeff" if st["bom"] else "") + text

def main():
    out = ROOT / "reports"; out.mkdir(exist_ok=True)
    keymap = {}
    for r in REPORTS:
        refs = {t for t, _ in r["refs"]}
        for _, claims in r["angles"]:
            for key, text, ev in claims:
                assert key not in keymap, key
                for src, _, _ in ev: assert src in refs, (r["id"], src)
                keymap[key] = r["id"]
        path = out / f"{r['id']}.md"
        path.write_bytes(render(r).encode("utf-8"))
    # claim texts read back from the rendered files, in order
    rendered = {}
    for r in REPORTS:
        t = (out / f"{r['id']}.md").read_text(encoding="utf-8-sig")
        rendered[r["id"]] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", t, re.M)]
    keytext = {}
    for r in REPORTS:
        keys = [k for _, cs in r["angles"] for k, _, _ in cs]
        assert len(keys) == len(rendered[r["id"]]), r["id"]
        keytext.update(zip(keys, rendered[r["id"]]))
    qs = []
    for kind, q, keys in Q:
        qs.append({"q": q, "kind": kind, "expect": [{"report": keymap[k], "claim": keytext[k]} for k in keys]})
    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(qs), dict(collections.Counter(k for k, _, _ in Q)))
    for r in REPORTS: print(r["id"], len(rendered[r["id"]]))

main()

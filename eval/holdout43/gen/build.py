"""Render reports/*.md from reports_data.py and write questions.json from questions_data.py.

Run from anywhere:  python3 gen/build.py
Expected claim texts are read back from the rendered files (same regex and BOM handling as
tools/validate.py), so questions.json always matches what is on disk.
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import QUESTIONS, KIND_ORDER  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)  # as in tools/validate.py


def curl(text, style):
    """Curly apostrophes for reports whose style asks for them."""
    return text.replace("'", "\u2019") if style.get("curly") else text


def render(r):
    st = r["style"]
    c = lambda t: curl(t, st)  # noqa: E731
    out = ["---"]
    for key, val in r["front"]:
        if isinstance(val, list):
            out.append(f"{key}: ")
            out += ["    " + v for v in val]
        else:
            out.append(f"{key}: {val}")
    out += ["---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        out += [c(p), ""]
    if r["angles"]:
        out += ["## Research Angles", ""]
        out += [f"- **{a}**" for a in r["angles"]]
        out.append("")
    out += ["## Claims and Supporting Evidence", ""]
    gap = [""] if st.get("blank_between") else []
    for heading, claims in r["sections"]:
        out += [f"### {heading}", ""]
        for _key, text, evidence in claims:
            out.append(f"- **Claim**: {c(text)}")
            out += gap
            for src, kind, body in evidence:
                out.append(f"  - **Evidence**: {c(src)}")
                out += gap
                if kind == "q":
                    q1, q2 = ("\u201c", "\u201d") if st.get("curly") else ('"', '"')
                    out.append(f"    - Relevant quote: {q1}{c(body)}{q2}")
                else:
                    out.append(f"    - Key finding: {c(body)}")
                out += gap
            if not gap:
                out.append("")
    if r["focus"]:
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += [f"### {title}", ""]
            out += [f"- **{label}**: {c(text)}" for label, text in items]
            out.append("")
    if r["conclusions"]:
        out += ["## Conclusions", ""]
        for p in r["conclusions"]:
            out += [c(p), ""]
    out += ["## References", ""]
    out += [f"{i}. [{c(t)}]({u})" for i, (t, u) in enumerate(r["references"], 1)]
    text = "\n".join(out) + "\n"
    if st.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if st.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def main():
    rep_dir = ROOT / "reports"
    rep_dir.mkdir(exist_ok=True)
    by_alias = {}
    for r in REPORTS:
        path = rep_dir / f"{r['slug']}.md"
        path.write_bytes(render(r))
        # read the claims back exactly as validate.py does
        on_disk = [m.group(1).strip() for m in
                   CLAIM_RE.finditer(path.read_text(encoding="utf-8-sig"))]
        keys = [k for _h, claims in r["sections"] for k, _t, _e in claims]
        texts = [curl(t, r["style"]).strip() for _h, claims in r["sections"] for _k, t, _e in claims]
        assert on_disk == texts, f"{path.name}: claims read back differ from the data"
        assert len(set(keys)) == len(keys), f"{path.name}: duplicate claim key"
        for a in on_disk:
            assert len(a) >= 40, f"{path.name}: claim shorter than 40 chars: {a!r}"
            assert sum(b.startswith(a) for b in on_disk) == 1, f"{path.name}: claim is a prefix of another: {a!r}"
        by_alias[r["alias"]] = (r["slug"], dict(zip(keys, on_disk)))

    out, used, seen = [], collections.Counter(), set()
    for kind, q, refs in QUESTIONS:
        assert kind in KIND_ORDER, kind
        assert q not in seen, f"duplicate question {q!r}"
        seen.add(q)
        expect = []
        for ref in refs:
            alias, key = ref.split(".")
            slug, claims = by_alias[alias]
            expect.append({"report": slug, "claim": claims[key]})
            used[ref] += 1
        out.append({"q": q, "kind": kind, "expect": expect})
    (ROOT / "questions.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    all_refs = [f"{a}.{k}" for a, (_s, cl) in by_alias.items() for k in cl]
    unknown = [r for r in used if r not in all_refs]
    assert not unknown, f"unknown claim keys: {unknown}"
    never = [r for r in all_refs if not used[r]]
    kinds = collections.Counter(k for k, _q, _r in QUESTIONS)
    print("reports:", {s: len(cl) for _a, (s, cl) in by_alias.items()}, "claims:", len(all_refs))
    print("questions:", len(out), {k: kinds[k] for k in KIND_ORDER})
    print("claims never expected:", never)
    if never:
        sys.exit(1)


if __name__ == "__main__":
    main()

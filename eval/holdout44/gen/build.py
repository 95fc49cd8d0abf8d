# -*- coding: utf-8 -*-
"""Render holdout44/reports/*.md from reports_data.py, read the claims back from the rendered files
(same regex and BOM handling as tools/validate.py), check them against the data, and write
holdout44/questions.json with each expected claim's full text copied from the files.

Run from holdout44/:  python3 gen/build.py
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import QUESTIONS, NEAR_TOPIC  # noqa: E402

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)   # as in tools/validate.py
KIND_TARGET = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
               "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}


def curl(text, style):
    """Curly apostrophes for reports styled that way (applied to claims, quotes and findings)."""
    return text.replace("'", "\u2019") if style.get("curly") else text


def render(r):
    st = r["style"]
    out = ["---", *r["front"], "---", "", "# Executive Summary", ""]
    for p in r["summary"]:
        out += [p, ""]
    if r["angles"] is not None:
        out += ["## Research Angles", ""]
        out += [f"- **{a}**" for a in r["angles"]]
        out += [""]
    out += ["## Claims and Supporting Evidence", ""]
    ev_i, it_i = st["ev_indent"], st["item_indent"]
    for heading, claims in r["sections"]:
        out += [f"### {heading}", ""]
        for c in claims:
            out.append(f"- **Claim**: {curl(c['text'], st)}")
            if st["blank_between"]:
                out.append("")
            for n, (src, kind, txt) in enumerate(c["ev"]):
                if n and st.get("blank_between_evidence"):
                    out.append("")
                out.append(f"{ev_i}- **Evidence**: {src}")
                if st["blank_between"]:
                    out.append("")
                if kind == "quote":
                    q = f"\u201c{curl(txt, st)}\u201d" if st["curly"] else f'"{txt}"'
                    out.append(f"{it_i}- Relevant quote: {q}")
                else:
                    out.append(f"{it_i}- Key finding: {curl(txt, st)}")
                if st["blank_between"]:
                    out.append("")
            if not st["blank_between"]:
                out.append("")
    if r["focus"] is not None:
        out += ["## Focus Areas", ""]
        for title, items in r["focus"]:
            out += [f"### {title}", ""]
            out += [f"- **{label}**: {curl(t, st)}" for label, t in items]
            out += [""]
    if r["conclusions"] is not None:
        out += ["## Conclusions", ""]
        for p in r["conclusions"]:
            out += [p, ""]
    out += ["## References", ""]
    out += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(r["references"], 1)]
    text = st["newline"].join(out) + st["newline"]
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if st["bom"] else data


def main():
    errors = []
    rep_dir = ROOT / "reports"
    rep_dir.mkdir(exist_ok=True)
    wanted = {r["stem"] + ".md" for r in REPORTS}
    for p in rep_dir.glob("*.md"):
        if p.name not in wanted:
            p.unlink()
    by_alias, file_claims = {}, {}
    for r in REPORTS:
        st = r["style"]
        path = rep_dir / (r["stem"] + ".md")
        path.write_bytes(render(r))
        text = path.read_text(encoding="utf-8-sig")
        got = [m.group(1).strip() for m in CLAIM_RE.finditer(text)]
        exp = [curl(c["text"], st) for _, cs in r["sections"] for c in cs]
        if got != exp:
            errors.append(f"{r['stem']}: claims read back differ from data")
        if not 13 <= len(got) <= 16:
            errors.append(f"{r['stem']}: {len(got)} claims (want 13-16)")
        for c in got:
            if len(c) < 40:
                errors.append(f"{r['stem']}: claim shorter than 40 chars: {c!r}")
            if sum(o.startswith(c) for o in got) != 1:
                errors.append(f"{r['stem']}: claim is a prefix of another: {c[:50]!r}")
        keys = [c["key"] for _, cs in r["sections"] for c in cs]
        if len(set(keys)) != len(keys):
            errors.append(f"{r['stem']}: duplicate claim keys")
        by_alias[r["alias"]] = (r, dict(zip(keys, got)))
        file_claims[r["stem"]] = got
        refs = {t for t, _ in r["references"]}
        for _, cs in r["sections"]:
            for c in cs:
                for src, _, _ in c["ev"]:
                    if src not in refs:
                        errors.append(f"{r['stem']}: evidence source not in References: {src!r}")
    no_ev = [(r["stem"], c["key"]) for r in REPORTS for _, cs in r["sections"] for c in cs if not c["ev"]]
    if len(no_ev) != 1:
        errors.append(f"expected exactly one claim without evidence, got {no_ev}")

    # questions
    out, used, seen = [], collections.Counter(), set()
    kinds = collections.Counter(k for k, _, _ in QUESTIONS)
    if dict(kinds) != KIND_TARGET:
        errors.append(f"kind counts {dict(kinds)} != {KIND_TARGET}")
    for kind, q, refs in QUESTIONS:
        if q in seen:
            errors.append(f"duplicate question {q!r}")
        seen.add(q)
        expect = []
        for ref in refs:
            alias, key = ref.split(".")
            if alias not in by_alias or key not in by_alias[alias][1]:
                errors.append(f"unknown claim ref {ref} in {q!r}")
                continue
            r, claims = by_alias[alias]
            expect.append({"report": r["stem"], "claim": claims[key]})
            used[ref] += 1
        if kind == "multi" and len({e["report"] for e in expect}) != 1:
            errors.append(f"multi question not from one report: {q!r}")
        if kind == "cross" and len({e["report"] for e in expect}) != 2:
            errors.append(f"cross question not from two reports: {q!r}")
        if kind == "unanswerable" and expect:
            errors.append(f"unanswerable with expect: {q!r}")
        out.append({"q": q, "kind": kind, "expect": expect})
    src_two = sum(1 for k, _, refs in QUESTIONS if k == "source" and len(refs) == 2)
    if src_two != 3:
        errors.append(f"{src_two} source questions expect two claims (want 3)")
    for alias, (r, claims) in by_alias.items():
        for key in claims:
            if used[f"{alias}.{key}"] == 0:
                errors.append(f"claim never expected: {alias}.{key}")

    # near-topic unanswerables: the left-out facts must really be absent
    unans = [q for k, q, _ in QUESTIONS if k == "unanswerable"]
    near_qs = {q for _, q, _, _ in NEAR_TOPIC}
    if len(NEAR_TOPIC) != 23 or not near_qs <= set(unans) or len(unans) - len(near_qs) != 12:
        errors.append("NEAR_TOPIC must list 23 unanswerable questions, leaving 12 general ones")
    for alias, q, fact, pats in NEAR_TOPIC:
        stem = by_alias[alias][0]["stem"]
        text = (rep_dir / (stem + ".md")).read_text(encoding="utf-8-sig")
        for pat in pats:
            m = re.search(pat, text, re.I)
            if m:
                errors.append(f"near-topic fact may be present in {stem}: /{pat}/ matched {m.group(0)!r} ({q})")

    (ROOT / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("reports:", {s: len(c) for s, c in file_claims.items()}, "total claims:", sum(map(len, file_claims.values())))
    print("questions:", len(out), dict(kinds))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Render holdout51 reports and questions.json from reports_data.py / questions_data.py, check them,
then run tools/validate.py. Exit 1 on any failure."""
import collections, json, pathlib, re, subprocess, sys, textwrap

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS          # noqa: E402
from questions_data import ANSWERABLE, UNANSWERABLE  # noqa: E402

EXPECTED_KINDS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
                  "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}
errors = []


def err(msg):
    errors.append(msg)


def render(r):
    st = r["style"]
    L = []
    add = L.append
    add("---")
    for k in st["fm_order"]:
        if k == "Topic":
            t = r["topic"]
            if st["topic_cut"]:
                t = t[: st["topic_cut"]]
            if st["topic_mode"] == "inline":
                add(f"Topic: {t}")
            else:
                add("Topic: ")
                lines = textwrap.wrap(t, 72)
                for i, ln in enumerate(lines):
                    add("    " + ln + (" " if i < len(lines) - 1 else ""))
        elif k == "Research Date":
            add(f"Research Date: {r['date']}")
        elif k == "Sources Analyzed":
            add(f"Sources Analyzed: {r['sources']}")
        else:
            add(f"{k}: {st['extra_fm'][k]}")
    add("---")
    add("")
    bh = st["blank_after_heading"]

    def heading(h):
        add(h)
        if bh:
            add("")

    heading("# Executive Summary")
    for i, p in enumerate(r["summary"]):
        if i:
            add("")
        add(p)
    add("")
    if st["angles"]:
        heading("## Research Angles")
        for name, _ in r["perspectives"]:
            add(f"{st['angle_marker']} **{st['angle_label'].format(t=name)}**")
        add("")
    heading("## Claims and Supporting Evidence")
    qo, qc = st["quote"]
    n_claim = 0
    for pi, (name, claims) in enumerate(r["perspectives"]):
        heading("### " + st["heading"].format(t=name))
        for ci, c in enumerate(claims):
            if ci:
                for _ in range(st["blank_between_claims"]):
                    add("")
            line = f"- **Claim**: {c['text']}"
            if st["trailing_ws"] and n_claim % 3 == 1:
                line += "  "
            add(line)
            n_claim += 1
            for ei, (src, kind, text) in enumerate(c["ev"]):
                add(f"{st['ev_indent']}- **Evidence**: {src}")
                if kind == "q":
                    o, cl = (qo, qc)
                    if st.get("mixed_quotes") and (ci + ei) % 2 == 1:
                        o, cl = ("\"", "\"")
                    add(f"{st['q_indent']}- Relevant quote: {o}{text}{cl}")
                else:
                    add(f"{st['q_indent']}- Key finding: {text}")
        add("")
    if st["focus"] and r["focus"]:
        heading("## Focus Areas")
        for title, items in r["focus"]:
            heading(f"### {title}")
            for k, v in items:
                add(f"- **{k}**: {v}")
            add("")
    if st["conclusions"] and r["conclusions"]:
        heading("## Conclusions")
        for i, p in enumerate(r["conclusions"]):
            if i:
                add("")
            add(p)
        add("")
    heading("## References")
    for i, (title, url) in enumerate(r["refs"], 1):
        add(f"{i}. [{title}]({url})")
    text = st["eol"].join(L) + st["eol"]
    data = text.encode("utf-8")
    if st["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


def claim_prefix(text, all_texts):
    n = 40
    while n < len(text):
        p = text[:n]
        if sum(t.startswith(p) for t in all_texts) == 1 and not p.endswith(" "):
            break
        n += 1
    return text[: max(n, min(60, len(text)))] if len(text) >= 40 else None


def main():
    outdir = ROOT / "reports"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.md"):
        old.unlink()
    claims = {}      # key -> (stem, text)
    texts = {}
    stems = set()
    for r in REPORTS:
        stem = r["stem"]
        if stem in stems:
            err(f"duplicate stem {stem}")
        stems.add(stem)
        allc = [c for _, cs in r["perspectives"] for c in cs]
        if not 13 <= len(allc) <= 16:
            err(f"{stem}: {len(allc)} claims (want 13-16)")
        noev = [c["key"] for c in allc if not c["ev"]]
        if len(noev) != 1:
            err(f"{stem}: {len(noev)} claims without evidence (want exactly 1)")
        ref_titles = [t.lower() for t, _ in r["refs"]]
        for c in allc:
            if c["key"] in claims:
                err(f"duplicate claim key {c['key']}")
            if '"' in c["text"] or len(c["text"]) < 40:
                err(f"{stem}/{c['key']}: claim text has a double quote or is too short")
            claims[c["key"]] = (stem, c["text"])
            for src, kind, t in c["ev"]:
                if kind not in ("q", "f"):
                    err(f"{stem}/{c['key']}: bad evidence kind {kind}")
                if src.lower() not in ref_titles:
                    err(f"{stem}/{c['key']}: evidence source not in references: {src}")
                if '"' in t or "\u201c" in t or "\u201d" in t:
                    err(f"{stem}/{c['key']}: quote/finding contains a double quote")
        data = render(r)
        (outdir / f"{stem}.md").write_bytes(data)
        texts[stem] = data.decode("utf-8-sig")

    # questions
    qs = []
    used = collections.Counter()
    for q, kind, keys in ANSWERABLE:
        expect = []
        for k in keys:
            if k not in claims:
                err(f"question {q!r}: unknown claim key {k}")
                continue
            stem, text = claims[k]
            same = [t for kk, (s, t) in claims.items() if s == stem]
            p = claim_prefix(text, same)
            if p is None:
                err(f"claim {k} shorter than 40 chars")
                continue
            expect.append({"report": stem, "claim": p})
            used[k] += 1
        stems_in = {e["report"] for e in expect}
        if kind == "multi" and (len(expect) < 2 or len(stems_in) != 1):
            err(f"multi question needs >=2 claims from one report: {q!r}")
        if kind == "cross" and len(stems_in) < 2:
            err(f"cross question needs claims from >=2 reports: {q!r}")
        if kind not in ("multi", "cross", "source") and len(expect) != 1:
            err(f"{kind} question should expect one claim: {q!r}")
        qs.append({"q": q, "kind": kind, "expect": expect})
    for q, kind, scope, regexes in UNANSWERABLE:
        targets = list(texts) if scope == "*" else [scope]
        for t in targets:
            if t not in texts:
                err(f"unanswerable {q!r}: unknown scope {t}")
                continue
            for rx in regexes:
                m = re.search(rx, texts[t], re.I)
                if m:
                    err(f"unanswerable {q!r}: absence regex {rx!r} matched {m.group(0)!r} in {t}")
        qs.append({"q": q, "kind": kind, "expect": []})

    counts = collections.Counter(q["kind"] for q in qs)
    if dict(counts) != EXPECTED_KINDS:
        err(f"kind counts {dict(counts)} != {EXPECTED_KINDS}")
    if len(qs) != 147:
        err(f"{len(qs)} questions, want 147")
    src2 = sum(1 for q in qs if q["kind"] == "source" and len(q["expect"]) == 2)
    if src2 != 3:
        err(f"{src2} source questions with two claims, want 3")
    unused = [k for k in claims if not used[k]]
    if unused:
        err(f"claims never expected: {unused}")
    if len({q['q'] for q in qs}) != len(qs):
        err("duplicate question text")

    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(REPORTS)} reports, {len(claims)} claims, {len(qs)} questions: {dict(counts)}")

    rc = subprocess.run([sys.executable, str(ROOT / "tools" / "validate.py"), str(ROOT)]).returncode
    if rc != 0:
        err("tools/validate.py failed")
    for e in errors:
        print("ERROR", e)
    print("build:", "FAILED" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Rebuild holdout52: writes ../reports/*.md and ../questions.json from reports_data.py and questions_data.py.

Checks while building: claim keys unique, every question key resolves, each claim text >= 40 chars and
not a prefix of another claim in its report, exactly one claim without evidence in the set, and every
unanswerable question's absence regexes match nothing in its report (near-topic) or in any report (general).
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reports_data import REPORTS  # noqa: E402
from questions_data import ANSWERABLE, UNANSWERABLE  # noqa: E402
from render import render  # noqa: E402

ROOT = HERE.parent
EXPECTED_KINDS = {"keyword": 12, "paraphrase": 28, "conversational": 23, "evidence": 10, "source": 10,
                  "typo": 10, "multi": 9, "cross": 10, "unanswerable": 35}


def main():
    claims = {}  # key -> (report id, text)
    texts = {}
    no_ev = []
    out_dir = ROOT / "reports"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.md"):
        old.unlink()
    for r in REPORTS:
        rc = []
        for g in r["groups"]:
            for c in g["claims"]:
                assert c["key"] not in claims, c["key"]
                claims[c["key"]] = (r["id"], c["text"])
                rc.append(c["text"])
                if not c.get("ev"):
                    no_ev.append(c["key"])
        assert 13 <= len(rc) <= 16, (r["id"], len(rc))
        for t in rc:
            assert len(t) >= 40, t
            assert sum(1 for u in rc if u.startswith(t)) == 1, t
        text = render(r)
        (out_dir / f"{r['id']}.md").write_bytes(text.encode("utf-8"))
        texts[r["id"]] = text
    assert len(no_ev) == 1, no_ev

    used = collections.Counter()
    qs = []
    for kind, q, keys in ANSWERABLE:
        reps = [claims[k][0] for k in keys]
        if kind == "multi":
            assert len(keys) == 2 and len(set(reps)) == 1, q
        if kind == "cross":
            assert len(keys) == 2 and len(set(reps)) == 2, q
        for k in keys:
            used[k] += 1
        qs.append({"q": q, "kind": kind, "expect": [{"report": claims[k][0], "claim": claims[k][1]} for k in keys]})
    for sub, q, rep, pats in UNANSWERABLE:
        assert pats, q
        targets = [rep] if rep else list(texts)
        assert (rep is None) == (sub == "general"), q
        for t in targets:
            for p in pats:
                m = re.search(p, texts[t])
                assert not m, f"absence regex {p!r} for {q!r} matches {t}: {m.group(0)!r}"
        qs.append({"q": q, "kind": "unanswerable", "expect": []})

    counts = collections.Counter(q["kind"] for q in qs)
    assert dict(counts) == EXPECTED_KINDS, counts
    assert len({q["q"] for q in qs}) == len(qs), "duplicate question"
    assert sum(1 for q in qs if q["kind"] == "source" and len(q["expect"]) == 2) == 3
    assert sum(1 for s, *_ in UNANSWERABLE if s == "general") == 12
    unused = [k for k in claims if not used[k]]
    (ROOT / "questions.json").write_text(json.dumps(qs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"reports: {len(REPORTS)}, claims: {len(claims)}, questions: {len(qs)} {dict(counts)}")
    print("claims without questions:", unused)


if __name__ == "__main__":
    main()

"""Apply the on-purpose format variations to the holdout11 reports (idempotent).

- community-water-fluoridation.md: CRLF line endings
- medical-drone-delivery.md: starts with a UTF-8 BOM
(curly quotes, heading variations and the extra front-matter key are written directly in the files)
"""
import pathlib
reports = pathlib.Path(__file__).resolve().parent.parent / "reports"

p = reports / "community-water-fluoridation.md"
b = p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
p.write_bytes(b)

p = reports / "medical-drone-delivery.md"
b = p.read_bytes()
if not b.startswith(b"\xef\xbb\xbf"):
    p.write_bytes(b"\xef\xbb\xbf" + b)
print("variations applied")

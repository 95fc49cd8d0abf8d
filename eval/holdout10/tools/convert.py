"""Give peatland-rewetting.md CRLF line endings and mass-timber-buildings.md a UTF-8 BOM (idempotent)."""
import pathlib
R = pathlib.Path(__file__).resolve().parent.parent / "reports"
p = R / "peatland-rewetting.md"
b = p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
p.write_bytes(b)
p = R / "mass-timber-buildings.md"
b = p.read_bytes()
if not b.startswith(b"\xef\xbb\xbf"):
    p.write_bytes(b"\xef\xbb\xbf" + b)

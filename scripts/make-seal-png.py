#!/usr/bin/env python3
"""Draws styles/seal.png, the sample 公印: a red ring with a blocky 印, as a hand-written one-page PDF rendered by
pdftocairo with a transparent background (300×300 px). Usage: scripts/make-seal-png.py [OUT.png]"""
import os, subprocess, sys, tempfile

K = 0.5523  # Bézier handle length of a quarter circle


def circle(cx, cy, r):
    c = K * r
    return (f"{cx+r} {cy} m {cx+r} {cy+c} {cx+c} {cy+r} {cx} {cy+r} c {cx-c} {cy+r} {cx-r} {cy+c} {cx-r} {cy} c "
            f"{cx-r} {cy-c} {cx-c} {cy-r} {cx} {cy-r} c {cx+c} {cy-r} {cx+r} {cy-c} {cx+r} {cy} c")


# the strokes of 印 in a 100 × 100 box (PDF units, y up): left part (bar, rising first stroke, two strokes), right part 卩
RECTS = [(20, 22, 8, 46), (20, 45, 22, 7), (20, 22, 26, 8), (54, 68, 26, 8), (72, 38, 8, 38), (64, 38, 16, 7), (54, 12, 8, 64)]
ops = ["0.8 0.08 0.1 RG 0.8 0.08 0.1 rg 6 w", circle(50, 50, 44) + " S", "20 64 m 44 80 l 46 73 l 24 61 l f"]
ops += [f"{x} {y} {w} {h} re f" for x, y, w, h in RECTS]
content = "\n".join(ops).encode()
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>",
           b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
pdf, offsets = b"%PDF-1.4\n", []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "styles", "seal.png")
with tempfile.TemporaryDirectory() as folder:
    source = os.path.join(folder, "seal.pdf")
    with open(source, "wb") as f:
        f.write(pdf)
    subprocess.run(["pdftocairo", "-png", "-transp", "-r", "216", "-singlefile", source, os.path.splitext(out)[0]], check=True)

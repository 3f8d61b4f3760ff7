#!/usr/bin/env python3
"""Rewrites 8-bit grey or RGB PNGs (pdftoppm output) as 4-bit grey, 16 levels, to keep the doc pictures small.
Usage: scripts/png-grey4.py FILE.png…"""
import struct, sys, zlib


def read(path):
    data = open(path, "rb").read()
    pos, chunks = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks.append((kind, data[pos + 8:pos + 8 + length]))
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert depth == 8 and colour in (0, 2), f"{path}: not 8-bit grey or RGB"
    bpp = 1 if colour == 0 else 3
    stride = width * bpp
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line[::bpp])  # grey: the first channel
        previous = line
    return width, height, rows


def write(path, width, height, rows):
    out = bytearray()
    for line in rows:
        out.append(0)
        levels = [min(15, (v + 8) // 17) for v in line] + [0]
        out += bytes((levels[i] << 4) | levels[i + 1] for i in range(0, width, 2))
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 4, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(out), 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


for name in sys.argv[1:]:
    write(name, *read(name))

#!/usr/bin/python3
"""check_png.py FILE MIN_BYTES -- is FILE a non-trivial PNG screenshot?

Prints one TAP-style line and exits 1 when it is not: the file must exist,
be larger than MIN_BYTES, be a PNG, and not be a single colour.  Standard
library only: the rows are unfiltered here (PNG filters 0-4) with zlib.  To
stay quick, only the first rows are decoded; a top stripe with two colours is
enough to show the image is not a single colour, and the number of distinct
colours in it and the share of pixels that are not the commonest one are
printed.
"""
import struct
import sys
import zlib

MAX_ROWS = 500


def fail(msg):
    print("not ok - screenshot: %s" % msg)
    sys.exit(1)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def main():
    path, min_bytes = sys.argv[1], int(sys.argv[2])
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail("%s: %s" % (path, e.strerror))
    if len(data) <= min_bytes:
        fail("%s is %d bytes, not more than %d" % (path, len(data), min_bytes))
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("%s is not a PNG" % path)
    pos, idat, ihdr = 8, [], None
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif ctype == b"IDAT":
            idat.append(chunk)
        elif ctype == b"IEND":
            break
        pos += 12 + length
    if ihdr is None or not idat:
        fail("%s has no IHDR or IDAT chunk" % path)
    width, height, depth, colour_type, _, _, interlace = ihdr
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        # Not a layout decoded here (Chromium writes 8-bit RGB/RGBA, not interlaced).
        print("ok - screenshot %s: %dx%d, %d bytes (colour type %d depth %d not decoded)"
              % (path, width, height, len(data), colour_type, depth))
        return
    raw = zlib.decompressobj().decompress(b"".join(idat), (1 + width * channels) * MAX_ROWS)
    stride = width * channels
    rows = min(height, MAX_ROWS, len(raw) // (stride + 1))
    prev = bytearray(stride)
    counts = {}
    for y in range(rows):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                upleft = prev[i - channels] if i >= channels else 0
                line[i] = (line[i] + paeth(left, prev[i], upleft)) & 0xFF
        elif ftype != 0:
            fail("%s: bad PNG filter %d in row %d" % (path, ftype, y))
        for x in range(0, stride, channels * 2):  # every other pixel
            px = bytes(line[x:x + channels])
            counts[px] = counts.get(px, 0) + 1
        prev = line
    total = sum(counts.values())
    commonest = max(counts.values()) if counts else 0
    if len(counts) < 2:
        fail("%s: the top %d rows are a single colour" % (path, rows))
    print("ok - screenshot %s: %dx%d, %d bytes, %d colours in the top %d rows, "
          "%.0f%% not the background" % (path, width, height, len(data), len(counts), rows,
                                         100.0 * (total - commonest) / total))


if __name__ == "__main__":
    main()

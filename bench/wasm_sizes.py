#!/usr/bin/env python3
"""Code size of a .wasm by origin, from its name section (link with --profiling-funcs to keep the names).
    bench/wasm_sizes.py build/x/dealsheet.wasm      → bytes of function bodies per group, and the data segments
Groups: Dear ImGui, nlohmann/json, Dealsheet core, Dealsheet app, libc++ / libc, embind, other."""
import re
import sys


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, pos = leb(data, pos + 1)
        yield kind, data[pos:pos + size]
        pos += size


def analyse(path):
    data = open(path, 'rb').read()
    imported = 0
    bodies, names, data_bytes = [], {}, 0
    for kind, body in sections(data):
        if kind == 2:  # imports: count imported functions (they shift the function index space)
            count, pos = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, pos = leb(body, pos)
                    pos += length
                ikind = body[pos]
                pos += 1
                if ikind == 0:
                    imported += 1
                    _, pos = leb(body, pos)
                elif ikind == 1:
                    pos += 1
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif ikind == 2:
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                else:
                    pos += 2
        elif kind == 10:
            count, pos = leb(body, 0)
            for _ in range(count):
                size, pos = leb(body, pos)
                bodies.append(size)
                pos += size
        elif kind == 11:
            data_bytes += len(body)
        elif kind == 0:
            nlen, pos = leb(body, 0)
            if body[pos:pos + nlen] != b'name':
                continue
            pos += nlen
            while pos < len(body):
                sub = body[pos]
                size, pos = leb(body, pos + 1)
                end = pos + size
                if sub == 1:
                    count, p = leb(body, pos)
                    for _ in range(count):
                        index, p = leb(body, p)
                        length, p = leb(body, p)
                        names[index] = body[p:p + length].decode('utf-8', 'replace')
                        p += length
                pos = end
    return imported, bodies, names, data_bytes


GROUPS = [('Dear ImGui', r'ImGui|ImDraw|ImFont|ImGuiIO|ImVector|ImPool|ImRect|ImStb|stb_|ImTextCharToUtf8|ImHash|ImStr|ImFormat|ImTri|ImBezier|ImParse|ImChunk|ImSpan|ImBit|ImUpper|ImPlot|ImFile|ImWchar|ImTextStr|ImAlpha|Stb|STB|^Im'),
          ('nlohmann/json', r'nlohmann'),
          ('Dealsheet app/platform', r'dealsheet::app|^\(anonymous namespace\)::(frame|rebuild|wake|on_)|main$|glfw'),
          ('Dealsheet core', r'dealsheet::'),
          ('embind', r'emscripten::|_embind_|embind'),
          ('libc++ / libc / runtime', r'std::|__|^[a-z_0-9]+$')]


def main():
    imported, bodies, names, data_bytes = analyse(sys.argv[1])
    totals = {}
    for i, size in enumerate(bodies):
        name = names.get(imported + i, '')  # emcc writes demangled names
        group = next((g for g, pattern in GROUPS if re.search(pattern, name)), 'other')
        totals[group] = totals.get(group, 0) + size
    total = sum(bodies)
    print(f'{"group":28} {"bytes":>9} {"share":>6}')
    for group, size in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f'{group:28} {size:9,} {100 * size / total:5.1f}%')
    print(f'{"code total":28} {total:9,}')
    print(f'{"data segments":28} {data_bytes:9,}')


if __name__ == '__main__':
    main()

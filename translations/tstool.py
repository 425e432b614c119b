#!/usr/bin/env python3
"""Small helper for the Qt Linguist catalogs (standard library only).

  tstool.py missing pnconsole_zh_CN.ts          # JSON of the entries still to translate
  tstool.py apply pnconsole_zh_CN.ts zh.json    # fill them from {"Context": {"source": "译文"}}
  tstool.py fill-en pnconsole_en.ts             # English catalog: translation = source text

Run `cmake --build build --target update_translations` first, so lupdate has added the new
strings. For a plural (%n) entry, give a list of forms instead of a string.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def entries(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") == "unfinished":
        return True
    forms = tr.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def set_translation(msg, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    for f in list(tr):
        tr.remove(f)
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    tree, root = load(path)
    if cmd == "missing":
        out = {}
        for ctx, msg in entries(root):
            if unfinished(msg):
                out.setdefault(ctx, {})[msg.findtext("source")] = (
                    [] if msg.get("numerus") == "yes" else "")
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if cmd == "apply":
        with open(argv[3], encoding="utf-8") as f:
            wanted = json.load(f)
        filled = left = 0
        for ctx, msg in entries(root):
            src = msg.findtext("source")
            value = wanted.get(ctx, {}).get(src)
            if value:
                set_translation(msg, value)
                filled += 1
            elif unfinished(msg):
                left += 1
        save(tree, path)
        print(f"filled {filled}, still unfinished {left}")
        return 0
    if cmd == "fill-en":
        n = 0
        for ctx, msg in entries(root):
            if unfinished(msg):
                src = msg.findtext("source")
                set_translation(msg, [src, src] if msg.get("numerus") == "yes" else src)
                n += 1
        save(tree, path)
        print(f"filled {n}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

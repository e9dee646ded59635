#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the translations kept in translations/<lang>.json into campaign-pilot_<lang>.ts.

The .ts files are generated (lupdate); the JSON files are the translators' source
of truth. Run translations/refresh.sh rather than this script alone: it runs
lupdate first (new strings in, vanished ones out), then this script, then lupdate
again so that the files keep lupdate's own layout.

<lang>.json maps a context (the class, as lupdate names it) to its messages:

    {
      "cp::MainWindow": {
        "&File": "&Datei",
        "%n decision(s) wait for you": ["%n Entscheidung wartet auf Sie",
                                         "%n Entscheidungen warten auf Sie"],
        "%1× @@ROAS as a multiple of spend": "%1×"
      },
      "*": { "Spend": "Werbeausgaben" }
    }

- A plural (%n) message takes a list: one form per plural form of the language
  (German and Spanish: singular, plural).
- A message with a disambiguation comment (tr("text", "comment")) is keyed
  "text @@comment".
- "*" holds translations for any context. A message found nowhere else takes
  the translation of the same text in another context (reported as "reused").

Every translation is checked before it is written: the same placeholders
(%1..%99, %n, %L1) as the source, each plural form non-empty and with %n when
the source has it, the same HTML tags, one & mnemonic when the source has one.
A bad translation is refused and reported; the message stays unfinished, so
tst_translations fails until it is fixed.

Usage: apply.py [--check] [--missing] LANG...
  --check    change nothing; exit 1 when a message would stay unfinished
  --missing  print the unfinished messages as JSON, ready to translate and
             paste into <lang>.json
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLURAL_FORMS = {"de": 2, "es": 2, "en": 2}   # en: plural forms only (lupdate -pluralonly)
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def key_of(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source} @@{comment}" if comment else source


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def mnemonics(text):
    # "&&" is a literal ampersand; "&x" marks a mnemonic. HTML entities (&amp;)
    # do not occur in our sources.
    return len(re.findall(r"&(?!&)[^\s&]", text.replace("&&", "")))


def problems(source, translation, numerus, forms):
    """What is wrong with a translation, as a list of sentences (empty: fine)."""
    texts = translation if isinstance(translation, list) else [translation]
    if numerus:
        if not isinstance(translation, list):
            return ["a plural (%n) message needs a list of forms"]
        if len(texts) != forms:
            return [f"{len(texts)} plural forms, the language has {forms}"]
    elif isinstance(translation, list):
        return ["not a plural message: give one text, not a list"]
    out = []
    want = placeholders(source)
    for t in texts:
        if not t.strip():
            out.append("an empty translation")
            continue
        have = placeholders(t)
        if numerus:
            # Each form must still say the number; other placeholders stay as they are.
            if "n" in want and "n" not in have:
                out.append(f"form {t!r} lacks %n")
            if sorted(p for p in have if p != "n") != sorted(p for p in want if p != "n"):
                out.append(f"placeholders {have} in {t!r}, the source has {want}")
        elif have != want:
            out.append(f"placeholders {have} in {t!r}, the source has {want}")
        if tags(t) != tags(source):
            out.append(f"HTML tags {tags(t)} in {t!r}, the source has {tags(source)}")
        if mnemonics(t) != mnemonics(source):
            out.append(f"{mnemonics(t)} mnemonic(s) (&) in {t!r}, the source has {mnemonics(source)}")
    return out


def apply(lang, check, missing):
    ts_path = HERE / f"campaign-pilot_{lang}.ts"
    data = json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))
    forms = PLURAL_FORMS[lang]
    anywhere = {}
    for context, messages in data.items():
        for key, value in messages.items():
            anywhere.setdefault(key, (context, value))
    tree = ET.parse(ts_path)
    root = tree.getroot()
    unfinished, refused, reused, removed = [], [], [], 0
    todo = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        own = data.get(name, {})
        for message in list(context.findall("message")):
            tr = message.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                context.remove(message)
                removed += 1
                continue
            key = key_of(message)
            numerus = message.get("numerus") == "yes"
            if key in own:
                value = own[key]
            elif key in data.get("*", {}):
                value = data["*"][key]
            elif key in anywhere:
                value = anywhere[key][1]
                reused.append(f"{name}: {key!r} (from {anywhere[key][0]})")
            else:
                unfinished.append(f"{name}: {key!r}")
                todo.setdefault(name, {})[key] = ["", ""] if numerus else ""
                continue
            why = problems(message.findtext("source") or "", value, numerus, forms)
            if why:
                refused.append(f"{name}: {key!r}: " + "; ".join(why))
                tr.set("type", "unfinished")
                continue
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if numerus:
                tr.text = "\n" + " " * 12
                for i, form in enumerate(value):
                    nf = ET.SubElement(tr, "numerusform")
                    nf.text = form
                    nf.tail = "\n" + " " * (12 if i + 1 < len(value) else 8)
            else:
                tr.text = value
        if not context.findall("message"):
            root.remove(context)
    if not check:
        ET.indent(tree, space="    ")
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            f.write(ET.tostring(root, encoding="unicode"))
            f.write("\n")
    total = sum(1 for _ in root.iter("message"))
    print(f"{lang}: {total} messages, {len(unfinished) + len(refused)} unfinished, "
          f"{len(reused)} reused from another context, {removed} vanished removed")
    for line in reused:
        print(f"  reused   {line}")
    for line in refused:
        print(f"  REFUSED  {line}")
    for line in unfinished:
        print(f"  MISSING  {line}")
    if missing and todo:
        print(json.dumps(todo, ensure_ascii=False, indent=2))
    return not unfinished and not refused


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    langs = [a for a in argv if not a.startswith("--")] or sorted(PLURAL_FORMS)
    ok = True
    for lang in langs:
        ok &= apply(lang, "--check" in flags, "--missing" in flags)
    return 0 if ok or "--check" not in flags else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

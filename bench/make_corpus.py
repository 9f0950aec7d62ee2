#!/usr/bin/env python3
"""Makes a benchmark corpus: SCALE copies of every note in a folder, each copy reworded
and renumbered a little, so deduplication and rendering do real work instead of
recognising exact repeats.

Usage: make_corpus.py INPUT_DIR OUTPUT_DIR SCALE [SEED]
Copy 0 is the notes as they are; copy k > 0 changes about a third of the numbers, swaps a
few common words for others of the same meaning and drops some filler words, always the
same way for the same SEED.
"""
import os
import random
import re
import shutil
import sys

SWAPS = [("can", "may"), ("must", "has to"), ("allows", "lets"), ("use", "employ"), ("big", "large"),
         ("fast", "quick"), ("helps", "aids"), ("shows", "displays"), ("needs", "requires"), ("gets", "obtains")]
FILLER = {"very", "really", "just", "also", "basically"}
NUMBER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")


def reword(line, rng, copy):
    def renumber(match):
        if rng.random() < 0.33:
            return str(int(match.group(1)) + copy)
        return match.group(1)

    line = NUMBER.sub(renumber, line)
    words = line.split(" ")
    out = []
    for word in words:
        lower = word.lower()
        if lower in FILLER and rng.random() < 0.5:
            continue
        for old, new in SWAPS:
            if lower == old and rng.random() < 0.3:
                word = new
                break
        out.append(word)
    return " ".join(out)


def main(source, target, scale, seed=1):
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    names = sorted(n for n in os.listdir(source) if not n.startswith(".") and n != "distill.yml")
    if os.path.exists(os.path.join(source, "distill.yml")):
        shutil.copy(os.path.join(source, "distill.yml"), target)
    for copy in range(scale):
        rng = random.Random(seed * 1000003 + copy)
        for name in names:
            with open(os.path.join(source, name), encoding="utf-8", errors="replace") as f:
                lines = f.read().split("\n")
            stem, dot, ext = name.rpartition(".")
            out_name = f"{stem}-{copy:03d}.{ext}" if dot else f"{name}-{copy:03d}"
            text = "\n".join(lines if copy == 0 else [reword(line, rng, copy) for line in lines])
            with open(os.path.join(target, out_name), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 1)

#!/usr/bin/env python3
"""Times `distill serve` from a save to the moment an open page learns of the rebuild.

Starts `distill serve` on a free port over a copy of the notes and templates, then, SAVES
times over: appends a fact to one note and waits for the new version the way the page's
reload script does (by asking `/__distill/version` for the build after the one it has seen).
Prints the median and the spread of the waits, and the server's own build times.

Usage: serve_latency.py DISTILL INPUT TEMPLATES [SAVES]
With an older server that answers at once, the script asks every 500 ms from a random
start, as that server's pages did.
"""
import json
import random
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def version(base, after=None):
    url = base + "__distill/version" + ("" if after is None else "?after=%d" % after)
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)["version"]


def main():
    distill, source, templates = sys.argv[1:4]
    saves = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    work = tempfile.mkdtemp(prefix="distill-serve-latency-")
    try:
        shutil.copytree(source, os.path.join(work, "Input"))
        shutil.copytree(templates, os.path.join(work, "Templates"))
        log = open(os.path.join(work, "serve.log"), "w+")
        server = subprocess.Popen(
            [distill, "serve", "--input", os.path.join(work, "Input"), "--output", os.path.join(work, "Output"),
             "--templates", os.path.join(work, "Templates"), "--port", "0"],
            stdout=log, stderr=subprocess.STDOUT)
        try:
            base = None
            for _ in range(1200):
                log.seek(0)
                found = re.search(r"serving .* at (http://\S+/)", log.read())
                if found:
                    base = found.group(1)
                    break
                time.sleep(0.1)
            if base is None:
                sys.exit("the server did not start")
            notes = sorted(name for name in os.listdir(os.path.join(work, "Input")) if not name.startswith(".") and name != "distill.yml")
            note = os.path.join(work, "Input", notes[len(notes) // 2])
            # Whether the server waits for the next build (it answers a request for a version
            # after the current one only once there is one) or answers at once.
            seen = version(base)
            started = time.monotonic()
            waits_for_builds = version(base, after=seen) == seen and time.monotonic() - started > 0.5
            waits = []
            for save in range(saves):
                seen = version(base)
                time.sleep(0.7)
                with open(note, "a", encoding="utf-8") as handle:
                    handle.write("\n- A fact added by save %d has %d parts.\n" % (save, save * 7 + 3))
                saved = time.monotonic()
                if not waits_for_builds:
                    # The page looks every 500 ms from whenever it was opened: its first look
                    # after a save comes anywhere in the next 500 ms.
                    time.sleep(random.uniform(0, 0.5))
                while True:
                    now = version(base, after=seen) if waits_for_builds else version(base)
                    if now != seen:
                        break
                    if not waits_for_builds:
                        time.sleep(0.5)
                waits.append(time.monotonic() - saved)
            log.seek(0)
            builds = [float(x) for x in re.findall(r"changed: .*built in ([0-9.]+) s", log.read())]
            print("server waits for builds: %s" % ("yes" if waits_for_builds else "no (the page asks every 500 ms)"))
            print("save to page told: median %.3f s, min %.3f s, max %.3f s over %d saves"
                  % (statistics.median(waits), min(waits), max(waits), len(waits)))
            if builds:
                print("rebuild (server's own figure): median %.3f s over %d builds" % (statistics.median(builds), len(builds)))
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

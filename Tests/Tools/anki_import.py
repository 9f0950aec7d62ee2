#!/usr/bin/env python3
"""Imports Distill's deck files into a throwaway Anki collection with Anki's own CSV
importer, reading each file's own header lines, and prints what happened as JSON.

Usage: anki_import.py FILE.csv [FILE.csv ...]
Every file is imported in turn into the same new collection, so importing a file twice,
or a file and then its edited version, shows what a student's re-import would do.
"""
import csv
import json
import os
import shutil
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest

LOG_FIELDS = ("new", "updated", "duplicate", "conflicting", "first_field_match",
              "missing_notetype", "missing_deck", "empty_first_field")


def data_rows(path):
    """The file's records after its header lines, as Python's CSV reader splits them."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle]
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return [row for row in csv.reader(lines[start:]) if row]


def import_once(collection, path):
    decks_before = {d.name for d in collection.decks.all_names_and_ids()}
    metadata = collection.get_csv_metadata(path=path, delimiter=None)
    response = collection.import_csv(ImportCsvRequest(path=path, metadata=metadata))
    counts = {name: len(getattr(response.log, name)) for name in LOG_FIELDS}
    counts["file"] = os.path.basename(path)
    counts["found_notes"] = response.log.found_notes
    rows = data_rows(path)
    counts["rows"] = len(rows)
    # Decks Anki made that the file does not name (nor as a parent): a parent written
    # after its children, or two spellings of one deck.
    named = {"default"}
    if metadata.WhichOneof("deck") is None or metadata.deck_column:
        for row in rows:
            parts = row[metadata.deck_column - 1].split("::")
            named.update("::".join(parts[:i]).casefold() for i in range(1, len(parts) + 1))
    counts["unnamed_decks"] = sorted(d.name for d in collection.decks.all_names_and_ids()
                                     if d.name not in decks_before and d.name.casefold() not in named)
    return counts


def summary(collection):
    notes = []
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        notes.append({
            "guid": note.guid,
            "notetype": note.note_type()["name"],
            "fields": list(note.fields),
            "tags": list(note.tags),
            "decks": sorted({collection.decks.name(card.did) for card in note.cards()}),
            "cards": len(note.cards()),
        })
    empty = collection.get_empty_cards()
    return {
        "note_count": collection.note_count(),
        "card_count": collection.card_count(),
        "empty_cards": sum(len(n.card_ids) for n in empty.notes),
        "shared_guids": collection.db.scalar(
            "select count() from (select guid from notes group by guid having count() > 1)"),
        "decks": sorted(d.name for d in collection.decks.all_names_and_ids()),
        "notes": sorted(notes, key=lambda n: n["guid"]),
    }


def main(paths):
    folder = tempfile.mkdtemp(prefix="distill-anki-")
    collection = Collection(os.path.join(folder, "collection.anki2"))
    try:
        imports = [import_once(collection, path) for path in paths]
        result = {"imports": imports}
        result.update(summary(collection))
        print(json.dumps(result, ensure_ascii=False))
    finally:
        collection.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1:])

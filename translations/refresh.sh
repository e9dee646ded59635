#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refresh the .ts files from the sources and write the translations of
# translations/<lang>.json into them. See translations/README.md.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
TS="translations/campaign-pilot_de.ts translations/campaign-pilot_es.ts"
# English needs only its plural forms ("%n day(s)" -> "1 day", "2 days").
EN="translations/campaign-pilot_en.ts"
# 1. New strings in, vanished ones out (the same scan as tst_translations).
"$LUPDATE" -silent app ui agents models -no-obsolete -ts $TS
"$LUPDATE" -silent app ui agents models -no-obsolete -pluralonly -source-language en -target-language en -ts $EN
# 2. Translations from the JSON files; refused or missing ones are listed.
python3 translations/apply.py "$@" de es en
# 3. lupdate's own layout again (apply.py writes plain XML).
"$LUPDATE" -silent app ui agents models -no-obsolete -ts $TS
"$LUPDATE" -silent app ui agents models -no-obsolete -pluralonly -source-language en -target-language en -ts $EN
python3 translations/apply.py --check de es en >/dev/null || {
    echo "Some messages are unfinished: add them to translations/de.json, es.json and en.json (apply.py --missing lists them)." >&2
    exit 1
}

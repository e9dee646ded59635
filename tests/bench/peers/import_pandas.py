#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The pandas peer of the daily-sales importer (issue 14): read_csv + to_sql of
# the same file into the same table a competent pandas user would make for
# it — our product_days key and types (a WITHOUT ROWID table keyed
# (product_id, day) with the day index, money as integer minor units, WAL),
# columns mapped by name, one transaction. Prints the wall time in ms.
# Usage: import_pandas.py CSV DB    (Debian's python3-pandas)
import sqlite3
import sys
import time

import pandas as pd

csv_path, db_path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
df = pd.read_csv(csv_path, dtype={"date": str, "stock_code": str, "description": str, "units": "int64",
                                  "revenue_gbp": str, "orders": "int64"}, keep_default_na=False)
# Money as exact integer pence, as the importer stores it (no float rounding).
parts = df["revenue_gbp"].str.split(".", n=1, expand=True)
pence = parts[1].fillna("").str.ljust(2, "0").str[:2]
sign = df["revenue_gbp"].str.startswith("-").map({True: -1, False: 1})
df["revenue_minor"] = sign * (parts[0].str.lstrip("-").astype("int64") * 100 + pence.replace("", "0").astype("int64"))
out = df.rename(columns={"date": "day", "stock_code": "product_id", "units": "units_sold"})[
    ["product_id", "day", "units_sold", "revenue_minor", "orders"]]
con = sqlite3.connect(db_path)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA cache_size=-65536")
con.execute("CREATE TABLE product_days (product_id TEXT NOT NULL, day TEXT NOT NULL, units_sold INTEGER NOT NULL, "
            "revenue_minor INTEGER NOT NULL, orders INTEGER NOT NULL, PRIMARY KEY (product_id, day)) WITHOUT ROWID")
con.execute("CREATE INDEX product_days_by_day ON product_days(day)")
with con:
    out.to_sql("product_days", con, if_exists="append", index=False)
con.close()
print(int((time.perf_counter() - start) * 1000))

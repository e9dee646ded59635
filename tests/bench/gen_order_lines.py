#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic order-lines file in the UCI shape, for the memory
benchmark of the import (BENCHMARKS.md, issue 13):

    tests/bench/gen_order_lines.py 1000000 > /tmp/lines.csv

Deterministic (fixed seed): 4,000 products, 365 days, ~20,000 invoices of a
few dozen lines each, 2 % cancellations."""
import random
import sys
from datetime import datetime, timedelta

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    rng = random.Random(13)
    out = sys.stdout
    out.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n")
    start = datetime(2011, 1, 1, 8, 0)
    invoice = 500000
    written = 0
    while written < n:
        invoice += 1
        when = start + timedelta(days=rng.randrange(365), minutes=rng.randrange(600))
        cancel = rng.random() < 0.02
        customer = 12000 + rng.randrange(4000)
        for _ in range(min(rng.randrange(1, 60), n - written)):
            product = rng.randrange(4000)
            qty = rng.randrange(1, 25)
            price = rng.randrange(10, 2000)
            out.write("%s%d,P%05d,PRODUCT %d,%d,%s,%d.%02d,%d.0,United Kingdom\n" % (
                "C" if cancel else "", invoice, product, product, -qty if cancel else qty,
                when.strftime("%Y-%m-%d %H:%M:%S"), price // 100, price % 100, customer))
            written += 1

if __name__ == "__main__":
    main()

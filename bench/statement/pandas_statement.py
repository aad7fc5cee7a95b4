#!/usr/bin/env python3
"""The pandas side of the statement benchmark: read_csv and a group-by on store, country and sale month, the
same work bench_statement does, on the same files. One line of JSON per file (the fastest of N runs).

    pandas_statement.py [--runs N] FILE...
"""
import argparse
import json
import resource
import sys
import time

import pandas as pd


def run(path):
    start, cpu_start = time.perf_counter(), time.process_time()
    frame = pd.read_csv(path, sep="\t", dtype={"ISRC": str, "UPC": str})
    amount = "Earnings (USD)"
    total = frame[amount].sum()
    groups = [frame.groupby(column)[[amount, "Quantity"]].sum() for column in ("Store", "Country of Sale", "Sale Month")]
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    return cpu_seconds, len(frame), float(total), seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        best = None
        for _ in range(args.runs):
            result = run(path)
            if best is None or result[0] < best[0]:
                best = result
        cpu_seconds, rows, total, seconds = best
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({"engine": "pandas " + pd.__version__, "file": path, "rows": rows, "seconds": round(seconds, 4),
                          "cpu_seconds": round(cpu_seconds, 4), "rows_per_second": round(rows / cpu_seconds), "peak_rss_bytes": peak, "earnings_float": total}))
        sys.stdout.flush()


if __name__ == "__main__":
    main()

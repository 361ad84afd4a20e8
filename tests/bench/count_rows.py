"""The native peer of `lantern summary`: Python's csv module counting a file's rows.

    farm-bench -n 7 --vs "python3 tests/bench/count_rows.py FILE" -- target/release/lantern summary FILE
"""
import csv
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(sum(1 for _ in csv.reader(f)))

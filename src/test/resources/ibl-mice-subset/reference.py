#!/usr/bin/env python3
"""Independent reference numbers for the IBL mouse tests (plain Python, no ibl-rnn code).

    python3 reference.py DIR      # DIR: IBL "changepoint" CSVs, plain or gzipped

Reads every *.csv / *.csv.gz in DIR except *_endtrain.csv[.gz] and prints, as JSON, what MouseDataTest checks:
the sources and row count, and over the analysed trials (biased blocks: stim_probability_left != 0.5; with a
response: response_choice != 0) the accuracy, the accuracy per unsigned contrast for all / concordant (stimulus
on the block's likely side) / discordant trials (position 0 has no side: neither), and P(right) at zero contrast
in left (P(left) > 0.5) and right blocks. On the full May 2020 set it gives the published reference numbers
(accuracy 0.819; by contrast 0 %: 0.601 / 0.669 / 0.327; P(right) at 0 %: 0.306 left block, 0.646 right block).
"""
import csv
import gzip
import json
import os
import sys


def sources(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        base = name[:-3] if name.endswith(".gz") else name
        if base.endswith(".csv") and not base.endswith("_endtrain.csv"):
            out.append((base[:-4], os.path.join(folder, name)))
    return out


def rows(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", newline="") as f:
        yield from csv.DictReader(f)


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def main(folder):
    names = []
    total = 0
    correct = []
    by_contrast = {}
    zero_right = {"left_block": [], "right_block": []}
    for name, path in sources(folder):
        names.append(name)
        for r in rows(path):
            total += 1
            p_left = float(r["stim_probability_left"])
            choice = int(float(r["response_choice"]))
            if p_left == 0.5 or choice == 0:
                continue
            ok = float(r["trial_correct"]) == 1.0
            contrast = float(r["contrast"])
            position = float(r["position"])
            side = (position > 0) - (position < 0)
            block = -1 if p_left > 0.5 else 1
            correct.append(ok)
            c = by_contrast.setdefault(contrast, {"all": [], "concordant": [], "discordant": []})
            c["all"].append(ok)
            if side != 0:
                c["concordant" if side == block else "discordant"].append(ok)
            if contrast == 0:
                zero_right["left_block" if block < 0 else "right_block"].append(choice == 1)
    print(json.dumps({
        "sources": names,
        "trials": total,
        "analysed_trials": len(correct),
        "correct_by_total_trials": mean(correct),
        "by_contrast": [{"contrast": k, **{g: mean(v) for g, v in c.items()},
                         **{"n_" + g: len(v) for g, v in c.items()}} for k, c in sorted(by_contrast.items())],
        "p_right_zero_contrast": {k: mean(v) for k, v in zero_right.items()},
    }, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])

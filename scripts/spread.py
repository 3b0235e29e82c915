#!/usr/bin/env python3
"""Run the whole course once per seed, each on an empty model cache, and report the spread.

    npm run spread -- --seeds 1 2 3          # three full runs (the numbers in docs/results.md)
    npm run spread -- --seeds 1 2 --quick    # a fast check of the mechanics
    npm run spread -- 04 --seeds 1 2 3       # notebook 04 only (name prefixes go before --seeds)

Each run is `run_course.py` with COURSE_SEED set and its own empty COURSE_CACHE_DIR, so every
model trains from its seed. Results: out/spread/SEED/ (the runner's usual output per seed) and
out/spread.json (every metric: the value per seed, min, median, max), printed as a table.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"


def run_seed(seed: int, quick: bool, notebooks: list) -> dict:
    out_dir = OUT / "spread" / str(seed)
    with tempfile.TemporaryDirectory(prefix=f"course-cache-{seed}-") as cache:
        env = {**os.environ, "COURSE_SEED": str(seed), "COURSE_CACHE_DIR": cache, "COURSE_OUT_DIR": str(out_dir)}
        command = [sys.executable, str(ROOT / "scripts" / "run_course.py"), *(["--quick"] if quick else []), *notebooks]
        start = time.time()
        finished = subprocess.run(command, env=env)
        seconds = round(time.time() - start, 1)
    summary = json.loads((out_dir / "course.json").read_text()) if (out_dir / "course.json").exists() else {"notebooks": []}
    return {"seed": seed, "ok": finished.returncode == 0, "seconds": seconds, "notebooks": summary["notebooks"]}


def spread(runs: list) -> dict:
    """metric name ('01-autoencoders.heldOutBCE') -> values per seed, min, median, max."""
    values = {}
    for run in runs:
        for notebook in run["notebooks"]:
            for name, value in notebook.get("metrics", {}).items():
                values.setdefault(f"{notebook['name']}.{name}", {})[str(run["seed"])] = value
    table = {}
    for metric, per_seed in values.items():
        numbers = list(per_seed.values())
        table[metric] = {"perSeed": per_seed, "min": min(numbers), "median": statistics.median(numbers), "max": max(numbers)}
    return table


def seed_number(text: str) -> int:
    """A seed: a whole number written without leading zeros, so that a notebook prefix such as
    '04' placed after --seeds is refused instead of silently becoming seed 4."""
    if not text.lstrip("-").isdigit() or (len(text.lstrip("-")) > 1 and text.lstrip("-").startswith("0")):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a seed; notebook name prefixes go before --seeds, e.g. `04 --seeds 1 2 3`")
    return int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the course once per seed and report the spread of its metrics.")
    parser.add_argument("--seeds", type=seed_number, nargs="+", default=[1, 2, 3], help="seeds to run (default 1 2 3)")
    parser.add_argument("--quick", action="store_true", help="quick mode (tiny data): checks the mechanics only")
    parser.add_argument("notebooks", nargs="*", help="notebook name prefixes (default: all)")
    args = parser.parse_args()

    runs = []
    for seed in args.seeds:
        print(f"=== seed {seed}", flush=True)
        runs.append(run_seed(seed, args.quick, args.notebooks))
    table = spread(runs)
    result = {"mode": "quick" if args.quick else "full", "seeds": args.seeds,
              "runs": [{k: r[k] for k in ("seed", "ok", "seconds")} for r in runs], "metrics": table}
    OUT.mkdir(exist_ok=True)
    (OUT / "spread.json").write_text(json.dumps(result, indent=2))

    print(f"\n| metric | {' | '.join(f'seed {s}' for s in args.seeds)} | min | median | max |")
    print(f"|---|{'---|' * (len(args.seeds) + 3)}")
    for metric, row in table.items():
        cells = [f"{row['perSeed'].get(str(s), float('nan')):.4g}" for s in args.seeds]
        print(f"| {metric} | {' | '.join(cells)} | {row['min']:.4g} | {row['median']:.4g} | {row['max']:.4g} |")
    print("\nwhole runs: " + ", ".join(f"seed {r['seed']} {r['seconds']} s{'' if r['ok'] else ' (FAILED)'}" for r in runs))
    print(f"written: {OUT / 'spread.json'}")
    return 0 if all(r["ok"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

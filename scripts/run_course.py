#!/usr/bin/env python3
"""Run the course notebooks headless, the way a learner would, and record what happened.

Every notebook in notebooks/ (English) or notebooks/my/ (Myanmar, --lang my; --lang both runs
the two) runs in name order through Jupyter's own client (nbclient) on the tslab kernel, with the
notebook's folder as working directory. Results (Myanmar ones under a my/ subfolder):
  out/notebooks/NAME.ipynb   the executed notebook, outputs included
  out/html/NAME.html         the same, exported to HTML
  out/course.json            one entry per notebook: name, language, seconds, ok, failing cell, error,
                             metrics, and run (the seed, backend and threads the metrics came from)
Quick mode (--quick) sets COURSE_QUICK=1, which the notebooks read to train on tiny subsets.
Metrics: a notebook calls publishMetrics({...}) from the library, which writes the JSON file
named by COURSE_METRICS_FILE; this runner copies it into course.json.
Exit status is non-zero when any notebook failed; the message names the first failing cell.
"""
import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
# Both can be moved (the runner's own tests point them at temporary folders).
NOTEBOOKS = Path(os.environ.get("COURSE_NOTEBOOKS_DIR", ROOT / "notebooks"))
OUT = Path(os.environ.get("COURSE_OUT_DIR", ROOT / "out"))
# Where each language's notebooks live, relative to NOTEBOOKS (and to OUT's folders).
LANGUAGE_FOLDERS = {"en": "", "my": "my"}


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def select(names, language):
    found = sorted((NOTEBOOKS / LANGUAGE_FOLDERS[language]).glob("*.ipynb"))
    if not names:
        return found
    chosen = [p for p in found if any(p.stem.startswith(n) or p.name == n for n in names)]
    if not chosen:
        sys.exit(f"No {language} notebook matches {names}; notebooks are: {[p.stem for p in found]}")
    return chosen


def first_line(source: str) -> str:
    line = source.strip().splitlines()[0] if source.strip() else ""
    return line[:80]


def error_message(cell) -> str:
    """tslab prints a failing cell's error on stderr rather than in an 'error' output: find it."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("name") == "stderr")
    text += "".join(o.get("evalue", "") for o in cell.get("outputs", []) if o.get("output_type") == "error")
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for line in lines:
        if re.match(r"^[A-Za-z]*Error\b.*:", line):
            return line
    return " / ".join(lines[:3])


def run_notebook(path: Path, cell_timeout: int, language: str = "en") -> dict:
    folder = LANGUAGE_FOLDERS[language]
    metrics_file = OUT / "metrics" / folder / f"{path.stem}.json"
    run_file = metrics_file.with_name(f"{path.stem}.run.json")  # written beside it by publishMetrics
    metrics_file.unlink(missing_ok=True)
    run_file.unlink(missing_ok=True)
    metrics_file.parent.mkdir(parents=True, exist_ok=True)
    os.environ["COURSE_METRICS_FILE"] = str(metrics_file)  # the kernel inherits this

    nb = nbformat.read(path, as_version=4)
    running = {"index": None}

    def on_cell_start(cell, cell_index, **_):
        running["index"] = cell_index

    client = NotebookClient(
        nb,
        kernel_name="tslab",
        timeout=cell_timeout,
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_start=on_cell_start,
    )
    entry = {"name": path.stem, "language": language, "seconds": 0.0, "ok": True, "failingCell": None, "error": None, "metrics": {}, "run": None}
    start = time.time()
    try:
        client.execute()
    except CellExecutionError as err:
        entry.update(ok=False, error=f"{err.ename}: {err.evalue}")
    except CellTimeoutError:
        entry.update(ok=False, error=f"a cell ran longer than {cell_timeout} s")
    except DeadKernelError as err:
        entry.update(ok=False, error=f"the kernel died: {err}")
    except Exception as err:  # a kernel that never starts, a missing kernelspec, ...
        entry.update(ok=False, error=f"{type(err).__name__}: {err}")
    entry["seconds"] = round(time.time() - start, 1)
    if not entry["ok"] and running["index"] is not None:
        cell = nb.cells[running["index"]]
        entry["failingCell"] = {"index": running["index"], "firstLine": first_line(cell.source)}
        entry["error"] = error_message(cell) or entry["error"]
    if metrics_file.exists():
        entry["metrics"] = json.loads(metrics_file.read_text())
    if run_file.exists():
        entry["run"] = json.loads(run_file.read_text())  # seed, backend and threads of the numbers

    write_atomic(OUT / "notebooks" / folder / path.name, nbformat.writes(nb))
    html, _ = HTMLExporter(template_name="course", extra_template_basedirs=[str(ROOT / "scripts" / "nbconvert")]).from_notebook_node(nb)
    write_atomic(OUT / "html" / folder / f"{path.stem}.html", html)
    return entry


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the course notebooks headless on the tslab kernel.")
    parser.add_argument("--quick", action="store_true", help="tiny data and one short epoch (what npm test runs)")
    parser.add_argument("--timeout", type=int, help="seconds a single cell may take (default 600 quick, 1800 full)")
    parser.add_argument("--lang", choices=["en", "my", "both"], default="en",
                        help="English notebooks (default), the Myanmar ones (notebooks/my), or both")
    parser.add_argument("notebooks", nargs="*", help="notebook names or name prefixes (default: all)")
    args = parser.parse_args()

    kernels = ROOT / ".jupyter" / "share" / "jupyter"
    if not (kernels / "kernels" / "tslab" / "kernel.json").exists():
        sys.exit("The tslab kernel is not registered yet: run `npm run setup` first.")
    os.environ["JUPYTER_PATH"] = str(kernels)
    if args.quick:
        os.environ["COURSE_QUICK"] = "1"
    else:
        os.environ.pop("COURSE_QUICK", None)
    cell_timeout = args.timeout or (600 if args.quick else 1800)
    # With COURSE_RETRAIN=1, models trained during this run count as fresh (later notebooks reuse them).
    os.environ["COURSE_RUN_STARTED_MS"] = str(int(time.time() * 1000))

    languages = ["en", "my"] if args.lang == "both" else [args.lang]
    runs = [(language, path) for language in languages for path in select(args.notebooks, language)]
    mode = "quick" if args.quick else "full"
    print(f"Running {len(runs)} notebook(s) in {mode} mode on the tslab kernel", flush=True)
    results = []
    for number, (language, path) in enumerate(runs, 1):
        label = f"{LANGUAGE_FOLDERS[language]}/{path.stem}" if LANGUAGE_FOLDERS[language] else path.stem
        print(f"[{number}/{len(runs)}] {label} ...", end=" ", flush=True)
        entry = run_notebook(path, cell_timeout, language)
        results.append(entry)
        status = "ok" if entry["ok"] else "FAILED"
        print(f"{status} ({entry['seconds']} s)", flush=True)
        for name, value in entry["metrics"].items():
            print(f"      {name} = {value}", flush=True)

    summary = {"mode": mode, "languages": languages, "notebooks": results}
    write_atomic(OUT / "course.json", json.dumps(summary, indent=2))
    print(f"Executed notebooks: {OUT / 'notebooks'}; HTML: {OUT / 'html'}; summary: {OUT / 'course.json'}")
    failed = [r for r in results if not r["ok"]]
    if failed:
        first = failed[0]
        cell = first["failingCell"]
        where = f"cell {cell['index']} ({cell['firstLine']!r})" if cell else "before any cell ran"
        folder = LANGUAGE_FOLDERS[first["language"]]
        print(f"FAILED: {first['name']} ({first['language']}), {where}: {first['error']}", file=sys.stderr)
        print(f"See {OUT / 'notebooks' / folder / (first['name'] + '.ipynb')} for the full output.", file=sys.stderr)
        return 1
    print(f"All {len(results)} notebook(s) ran top to bottom.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

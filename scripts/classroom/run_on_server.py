#!/usr/bin/python3
"""Run a notebook's code cells (and extra cells) on a kernel of a learner's Jupyter server.

This is how the classroom test uses the course exactly as a learner's browser does: through
the hub's proxy, the single-user server's REST API and the kernel's websocket, authenticated
with the learner's own hub token. Prints one JSON object: each cell's text output and error.

usage: run_on_server.py SERVER_URL NOTEBOOK_PATH [--cell CODE]... [--kernel tslab] [--timeout S]
  SERVER_URL     e.g. http://127.0.0.1:8000/user/NAME/
  NOTEBOOK_PATH  relative to the learner's home, e.g. course/notebooks/00-getting-started.ipynb
The token comes from the environment (JUPYTER_TOKEN), never from the command line.
"""
import argparse
import json
import os
import sys
import uuid

import nbformat
from tornado import gen, httpclient, ioloop, websocket


def message(code):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": "execute_request", "username": "",
                   "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }


def text_of(msg):
    content = msg["content"]
    kind = msg["header"]["msg_type"]
    if kind == "stream":
        return content["text"]
    if kind in ("execute_result", "display_data"):
        data = content.get("data", {})
        images = [mime for mime in data if mime.startswith("image/")]
        text = data.get("text/markdown") or data.get("text/plain") or data.get("text/html")
        return text or (f"[{images[0]}]\n" if images else "")
    return ""


async def run(server, path, extra_cells, kernel, timeout):
    token = os.environ["JUPYTER_TOKEN"]
    headers = {"Authorization": f"token {token}"}
    http = httpclient.AsyncHTTPClient()
    # Generous time limits: on a busy machine a kernel can take a while to come up.
    limits = {"connect_timeout": 120, "request_timeout": 120}
    session = json.loads((await http.fetch(
        server + "api/sessions", method="POST", headers=headers, **limits,
        body=json.dumps({"path": path, "type": "notebook", "name": "", "kernel": {"name": kernel}}),
    )).body)
    kernel_id = session["kernel"]["id"]
    ws_url = server.replace("http", "ws", 1) + f"api/kernels/{kernel_id}/channels"
    connection = await websocket.websocket_connect(httpclient.HTTPRequest(ws_url, headers=headers, **limits))
    results = []
    try:
        for code in extra_cells["before"] + extra_cells["notebook"] + extra_cells["after"]:
            request = message(code)
            await connection.write_message(json.dumps(request))
            parent = request["header"]["msg_id"]
            outcome = {"source": code, "text": "", "error": None}
            idle = replied = False
            while not (idle and replied):
                raw = await gen.with_timeout(ioloop.IOLoop.current().time() + timeout, connection.read_message())
                if raw is None:
                    raise RuntimeError("the kernel's websocket closed")
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != parent:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "error":
                    outcome["error"] = f"{msg['content']['ename']}: {msg['content']['evalue']}"
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    idle = True
                elif kind == "execute_reply":
                    replied = True
                    if msg["content"]["status"] != "ok" and not outcome["error"]:
                        outcome["error"] = msg["content"].get("evalue", msg["content"]["status"])
                else:
                    outcome["text"] += text_of(msg)
            results.append(outcome)
            if outcome["error"]:
                break
    finally:
        connection.close()
        await http.fetch(server + f"api/sessions/{session['id']}", method="DELETE", headers=headers, **limits)
    return {"kernel": kernel, "cells": results}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("server")
    parser.add_argument("notebook", help="path relative to the server's root; its code cells run")
    parser.add_argument("--notebook-file", help="where to read the notebook's cells (default: skip them)")
    parser.add_argument("--before", action="append", default=[], help="code run before the notebook's cells")
    parser.add_argument("--cell", action="append", default=[], help="code run after the notebook's cells")
    parser.add_argument("--kernel", default="tslab")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    if "JUPYTER_TOKEN" not in os.environ:
        sys.exit("run_on_server.py: set JUPYTER_TOKEN to the learner's hub token")
    notebook_cells = []
    if args.notebook_file:
        nb = nbformat.read(args.notebook_file, as_version=4)
        notebook_cells = [c.source for c in nb.cells if c.cell_type == "code"]
    server = args.server if args.server.endswith("/") else args.server + "/"
    cells = {"before": args.before, "notebook": notebook_cells, "after": args.cell}
    result = ioloop.IOLoop.current().run_sync(lambda: run(server, args.notebook, cells, args.kernel, args.timeout))
    print(json.dumps(result))


if __name__ == "__main__":
    main()

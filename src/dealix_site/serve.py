"""`dealix-site serve`: live preview of the handbook and the public site on 127.0.0.1.

Every change under docs/, landing/, templates/, the policy, mkdocs.yml or the ops catalog
triggers a preview build in a fresh process (so code changes are picked up). A page reloads
itself when a new build is ready; findings and build errors are shown on the page, with the
offending words marked, and the server keeps serving the last good build until the next good
edit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from html import escape
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from dealix_site.preview import STATUS
from dealix_site.project import Project

_RELOAD = """<script>(function(){var v=%d;function poll(){fetch('/__dealix__/version',{cache:'no-store'})
.then(function(r){return r.json()}).then(function(s){if(s.version!==v){location.reload();}else{setTimeout(poll,700);}})
.catch(function(){setTimeout(poll,1500);});}setTimeout(poll,700);})();</script>"""

_STYLE = """<style>#dealix-overlay{position:fixed;inset-inline:0;bottom:0;max-height:45vh;overflow:auto;z-index:99999;
background:#fff8e1;color:#1a1a1a;border-top:4px solid #b00020;font:15px/1.6 system-ui,sans-serif;padding:12px 16px;
direction:rtl;text-align:start}#dealix-overlay h2{margin:0 0 6px;font-size:17px;color:#b00020}
#dealix-overlay li{margin:4px 0}#dealix-overlay code{direction:ltr;unicode-bidi:isolate}
#dealix-overlay pre{white-space:pre-wrap;direction:ltr;text-align:left}
mark.dealix-finding{background:#ffd6d6;color:#7a0010;outline:2px solid #b00020;border-radius:3px}</style>"""


class PreviewState:
    """What the server shows: the current build folder, its status and a version counter."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.dir: Path | None = None
        self.status: dict = {"fatal": None, "findings": [], "pages": {}}
        self.version = 0
        self.building = False

    def publish(self, new_dir: Path | None, status: dict) -> None:
        with self.lock:
            old = self.dir
            if new_dir is not None:
                self.dir = new_dir
            self.status = status
            self.version += 1
        if new_dir is not None and old is not None and old != new_dir:
            shutil.rmtree(old, ignore_errors=True)


def overlay_html(status: dict, page_key: str | None) -> str:
    items: list[str] = []
    if status.get("fatal"):
        items.append(f"<h2>تعذّر البناء — نعرض آخر نسخة سليمة</h2><pre>{escape(status['fatal'])}</pre>")
    findings = status.get("findings") or []
    here = status.get("pages", {}).get(page_key, []) if page_key else []
    shown = here or findings
    if shown:
        title = "ملاحظات المدقق على هذه الصفحة" if here else "ملاحظات المدقق في المشروع"
        rows = "".join(
            f"<li><code>{escape(f['path'])}:{f['line']}:{f['column']}</code> "
            f"<strong>[{escape(f['category'])}]</strong> {escape(f['message'])}"
            f"{' — <mark class=dealix-finding>' + escape(f['match']) + '</mark>' if f.get('match') else ''}"
            f"{'<br>اقتراح: ' + escape(f['suggestion']) if f.get('suggestion') else ''}</li>"
            for f in shown[:50]
        )
        items.append(f"<h2>{title} ({len(shown)})</h2><ul>{rows}</ul>")
    if not items:
        return ""
    return f'{_STYLE}<aside id="dealix-overlay" role="alert" lang="ar" dir="rtl">{"".join(items)}</aside>'


class _Handler(SimpleHTTPRequestHandler):
    state: PreviewState

    def log_message(self, format: str, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        root = self.state.dir or Path(tempfile.gettempdir()) / "dealix-empty"
        self.directory = str(root)
        return super().translate_path(path)

    def do_GET(self) -> None:
        state = self.state
        if self.path.startswith("/__dealix__/version"):
            with state.lock:
                body = json.dumps({"version": state.version, "building": state.building,
                                   "fatal": state.status.get("fatal")}).encode()
            return self._send(body, "application/json")
        if self.path in ("/", "/index.html"):
            return self._send(self._inject(self._index(), None), "text/html; charset=utf-8")
        if state.dir is None:
            return self._send(self._inject(self._waiting(), None), "text/html; charset=utf-8")
        fs_path = Path(self.translate_path(self.path))
        if fs_path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.end_headers()
                return None
            fs_path = fs_path / "index.html"
        if fs_path.suffix == ".html" and fs_path.is_file():
            rel = fs_path.relative_to(state.dir).as_posix()
            return self._send(self._inject(fs_path.read_text("utf-8"), rel), "text/html; charset=utf-8")
        return super().do_GET()

    def _index(self) -> str:
        return ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>معاينة Dealix</title>'
                '</head><body><h1>معاينة Dealix</h1><ul><li><a href="/handbook/">دليل الفريق (داخلي)</a></li>'
                '<li><a href="/public/">الموقع العام</a></li></ul></body></html>')

    def _waiting(self) -> str:
        return ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>جارٍ البناء</title>'
                '</head><body><p>جارٍ البناء الأول…</p></body></html>')

    def _inject(self, html: str, page_key: str | None) -> str:
        with self.state.lock:
            extra = overlay_html(self.state.status, page_key) + (_RELOAD % self.state.version)
        at = html.rfind("</body>")
        return html[:at] + extra + html[at:] if at >= 0 else html + extra

    def _send(self, text: str | bytes, ctype: str) -> None:
        body = text.encode("utf-8") if isinstance(text, str) else text
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class _Changes(FileSystemEventHandler):
    def __init__(self, trigger: threading.Event, ignore: tuple[Path, ...]) -> None:
        self.trigger = trigger
        self.ignore = ignore

    def on_any_event(self, event: FileSystemEvent) -> None:
        path = Path(str(event.src_path))
        if event.event_type in ("opened", "closed_no_write") or path.suffix in (".pyc", ".swp", ".tmp") \
                or "__pycache__" in path.parts or any(path.is_relative_to(i) for i in self.ignore):
            return
        self.trigger.set()


def watched(project: Project) -> list[Path]:
    return [p for p in (project.docs_dir, project.landing_dir, project.templates_dir, project.policy_path,
                        project.mkdocs_config, project.root / "src" / "dealix_site") if p.exists()]


def rebuild(project: Project, work: Path) -> tuple[Path, dict]:
    out = Path(tempfile.mkdtemp(prefix="preview-", dir=work))
    proc = subprocess.run([sys.executable, "-m", "dealix_site.preview", str(project.root), str(out)],
                          capture_output=True, text=True, check=False)
    try:
        status = json.loads((out / STATUS).read_text("utf-8"))
    except (OSError, ValueError):
        status = {"fatal": (proc.stderr.strip() or "preview build crashed")[-4000:], "findings": [], "pages": {}}
    return out, status


def _report(status: dict) -> None:
    stamp = time.strftime("%H:%M:%S")
    if status.get("fatal"):
        print(f"[{stamp}] build error (serving the last good build):\n  {status['fatal']}", flush=True)
    findings = status.get("findings") or []
    for f in findings:
        print(f"  {f['path']}:{f['line']}:{f['column']}: {f['severity']} [{f['category']}] {f['message']}", flush=True)
    if not status.get("fatal"):
        print(f"[{stamp}] rebuilt: {len(findings)} finding(s)", flush=True)


def serve(project: Project, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> int:
    work = Path(tempfile.mkdtemp(prefix="dealix-serve-"))
    state = PreviewState()
    handler = type("Handler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    trigger = threading.Event()
    trigger.set()  # the first build
    observer = Observer()
    changes = _Changes(trigger, (project.site_dir,))
    for path in watched(project):
        observer.schedule(changes, str(path if path.is_dir() else path.parent), recursive=path.is_dir())
    observer.start()

    def builder() -> None:
        while True:
            trigger.wait()
            time.sleep(0.25)  # let an editor finish writing (save = several events)
            trigger.clear()
            state.building = True
            out, status = rebuild(project, work)
            state.building = False
            _report(status)
            if status.get("fatal"):
                shutil.rmtree(out, ignore_errors=True)
                state.publish(None, status)
            else:
                state.publish(out, status)

    threading.Thread(target=builder, daemon=True).start()
    url = f"http://{host}:{server.server_address[1]}/"
    print(f"serving the preview on {url} (handbook: {url}handbook/, public site: {url}public/); Ctrl+C stops",
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)
    return 0

"""The compiled policy, kept on disk so a lint run starts in milliseconds, not a second.

Loading the policy from scratch means parsing YAML, validating it with pydantic and writing
about 1,800 regular expressions (two seconds), then compiling each one a run meets (about 6 ms
apiece). The cache keeps every pattern's compiled engine program; building them all takes about
ten seconds, once per change of the policy or of the linter, and spares every later run. The
compiled form is plain data, so it is stored with :mod:`marshal` (which, unlike pickle, never
runs code on load) together with the regex engine's compiled program for every pattern, under a
key made of the policy file's bytes, the source of the modules that shape the compiled form, and
the interpreter's version. Any change to one of them is a different key; an unreadable, truncated
or foreign entry is ignored and rebuilt. The cache only ever holds what the slow path would have
produced from the same bytes, so it can be deleted at any time.

An entry is a small head (the plain data, checked whole by its SHA-256) and the programs, about
65 MB, which stay on disk, mapped: each is read, and checked against its own digest, when its
pattern is first used. Reading and checking all of them up front took 70 ms of every run's start;
a program that fails its check is compiled the usual way instead.

Building the programs is most of a rebuild (6.5 s of 7.5 s here), and an edit of the policy changes
few patterns: a rebuild takes the program of every pattern whose text is unchanged from the newest
entry built by the same interpreter (a program depends only on its pattern's text and the regex
engine), checked against its digest, and compiles only the rest.

Where: ``$DEALIX_SITE_CACHE`` (empty or ``0`` turns it off), else ``$XDG_CACHE_HOME/dealix-site``,
else ``~/.cache/dealix-site``. A read-only or missing home just means no cache.
"""

from __future__ import annotations

import _sre
import array
import dataclasses
import functools
import hashlib
import marshal
import mmap
import os
import re
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dealix_site.lint.compile import (
    Bilingual,
    CategoryInfo,
    CompiledCategory,
    CompiledNegation,
    CompiledPolicy,
    CompiledTerm,
    LazyPattern,
    RequiredRule,
    automaton_entries,
    automaton_of,
)

ENV = "DEALIX_SITE_CACHE"
FORMAT = "dealix-policy-cache/15"
KEEP = 4  # entries kept (about 65 MB each); older ones are pruned when a new one is written
# The modules whose code decides what the compiled form of a given policy file is.
_SHAPING = ("cache.py", "compile.py", "normalize.py", "policy.py")
# The regex engine a program is built for and valid in: an entry records it, and its programs are
# reused by a rebuild only under the same one.
_ENGINE = (sys.version, _sre.MAGIC, _sre.CODESIZE)
# array typecode whose item size is the regex engine's code word (4 bytes on CPython).
_ITEM = next((t for t in ("I", "L") if array.array(t).itemsize == _sre.CODESIZE), "")


def cache_dir() -> Path | None:
    value = os.environ.get(ENV)
    if value is not None:
        return Path(value) if value.strip() not in ("", "0", "off", "false", "no") else None
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        return (Path(base) if base else Path.home() / ".cache") / "dealix-site"
    except RuntimeError:  # no home directory
        return None


def cache_key(policy_bytes: bytes) -> str:
    h = hashlib.sha256()
    for part in (FORMAT, sys.version, str(_sre.MAGIC)):
        h.update(part.encode())
        h.update(b"\0")
    here = Path(__file__).parent
    for name in _SHAPING:
        h.update((here / name).read_bytes())
        h.update(b"\0")
    h.update(policy_bytes)
    return h.hexdigest()[:40]


# --- The regex engine's compiled programs -------------------------------------------------
# re.compile is parse + code generation in Python (about 4 ms per policy pattern here) and then
# _sre.compile, which only loads the program. Storing the program skips the first two. This uses
# CPython's re internals, so the key includes sys.version and _sre.MAGIC, the stored program is
# checked against re.compile by the tests, and anything unexpected falls back to re.compile.


def code_of(text: str) -> tuple[Any, ...] | None:
    """What ``re.compile(text)`` hands to the engine, or None where that cannot be captured."""
    if not _ITEM:
        return None
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(text, 0)
        program = _compiler._code(parsed, 0)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (parsed.state.flags, array.array(_ITEM, program).tobytes(), parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # a different interpreter's internals: compile the usual way
        return None


class StoredProgram:
    """A pattern's program in a cache entry's mapped section, read on first use, and its text,
    kept encoded (as bytes, marshal loads it with one copy; as str it would decode 3 MB of
    Arabic on every start)."""

    __slots__ = ("digest", "encoded", "length", "meta", "offset", "section")

    def __init__(self, section: Any, offset: int, length: int, digest: bytes, meta: tuple[Any, ...],
                 encoded: bytes) -> None:
        self.section, self.offset, self.length, self.digest = section, offset, length, digest
        self.meta, self.encoded = meta, encoded

    def source(self) -> str:
        return self.encoded.decode("utf-8")

    def load(self) -> tuple[Any, ...] | None:
        """The code tuple :func:`pattern_from_code` takes, or None when the bytes on disk are not
        the ones written (the entry was damaged after it was opened)."""
        program = bytes(self.section[self.offset : self.offset + self.length])
        if len(program) != self.length or _digest(program) != self.digest:
            return None
        flags, groups, groupindex, indexgroup = self.meta
        return flags, program, groups, groupindex, indexgroup


def _digest(program: bytes) -> bytes:
    return hashlib.blake2b(program, digest_size=16).digest()


def pattern_from_code(text: str, code: tuple[Any, ...] | StoredProgram) -> re.Pattern[str]:
    if isinstance(code, StoredProgram):
        loaded = code.load()
        if loaded is None:
            return re.compile(text)
        code = loaded
    try:
        flags, program, groups, groupindex, indexgroup = code
        return _sre.compile(text, flags, array.array(_ITEM, program).tolist(), groups, groupindex, indexgroup)
    except Exception:
        return re.compile(text)


# --- Plain form -----------------------------------------------------------------------------


def _bi(b: Bilingual) -> tuple[str, str]:
    return b.ar, b.en


def to_plain(cp: CompiledPolicy, programs: bytearray) -> dict[str, Any]:
    """The compiled policy as marshal-able data. Each pattern's program is appended to
    ``programs``; the data keeps where it is, its digest and the rest of what the engine needs."""

    def pat(p: LazyPattern) -> tuple[str | None, tuple[Any, ...] | None]:
        code = p.code.load() if isinstance(p.code, StoredProgram) else p.code
        if code is None:
            return p.text, None
        flags, program, groups, groupindex, indexgroup = code
        ref = (len(programs), len(program), _digest(program), (flags, groups, groupindex, indexgroup),
               p.text.encode("utf-8"))
        programs.extend(program)
        return None, ref  # the text is in the reference, encoded

    cats = []
    for c in cp.categories:
        info = c.category
        cats.append((
            (info.id, info.severity, _bi(info.name), _bi(info.message), _bi(info.suggestion), info.asked_is_said,
             info.said_of_the_reported),
            tuple((t.source, t.category, pat(t.primary), tuple(pat(o) for o in t.others), t.leads, t.required,
                   t.also_in) for t in c.terms),
            pat(c.traps) if c.traps is not None else None,
            c.unanchored,
            pat(c.as_written) if c.as_written is not None else None,
            tuple(pat(t) for t in c.anchored_traps),
        ))
    neg = {lang: tuple(getattr(n, f.name) for f in dataclasses.fields(n) if f.init) for lang, n in cp.negation.items()}
    required = tuple(
        (r.id, r.paths, _bi(r.message), r.terms, r.from_catalog, r.from_policy, r.must_exist, r.forbid_categories)
        for r in cp.required
    )
    return {"format": FORMAT, "engine": _ENGINE, "categories": tuple(cats), "negation": neg,
            "mention": pat(cp.mention_cues), "lexicon": cp.lexicon, "required": required,
            "anchors": cp.anchors, "wording": cp.wording, "trap_anchors": cp.trap_anchors,
            "automaton": automaton_entries(cp.anchors, cp.categories, cp.trap_anchors),
            "derived": {attr: pat(p) for attr, p in cp.derived.items()}}


def from_plain(data: dict[str, Any], programs: Any) -> CompiledPolicy:
    """The compiled policy from its plain data; ``programs`` is the section the references in
    it point into (the mapped entry, or any bytes-like object)."""
    if data.get("format") != FORMAT:
        raise ValueError("not a policy cache entry of this format")

    def pat(p: tuple[str | None, tuple[Any, ...] | None]) -> LazyPattern:
        text, ref = p
        return LazyPattern(text, StoredProgram(programs, *ref) if ref is not None else None)

    def derived(p: tuple[str | None, tuple[Any, ...] | None]) -> tuple[str, Any]:
        # CompiledPolicy reuses a stored program only for the same text, so it needs the text.
        text, ref = p
        if ref is None:
            return text, None
        program = StoredProgram(programs, *ref)
        return program.source(), program

    cats = []
    for info, terms, traps, unanchored, as_written, anchored in data["categories"]:
        cid, severity, name, message, suggestion, asked_is_said, said_of_the_reported = info
        cats.append(CompiledCategory(
            CategoryInfo(cid, severity, Bilingual(*name), Bilingual(*message), Bilingual(*suggestion), asked_is_said,
                         said_of_the_reported),
            tuple(CompiledTerm(source, ci, pat(primary), tuple(pat(o) for o in others), leads, required, also_in)
                  for source, ci, primary, others, leads, required, also_in in terms),
            pat(traps) if traps is not None else None,
            unanchored,
            pat(as_written) if as_written is not None else None,
            tuple(pat(t) for t in anchored),
        ))
    required = tuple(RequiredRule(rid, paths, Bilingual(*msg), terms, cat, pol, must, forbid)
                     for rid, paths, msg, terms, cat, pol, must, forbid in data["required"])
    anchors = data["anchors"]
    trap_anchors = data["trap_anchors"]
    return CompiledPolicy(
        tuple(cats),
        {lang: CompiledNegation(*fields) for lang, fields in data["negation"].items()},
        pat(data["mention"]),
        data["lexicon"],
        required,
        anchors,
        automaton_of(data["automaton"]),
        trap_anchors,
        data["wording"],
        {attr: derived(p) for attr, p in data["derived"].items()},
    )


def with_programs(cp: CompiledPolicy, reuse: Mapping[bytes, StoredProgram] | None = None) -> CompiledPolicy:
    """Attach the engine program to every pattern (the run that builds the cache uses them too):
    from ``reuse`` (programs by their pattern's UTF-8 text) where it holds the pattern's and the
    stored bytes pass their digest check, otherwise built."""
    for p in cp.patterns():
        if p.code is None:
            stored = reuse.get(p.text.encode("utf-8")) if reuse else None
            p.code = (stored.load() if stored is not None else None) or code_of(p.text)
    return cp


def reusable_programs(folder: Path) -> dict[bytes, StoredProgram]:
    """The programs of the newest readable entry in ``folder`` that this interpreter's regex
    engine built, by their pattern's UTF-8 text (none when there is no such entry)."""
    try:
        entries = sorted(folder.glob("policy-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return {}
    for entry in entries[:2]:  # the newest is almost always the policy before this edit
        opened = _open(entry)
        if opened is None or opened[0].get("engine") != _ENGINE:
            continue
        try:
            previous = from_plain(*opened)
        except Exception:  # another format: nothing to take from it
            continue
        return {p.code.encoded: p.code for p in previous.patterns() if isinstance(p.code, StoredProgram)}
    return {}


# --- On disk --------------------------------------------------------------------------------


# An entry: SHA-256 of the head (32 bytes), the head's length and the program section's length
# (8 bytes each, little-endian), the head (marshal), then the program section.
_PREFIX = 48


def _read(entry: Path) -> CompiledPolicy | None:
    opened = _open(entry)
    if opened is None:
        return None
    try:
        return from_plain(*opened)
    except Exception:  # written by another version of this module: rebuild it
        return None


def _open(entry: Path) -> tuple[dict[str, Any], memoryview] | None:
    """An entry's head, checked whole, and its mapped program section (None when the entry is
    unreadable, damaged or not one)."""
    try:
        with entry.open("rb") as f:
            prefix = f.read(_PREFIX)
            if len(prefix) != _PREFIX:
                return None
            head_len = int.from_bytes(prefix[32:40], "little")
            section_len = int.from_bytes(prefix[40:48], "little")
            head = f.read(head_len)
            if len(head) != head_len or hashlib.sha256(head).digest() != prefix[:32]:
                return None
            if os.fstat(f.fileno()).st_size != _PREFIX + head_len + section_len:
                return None  # truncated, or something appended
            # The mapping outlives the file object; a newer entry replaces the file by rename, so
            # this one's pages stay as they were.
            section = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))[_PREFIX + head_len :]
    except (OSError, ValueError):
        return None
    try:
        data = marshal.loads(head)
    except (EOFError, ValueError, TypeError):
        return None
    return (data, section) if isinstance(data, dict) else None


def _write(entry: Path, cp: CompiledPolicy) -> None:
    programs = bytearray()
    head = marshal.dumps(to_plain(cp, programs))
    prefix = hashlib.sha256(head).digest() + len(head).to_bytes(8, "little") + len(programs).to_bytes(8, "little")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".policy-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(prefix)
                f.write(head)
                f.write(programs)
            os.replace(tmp, entry)  # readers see the old entry or the new one, never half of one
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        old = sorted(entry.parent.glob("policy-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs speed


def file_identity(path: Path) -> tuple[Path, int, int]:
    # Keyed on the file's identity, so an edited policy is read again (the live preview).
    try:
        st = path.stat()
    except OSError:
        return path, -1, -1
    return path.resolve(), st.st_mtime_ns, st.st_size


def load_compiled(path: Path) -> CompiledPolicy:
    """The compiled policy: from the cache when the file is unchanged, otherwise loaded,
    validated (a bad policy raises SourceError naming file, line and key) and compiled."""
    return _load(*file_identity(path))


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime: int, _size: int) -> CompiledPolicy:
    folder = cache_dir()
    try:
        data = path.read_bytes() if folder is not None else None
    except OSError:
        data = None
    entry = folder / f"policy-{cache_key(data)}.marshal" if folder is not None and data is not None else None
    if entry is not None:
        cached = _read(entry)
        if cached is not None:
            return cached
    from dealix_site.lint import policy  # pydantic and YAML: only on a cache miss

    if entry is None:
        return policy.compile_validated(path)
    compiled = with_programs(policy.compile_validated(path), reusable_programs(entry.parent))
    try:
        unchanged = path.read_bytes() == data  # never file a policy under another version's key
    except OSError:
        unchanged = False
    if unchanged:
        _write(entry, compiled)
    return compiled

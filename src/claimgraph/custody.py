"""The custody record: an append-only, hash-chained, signed log of what was done to which bytes.

Each entry says what happened (``captured``: bytes hashed and archived at a sighting;
``ingested``: a document made from them; ``analysed`` / ``re-analysed``; ``merged`` / ``split``:
a hand correction of the entity links; ``exported``), to which SHA-256, when, by which user and
claimgraph version, and carries the hash of the entry before it. Its own hash is the SHA-256 of
its canonical JSON (sorted keys, no spaces, UTF-8) without ``hash`` and ``sig``; ``sig`` is the
home's Ed25519 signature over that hash.

Where it lives (docs/custody.md says why): ``<home>/custody.jsonl`` is the record, one entry per
line, appended under an exclusive lock; the store's ``custody`` table is a mirror of it for
look-ups by SHA-256 (the web UI, ``claimgraph custody SHA``). ``claimgraph verify`` checks the
file's chain and signatures and that the mirror says the same thing, so that truncating or
editing either one alone shows.

The signing key is ``<home>/keys/custody-ed25519.pem`` (mode 0600 in a 0700 directory), made on
first use; only its public half ever leaves the home (in a bundle).
"""

from __future__ import annotations

import base64
import fcntl
import getpass
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import __version__
from .clock import now_iso
from .settings import Settings
from .store import Store

ACTIONS = ("captured", "ingested", "analysed", "re-analysed", "merged", "split", "exported")
GENESIS = "0" * 64  # the "previous hash" of the first entry
KEY_FILE = "custody-ed25519.pem"
PUBLIC_KEY_FILE = "custody-ed25519.pub.pem"
#: A custody line longer than this is not one we wrote (details are small); reading stops there.
MAX_LINE = 1 << 20


class CustodyError(Exception):
    """The custody record or its key cannot be used."""


@dataclass(frozen=True)
class Event:
    """What a caller reports; the log adds time, user, tool, chain and signature."""

    action: str
    sha256: str | None
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    seq: int
    action: str
    sha256: str | None
    at: str
    user: str
    tool: str
    detail: dict
    prev: str
    key: str  # fingerprint of the public key that signs it
    hash: str = ""
    sig: str = ""

    def body(self) -> dict:
        """The signed content: everything but ``hash`` and ``sig``."""
        return {"seq": self.seq, "action": self.action, "sha256": self.sha256, "at": self.at, "user": self.user,
                "tool": self.tool, "detail": self.detail, "prev": self.prev, "key": self.key}

    def to_json(self) -> dict:
        return {**self.body(), "hash": self.hash, "sig": self.sig}

    def line(self) -> str:
        return canonical(self.to_json()).decode("utf-8")

    @classmethod
    def from_json(cls, obj: dict) -> "Entry":
        if not isinstance(obj, dict):
            raise ValueError("not a JSON object")
        try:
            entry = cls(seq=obj["seq"], action=obj["action"], sha256=obj["sha256"], at=obj["at"], user=obj["user"],
                        tool=obj["tool"], detail=obj["detail"], prev=obj["prev"], key=obj["key"], hash=obj["hash"],
                        sig=obj["sig"])
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None
        if not isinstance(entry.seq, int) or isinstance(entry.seq, bool) or not isinstance(entry.detail, dict):
            raise ValueError("malformed fields")
        if not all(isinstance(v, str) for v in (entry.action, entry.at, entry.user, entry.tool, entry.prev, entry.key,
                                                entry.hash, entry.sig)):
            raise ValueError("malformed fields")
        return entry


def canonical(obj) -> bytes:
    """The one byte form that is hashed and signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: Entry) -> str:
    return hashlib.sha256(canonical(entry.body())).hexdigest()


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container) and no LOGNAME/USER
        return f"uid {os.getuid()}"


# ---------------------------------------------------------------------------------------------
# the signing key


def public_key_fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


def public_key_pem(public_raw: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(public_raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key_pem(data: bytes) -> bytes:
    """Raw 32 bytes of an Ed25519 public key given as PEM; ValueError for anything else."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify_signature(public_raw: bytes, message: bytes, signature_b64: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        signature = base64.b64decode(signature_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


class SigningKey:
    """The home's Ed25519 key. Made on first use; never written anywhere but ``<home>/keys``."""

    def __init__(self, private) -> None:
        from cryptography.hazmat.primitives import serialization

        self._private = private
        self.public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.fingerprint = public_key_fingerprint(self.public_raw)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self._private.sign(message)).decode("ascii")

    @classmethod
    def load(cls, key_dir: Path, create: bool = True) -> "SigningKey | None":
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        path = key_dir / KEY_FILE
        if not path.exists():
            if not create:
                return None
            _create_key(key_dir)
        try:
            private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError) as exc:
            raise CustodyError(f"cannot read the signing key {path}: {exc}") from None
        if not isinstance(private, Ed25519PrivateKey):
            raise CustodyError(f"{path} is not an Ed25519 private key")
        return cls(private)


def _create_key(key_dir: Path) -> None:
    """Write a new key atomically: two processes starting at once end up with the same one."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(key_dir, 0o700)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp = key_dir / f".{KEY_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, key_dir / KEY_FILE)  # fails if another process made one first: keep theirs
        except FileExistsError:
            return
    finally:
        os.unlink(tmp)
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    (key_dir / PUBLIC_KEY_FILE).write_bytes(public_key_pem(public_raw))


def key_permission_problem(key_dir: Path) -> str | None:
    """A key readable by anyone but its owner is a key others may have copied."""
    path = key_dir / KEY_FILE
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return f"the signing key {path} is readable by others (mode {stat.S_IMODE(mode):o}; it should be 600)"
    return None


# ---------------------------------------------------------------------------------------------
# the log


def parse_lines(lines: Iterable[bytes], where: str) -> Iterator[tuple[int, Entry | None, str | None]]:
    """(line number, entry or None, problem or None) for each line of a custody file."""
    for number, raw in enumerate(lines, 1):
        if len(raw) > MAX_LINE:
            # Named and passed over: the entries after it are still read (and checked), so they
            # are not reported as missing from a file that holds them.
            yield number, None, f"{where} line {number}: longer than {MAX_LINE:,} bytes, not a custody entry"
            continue
        if not raw.strip():
            continue
        try:
            # The log is written as UTF-8: decoded as such before JSON, which would otherwise
            # sniff a UTF-16 or UTF-32 byte order mark and read (or blame) the line in that.
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, None, (f"{where} line {number}: not a custody entry (not UTF-8 text: "
                                 f"byte 0x{raw[exc.start]:02x} at byte {exc.start})")
            continue
        try:
            yield number, Entry.from_json(json.loads(text)), None
        except (ValueError, RecursionError) as exc:
            yield number, None, f"{where} line {number}: not a custody entry ({str(exc)[:120]})"


def _bounded_lines(fh) -> Iterator[bytes]:
    """Each line of ``fh``, a line longer than MAX_LINE cut to MAX_LINE + 1 bytes (the rest of it
    read past in bounded steps), so that memory is bounded and the line numbers stay true."""
    while True:
        raw = fh.readline(MAX_LINE + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while True:
                rest = fh.readline(MAX_LINE)
                if not rest or rest.endswith(b"\n"):
                    break
        yield raw


def entry_problems(entry: Entry, public_raw: bytes | None, where: str) -> list[str]:
    """What is wrong with one entry taken alone: its hash, its signature, its fields."""
    out = []
    if entry.action not in ACTIONS:
        out.append(f"{where}: unknown action {entry.action[:40]!r}")
    if entry_hash(entry) != entry.hash:
        out.append(f"{where}: its content does not hash to its recorded hash (the entry was edited after it was written)")
    if public_raw is None:
        out.append(f"{where}: no public key to check its signature with")
    elif entry.key != public_key_fingerprint(public_raw):
        out.append(f"{where}: signed by key {entry.key[:16]}…, not by this home's key {public_key_fingerprint(public_raw)[:16]}…")
    elif not verify_signature(public_raw, entry.hash.encode("ascii", "replace"), entry.sig):
        out.append(f"{where}: the signature does not match (the entry was altered, or signed by another key)")
    return out


@dataclass
class CustodyReport:
    entries: int = 0
    key: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class CustodyLog:
    """The custody record of one home. ``store`` (optional) receives the mirror rows."""

    def __init__(self, settings: Settings, store: Store | None = None, user: str | None = None) -> None:
        """``user``: who acts, when not the OS user running claimgraph (a team user on the server)."""
        self.path = settings.custody_path
        self.key_dir = settings.key_dir
        self.store = store
        self._key: SigningKey | None = None
        self._user = user or current_user()
        self._tool = f"claimgraph {__version__}"
        # (seq, hash) of the last entry this log appended and mirrored into the store (or queued
        # for the store's next write transaction: record(later=True)). While the file still ends
        # with it, nobody appended since (appends hold the file's lock) and the mirror ends with
        # it too, with the queued rows: the store need not be asked where its mirror ends (two
        # reads an append, each a round trip on a server). Anything else reads the store.
        self._mirrored: tuple[int, str] | None = None

    @property
    def key(self) -> SigningKey:
        if self._key is None:
            self._key = SigningKey.load(self.key_dir, create=True)
        return self._key

    def record(self, events: Iterable[Event], later: bool = False) -> list[Entry]:
        """Append events as signed entries, in order, chained to the last entry in the file.

        The file is locked for the whole append, so concurrent writers (two ingests, the server's
        upload) interleave whole entries and never fork the chain. Entries are flushed to the
        operating system at once; :meth:`sync` makes them durable (called at the end of a run).

        The store's mirror rows are written in a transaction of their own, or with ``later``
        with the store's next write transaction (``Store.mirror_custody_later``: the sighting or
        analysis the entries are about, so that a document costs one commit); :meth:`flush`
        writes any still waiting.
        """
        events = list(events)
        if not events:
            return []
        key = self.key  # made on first use, which also makes the home
        written: list[Entry] = []
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "r+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                last = _last_entry(fh, self.path)
                seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
                mirrored = last is not None and self._mirrored == (last.seq, last.hash)
                if self.store is not None and not mirrored and self.store.custody_last_seq() > seq:
                    # The store holds entries the file no longer has: never chain onto a cut record.
                    raise CustodyError(f"the store's mirror already holds entry {seq + 1} but the log file {self.path} "
                                       f"ends at entry {seq} (the file was truncated or replaced); run 'claimgraph verify'")
                at = now_iso()
                for ev in events:
                    if ev.action not in ACTIONS:
                        raise CustodyError(f"unknown custody action {ev.action!r}")
                    seq += 1
                    draft = Entry(seq=seq, action=ev.action, sha256=ev.sha256, at=at, user=self._user, tool=self._tool,
                                  detail=ev.detail, prev=prev, key=key.fingerprint)
                    digest = entry_hash(draft)
                    entry = Entry(**{**draft.__dict__, "hash": digest, "sig": key.sign(digest.encode("ascii"))})
                    written.append(entry)
                    prev = digest
                fh.seek(0, os.SEEK_END)
                fh.write(b"".join(e.line().encode("utf-8") + b"\n" for e in written))
                fh.flush()
                if self.store is not None:
                    self._mirror(fh, written, last.seq if mirrored and last else None, later)
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return written

    def _mirror(self, fh, new: list[Entry], have: int | None = None, later: bool = False) -> None:
        """Copy the new entries into the store, first catching up any the store missed (a crash
        between the file's append and the store's insert). ``have``: where the mirror ends (with
        the rows waiting in the store for its next transaction), when known without asking the
        store. ``later``: the rows wait for the store's next write transaction."""
        assert self.store is not None
        self._mirrored = None
        if have is None:
            have = self.store.custody_last_seq()
        missing: list[Entry] = []
        if have < new[0].seq - 1:
            fh.seek(0)
            for _n, entry, _problem in parse_lines(_bounded_lines(fh), str(self.path)):
                if entry is not None and have < entry.seq < new[0].seq:
                    missing.append(entry)
        rows = [_mirror_row(e) for e in missing + new if e.seq > have]
        if later:
            self.store.mirror_custody_later(rows)
        else:
            self.store.add_custody(rows)
        self._mirrored = (new[-1].seq, new[-1].hash)

    def flush(self) -> None:
        """Write the mirror rows still waiting for a store transaction (``record(later=True)``)."""
        if self.store is not None:
            self.store.add_custody([])

    def sync(self) -> None:
        if self.path.exists():
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def entries(self) -> Iterator[Entry]:
        """Every well-formed entry of the file, in file order."""
        if not self.path.exists():
            return
        with open(self.path, "rb") as fh:
            for _n, entry, _problem in parse_lines(_bounded_lines(fh), self.path.name):
                if entry is not None:
                    yield entry

    def public_key(self) -> bytes | None:
        """From the private key when it is here (a swapped public-key file cannot fool it)."""
        key = SigningKey.load(self.key_dir, create=False)
        if key is not None:
            return key.public_raw
        try:
            return load_public_key_pem((self.key_dir / PUBLIC_KEY_FILE).read_bytes())
        except (OSError, ValueError):
            return None

    def verify(self) -> CustodyReport:
        """Check the file's chain and signatures, then that the store's mirror matches it."""
        report = CustodyReport()
        if not self.path.exists():
            if self.store is not None and self.store.custody_last_seq() > 0:
                report.problems.append(f"custody: the log file {self.path} is missing, but the store mirrors "
                                       f"{self.store.custody_last_seq()} entries of it (the file was deleted)")
            return report
        public_raw = self.public_key()
        report.key = public_key_fingerprint(public_raw) if public_raw else None
        if public_raw is None:
            report.problems.append(f"custody: no signing key in {self.key_dir}: the signatures cannot be checked")
        perm = key_permission_problem(self.key_dir)
        if perm:
            report.problems.append(f"custody: {perm}")
        prev, expected_seq = GENESIS, 1
        file_entries: dict[int, Entry] = {}
        with open(self.path, "rb") as fh:
            for number, entry, problem in parse_lines(_bounded_lines(fh), self.path.name):
                if problem:
                    report.problems.append(f"custody: {problem}")
                    prev = None  # the chain cannot be followed across an unreadable line
                    continue
                report.entries += 1
                where = f"custody: {self.path.name} line {number} (entry {entry.seq}, {entry.action})"
                if entry.seq != expected_seq:
                    report.problems.append(f"{where}: expected entry {expected_seq} here (entries removed, inserted or reordered)")
                if prev is not None and entry.prev != prev:
                    report.problems.append(f"{where}: its 'prev' is not the hash of the entry before it "
                                           "(the chain is broken here: an entry before it was removed, inserted or edited)")
                report.problems.extend(entry_problems(entry, public_raw, where) if public_raw else [])
                prev, expected_seq = entry.hash, entry.seq + 1
                file_entries[entry.seq] = entry
        if self.store is not None:
            report.problems.extend(self._mirror_problems(file_entries, report.notes))
            report.problems.extend(self._capture_problems(file_entries))
        return report

    def _capture_problems(self, file_entries: dict[int, Entry]) -> list[str]:
        """Every capture row of the store made since the record began must match a 'captured' entry
        (same bytes, origin and source time): a row added or altered in the SQLite file shows."""
        from collections import Counter

        captured = Counter((e.sha256, e.detail.get("origin"), e.detail.get("captured_at"), e.detail.get("ingested_at"))
                           for e in file_entries.values() if e.action == "captured")
        times = [key[3] for key in captured if isinstance(key[3], str)]
        if not times:
            return []
        first = min(times)
        imported = {e.sha256 for e in file_entries.values() if e.action == "ingested" and "imported_from" in e.detail}
        out = []
        for sha, origin, captured_at, ingested_at in self.store.capture_facts():
            if sha in imported or (ingested_at or "") < first:
                continue  # an imported capture, or one older than the record
            key = (sha, origin, captured_at, ingested_at)
            if captured[key] > 0:
                captured[key] -= 1
            else:
                out.append(f"custody: the store's capture of {sha} from {str(origin)[:200]!r} (ingested {ingested_at}) "
                           "matches no 'captured' entry (the capture row was added or altered in the store)")
        return out

    def _mirror_problems(self, file_entries: dict[int, Entry], notes: list[str]) -> list[str]:
        out = []
        last_file = max(file_entries, default=0)
        mirrored = 0
        for line in self.store.custody_lines():
            mirrored += 1
            try:
                entry = Entry.from_json(json.loads(line))
            except ValueError:
                out.append("custody: the store's mirror holds a row that is not a custody entry")
                continue
            mine = file_entries.get(entry.seq)
            if mine is None:
                if entry.seq > last_file:
                    out.append(f"custody: the store mirrors entry {entry.seq} but the log file ends at entry {last_file} "
                               "(the file was truncated)")
                else:
                    out.append(f"custody: the store mirrors entry {entry.seq}, which the log file lacks")
            elif mine.to_json() != entry.to_json():
                out.append(f"custody: entry {entry.seq} in the store's mirror differs from the log file")
        last_store = self.store.custody_last_seq()
        if last_store < last_file:
            message = (f"custody: the store's mirror ends at entry {last_store}, the log file at {last_file} "
                       "(rows were deleted from the store, or an append was interrupted; the next append catches up)")
            # A mirror that is a whole prefix of the file hides nothing (the file, whose chain is
            # checked, holds every entry): what a kill between an entry and its mirror row leaves.
            # It is said, not counted as a problem; a gap inside the mirror is one.
            (notes if mirrored == last_store else out).append(message)
        elif mirrored < len(file_entries) and last_store >= last_file:
            out.append(f"custody: the store's mirror lacks {len(file_entries) - mirrored} of the file's entries")
        return out

    def for_sha(self, sha256: str) -> list[Entry]:
        """The file's entries about ``sha256`` (the file, not the mirror: this is the record)."""
        return [e for e in self.entries() if e.sha256 == sha256]


def checked(lines: Iterable[str], public_raw: bytes | None) -> list[dict]:
    """Mirrored entries for display, each checked on its own (hash and signature): a row edited in
    the SQLite file shows as invalid wherever it is shown, not only under 'claimgraph verify'."""
    out = []
    for line in lines:
        try:
            entry = Entry.from_json(json.loads(line))
        except ValueError:
            out.append({"seq": None, "at": "", "action": "(unreadable row)", "sha256": None, "user": "", "tool": "",
                        "detail": {}, "hash": "", "valid": False, "problems": ["not a custody entry"]})
            continue
        problems = entry_problems(entry, public_raw, f"entry {entry.seq}")
        out.append({**entry.body(), "hash": entry.hash, "valid": not problems, "problems": problems})
    return out


def _mirror_row(e: Entry) -> tuple:
    return (e.seq, e.hash, e.prev, e.action, e.sha256, e.at, e.line())


def _last_entry(fh, path: Path) -> Entry | None:
    """The last complete entry of the file, read from its end (the file may be large)."""
    end = fh.seek(0, os.SEEK_END)
    if end == 0:
        return None
    block = 1 << 14
    data = b""
    pos = end
    while pos > 0:
        step = min(block, pos)
        pos -= step
        fh.seek(pos)
        data = fh.read(step) + data
        lines = data.rstrip(b"\n").split(b"\n")
        if len(lines) > 1 or pos == 0:
            tail = lines[-1]
            try:
                return Entry.from_json(json.loads(tail))
            except ValueError:
                # A torn last line (a crash mid-write) or an edit: refuse to chain onto it.
                raise CustodyError(f"the last line of {path} is not a custody entry; run 'claimgraph verify'") from None
        if len(data) > MAX_LINE:
            break
    raise CustodyError(f"the last line of {path} is not a custody entry; run 'claimgraph verify'")

"""Content packs: import, export, remove, signatures, and every kind of bad pack refused with
nothing changed on disk, quickly, with a message naming the problem and the member."""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from family_guide.cli import main
from family_guide.core.packs import builder
from family_guide.core.packs.manifest import MEMBER_PATTERN
from family_guide.core.packs.reader import MAX_MEMBERS, PackError, read_pack
from family_guide.core.packs.signing import KNOWN, UNKNOWN, UNSIGNED, make_key
from family_guide.core.packs.store import PackStore
from family_guide.paths import AppPaths
from tests.conftest import MODULES

SOURCE = "adult-behavior-signs"  # the smallest bundled module: packs in these tests stay small
MODULE_ID = "pack-signs"


def listing(root: Path) -> dict[str, str]:
    """Every file and folder under ``root`` with a hash of its content: the state of the disk."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(root.rglob("*"))
    }


def module_files(module_id: str = MODULE_ID, source: str = SOURCE) -> dict[str, bytes]:
    files = {}
    for path in sorted((MODULES / source).iterdir()):
        name = f"modules/{module_id}/{path.name}"
        if not MEMBER_PATTERN.fullmatch(name):  # a translation's <lang>.hashes.yaml stays at home: not a pack member
            continue
        data = path.read_bytes()
        if path.name == "module.yaml":
            data = data.replace(f"id: {source}\n".encode(), f"id: {module_id}\n".encode(), 1)
        files[name] = data
    return files


INFO = {"id": "test-pack", "name": "Test pack", "author": "Test Org", "version": "1.0"}


def pack_bytes(key=None, files: dict[str, bytes] | None = None, info: dict | None = None) -> bytes:
    return builder.build_pack(info or INFO, files or module_files(), key, "Test Org")


def zip_of(members: list[tuple[zipfile.ZipInfo | str, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are made on purpose
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest_for(files: dict[str, bytes], modules=(MODULE_ID,)) -> bytes:
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    return json.dumps({**INFO, "format": 1, "modules": list(modules), "files": hashes}).encode()


@pytest.fixture
def home(private_home) -> Path:
    """The user's folders as the app makes them, holding one settings file."""
    paths = AppPaths.under(private_home)
    paths.create_private()
    paths.settings_file.write_text("{}", encoding="utf-8")
    return private_home


@pytest.fixture
def store(home) -> PackStore:
    return PackStore.for_app(AppPaths.under(home))


@pytest.fixture(scope="module")
def signing_key():
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    pem, public = make_key("Test Org")
    return load_pem_private_key(pem, None), public


def write(tmp_path: Path, data: bytes, name: str = "pack.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def trust(home: Path, public) -> None:
    folder = AppPaths.under(home).config_dir / "trusted-keys"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test.pub").write_text(public.line(), encoding="utf-8")


# --- round trips -------------------------------------------------------------------------------


def test_sign_import_list_export_remove_round_trip_through_the_cli(home, tmp_path, capsys):
    source = tmp_path / "src"
    for name, data in module_files().items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(data)
    (source / "modules" / "pack.json").write_text(json.dumps(INFO))
    key = tmp_path / "org.key"
    assert main(["make-key", "--out", str(key), "--name", "Test Org"]) == 0
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert "family-guide-ed25519 " in capsys.readouterr().out
    pack = tmp_path / "test.zip"
    assert main(["sign-pack", str(source / "modules"), "--key", str(key), "--out", str(pack)]) == 0
    assert "signed by 'Test Org'" in capsys.readouterr().out
    assert main(["trust-key", str(key) + ".pub"]) == 0
    assert main(["import-pack", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "signed by Test Org" in out and "a known signer" in out
    modules_dir = AppPaths.under(home).user_modules_dir
    installed = sorted(p.name for p in (modules_dir / MODULE_ID).iterdir())
    assert installed == sorted(Path(name).name for name in module_files())  # the module, without hashes files

    assert main(["list-packs", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == "test-pack" and listed["modules"] == [MODULE_ID]
    assert listed["signature"]["status"] == KNOWN

    exported = tmp_path / "exported.zip"
    assert main(["export-pack", MODULE_ID, "--out", str(exported), "--key", str(key)]) == 0
    again = read_pack(exported)
    assert again.manifest.modules == [MODULE_ID]
    assert again.files == read_pack(pack).files  # the same bytes went out as came in

    assert main(["remove-pack", "test-pack"]) == 0
    assert not (modules_dir / MODULE_ID).exists()
    assert main(["list-packs"]) == 0
    assert "No content packs are installed." in capsys.readouterr().out
    assert not [p for p in modules_dir.iterdir()]  # no staging folders left behind


def test_an_imported_module_loads_in_the_catalog_and_is_gone_after_removal(store, tmp_path, signing_key):
    from family_guide import paths
    from family_guide.core.loader import load_catalog

    trust(store.modules_dir.parent.parent, signing_key[1])
    checked = store.check(write(tmp_path, pack_bytes(signing_key[0])))
    assert checked.signature.status == KNOWN and checked.signature.known_name == "Test Org"
    store.install(checked)
    roots = [(paths.bundled("resources", "modules"), "bundled"), (store.modules_dir, "user")]
    assert load_catalog(roots).modules[MODULE_ID].origin == "user"
    store.remove("test-pack")
    assert MODULE_ID not in load_catalog(roots).modules


def test_a_new_version_of_an_installed_pack_replaces_it(store, tmp_path, signing_key):
    trust(store.modules_dir.parent.parent, signing_key[1])
    store.install(store.check(write(tmp_path, pack_bytes(signing_key[0]))))
    newer = store.check(write(tmp_path, pack_bytes(signing_key[0], info={**INFO, "version": "1.1"}), "new.zip"))
    assert newer.replaces is not None and newer.replaces.version == "1.0"
    store.install(newer)
    assert [(p.id, p.version) for p in store.installed()] == [("test-pack", "1.1")]


def test_a_pack_signed_by_another_key_cannot_replace_an_installed_one(store, home, tmp_path, signing_key):
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    store.install(store.check(write(tmp_path, pack_bytes(signing_key[0]))), allow_untrusted=True)
    before = listing(home)
    other = load_pem_private_key(make_key("Someone else")[0], None)
    with pytest.raises(PackError, match="signed by another key"):
        store.check(write(tmp_path, pack_bytes(other), "other.zip"))
    assert listing(home) == before


def test_a_failed_rename_during_install_puts_everything_back(store, home, tmp_path, monkeypatch):
    files = module_files() | module_files("pack-signs-two")
    checked = store.check(write(tmp_path, pack_bytes(files=files)))
    before = listing(home)
    real_rename = os.rename
    calls = []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the second module cannot be moved into place
            raise OSError(28, "No space left on device")
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", flaky)
    with pytest.raises(PackError, match="nothing was changed"):
        store.install(checked, allow_untrusted=True)
    monkeypatch.undo()
    after = {k: v for k, v in listing(home).items() if k != "data/modules" and k != "data/packs"}
    assert after == {k: v for k, v in before.items()}
    assert not list(store.modules_dir.iterdir())


# --- signatures ---------------------------------------------------------------------------------


def test_an_unknown_signer_is_refused_without_allow_unsigned_and_accepted_with_it(home, tmp_path, signing_key, capsys):
    path = write(tmp_path, pack_bytes(signing_key[0]))
    before = listing(home)
    assert main(["import-pack", str(path)]) == 1
    captured = capsys.readouterr()
    assert "signed by an unknown key" in captured.out and "it says it is from 'Test Org'" in captured.out
    assert "WARNING: Family Guide cannot tell who made this pack" in captured.err
    assert "--allow-unsigned" in captured.err
    assert listing(home) == before
    assert main(["import-pack", str(path), "--allow-unsigned"]) == 0
    captured = capsys.readouterr()
    assert "WARNING" in captured.err and "Installed into" in captured.out
    assert (AppPaths.under(home).user_modules_dir / MODULE_ID / "module.yaml").is_file()


def test_an_unsigned_pack_needs_the_warning_too(store, tmp_path):
    checked = store.check(write(tmp_path, pack_bytes()))
    assert checked.signature.status == UNSIGNED and checked.needs_warning
    with pytest.raises(PackError, match="not signed"):
        store.install(checked)


def test_a_manifest_changed_after_signing_is_refused_even_with_allow_unsigned(home, tmp_path, signing_key, capsys):
    data = pack_bytes(signing_key[0])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    members = [(n, d.replace(b'"Test pack"', b'"Test pack!"') if n == "pack.json" else d) for n, d in members]
    before = listing(home)
    assert main(["import-pack", str(write(tmp_path, zip_of(members))), "--allow-unsigned"]) == 1
    assert "the pack was changed after it was signed" in capsys.readouterr().err
    assert listing(home) == before


def test_the_signer_is_known_once_its_key_is_trusted(store, tmp_path, signing_key):
    store.install(store.check(write(tmp_path, pack_bytes(signing_key[0]))), allow_untrusted=True)
    assert store.installed()[0].signature.status == UNKNOWN
    trust(store.modules_dir.parent.parent, signing_key[1])
    assert store.installed()[0].signature.status == KNOWN


# --- bad packs: refused quickly, nothing changed, the problem and the member named --------------


def _bomb_ratio() -> bytes:
    files = module_files()
    files[f"modules/{MODULE_ID}/en.yaml"] = b" " * 400_000  # compresses about 1000 times
    return zip_of([("pack.json", manifest_for(files)), *files.items()])


def _declared_huge() -> bytes:
    """A small member whose central directory entry claims 2 GB."""
    data = bytearray(zip_of([("pack.json", b"{}"), (f"modules/{MODULE_ID}/en.yaml", b"title: x\n")]))
    at = data.rfind(b"PK\x01\x02")  # the last central directory entry: en.yaml
    data[at + 24 : at + 28] = struct.pack("<I", 0x7FFF_FFFF)
    return bytes(data)


def _member(name: str, attr: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    if attr is not None:
        info.create_system = 3
        info.external_attr = attr << 16
    return info


def _symlink() -> bytes:
    return zip_of([("pack.json", b"{}"), (_member(f"modules/{MODULE_ID}/en.yaml", 0o120777), b"/etc/passwd")])


def _lying_hash() -> bytes:
    files = module_files()
    manifest = manifest_for(files)
    files[f"modules/{MODULE_ID}/en.yaml"] += b"# changed after the manifest was written\n"
    return zip_of([("pack.json", manifest), *files.items()])


def _truncated() -> bytes:
    data = pack_bytes()
    return data[: len(data) * 2 // 3]


def _bundled_id() -> bytes:
    return pack_bytes(files=module_files("online-friends", "online-friends"))


def _too_many() -> bytes:
    return zip_of([(f"modules/{MODULE_ID}/x{i}.yaml", b"") for i in range(MAX_MEMBERS + 1)], zipfile.ZIP_STORED)


def _broken_module() -> bytes:
    files = module_files()
    name = f"modules/{MODULE_ID}/module.yaml"
    files[name] = files[name].replace(b"version:", b"versio:")
    return pack_bytes(files=files)


BAD_PACKS = {
    "zip bomb (ratio)": (_bomb_ratio, f"'modules/{MODULE_ID}/en.yaml': compressed"),
    "zip bomb (declared size)": (_declared_huge, f"'modules/{MODULE_ID}/en.yaml': declares 2,147,483,647 bytes"),
    "traversal ../": (lambda: zip_of([("../x", b"x")]), "'../x': the name leads outside the pack"),
    "traversal nested": (lambda: zip_of([("modules/../../x", b"x")]), "leads outside the pack"),
    "absolute path": (lambda: zip_of([("/abs", b"x")]), "'/abs': an absolute path"),
    "drive letter": (lambda: zip_of([("C:\\x", b"x")]), "'C:\\x': the name holds a drive letter"),
    "backslash": (lambda: zip_of([("modules\\x", b"x")]), "the name holds a backslash"),
    "symlink member": (_symlink, f"'modules/{MODULE_ID}/en.yaml': a link (symlink)"),
    "duplicate by case": (
        lambda: zip_of([(f"modules/{MODULE_ID}/en.yaml", b"a"), (f"modules/{MODULE_ID}/EN.yaml", b"b")]),
        "names may not differ only in case",
    ),
    "duplicate by normal form": (
        lambda: zip_of([("modules/caf\u00e9/en.yaml", b"a"), ("modules/cafe\u0301/en.yaml", b"b")]),
        "names may not differ only in case",
    ),
    "lying hash": (_lying_hash, f"'modules/{MODULE_ID}/en.yaml': its content does not match the sha256"),
    "truncated file": (_truncated, "not a complete pack file"),
    "bundled module id": (_bundled_id, "module 'online-friends' has the same id as one of the app's own modules"),
    "too many members": (_too_many, f"at most {MAX_MEMBERS} are read"),
    "file outside a module": (
        lambda: zip_of([("pack.json", b"{}"), ("run.exe", b"MZ")]),
        "'run.exe': not where a pack holds files",
    ),
    "no manifest": (lambda: zip_of([(f"modules/{MODULE_ID}/en.yaml", b"title: x\n")]), "the pack has no pack.json"),
    "module fails the checks": (_broken_module, f"modules/{MODULE_ID}/module.yaml:"),
    "not a zip": (lambda: b"this is not a zip file", "not a complete pack file"),
}


@pytest.mark.parametrize("case", list(BAD_PACKS))
def test_a_bad_pack_is_refused_quickly_with_nothing_changed(case, store, home, tmp_path):
    make, message = BAD_PACKS[case]
    path = write(tmp_path, make())
    before = listing(home)
    started = time.monotonic()
    with pytest.raises(PackError) as refused:
        store.check(path)
    assert time.monotonic() - started < 5
    assert message in str(refused.value)
    assert listing(home) == before


@pytest.mark.parametrize(
    "name", ["Test\nSigned by Trusted Org, a signer this computer knows.", "Org \u202eevil", "<b>Org</b>\x00"]
)
def test_a_pack_name_that_could_forge_the_import_question_is_refused(name, store, home, tmp_path):
    files = module_files()
    hashes = {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    manifest = json.dumps({**INFO, "name": name, "modules": [MODULE_ID], "files": hashes}).encode()
    before = listing(home)
    with pytest.raises(PackError, match=r"pack.json: name: .*visible characters on one line"):
        store.check(write(tmp_path, zip_of([("pack.json", manifest), *files.items()])))
    assert listing(home) == before


def test_a_module_owned_by_another_pack_is_refused(store, home, tmp_path):
    store.install(store.check(write(tmp_path, pack_bytes())), allow_untrusted=True)
    before = listing(home)
    with pytest.raises(PackError, match="already installed by the pack 'Test pack'"):
        store.check(write(tmp_path, pack_bytes(info={**INFO, "id": "other-pack"}), "other.zip"))
    assert listing(home) == before


def test_a_module_folder_the_user_placed_by_hand_is_not_overwritten(store, home, tmp_path):
    own = store.modules_dir / MODULE_ID
    own.mkdir(parents=True)
    (own / "module.yaml").write_text("id: pack-signs\n")
    before = listing(home)
    with pytest.raises(PackError, match=f"module '{MODULE_ID}': a folder of that name is already in"):
        store.check(write(tmp_path, pack_bytes()))
    assert listing(home) == before


def test_a_record_naming_an_odd_module_is_ignored_so_remove_never_touches_other_folders(store, home):
    victim = home / "victim"
    victim.mkdir()
    store.records_dir.mkdir(parents=True)
    record = {"id": "evil", "name": "E", "author": "A", "version": "1", "modules": ["../../victim"]}
    (store.records_dir / "evil.json").write_text(json.dumps(record))
    assert store.installed() == []
    with pytest.raises(PackError, match="no installed pack has the id 'evil'"):
        store.remove("evil")
    assert victim.is_dir()


def test_a_bad_pack_on_the_command_line_exits_1_with_the_message(home, tmp_path, capsys):
    before = listing(home)
    assert main(["import-pack", str(write(tmp_path, zip_of([("../x", b"x")])))]) == 1
    assert "family-guide import-pack: '../x': the name leads outside the pack" in capsys.readouterr().err
    assert listing(home) == before


def test_sign_pack_refuses_a_folder_whose_module_fails_the_checks(tmp_path, signing_key, capsys):
    source = tmp_path / "src"
    for name, data in module_files().items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(data.replace(b"version:", b"versio:"))
    (source / "modules" / "pack.json").write_text(json.dumps(INFO))
    key = tmp_path / "k"
    assert main(["make-key", "--out", str(key), "--name", "Org"]) == 0
    assert main(["sign-pack", str(source / "modules"), "--key", str(key), "--out", str(tmp_path / "p.zip")]) == 1
    assert "does not pass the content checks" in capsys.readouterr().err
    assert not (tmp_path / "p.zip").exists()
    assert main(["make-key", "--out", str(key), "--name", "Org"]) == 1  # a key is never overwritten


# --- fuzzing: any bytes and any member names give a pack or a PackError, never a crash -----------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EXAMPLES = int(os.environ.get("FAMILY_GUIDE_FUZZ", "60"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NAME_PARTS = st.sampled_from(
    ["modules", MODULE_ID, "en.yaml", "module.yaml", "pack.json", "..", ".", "", "C:", "\\", "\u212a", "é"]
)


@fuzz
@given(names=st.lists(st.lists(NAME_PARTS, min_size=1, max_size=4).map("/".join), min_size=1, max_size=6))
def test_fuzzed_member_names_never_crash_the_reader(names, tmp_path):
    path = write(tmp_path, zip_of([(name or "x", b"title: x\n") for name in names]))
    with pytest.raises(PackError):
        read_pack(path)


@fuzz
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=4000))
def test_a_cut_or_damaged_pack_file_gives_a_clear_refusal(cut, flip, tmp_path):
    data = bytearray(_FUZZ_PACK)
    data[flip % len(data)] ^= 0xFF
    path = write(tmp_path, bytes(data[: len(data) - cut % len(data)]))
    try:
        read_pack(path)
    except PackError as refused:
        assert str(refused)
    # A flip inside data that zip ignores (a timestamp, say) may leave a readable pack: also fine.


_FUZZ_PACK = zip_of(
    [
        ("pack.json", manifest_for({f"modules/{MODULE_ID}/module.yaml": b"id: x\n"})),
        (f"modules/{MODULE_ID}/module.yaml", b"id: x\n"),
    ]
)

"""Command-line side of content packs: make-key, sign-pack, import-pack, list-packs, remove-pack,
export-pack and trust-key. Each prints a plain message and returns an exit code; nothing raises."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("make-key", "sign-pack", "import-pack", "list-packs", "remove-pack", "export-pack", "trust-key")

UNTRUSTED_WARNING = (
    "WARNING: Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe"
    " links, but not for whether its advice is right. Import it only if you got it from someone you trust."
)


def add_commands(sub) -> None:
    key = sub.add_parser("make-key", help="make an Ed25519 key pair to sign content packs")
    key.add_argument("--out", type=Path, required=True, help="private key file to write (kept secret, mode 0600)")
    key.add_argument("--name", required=True, help="who the key belongs to, e.g. your organisation's name")

    sign = sub.add_parser("sign-pack", help="make a signed pack from a folder of modules and its pack.json")
    sign.add_argument(
        "folder", type=Path, help="a folder with pack.json (id, name, author, version) and module folders"
    )
    sign.add_argument("--key", type=Path, required=True, help="private key file made by make-key")
    sign.add_argument("--out", type=Path, required=True, help="the pack file to write (.zip)")
    sign.add_argument("--signer", help="the signer's name in the signature (default: the key's name)")

    imp = sub.add_parser("import-pack", help="check and install a content pack")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--allow-unsigned", action="store_true", help="install a pack that is unsigned or signed by an unknown key"
    )

    lst = sub.add_parser("list-packs", help="list installed content packs")
    lst.add_argument("--json", action="store_true")

    rem = sub.add_parser("remove-pack", help="remove an installed content pack and its modules")
    rem.add_argument("id", help="the pack's id (see list-packs)")

    exp = sub.add_parser("export-pack", help="make a pack of one module from your own modules folder")
    exp.add_argument("module_id")
    exp.add_argument("--out", type=Path, required=True)
    exp.add_argument("--key", type=Path, help="sign with this private key (made by make-key)")
    exp.add_argument("--author", help="who made the module (default: the key's name, or 'Family Guide user')")

    trust = sub.add_parser("trust-key", help="trust a signer's public key (.pub file from make-key)")
    trust.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from family_guide.core.packs.reader import PackError
    from family_guide.core.packs.signing import SignatureError

    handlers = {
        "make-key": _make_key,
        "sign-pack": _sign_pack,
        "import-pack": _import_pack,
        "list-packs": _list_packs,
        "remove-pack": _remove_pack,
        "export-pack": _export_pack,
        "trust-key": _trust_key,
    }
    try:
        return handlers[args.command](args)
    except (PackError, SignatureError) as exc:
        print(f"family-guide {args.command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"family-guide {args.command}: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _store():
    from family_guide import paths
    from family_guide.core.packs.store import PackStore

    return PackStore.for_app(paths.AppPaths.from_platform())


def _bundled_modules() -> Path | None:
    from family_guide import paths

    try:
        return paths.bundled("resources", "modules")
    except paths.MissingResourcesError:
        return None


def _public_key_beside(key_file: Path):
    """The public key saved next to a private key by make-key, if it is there."""
    from family_guide.core.packs.signing import SignatureError, parse_public_key

    pub = key_file.with_name(key_file.name + ".pub")
    try:
        return parse_public_key(pub.read_text(encoding="utf-8")[:4096], str(pub))
    except (OSError, UnicodeDecodeError, SignatureError):
        return None


def _make_key(args) -> int:
    from family_guide.core.packs.signing import make_key, write_private_key

    if args.out.exists():
        print(f"family-guide make-key: {args.out} already exists; it is never overwritten", file=sys.stderr)
        return 1
    pem, public = make_key(args.name)
    write_private_key(args.out, pem)
    pub = args.out.with_name(args.out.name + ".pub")
    pub.write_text(public.line(), encoding="utf-8")
    print(f"Private key: {args.out} (keep it secret; anyone with it can sign packs as you)")
    print(f"Public key:  {pub} (give this to the people who install your packs)")
    print(f"Fingerprint: {public.fingerprint}")
    print(public.line(), end="")
    return 0


def _sign_pack(args) -> int:
    from family_guide.core.packs import builder
    from family_guide.core.packs.signing import load_private_key

    key = load_private_key(args.key)
    public = _public_key_beside(args.key)
    info = builder.read_pack_info(args.folder)
    signer = args.signer or (public.name if public else info["author"])
    data = builder.build_pack(info, builder.collect_files(builder.module_folders_in(args.folder)), key, signer)
    pack = builder.check_built(data, _bundled_modules())
    builder.write_pack(args.out, data)
    print(
        f"{args.out}: pack '{pack.manifest.id}' {pack.manifest.version}, {len(pack.manifest.modules)} module(s)"
        f" ({', '.join(pack.manifest.modules)}), {len(pack.files)} file(s), signed by '{signer}'"
    )
    return 0


def _import_pack(args) -> int:
    store = _store()
    checked = store.check(args.file)
    manifest = checked.pack.manifest
    print(f"Pack: {manifest.name} ({manifest.id}) version {manifest.version}, by {manifest.author}")
    print(f"Modules: {', '.join(manifest.modules)}")
    print(f"Signature: {checked.signature.describe()}")
    if checked.replaces:
        print(f"Replaces the installed version {checked.replaces.version}")
    if checked.needs_warning:
        print(UNTRUSTED_WARNING, file=sys.stderr)
        if not args.allow_unsigned:
            print("Not installed. To install it anyway, run the command again with --allow-unsigned.", file=sys.stderr)
            return 1
    store.install(checked, allow_untrusted=args.allow_unsigned)
    print(f"Installed into {store.modules_dir}. The app shows it the next time it starts or reloads content.")
    return 0


def _list_packs(args) -> int:
    packs = _store().installed()
    if args.json:
        print(
            json.dumps(
                [p.as_record() | {"signature": p.signature.as_dict()} for p in packs], indent=2, ensure_ascii=False
            )
        )
        return 0
    if not packs:
        print("No content packs are installed.")
    for pack in packs:
        print(
            f"{pack.id}  {pack.name} {pack.version}, by {pack.author}; {pack.signature.describe()}; modules: {', '.join(pack.modules)}"
        )
    return 0


def _remove_pack(args) -> int:
    pack = _store().remove(args.id)
    print(f"Removed the pack '{pack.name}' ({pack.id}) and its modules: {', '.join(pack.modules)}")
    return 0


def _export_pack(args) -> int:
    from family_guide.core.packs import builder
    from family_guide.core.packs.reader import PackError
    from family_guide.core.packs.signing import load_private_key

    store = _store()
    folder = store.modules_dir / args.module_id
    if not (folder / "module.yaml").is_file() or folder.name.startswith(".") or folder.parent != store.modules_dir:
        raise PackError(f"no module '{args.module_id}' in your modules folder ({store.modules_dir})")
    key = load_private_key(args.key) if args.key else None
    public = _public_key_beside(args.key) if args.key else None
    from family_guide.core.loader import load_module

    module, problems, _ = load_module(folder, "user")
    if module is None:
        raise PackError(
            f"module '{args.module_id}' has problems, so it is not exported:\n" + "\n".join(map(str, problems[:10]))
        )
    author = args.author or (public.name if public else "Family Guide user")
    info = {
        "id": module.id,
        "name": module.title("en").value[:120].strip(),
        "author": author,
        "version": module.manifest.version,
    }
    data = builder.build_pack(info, builder.collect_files([folder]), key, public.name if public else author)
    builder.check_built(data, _bundled_modules())
    builder.write_pack(args.out, data)
    print(
        f"{args.out}: pack '{module.id}' {module.manifest.version} with module '{module.id}'"
        + (", signed" if key else ", not signed")
    )
    return 0


def _trust_key(args) -> int:
    from family_guide import paths
    from family_guide.core.packs.signing import parse_public_key

    key = parse_public_key(args.file.read_text(encoding="utf-8")[:4096], str(args.file))
    app_paths = paths.AppPaths.from_platform()
    app_paths.create_private()  # the app's own folders, readable by this user only
    folder = app_paths.config_dir / "trusted-keys"
    folder.mkdir(exist_ok=True)
    target = folder / (key.fingerprint.replace(" ", "").lower() + ".pub")
    from family_guide.core.atomic import write_atomic

    write_atomic(target, key.line().encode("utf-8"), mode=0o644)
    print(f"Packs signed by '{key.name}' (key {key.fingerprint}) are now shown as from a known signer.")
    return 0

"""Content packs: one file (a zip with a manifest) holding content modules from an organisation.

- ``manifest``: what ``pack.json`` says (name, author, version, modules, every file's sha256);
- ``reader``: reads a pack as hostile input, checking names, counts and sizes before any data;
- ``signing``: Ed25519 keys, signatures over the manifest, and the signers this computer trusts;
- ``store``: validates a read pack with the module checker and installs, lists and removes packs;
- ``builder``: makes a pack from module folders (``sign-pack``, ``export-pack``).
"""

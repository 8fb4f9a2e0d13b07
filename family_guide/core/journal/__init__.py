"""The private journal: an SQLCipher database whose random key is wrapped by the user's passphrase.

Qt-free. ``keys`` holds the key file (how the database key is protected), ``store`` the
database itself (schema, migrations, reads and writes), ``records`` the plain data types.
"""

"""Encryption at rest (Fernet, with rotation) and keyed hashing of phone numbers."""

from __future__ import annotations

import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class Vault:
    """Encrypts and decrypts text with the first key; decrypts with any listed key."""

    def __init__(self, keys: str | list[str], hash_key: str) -> None:
        key_list = [k.strip() for k in keys.split(",")] if isinstance(keys, str) else keys
        self._fernet = MultiFernet([Fernet(k.encode()) for k in key_list if k])
        self._hash_key = hash_key.encode()

    def encrypt(self, text: str) -> str:
        """Return an opaque token for ``text``."""
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str) -> str:
        """Return the text behind ``token``; raise ValueError if no key opens it."""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("ciphertext not readable with the configured keys") from exc

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` under the current first key."""
        return self._fernet.rotate(token.encode()).decode()

    def phone_hash(self, address: str) -> str:
        """Keyed hash used to look a phone number up without storing it in clear."""
        return hmac.new(self._hash_key, address.encode(), hashlib.sha256).hexdigest()

    def pseudonym(self, kind: str, ident: int) -> str:
        """Stable pseudonymous id for exports (not reversible without the key)."""
        digest = hmac.new(self._hash_key, f"{kind}:{ident}".encode(), hashlib.sha256)
        return digest.hexdigest()[:16]


_vault: Vault | None = None


def set_vault(vault: Vault) -> None:
    """Install the process-wide vault used by encrypted columns."""
    global _vault
    _vault = vault


def vault() -> Vault:
    """The process-wide vault; configured at app start-up."""
    if _vault is None:
        raise RuntimeError("encryption is not configured; create the app first")
    return _vault

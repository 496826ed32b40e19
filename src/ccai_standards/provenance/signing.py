"""Signing material for `ccai bind`: a certificate chain and a private key, from options or the
environment, as c2pa-python takes them. Never from the repository, never written anywhere."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_CERT, ENV_KEY, ENV_ALG = "CCAI_SIGN_CERT", "CCAI_SIGN_KEY", "CCAI_SIGN_ALG"
ALGORITHMS = ("es256", "es384", "es512", "ps256", "ps384", "ps512", "ed25519")


class SigningError(Exception):
    """Signing material that is missing or cannot be used (exit 2)."""


@dataclass(frozen=True)
class SigningMaterial:
    chain: bytes  # PEM: the signing certificate first, then the intermediates
    key: bytes  # PEM, PKCS #8
    algorithm: str = "es256"

    @classmethod
    def find(cls, cert: Path | None, key: Path | None, algorithm: str | None) -> SigningMaterial:
        """From the options, else the environment: CCAI_SIGN_CERT and CCAI_SIGN_KEY (file paths), CCAI_SIGN_ALG."""
        cert_path = cert or (Path(os.environ[ENV_CERT]) if os.environ.get(ENV_CERT) else None)
        key_path = key or (Path(os.environ[ENV_KEY]) if os.environ.get(ENV_KEY) else None)
        if cert_path is None or key_path is None:
            raise SigningError(f"signing needs a certificate chain and a private key: give --cert and --key, or set "
                               f"{ENV_CERT} and {ENV_KEY} to their files (PEM)")
        chosen = (algorithm or os.environ.get(ENV_ALG) or "es256").lower()
        if chosen not in ALGORITHMS:
            raise SigningError(f"{chosen!r} is not a C2PA signing algorithm; use one of {', '.join(ALGORITHMS)}")
        try:
            return cls(cert_path.read_bytes(), key_path.read_bytes(), chosen)
        except OSError as exc:
            raise SigningError(f"cannot read the signing material: {exc.strerror or exc} ({exc.filename})") from None

    def signer(self) -> Any:
        import c2pa

        algorithm = getattr(c2pa.C2paSigningAlg, self.algorithm.upper())
        try:
            return c2pa.Signer.from_info(c2pa.C2paSignerInfo(algorithm, self.chain, self.key, None))
        except Exception as exc:  # c2pa raises its own errors for a bad key or chain
            raise SigningError(f"c2pa cannot sign with this certificate and key: {exc}") from None

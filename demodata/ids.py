"""Identifiers as the source systems mint them: Salesforce Ids, Qualtrics ids, invoice numbers."""

from __future__ import annotations

import numpy as np

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CHECKSUM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
_BASE62_BYTES = np.frombuffer(BASE62.encode("ascii"), dtype=np.uint8)
_CHECKSUM_BYTES = np.frombuffer(_CHECKSUM_CHARS.encode("ascii"), dtype=np.uint8)
_BIT_WEIGHTS = np.array([1, 2, 4, 8, 16], dtype=np.int64)

# Key prefixes of the standard objects, and the instance ("pod") part every Id of this org shares.
KEY_PREFIX = {"Account": "001", "Contact": "003", "User": "005", "Case": "500", "Task": "00T",
              "Lead": "00Q", "Opportunity": "006"}  # fmt: skip
ORG_POD = "7R"


def sf_id18(id15: str) -> str:
    """The 18-character, case-insensitive form of a 15-character Salesforce Id.

    Each 5-character block of the 15-character Id contributes one suffix character: bit i of a
    5-bit number is set when character i of the block is an uppercase letter A-Z, and the number
    indexes "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345". An 18-character Id is returned unchanged after its
    suffix is checked.
    """
    if len(id15) == 18:
        if sf_id18(id15[:15]) != id15:
            raise ValueError(f"{id15!r}: the last three characters are not the Id's checksum")
        return id15
    if len(id15) != 15 or not id15.isascii() or not id15.isalnum():
        raise ValueError(f"{id15!r} is not a 15-character Salesforce Id")
    suffix = ""
    for start in (0, 5, 10):
        bits = sum(1 << i for i, ch in enumerate(id15[start : start + 5]) if "A" <= ch <= "Z")
        suffix += _CHECKSUM_CHARS[bits]
    return id15 + suffix


def _as_strings(buf: np.ndarray) -> np.ndarray:
    """Rows of ASCII bytes (n x width) -> array of Python-compatible unicode strings."""
    width = buf.shape[1]
    return np.ascontiguousarray(buf).view(f"S{width}").ravel().astype(f"U{width}")


def sf_ids(obj: str, numbers: np.ndarray, pod: str = ORG_POD) -> np.ndarray:
    """18-character Ids for record numbers of one object (vectorised sf_id18).

    15-character body: key prefix (3) + pod (2) + reserved "0" + the record number in base 62
    (9 characters, zero padded), as Salesforce numbers records within an org.
    """
    numbers = np.asarray(numbers, dtype=np.int64)
    n = len(numbers)
    buf = np.empty((n, 18), dtype=np.uint8)
    buf[:, :6] = np.frombuffer((KEY_PREFIX[obj] + pod + "0").encode("ascii"), dtype=np.uint8)
    x = numbers.copy()
    for pos in range(14, 5, -1):
        buf[:, pos] = _BASE62_BYTES[x % 62]
        x //= 62
    if n and x.max() > 0:
        raise ValueError("record number does not fit in 9 base-62 digits")
    upper = (buf[:, :15] >= 65) & (buf[:, :15] <= 90)
    buf[:, 15:] = _CHECKSUM_BYTES[upper.reshape(n, 3, 5).astype(np.int64) @ _BIT_WEIGHTS]
    return _as_strings(buf)


def random_tokens(rng: np.random.Generator, n: int, prefix: str, length: int = 15) -> np.ndarray:
    """Random base-62 tokens such as Qualtrics ResponseIds (R_...) and DistributionIds (EMD_...)."""
    head = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    buf = np.empty((n, len(head) + length), dtype=np.uint8)
    buf[:, : len(head)] = head
    buf[:, len(head) :] = _BASE62_BYTES[rng.integers(0, 62, size=(n, length))]
    return _as_strings(buf)

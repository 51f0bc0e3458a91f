"""Turn uploaded bytes into text: UTF-8 first, then the common Western encodings."""

from charset_normalizer import from_bytes

from .errors import ExtractionError

# Signatures of file types people upload by mistake instead of plain text.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an office document (Word, ODT)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
# Encodings a French or English newsroom file realistically comes in when it is not UTF-8.
_FALLBACK_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_bytes(data: bytes) -> str:
    """Decode an uploaded text file; raise ExtractionError for binary or unknown data."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ExtractionError(
                f"This file looks like {what}, not plain text. Extract its text first and submit that."
            )
    # Windows tools still write UTF-16 with a byte-order mark; it is text, not binary.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data or _control_ratio(data) > 0.01:
        raise ExtractionError("This file looks like binary data, not text. Submit a plain-text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = from_bytes(data, cp_isolation=_FALLBACK_ENCODINGS).best()
    if match is None:
        raise ExtractionError(
            "The file is not UTF-8 and its encoding could not be recognised. Save it as UTF-8 and try again."
        )
    return str(match)


def _control_ratio(data: bytes) -> float:
    sample = data[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)

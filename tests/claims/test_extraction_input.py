import pytest

from claims.extraction import MAX_CHARS, ExtractionError, decode_bytes, detect_language, extract


def test_it_refuses_empty_text():
    with pytest.raises(ExtractionError, match="empty"):
        extract("")


def test_it_refuses_whitespace_only_text():
    with pytest.raises(ExtractionError, match="empty"):
        extract(" \n\t\u00a0\u202f ")


def test_it_refuses_text_over_the_size_limit():
    with pytest.raises(ExtractionError, match="limit of 200,000"):
        extract("Le gouvernement a annoncé une réforme. " * (MAX_CHARS // 30))


def test_it_names_an_unsupported_language():
    text = "Die Regierung hat am Mittwoch eine neue Reform angekündigt, die im Januar beginnt."
    with pytest.raises(ExtractionError, match=r"German \(de\).*only French and English"):
        extract(text)


def test_it_refuses_an_unsupported_explicit_language():
    with pytest.raises(ExtractionError, match="only French"):
        extract("Hola, el gobierno anunció una reforma.", lang="es")


def test_it_detects_french_and_english():
    assert detect_language("Le gouvernement a annoncé mercredi une réforme des retraites.") == "fr"
    assert detect_language("The government announced a pension reform on Wednesday.") == "en"


def test_it_decodes_utf8_with_and_without_bom():
    assert decode_bytes("Élysée « 120 000 »".encode()) == "Élysée « 120 000 »"
    assert decode_bytes(b"\xef\xbb\xbf" + "Élysée".encode()) == "Élysée"


def test_it_decodes_windows_1252():
    text = "Le ministre a déclaré « nous étions prêts » – c’était l’été."
    assert decode_bytes(text.encode("cp1252")) == text


def test_it_decodes_latin_1():
    text = "Les députés ont voté à l'unanimité après des débats très animés."
    assert decode_bytes(text.encode("latin-1")) == text


def test_it_decodes_utf16_with_bom():
    assert decode_bytes("À Paris, mardi.".encode("utf-16")) == "À Paris, mardi."


def test_it_refuses_binary_data():
    with pytest.raises(ExtractionError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)


def test_it_names_a_pdf_uploaded_by_mistake():
    with pytest.raises(ExtractionError, match="PDF"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")

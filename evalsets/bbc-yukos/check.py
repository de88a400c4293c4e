#!/usr/bin/env python3
"""Validate questions.jsonl against the BBC corpus and articles.txt (see ../story_check.py)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from story_check import main  # noqa: E402

sys.exit(main(HERE, 15, 27))

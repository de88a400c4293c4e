"""Scripted evaluation: question sets in, answers, metrics and reports out."""

"""The dispute-qa application: answers, conflict flags, chat UI and evaluation."""

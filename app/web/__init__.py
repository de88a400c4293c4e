"""The browser app (Gradio) and what it shows."""

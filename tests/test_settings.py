"""Settings come from DISPUTE_QA_* variables and fail with one readable line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import ConfigError
from ingest.settings import Settings, load_settings


def test_environment_overrides_defaults(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("DISPUTE_QA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DISPUTE_QA_LLM", "none")
    monkeypatch.setenv("DISPUTE_QA_MAX_FILE_MB", "1.5")
    settings = load_settings()
    assert settings.data_dir == tmp_path and settings.llm == "none"
    assert settings.max_file_bytes == int(1.5 * 1024 * 1024)
    assert settings.manifest_path.parent == tmp_path


@pytest.mark.parametrize(
    "name, value, fragment",
    [
        ("DISPUTE_QA_LLM", "gpt", "DISPUTE_QA_LLM"),
        ("DISPUTE_QA_CHROMA_URL", "localhost:8000", "must start with http://"),
        ("DISPUTE_QA_PORT", "http", "DISPUTE_QA_PORT"),
        ("DISPUTE_QA_COLLECTION", "ab", "DISPUTE_QA_COLLECTION"),
    ],
)
def test_invalid_values_are_one_line_config_errors(monkeypatch, name, value, fragment):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=fragment) as info:
        load_settings()
    assert "\n" not in str(info.value)


def test_every_setting_is_described():
    assert all(field.description for field in Settings.model_fields.values())

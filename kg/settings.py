"""Settings read from the environment, in one place: KG_STORE, KG_MODEL, KG_MODEL_CACHE, KG_CORPUS,
KG_CONDUCT_PRIOR.

Read afresh on every call (``settings()``), so a test or a command that sets a variable sees it.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = Path(".kg-store")
DEFAULT_MODEL_CACHE = Path("~/.cache/kg/models")


class Settings(BaseSettings):
    """The environment variables the system reads (empty values count as unset)."""

    model_config = SettingsConfigDict(env_prefix="KG_", env_ignore_empty=True, extra="ignore")

    store: Path | None = None
    model: str | None = None
    model_cache: Path | None = None
    corpus: Path | None = None
    # The learned conduct prior's model file (kg/conduct_prior.py); "none" answers without one.
    conduct_prior: str | None = None


def settings() -> Settings:
    """The settings as the environment has them now."""
    return Settings()


def store_path(path: str | Path | None = None) -> Path:
    """The store folder: the argument, else $KG_STORE, else ./.kg-store."""
    return Path(path) if path else (settings().store or DEFAULT_STORE)


def requested_model(name: str | None = None) -> str | None:
    """The encoder asked for: the argument, else $KG_MODEL, else None (the caller's default)."""
    return name or settings().model


def model_cache() -> Path:
    """Where converted models live: $KG_MODEL_CACHE, else ~/.cache/kg/models."""
    return (settings().model_cache or DEFAULT_MODEL_CACHE).expanduser()

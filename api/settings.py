"""Settings of the service (environment variables KEHOACH_*; see README "Settings")."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.settings import default_db_url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KEHOACH_", frozen=True)

    db_url: str = Field(default_factory=default_db_url, description="SQLAlchemy URL of the corpus (default: SQLite in ./var)")
    api_key: str | None = Field(default=None, description="key for write endpoints (upload, delete, re-extract), header X-API-Key")
    read_key_required: bool = Field(default=False, description="require the key for reads too")
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, description="largest accepted upload")
    workers: int = Field(default=2, description="extraction worker threads in the service process")
    max_pages: int = Field(default=1000, description="largest accepted PDF, in pages")

"""The build plugin that puts every library in one chunk (storefront/library_chunk.py)."""

import shutil
import subprocess
from pathlib import Path

import pytest
from reflex_base.compiler.templates import vite_config_template

from storefront.library_chunk import ConfigUnrecognised, add_library_group


def reflex_vite_config() -> str:
    """What Reflex writes for a production build."""
    return vite_config_template(
        base="/", hmr=False, force_full_reload=False, experimental_hmr=False, sourcemap=False
    )


def test_the_library_group_follows_reflexs_own_and_is_added_once() -> None:
    config = add_library_group(reflex_vite_config())
    assert config.index('name: "reflex-env"') < config.index('name: "libraries"')
    assert add_library_group(config) == config
    assert config.count('name: "libraries"') == 1


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node, which the frontend build needs anyway")
def test_the_changed_config_is_still_valid_javascript(tmp_path: Path) -> None:
    path = tmp_path / "vite.config.mjs"
    path.write_text(add_library_group(reflex_vite_config()))
    checked = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_a_config_without_reflexs_group_fails_the_build() -> None:
    with pytest.raises(ConfigUnrecognised):
        add_library_group(reflex_vite_config().replace('name: "reflex-env"', 'name: "env"'))

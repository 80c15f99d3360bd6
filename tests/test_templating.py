"""The template environment: its compiled-template cache and its `tojson` filter."""

from __future__ import annotations

import json

import pytest
from jinja2 import DictLoader, Environment, FileSystemBytecodeCache

from generator import templating


def test_compiled_templates_are_cached_under_the_settings_that_compiled_them(tmp_path):
    """Jinja checks a cached template's source but not the settings it was compiled with:
    a template compiled with trim_blocks off must not be reused with it on."""
    source = {"t": "{% if true %}\nyes\n{% endif %}\n"}
    rendered = []
    for trim in (False, True):
        env = Environment(loader=DictLoader(source), trim_blocks=trim, keep_trailing_newline=True)
        pattern = f"__expanse_{templating._compile_options(env)}_%s.cache"
        env.bytecode_cache = FileSystemBytecodeCache(str(tmp_path), pattern=pattern)
        rendered.append(env.get_template("t").render())
    assert rendered == ["\nyes\n\n", "yes\n"]
    assert len(list(tmp_path.iterdir())) == 2


def test_the_cache_key_is_the_same_on_every_run():
    env = templating.environment()
    assert templating._compile_options(env) == templating._compile_options(env)
    assert env.bytecode_cache is not None


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "<script>&'\"</script>",
        "caf\u00e9 \u2028 line",
        "",
        None,
        True,
        False,
        0,
        -12,
        1.5,
        ["a", "<b>", {"k": "it's"}],
        {"x": [1, None, "&"]},
    ],
)
def test_tojson_is_json_with_no_character_html_reads_as_markup(value):
    text = templating.to_json(value)
    assert json.loads(text) == value
    assert not set("<>&'") & set(text)

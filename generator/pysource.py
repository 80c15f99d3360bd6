"""Python source text, as black and ruff would leave it: literals, docstrings, the line breaks
black chooses for calls and signatures, and import blocks sorted as ruff's isort sorts them.

Pure string helpers with no knowledge of the API model; `targets/python_client.py` builds the
client's files with them, and `templating.py` registers `py_str` and `toml_str` as filters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

LINE_LENGTH = 100
INDENT = "    "
# Third-party packages of the generated code: their imports form the second isort section.
THIRD_PARTY = frozenset({"httpx", "pydantic"})


# --------------------------------------------------------------------------- literals


def py_str(text: str) -> str:
    """A Python string literal of `text`, quoted the way black leaves it.

    `repr()` escapes. black then prefers double quotes unless they need more escapes than the
    single quotes repr() chose.
    """
    literal = repr(text)
    if literal.startswith('"'):
        return literal
    body = literal[1:-1]
    double_quoted = body.replace("\\'", "'").replace('"', '\\"')
    if double_quoted.count("\\") > body.count("\\"):
        return literal
    return f'"{double_quoted}"'


def py_value(value: object) -> str:
    """A Python literal of a JSON scalar (an enum member, a bound, a pattern)."""
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, bool | int | float) or value is None:
        return repr(value)
    raise TypeError(f"no Python literal for {value!r}")


def fstring_text(text: str) -> str:
    """`text` as the literal part of a double-quoted f-string (JSON escapes are Python's)."""
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    return escaped.replace("{", "{{").replace("}", "}}")


def toml_str(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and TOML also wants DEL escaped."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def docstring_text(text: str) -> str:
    """Text that can neither end the docstring early, nor start an escape, nor hold a character
    a source file cannot (control characters are written as escapes, as repr() does)."""
    escaped = text.replace("\\", "\\\\")
    if not escaped.isprintable():
        escaped = "".join(char if char.isprintable() else repr(char)[1:-1] for char in escaped)
    return escaped.replace('"""', '\\"\\"\\"').strip()


def docstring(lines: Sequence[str], depth: int) -> str:
    """A docstring at `depth` indents: one line, or a first line and a body."""
    indent = INDENT * depth
    texts = [docstring_text(line) for line in lines]
    # A quote next to the opening or closing quotes would merge with them; black pads it too.
    first = f" {texts[0]}" if texts[0].startswith('"') else texts[0]
    if len(texts) == 1:
        pad = " " if first.endswith('"') else ""
        return f'{indent}"""{first}{pad}"""'
    body = "\n".join(f"{indent}{text}" if text else "" for text in texts[1:])
    return f'{indent}"""{first}\n{body}\n{indent}"""'


# --------------------------------------------------------------------------- black's layout


@dataclass(frozen=True)
class Call:
    """`head`, arguments, `tail`: head ends with an opening bracket and tail starts with the
    closing one. A call, a signature, or a dict display."""

    head: str
    args: tuple[Code, ...]
    tail: str


Code = str | Call


def flat(code: Code) -> str:
    if isinstance(code, str):
        return code
    return code.head + ", ".join(flat(arg) for arg in code.args) + code.tail


def layout(code: Code, depth: int, trailer: str = "") -> list[str]:
    """The lines black makes of `code` at `depth` indents, for the shapes generated here: all on
    one line if it fits; else the arguments on one line of their own; else one argument per line
    with a trailing comma, each laid out the same way."""
    indent = INDENT * depth
    whole = indent + flat(code) + trailer
    if isinstance(code, str) or len(whole) <= LINE_LENGTH or not code.args:
        return [whole]
    closing = indent + code.tail + trailer
    inner = INDENT * (depth + 1) + ", ".join(flat(arg) for arg in code.args)
    if len(inner) <= LINE_LENGTH:
        return [indent + code.head, inner, closing]
    lines = [indent + code.head]
    for arg in code.args:
        lines += layout(arg, depth + 1, ",")
    return [*lines, closing]


def code_block(code: Code, depth: int) -> str:
    return "\n".join(layout(code, depth))


# --------------------------------------------------------------------------- imports


@dataclass
class Imports:
    """The names one module (or one block of it) imports, by the module they come from."""

    names: dict[str, set[str]] = field(default_factory=dict)

    def add(self, module: str, *names: str) -> None:
        self.names.setdefault(module, set()).update(names)

    def block(self, depth: int = 0) -> str:
        """The import statements grouped and sorted as ruff's isort wants them: standard
        library, third party, then the package's own (relative) modules."""
        sections: tuple[list[str], list[str], list[str]] = ([], [], [])
        for module, names in sorted(self.names.items(), key=lambda item: item[0].lower()):
            if module.startswith("."):
                section = 2
            else:
                section = 1 if module.split(".")[0] in THIRD_PARTY else 0
            sections[section].append(import_line(module, names, depth))
        return "\n\n".join("\n".join(lines) for lines in sections if lines)


def isort_key(name: str) -> tuple[int, str, str]:
    """ruff's order of imported names (and of `__all__`): CONSTANTS, Classes, then the rest,
    each case-insensitively."""
    if name.isupper() and len(name) > 1:
        return (0, name.lower(), name)
    return (1 if name[:1].isupper() else 2, name.lower(), name)


def import_line(module: str, names: Iterable[str], depth: int = 0) -> str:
    """`from module import a, b`, wrapped as ruff's isort does: one name per line."""
    ordered = sorted(set(names), key=isort_key)
    indent = INDENT * depth
    line = f"{indent}from {module} import {', '.join(ordered)}"
    if len(line) <= LINE_LENGTH:
        return line
    inner = "".join(f"{indent}{INDENT}{name},\n" for name in ordered)
    return f"{indent}from {module} import (\n{inner}{indent})"

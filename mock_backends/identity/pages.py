"""The provider's HTML pages: sign in, create an account, and short messages.

Plain server-rendered HTML (no script), every value escaped. Accessibility: one <h1> and <main>, every input
has a visible <label>, the autocomplete tokens password managers need, hints and errors tied to their input
with aria-describedby, and the page's error in role="alert" so screen readers announce it.
"""

import time
from collections.abc import Sequence
from html import escape
from typing import Protocol
from urllib.parse import urlencode

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1a1a1a;line-height:1.5}
main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;
box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.5rem;margin-top:0}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #6b6b6b;
border-radius:4px;margin-top:.25rem}
input:focus,button:focus,a:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.hint{color:#4a4a4a;font-size:.9rem;margin:.25rem 0 0}
.field-error{color:#a4161a;font-size:.9rem;margin:.25rem 0 0}
[role=alert]{border:2px solid #a4161a;background:#fdecea;color:#5f0f12;padding:.75rem;border-radius:4px}
button{margin-top:1.5rem;width:100%;padding:.75rem;font-size:1rem;font-weight:600;color:#fff;
background:#1d4ed8;border:0;border-radius:4px;cursor:pointer}
a{color:#1d4ed8}
.brand{display:flex;align-items:center;justify-content:space-between;gap:.75rem;flex-wrap:wrap;
max-width:30rem;margin:1.5rem auto 0;padding:0 1rem}
.brand strong{font-size:1.25rem}
.brand a{display:inline-block;padding:.6rem 0;min-height:44px;box-sizing:border-box}
input,button{min-height:44px}
"""
BRAND = "Lumen Fibre"


def _layout(title: str, body: str, back: str = "") -> str:
    """A page under the shop's brand; `back` (the client's URL for "cancelled") leads back to the basket."""
    link = f'<a href="{escape(back)}">Back to your basket</a>' if back else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} - {BRAND}</title><style>{_STYLE}</style></head>"
        f'<body><header class="brand"><strong>{BRAND}</strong>{link}</header>'
        f"<main>{body}</main></body></html>"
    )


def _alert(error: str | None) -> str:
    return f'<div role="alert" id="form-error">{escape(error)}</div>' if error else ""


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'


def _field(
    name: str,
    label: str,
    *,
    input_type: str = "text",
    autocomplete: str,
    value: str = "",
    hint: str = "",
    error: str = "",
) -> str:
    described = " ".join(
        part for part in (f"{name}-hint" if hint else "", f"{name}-error" if error else "") if part
    )
    attributes = [
        f'id="{name}"',
        f'name="{name}"',
        f'type="{input_type}"',
        f'autocomplete="{autocomplete}"',
        "required",
    ]
    if value and input_type != "password":
        attributes.append(f'value="{escape(value)}"')
    if described:
        attributes.append(f'aria-describedby="{described}"')
    if error:
        attributes.append('aria-invalid="true"')
    return (
        f'<label for="{name}">{escape(label)}</label>'
        + (f'<p class="hint" id="{name}-hint">{escape(hint)}</p>' if hint else "")
        + f"<input {' '.join(attributes)}>"
        + (f'<p class="field-error" id="{name}-error">{escape(error)}</p>' if error else "")
    )


def sign_in_page(
    *,
    authorization: list[tuple[str, str]],
    csrf: str,
    email: str = "",
    error: str | None = None,
    back: str = "",
) -> str:
    """The sign-in form; it posts back the authorization request it was shown for."""
    query = urlencode(authorization)
    hidden = "".join(_hidden(name, value) for name, value in authorization)
    body = (
        "<h1>Sign in to Lumen</h1>"
        + _alert(error)
        + '<form method="post" action="/authorize" novalidate>'
        + hidden
        + _hidden("csrf_token", csrf)
        + _field("email", "Email", input_type="email", autocomplete="username", value=email)
        + _field("password", "Password", input_type="password", autocomplete="current-password")
        + '<button type="submit">Sign in</button></form>'
        + f'<p>New to Lumen? <a href="/register?{escape(query)}">Create an account</a></p>'
    )
    return _layout("Sign in", body, back)


def register_page(
    *,
    pending: str,
    csrf: str,
    values: dict[str, str],
    errors: dict[str, str],
    min_length: int,
    back: str = "",
) -> str:
    """Self-registration; `pending` is the query of the authorization request to return to, if any."""
    summary = "Check the highlighted fields." if errors else None
    sign_in_link = (
        f'<p>Already have an account? <a href="/authorize?{escape(pending)}">Sign in</a></p>'
        if pending
        else ""
    )
    body = (
        "<h1>Create your Lumen account</h1>"
        + _alert(summary)
        + '<form method="post" action="/register" novalidate>'
        + _hidden("pending", pending)
        + _hidden("csrf_token", csrf)
        + _field(
            "given_name",
            "Given name",
            autocomplete="given-name",
            value=values.get("given_name", ""),
            error=errors.get("given_name", ""),
        )
        + _field(
            "family_name",
            "Family name",
            autocomplete="family-name",
            value=values.get("family_name", ""),
            error=errors.get("family_name", ""),
        )
        + _field(
            "email",
            "Email",
            input_type="email",
            autocomplete="email",
            value=values.get("email", ""),
            error=errors.get("email", ""),
        )
        + _field(
            "password",
            "Password",
            input_type="password",
            autocomplete="new-password",
            hint=f"At least {min_length} characters; a few unrelated words make a good one.",
            error=errors.get("password", ""),
        )
        + '<button type="submit">Create account</button></form>'
        + sign_in_link
    )
    return _layout("Create an account", body, back)


def message_page(
    title: str, message: str, *, link: tuple[str, str] | None = None, alert: bool = False
) -> str:
    text = f'<div role="alert">{escape(message)}</div>' if alert else f"<p>{escape(message)}</p>"
    anchor = f'<p><a href="{escape(link[0])}">{escape(link[1])}</a></p>' if link else ""
    return _layout(title, f"<h1>{escape(title)}</h1>{text}{anchor}")


class _Message(Protocol):
    to: str
    subject: str
    body: str
    link: str
    sent_at: float


def mailbox_page(mails: Sequence[_Message]) -> str:
    """The mail catcher: what the provider would have delivered, newest first, each link followable."""

    def sent(mail: _Message) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(mail.sent_at))

    items = "".join(
        "<li><article>"
        f"<h2>{escape(mail.subject)}</h2>"
        f"<p>To: {escape(mail.to)} · {escape(sent(mail))}</p>"
        f"<p>{escape(mail.body)}</p>"
        + (f'<p><a href="{escape(mail.link)}">{escape(mail.subject)}</a></p>' if mail.link else "")
        + "</article></li>"
        for mail in mails
    )
    note = "<p>Demo mailbox: messages are shown here instead of being delivered.</p>"
    return _layout(
        "Mailbox", f"<h1>Mailbox</h1>{note}" + (f"<ol>{items}</ol>" if items else "<p>No messages.</p>")
    )

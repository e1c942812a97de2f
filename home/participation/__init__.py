"""The participation kit: what every form needs where citizens send us something without
an account (comments, replies, supports, reports, feedback, forum registrations).

- `forms`: honeypot and fill time (`SpamProtectedForm`), the consent field with the
  privacy-notice link (`ConsentMixin`), plain text only (`validate_plain_text`).
- `people`: one person per address (`email_key`, `email_hash`); the client's address behind
  trusted proxies (`client_address`) and its hash (`hash_ip`).
- `links`: signed links in e-mails, each kind with its lifetime from settings (`SignedLink`).
- `limits`: per-address and per-e-mail rate limits from settings (`rate_limited`).
- `mail`: mails rendered from a subject and a body template (`send_templated_mail`).
- `pages`: sub-pages of a page (`render_subpage`) and the privacy notice shown beside forms.

Each app keeps only its own rules: who may confirm what, and what happens then.
"""

from .forms import ConsentMixin, SpamProtectedForm, validate_plain_text
from .limits import rate_limited
from .links import LinkError, SignedLink
from .mail import send_templated_mail
from .pages import privacy_notice_url, privacy_notice_version, render_subpage
from .people import client_address, email_hash, email_key, hash_ip

__all__ = [
    "ConsentMixin",
    "LinkError",
    "SignedLink",
    "SpamProtectedForm",
    "client_address",
    "email_hash",
    "email_key",
    "hash_ip",
    "privacy_notice_url",
    "privacy_notice_version",
    "rate_limited",
    "render_subpage",
    "send_templated_mail",
    "validate_plain_text",
]

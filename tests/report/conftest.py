"""The browser fixtures (``browser``, ``open_page``) for every HTML browser test here."""

from browser_support import browser, open_page  # noqa: F401

"""The app's pages as st.Page objects, so any page can link to any other (with query parameters)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent

# name -> (title, icon); the first is the default page served at "/". Each is app_pages/{name}.py.
PAGES = {
    "ask": ("Ask", ":material/question_answer:"),
    "browse": ("Browse", ":material/menu_book:"),
    "authority": ("Authority", ":material/account_tree:"),
    "cases": ("Cases", ":material/gavel:"),
    "sparql": ("SPARQL", ":material/terminal:"),
}


def page(name: str) -> st.Page:
    """The st.Page for a page name ('ask', 'browse', 'authority', 'cases', 'sparql')."""
    title, icon = PAGES[name]
    return st.Page(HERE / f"{name}.py", title=title, icon=icon, url_path=name, default=name == "ask")


def all_pages() -> list[st.Page]:
    """Every page, in menu order."""
    return [page(name) for name in PAGES]

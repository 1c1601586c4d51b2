"""The Streamlit app: a thin router over the pages in app_pages/ (run: streamlit run app.py).

Shareable links: ``?q=…&at=YYYY-MM-DD`` opens Ask with the question answered as the law stood then,
``?id=pp-94-2021/pasal-5&at=…`` opens Browse at that provision, ``?case=case:…`` opens that case.
"""

from __future__ import annotations

import streamlit as st

from app_pages import routes, state

st.set_page_config(page_title="ASN neutrality law", page_icon=":material/balance:", layout="wide")

current = st.navigation(routes.all_pages())

# A link to the bare app with ?id= or ?case= means Browse or Cases; ?q= stays on Ask.
params = st.query_params
if current.url_path in ("", "ask") and "q" not in params:
    dated = {"at": params["at"]} if "at" in params else {}
    if "id" in params:
        st.switch_page(routes.page("browse"), query_params={"id": params["id"], **dated})
    elif "case" in params:
        filters = {k: params[k] for k in ("election", "year", "role", "provision", "outcome") if k in params}
        st.switch_page(routes.page("cases"), query_params={"case": params["case"], **filters})

# Each page checks the store itself, after drawing what it can without it (Ask: its form).
current.run()
state.warm_up(state.ensure_store())  # after the page is drawn: the first question then finds it loaded

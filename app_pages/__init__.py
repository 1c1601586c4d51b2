"""The Streamlit pages of the app: UI only; the work is done by the kg library."""

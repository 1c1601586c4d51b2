"""Network interfaces over ``kg.api``: the REST API (``rest.py``) and the MCP server (``mcp.py``)."""

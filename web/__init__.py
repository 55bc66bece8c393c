"""The Flask side: sessions, login, CSRF, security headers, the page cache, health.

May import ``dashboard`` and Flask/Werkzeug; never Dash layouts or callbacks.
"""

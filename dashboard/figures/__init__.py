"""Figures: Plotly figures as the plain dicts Plotly would send, all from one theme.

``plot`` (the figure dicts), ``theme`` (colours, fonts, formats), then one module per
page's figures: ``gauge``, ``trends``, ``commitments``, ``wall``. May import
``analysis`` and everything below it; never ``pages``.
"""

"""Figures: Plotly figures as the plain dicts Plotly would send, all from one theme.

``plot`` (the figure dicts); ``theme`` (the one door to the look: it applies it and
re-exports ``palette``, the colours and status styles, and ``template``, the fonts,
sizes and Plotly templates); ``traces`` (protected crime and survey series, shared by
the trends and area pages); then one module per page's figures: ``gauge``, ``trends``,
``area``, ``commitments``, ``wall`` and ``wall_survey``. May import ``analysis`` and
everything below it; never ``pages``.
"""

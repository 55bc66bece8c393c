"""Ids of the commitments page ``/loften`` (layouts/commitments.py, callbacks/commitments.py).

The sections' own ids (``P1``, ``toc-P1``, ``progress-P1``...) are the commitment
components' (``ids`` in components/commitment_section.py and its neighbours).
"""

SCROLL = "loften-scroll"  # a store whose first render scrolls to the address's #hash

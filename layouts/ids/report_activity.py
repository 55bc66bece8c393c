"""Ids of the field report page ``/rapportera`` (layouts/report_activity.py,
callbacks/report_activity.py). The form's own ids (the contract's ``aktivitet-lofte``,
``aktivitet-antal``, ``aktivitet-omrade``, ``aktivitet-kommentar``, ``aktivitet-spara``)
are the form component's (``ids`` in components/activity_form.py), named here."""

from components.activity_form import ids as form

DATE, COMMITMENT, COUNT, AREA = form.DATE, form.COMMITMENT, form.COUNT, form.AREA
COMMENT, SAVE, RECEIPT, SAVED = form.COMMENT, form.SAVE, form.RECEIPT, form.SAVED
CONTEXT, UNDO, undo = form.CONTEXT, form.UNDO, form.undo

OWN = "aktivitet-egna"  # the reporter's own recent reports
LOGIN_NEEDED = "aktivitet-login-needed"
NOT_REPORTER = "aktivitet-not-reporter"
REFUSED = "aktivitet-refused"

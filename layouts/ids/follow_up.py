"""Ids of the meeting page ``/uppfoljning`` (layouts/follow_up.py, callbacks/follow_up.py).

The form's own ids (the contract's ``checkin-date``, ``checkin-save``,
``checkin-status-<löfte_id>``, ``checkin-comment-<löfte_id>``) are the form component's
(``ids`` in components/checkin_form.py), named here for the page and its callbacks.
"""

from components.checkin_form import ids as form

DATE, SAVE, RESULT = form.DATE, form.SAVE, form.RESULT
STATUS_TYPE, COMMENT_TYPE, PUBLIC_TYPE = form.STATUS_TYPE, form.COMMENT_TYPE, form.PUBLIC_TYPE
status_group, comment_field, agenda_item = form.status_group, form.comment_field, form.agenda_item
status, comment, public = form.status, form.comment, form.public

AGENDA = "checkin-agenda"  # every commitment's card; rendered anew after a save
CONTEXT = "checkin-context"  # the kommun and year the form was made for
LOGIN_NEEDED = "checkin-login-needed"
READ_ONLY = "checkin-read-only"
SAVED = "checkin-saved"  # the message that the check-ins are saved
REFUSED = "checkin-refused"  # the server refused someone not an editor

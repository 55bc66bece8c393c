"""Accounts, roles, the login page and request security messages."""

ENTRIES: dict[str, dict[str, str]] = {
    "role.editor": {"sv": "redaktör", "en": "editor"},
    "role.reporter": {"sv": "rapportör", "en": "reporter"},
    "role.viewer": {"sv": "läsare", "en": "viewer"},
    "acct.bad_name": {
        "sv": "ogiltigt användarnamn: 1–100 tecken, bokstäver, siffror och . @ _ -",
        "en": "invalid user name: 1–100 characters, letters, digits and . @ _ -",
    },
    "acct.bad_role": {
        "sv": "okänd roll; tillåtna är {allowed}",
        "en": "unknown role; allowed are {allowed}",
    },
    "acct.short_password": {
        "sv": "lösenordet måste ha minst {n} tecken",
        "en": "the password must have at least {n} characters",
    },
    "acct.long_password": {
        "sv": "lösenordet får ha högst {n} tecken",
        "en": "the password may have at most {n} characters",
    },
    "acct.exists": {
        "sv": "användaren {name} finns redan (byt roll eller lösenord med user change)",
        "en": "user {name} already exists (change its role or password with user change)",
    },
    "acct.unknown_kommun": {
        "sv": "okänd kommun: {name} (menade du {nearest}?)",
        "en": "unknown kommun: {name} (did you mean {nearest}?)",
    },
    "acct.no_kommuner": {
        "sv": "okänd kommun: {name} (data har inga områden än: importera omraden.csv först)",
        "en": "unknown kommun: {name} (the data has no areas yet: import omraden.csv first)",
    },
    "acct.kommun_missing": {
        "sv": "ange minst en kommun efter --kommun",
        "en": "name at least one kommun after --kommun",
    },
    "acct.all_kommuner": {"sv": "alla", "en": "all"},
    "acct.passwords_differ": {"sv": "lösenorden skiljer sig åt", "en": "the passwords differ"},
    "acct.no_such_user": {"sv": "användaren {name} finns inte", "en": "user {name} does not exist"},
    "acct.no_such_token": {
        "sv": "ingen aktiv länk med id {id}",
        "en": "no active link with id {id}",
    },
    "acct.token_label_missing": {
        "sv": "skriv vad länken är till för, t.ex. Väggskärm entrén",
        "en": "say what the link is for, e.g. Wall screen entrance",
    },
    "acct.cli_password": {"sv": "Lösenord: ", "en": "Password: "},
    "acct.cli_password_again": {"sv": "Lösenord igen: ", "en": "Password again: "},
    "acct.cli_added": {
        "sv": "Användaren {name} ({role}) är tillagd.",
        "en": "User {name} ({role}) added.",
    },
    "acct.cli_changed": {
        "sv": "Användaren {name} ({role}) är ändrad; alla dess inloggningar är avslutade.",
        "en": "User {name} ({role}) changed; all its logins have ended.",
    },
    "acct.cli_removed": {"sv": "Användaren {name} är borttagen.", "en": "User {name} removed."},
    "acct.cli_last_login": {"sv": "senast inloggad", "en": "last login"},
    "acct.cli_token_created": {
        "sv": "Länk {id} skapad. Lägg till ?token=<nedan> på adressen, t.ex. /vaggskarm?token=… "
        "Token visas bara nu:",
        "en": "Link {id} created. Add ?token=<below> to the address, e.g. /vaggskarm?token=… "
        "The token is shown only now:",
    },
    "acct.cli_token_revoked": {"sv": "Länk {id} är återkallad.", "en": "Link {id} revoked."},
    "acct.token_active": {"sv": "aktiv", "en": "active"},
    "acct.token_revoked": {"sv": "återkallad {date}", "en": "revoked {date}"},
    "acct.logged_in_as": {
        "sv": "Inloggad som {name} ({role})",
        "en": "Logged in as {name} ({role})",
    },
    "acct.login_title": {"sv": "Logga in", "en": "Log in"},
    "acct.login_intro": {
        "sv": "För redaktörer som importerar data.",
        "en": "For editors who import data.",
    },
    "acct.login_open": {
        "sv": "Att titta på sidorna kräver ingen inloggning.",
        "en": "Looking at the pages needs no login.",
    },
    "acct.login_closed": {
        "sv": "Logga in för att se sidorna.",
        "en": "Log in to see the pages.",
    },
    "acct.login_help": {
        "sv": "Inget konto? Systemförvaltaren lägger till det med "
        "python -m dashboard user add NAMN --role editor.",
        "en": "No account? The administrator adds one with "
        "python -m dashboard user add NAME --role editor.",
    },
    "acct.name": {"sv": "Användarnamn", "en": "User name"},
    "acct.password": {"sv": "Lösenord", "en": "Password"},
    "acct.login_button": {"sv": "Logga in", "en": "Log in"},
    "acct.logout": {"sv": "Logga ut", "en": "Log out"},
    "acct.bad_login": {
        "sv": "Fel användarnamn eller lösenord.",
        "en": "Wrong user name or password.",
    },
    "acct.too_many": {
        "sv": "För många misslyckade försök. Vänta {seconds} sekunder och försök igen.",
        "en": "Too many failed attempts. Wait {seconds} seconds and try again.",
    },
    "acct.form_expired": {
        "sv": "Formuläret hade gått ut. Försök igen.",
        "en": "The form had expired. Please try again.",
    },
    "sec.csrf": {
        "sv": "Begäran saknar giltig CSRF-token – ladda om sidan.",
        "en": "The request lacks a valid CSRF token – reload the page.",
    },
    "sec.login_required": {"sv": "Logga in för att se data.", "en": "Log in to see the data."},
    "sec.too_large": {
        "sv": "För stor begäran: filer får vara högst {mb} MB sammanlagt.",
        "en": "Request too large: files may be at most {mb} MB together.",
    },
}

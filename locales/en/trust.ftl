# Trust lists, revocation status, hosted badges and online refresh.
# Locale: en (base locale). Reviewed by a native speaker: no.

## Checks that need something fetched online

# Variables:
#   $since (String) - when the last online check ran
#   $url (String) - the address that would be fetched
check-offline-since = Not checked: this needs { $url }, which has not been fetched (offline since { $since }).
# Variables:
#   $url (String) - the address that would be fetched
check-never-online = Not checked: this needs { $url }, and nothing has been checked online yet.

## Status (revocation and suspension)

# Variables:
#   $date (String) - when the status list was fetched
check-status-not-revoked = Not revoked (status list fetched { $date }).
# Variables:
#   $date (String) - when the status list was fetched
#   $days (String) - the allowed age in days
check-status-stale = Not revoked when last checked on { $date }, but that is more than { $days } days ago: check online again.
# Variables:
#   $date (String) - when the status was fetched
check-status-revoked = The issuer has revoked this credential (checked { $date }).
# Variables:
#   $date (String) - when the status was fetched
check-status-suspended = The issuer has suspended this credential (checked { $date }).
check-status-malformed = The credential's status entry is damaged and cannot be checked.
# Variables:
#   $type (String) - the kind of status entry
check-status-type-unsupported = This kind of status entry ({ $type }) cannot be checked by this version.
# Variables:
#   $url (String) - the status list address
#   $detail (String) - what is wrong (technical)
check-status-list-unusable = The status list at { $url } cannot be used ({ $detail }).

## Hosted Open Badges 2.0 assertions

check-hosted-no-url = This hosted badge has no https address where the issuer keeps it.
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-matches = The issuer's copy at { $url } matches (fetched { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-revoked = The issuer has revoked this badge ({ $url }, checked { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $status (String) - the HTTP status code
#   $date (String) - when it was asked
check-hosted-gone = The issuer no longer has this badge at { $url } (answer { $status }, { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $field (String) - the part that differs
#   $date (String) - when it was fetched
check-hosted-differs = The issuer's copy at { $url } differs from this badge in “{ $field }” (fetched { $date }).
# Variables:
#   $url (String) - the badge's address
#   $issuer (String) - the issuer's address
check-hosted-wrong-origin = The badge at { $url } is not kept on the issuer's own site ({ $issuer }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
#   $days (String) - the allowed age in days
check-hosted-stale = The issuer's copy matched on { $date }, more than { $days } days ago: check online again.

## Command line

# Variables:
#   $name (String) - the list's name
#   $count (Number) - organisations on it
cli-trust-added = Installed the trust list “{ $name }” ({ $count } organisations).
# Variables:
#   $count (Number) - installed lists
cli-trust-count = { $count ->
    [one] One trust list installed.
   *[other] { $count } trust lists installed.
}
# Variables:
#   $path (String) - the signed file
cli-trust-signed = Signed list written to { $path }.
# Variables:
#   $url (String) - the address
#   $n (Number) - its number
#   $total (Number) - addresses known so far
cli-refresh-fetching = Fetching { $url } ({ $n }/{ $total })…
# Variables:
#   $id (String) - the credential
#   $fetched (Number) - documents fetched
#   $failed (Number) - documents that could not be fetched
cli-refresh-done = { $id }: { $fetched } fetched, { $failed } failed.

## Europass seals

check-issuer-certificate-unchecked = The seal's certificate was not checked against the EU trusted lists (this needs the network), so who sealed it is not confirmed.

# Profiles / lock (per-learner vaults on a shared PC, guest session, auto-lock) and "check online".
# Locale: en (base). Reviewed by a native speaker: no.

## Header

nav-switch-user = Switch user
vault-guest-banner = Guest session: everything is deleted when you press "Switch user" or close { -app-name }.

## The profile picker

vault-picker-title = Who is using { -app-name }?
vault-locked-idle = Your profile was locked because no one used it for a while.
vault-picker-intro = Choose your profile. Each person's credentials are locked with their own passphrase; others see only the name and picture you chose.
vault-list-label = Profiles on this computer
vault-list-empty = There are no profiles on this computer yet. Make one to start.
vault-new = New profile
vault-kiosk = Guest session
vault-kiosk-help = For one visit only: nothing is kept after it ends.
vault-card-anonymous = Learner (no name shown)

## Unlock a profile

vault-unlock-title = Open this profile
vault-unlock-passphrase-label = Passphrase
vault-unlock-submit = Open
vault-back = Back to the profiles

## New profile

vault-create-title = New profile
vault-create-name-label = Name to show on this computer (you may leave it empty)
vault-create-name-help = Everyone using this computer sees this name on the profiles screen. Leave it empty to show nothing.
vault-create-avatar-label = Picture: an emoji or your initials (you may leave it empty)
vault-create-passphrase-label = Passphrase
vault-create-passphrase-help = Only this passphrase opens your profile. Write it down and keep it in a safe place.
vault-create-confirm-label = Type the passphrase again
vault-create-submit = Make my profile

## Settings: auto-lock

vault-settings-title = Lock automatically
vault-settings-help = On a shared computer a profile locks itself when no one uses it. This applies to every profile on this computer.
vault-settings-minutes-label = Minutes without use before a profile locks
vault-settings-save = Save
# Variables:
#   $minutes (Number) - minutes without use before a profile locks
vault-settings-saved = { $minutes ->
    [one] Profiles now lock after { $minutes } minute without use.
   *[other] Profiles now lock after { $minutes } minutes without use.
}

## Check online

online-title = Check online
online-help = { -app-name } works without the internet. Press the button to ask the issuers now whether credentials were withdrawn, and to fetch their keys and newer trust lists. Nothing is sent unless you press it.
online-check-all = Check online now
online-check-one = Check online
# Variables:
#   $done (Number) - the step now running
#   $total (Number) - the number of steps
online-progress = Checking online: { $done } of { $total }
# Variables:
#   $count (Number) - credentials checked
online-done = { $count ->
    [one] { $count } credential was checked online.
   *[other] { $count } credentials were checked online.
}
online-nothing = Nothing here needs the internet: every check of these credentials runs on this computer.
online-lists-title = Trust lists
online-age-none = No earlier answer is kept.
online-age-now = Answer from just now.
# Variables:
#   $n (Number) - age of the answer in minutes
online-age-minutes = { $n ->
    [one] Answer from { $n } minute ago.
   *[other] Answer from { $n } minutes ago.
}
# Variables:
#   $n (Number) - age of the answer in hours
online-age-hours = { $n ->
    [one] Answer from { $n } hour ago.
   *[other] Answer from { $n } hours ago.
}
# Variables:
#   $n (Number) - age of the answer in days
online-age-days = { $n ->
    [one] Answer from { $n } day ago.
   *[other] Answer from { $n } days ago.
}

## Errors

# Variables:
#   $host (String) - the server that could not be reached
error-offline = No internet connection: { $host } could not be reached. Nothing was changed.
hint-offline = Connect to the internet (Wi-Fi or cable) and press "Check online" again. Everything else works without it.
# Variables:
#   $min (Number) - fewest minutes allowed
#   $max (Number) - most minutes allowed
error-auto-lock-invalid = Choose a number of minutes from { $min } to { $max }.
hint-auto-lock-invalid = A shared computer must never keep a profile open for long.

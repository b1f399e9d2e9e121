# Listes de confiance, état de retrait, badges hébergés et mise à jour en ligne.
# Locale: fr (French). Reviewed by a native speaker: no.

## Contrôles qui demandent un téléchargement

check-offline-since = Non contrôlé : ce contrôle a besoin de { $url }, qui n’a pas été téléchargé (hors ligne depuis le { $since }).
check-never-online = Non contrôlé : ce contrôle a besoin de { $url }, et rien n’a encore été contrôlé en ligne.

## État (retrait et suspension)

check-status-not-revoked = Non retirée (liste d’état téléchargée le { $date }).
check-status-stale = Non retirée lors du dernier contrôle, le { $date }, mais c’était il y a plus de { $days } jours : contrôlez à nouveau en ligne.
check-status-revoked = L’émetteur a retiré cette attestation (contrôlé le { $date }).
check-status-suspended = L’émetteur a suspendu cette attestation (contrôlé le { $date }).
check-status-malformed = L’information d’état de l’attestation est abîmée et ne peut pas être contrôlée.
check-status-type-unsupported = Cette version ne sait pas contrôler ce type d’information d’état ({ $type }).
check-status-list-unusable = La liste d’état à l’adresse { $url } est inutilisable ({ $detail }).

## Assertions Open Badges 2.0 hébergées

check-hosted-no-url = Ce badge hébergé n’a pas d’adresse https où l’émetteur le garde.
check-hosted-matches = La copie de l’émetteur à l’adresse { $url } correspond (téléchargée le { $date }).
check-hosted-revoked = L’émetteur a retiré ce badge ({ $url }, contrôlé le { $date }).
check-hosted-gone = L’émetteur n’a plus ce badge à l’adresse { $url } (réponse { $status }, { $date }).
check-hosted-differs = La copie de l’émetteur à l’adresse { $url } diffère de ce badge pour « { $field } » (téléchargée le { $date }).
check-hosted-wrong-origin = Le badge à l’adresse { $url } n’est pas gardé sur le site de l’émetteur lui-même ({ $issuer }).
check-hosted-stale = La copie de l’émetteur correspondait le { $date }, il y a plus de { $days } jours : contrôlez à nouveau en ligne.

## Ligne de commande

cli-trust-added = Liste de confiance « { $name } » installée ({ $count } organismes).
cli-trust-count = { $count ->
    [one] Une liste de confiance installée.
   *[other] { $count } listes de confiance installées.
}
cli-trust-signed = Liste signée écrite dans { $path }.
cli-refresh-fetching = Téléchargement de { $url } ({ $n }/{ $total })…
cli-refresh-done = { $id } : { $fetched } téléchargés, { $failed } en échec.

## Cachets Europass

check-issuer-certificate-unchecked = Le certificat du cachet n’a pas été contrôlé avec les listes de confiance de l’UE (il faut le réseau) : on ne sait donc pas avec certitude qui a apposé le cachet.

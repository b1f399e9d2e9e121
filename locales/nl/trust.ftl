# Vertrouwenslijsten, intrekkingsstatus, gehoste badges en online verversen.
# Locale: nl. Reviewed by a native speaker: no.

check-offline-since = Niet gecontroleerd: hiervoor is { $url } nodig, en dat is niet opgehaald (offline sinds { $since }).
check-never-online = Niet gecontroleerd: hiervoor is { $url } nodig, en er is nog niets online gecontroleerd.

check-status-not-revoked = Niet ingetrokken (statuslijst opgehaald op { $date }).
check-status-stale = Niet ingetrokken bij de laatste controle op { $date }, maar dat is meer dan { $days } dagen geleden: controleer opnieuw online.
check-status-revoked = De uitgever heeft dit certificaat ingetrokken (gecontroleerd op { $date }).
check-status-suspended = De uitgever heeft dit certificaat opgeschort (gecontroleerd op { $date }).
check-status-malformed = De statusvermelding van dit certificaat is beschadigd en kan niet worden gecontroleerd.
check-status-type-unsupported = Dit soort statusvermelding ({ $type }) kan deze versie niet controleren.
check-status-list-unusable = De statuslijst op { $url } is niet bruikbaar ({ $detail }).

check-hosted-no-url = Deze gehoste badge heeft geen https-adres waar de uitgever haar bewaart.
check-hosted-matches = De kopie van de uitgever op { $url } komt overeen (opgehaald op { $date }).
check-hosted-revoked = De uitgever heeft deze badge ingetrokken ({ $url }, gecontroleerd op { $date }).
check-hosted-gone = De uitgever heeft deze badge niet meer op { $url } (antwoord { $status }, { $date }).
check-hosted-differs = De kopie van de uitgever op { $url } verschilt van deze badge in “{ $field }” (opgehaald op { $date }).
check-hosted-wrong-origin = De badge op { $url } staat niet op de eigen site van de uitgever ({ $issuer }).
check-hosted-stale = De kopie van de uitgever kwam overeen op { $date }, meer dan { $days } dagen geleden: controleer opnieuw online.

cli-trust-added = Vertrouwenslijst “{ $name }” geïnstalleerd ({ $count } organisaties).
cli-trust-count = { $count ->
    [one] Eén vertrouwenslijst geïnstalleerd.
   *[other] { $count } vertrouwenslijsten geïnstalleerd.
}
cli-trust-signed = Ondertekende lijst geschreven naar { $path }.
cli-refresh-fetching = { $url } ophalen ({ $n }/{ $total })…
cli-refresh-done = { $id }: { $fetched } opgehaald, { $failed } mislukt.

check-issuer-certificate-unchecked = Het certificaat van het zegel is niet gecontroleerd tegen de vertrouwenslijsten van de EU (daarvoor is internet nodig), dus wie het zegel plaatste is niet bevestigd.

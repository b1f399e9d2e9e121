# Deelbare bewijzen: controles van bewijskaarten en regels van de opdrachtregel.
# Locale: nl. Nagekeken door een moedertaalspreker: nee.

check-card-signature-valid = De bewijskaart is ondertekend door { $signer }.
check-card-signature-invalid = De handtekening van de bewijskaart klopt niet: de kaart is veranderd of door iemand anders ondertekend.
check-card-signer-unknown = De bewijskaart is ondertekend met een sleutel die deze computer niet kent (sleutel { $kid }).
check-card-signer-trusted = De ondertekenaar { $signer } staat op uw vertrouwenslijst.
check-card-summary-not-verified = Samenvatting, niet geverifieerd: de kaart is ondertekend door { $signer }, die niet op uw vertrouwenslijst staat. Controleer de codes van het volledige certificaat.
check-card-issued-in-future = De bewijskaart zegt ondertekend te zijn op { $date }, en dat ligt in de toekomst. Controleer de klok van deze computer.
check-link-not-fetched = Linkcode naar { $url }: niet geopend. Open hem alleen zelf als u het adres vertrouwt.

cli-proof-exported = Bewijs geschreven naar { $path }.
cli-proof-verified = { $name } — geverifieerd
cli-proof-not-verified = { $name } — NIET geverifieerd
cli-proof-summary = { $name } — samenvatting, niet geverifieerd
cli-proof-unchecked = { $name } — kon offline niet worden gecontroleerd
cli-proof-holder = Houder: { $name } — vergelijk met een identiteitsbewijs.
cli-proof-link = Link (niet geopend): { $url }

# Controles bij het verifiëren.
# Locale: nl. Nagekeken door een moedertaalspreker: nee.

check-signature-not-supported-yet = De handtekening van dit soort certificaat kan deze versie nog niet controleren.
check-expired = Verlopen op { $date }.
check-not-expired = Geldig tot { $date }.
check-not-yet-valid = Nog niet geldig: geldig vanaf { $date }.
check-valid-from = Geldig vanaf { $date }.
check-bad-date = De datum “{ $date }” is niet leesbaar.

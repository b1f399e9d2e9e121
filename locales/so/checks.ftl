# Hubinta xaqiijinta, ee khadka amarrada iyo barnaamijka.
# Locale: so. Reviewed by a native speaker: no.

check-signature-not-supported-yet = Saxiixa noocan shahaadada ah weli noocani ma hubin karo.
check-expired = Wakhtigeedu wuxuu dhammaaday { $date }.
check-not-expired = Ansax ilaa { $date }.
check-not-yet-valid = Weli ansax ma aha: ansax laga bilaabo { $date }.
check-valid-from = Ansax laga bilaabo { $date }.
check-bad-date = Taariikhda “{ $date }” lama akhrin karo.

## Saxiixa

check-signature-valid = Saxiixu waa ansax (furaha { $method }).
check-signature-invalid = Saxiixu isma waafaqsana: shahaadada waa la beddelay kadib markii la saxiixay, ama fure kale ayaa lagu saxiixay.
check-signature-malformed = Saxiixa ama furihiisa waa jaban yahay lamana hubin karo.
check-signature-alg-refused = Habka saxiixa “{ $alg }” lama aqbalo.
check-signature-needs-network = Furaha saxiixa { $method } waa in laga soo qaadaa internetka; hubintani waxay u baahan tahay shabakad.
check-signature-key-unsupported = Noocani ma akhrin karo nooca furaha { $method }.
check-signature-key-not-bound = Furaha ku jira shahaadada laguma xiri karo bixiyaha shabakad la'aan.
check-signature-no-key = Shahaadadu ma sheegto furaha saxiixay.
check-signature-missing = Shahaadadu saxiix ma leh.
check-signature-wrong-purpose = Saxiixa looma samayn in lagu damiinto shahaado.
check-signature-previous-proof-missing = Saxiix ayaa ku tiirsan saxiix kale oo aan ku jirin shahaadada.
check-signature-proof-expired = Saxiixu wuxuu ansax ahaa ilaa { $date } oo keliya.
check-signature-suite-unsupported = Noocani ma hubin karo saxiixyada nooca “{ $suite }”.
check-signature-suite-unavailable = Noocani weli ma hubin karo noocan saxiixa.
check-signature-context-unavailable = Saxiixa lama hubin karo internet la'aan: qeexitaannada { $context } kuma jiraan barnaamijka.
check-signature-jades-not-supported-yet = Shaabadda elektaroonigga ah ee shahaadada Europass weli noocani ma hubin karo.
check-hosted-needs-network = Calaamaddan waxaa haya bixiyaheeda; hubinteedu waxay u baahan tahay shabakad.

## Bixiyaha

check-issuer-matches = Furahu wuxuu leeyahay bixiyaha { $issuer }.
check-issuer-mismatch = Shahaadadu waxay bixiye ahaan u magacawday { $issuer }, laakiin waxaa saxiixay { $controller }.
check-issuer-needs-network = In furaha saxiixu leeyahay bixiyaha iyo in kale waxaa lagu hubin karaa internetka oo keliya.
check-issuer-no-key = Saxiix la hubiyay la'aantiis lama yaqaan cidda bixisay shahaadadan.
check-issuer-missing = Shahaadadu ma magacawdo bixiyaheeda.
check-issuer-jwt-iss-mismatch = Shahaadadu waxay bixiye ahaan u magacawday { $issuer }, laakiin tigidhka ku wareegsan wuxuu magacaabay { $iss }.

check-nested-verified = Dhammaan { $count } shahaado ee xirmadan mid kastaa si gaar ah ayaa loo xaqiijiyay.
check-nested-failed = Shahaadada { $position } ee xirmadan, “{ $name }”, lama xaqiijin.
check-nested-unchecked = Shahaadada { $position } ee xirmadan, “{ $name }”, halkan lagama hubin karin.

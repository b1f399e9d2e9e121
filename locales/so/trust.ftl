# Liisaska kalsoonida, xaaladda ka noqoshada, calaamadaha la hayo iyo cusboonaysiinta internetka.
# Locale: so (Somali). Reviewed by a native speaker: no.

## Hubinno u baahan in wax internetka laga soo qaado

check-offline-since = Lama hubin: tani waxay u baahan tahay { $url }, oo aan la soo qaadin (internet la'aan tan iyo { $since }).
check-never-online = Lama hubin: tani waxay u baahan tahay { $url }, weli waxba internetka laguma hubin.

## Xaaladda (ka noqosho iyo joojin ku-meel-gaar ah)

check-status-not-revoked = Lagama noqon (liiska xaaladda waxaa la soo qaaday { $date }).
check-status-stale = Lagama noqon markii ugu dambeysay ee la hubiyay { $date }, laakiin taasi waxay ahayd in ka badan { $days } maalmood ka hor: mar kale internetka ku hubi.
check-status-revoked = Bixiyaha ayaa ka noqday shahaadadan (la hubiyay { $date }).
check-status-suspended = Bixiyaha ayaa si ku-meel-gaar ah u joojiyay shahaadadan (la hubiyay { $date }).
check-status-malformed = Qoraalka xaaladda shahaadada waa jaban yahay lamana hubin karo.
check-status-type-unsupported = Qoraalka xaaladda ee noocan ah ({ $type }) noocani ma hubin karo.
check-status-list-unusable = Liiska xaaladda ee { $url } lama isticmaali karo ({ $detail }).

## Calaamadaha Open Badges 2.0 ee la hayo

check-hosted-no-url = Calaamaddan la hayo ma laha cinwaan https ah oo bixiyuhu ku hayo.
check-hosted-matches = Nuqulka bixiyaha ee { $url } waa isku mid (la soo qaaday { $date }).
check-hosted-revoked = Bixiyaha ayaa ka noqday calaamaddan ({ $url }, la hubiyay { $date }).
check-hosted-gone = Bixiyaha calaamaddan mar dambe kuma hayo { $url } (jawaab { $status }, { $date }).
check-hosted-differs = Nuqulka bixiyaha ee { $url } wuxuu calaamaddan kaga duwan yahay “{ $field }” (la soo qaaday { $date }).
check-hosted-wrong-origin = Calaamadda ku taal { $url } laguma hayo bogga bixiyaha laftiisa ({ $issuer }).
check-hosted-stale = Nuqulka bixiyaha wuu isku mid ahaa { $date }, in ka badan { $days } maalmood ka hor: mar kale internetka ku hubi.

## Khadka amarrada

cli-trust-added = Waa la rakibay liiska kalsoonida “{ $name }” ({ $count } hay'adood).
cli-trust-count = { $count ->
    [one] Hal liis kalsooni ayaa la rakibay.
   *[other] { $count } liis kalsooni ayaa la rakibay.
}
cli-trust-signed = Liiska la saxiixay waxaa lagu qoray { $path }.
cli-refresh-fetching = Waxaa la soo qaadayaa { $url } ({ $n }/{ $total })…
cli-refresh-done = { $id }: { $fetched } waa la soo qaaday, { $failed } way fashilmeen.

## Shaabadaha Europass

check-issuer-certificate-unchecked = Warqadda aqoonsiga dhijitaalka ah ee shaabadda lagama hubin liisaska kalsoonida ee Midowga Yurub (tani waxay u baahan tahay shabakad), sidaa darteed cidda shaabadday lama xaqiijin.

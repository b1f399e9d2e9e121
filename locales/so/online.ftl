# Ku hubi internetka: joojinta hubin socota, iyo shahaadooyinka amniga ee https lagu diiday.
# Locale: so. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = Waa lagu xidhiidhayaa…
online-cancelling = Waa la joojinayaa… Jawaabaha horey u yimid waa la hayaa.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] Waa la joojiyay kadib { $count } shahaado. Jawaabaha yimid waxaa lagu hayaa taariikhdooda; inta kale lama hubin.
   *[other] Waa la joojiyay kadib { $count } shahaado. Jawaabaha yimid waxaa lagu hayaa taariikhdooda; inta kale lama hubin.
}
online-cancelled-early = Waa la joojiyay ka hor inta aan wax la soo qaadan. Waxba isma beddelin.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = Waa la joojiyay ka hor inta uusan { $url } jawaabin.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] Xidhiidhka ammaan ah ee { $url } waa la diiday: shahaadadiisa amniga waxay leedahay bog kale.
    [expired] Xidhiidhka ammaan ah ee { $url } waa la diiday: shahaadadiisa amniga waa dhacday ama weli ma ansaxsana. Hubi in taariikhda iyo saacadda kombiyuutarkan ay sax yihiin.
    [untrusted] Xidhiidhka ammaan ah ee { $url } waa la diiday: shahaadadiisa amniga kama timaado hay'ad la aamini karo.
   *[other] Xidhiidhka ammaan ah ee { $url } waa la diiday: shahaadadiisa amniga ma ansaxsana.
}
hint-certificate-refused = Cinwaankan waxba lagama soo qaadan, sidaas darteed waxba isma beddelin. Waxaa laga yaabaa in qof uu xidhiidhka dhex galayo: mar dambe isku day ama shabakad kale isticmaal.

# Astaamaha / quful (khasnad gaar ah oo arday kasta ku leeyahay kombiyuutar la wadaago, fadhi marti, quful iskiis ah) iyo "ku hubi internetka".
# Locale: so. Reviewed by a native speaker: no.

## Xariijinta sare

nav-switch-user = Beddel isticmaalaha
vault-guest-banner = Fadhi marti: wax walba waa la tirtiraa marka aad riixdo "Beddel isticmaalaha" ama aad xirto { -app-name }.

## Doorashada astaanta

vault-picker-title = Yaa isticmaalaya { -app-name }?
vault-locked-idle = Astaantaada waa la xiray sababtoo ah muddo qofna ma isticmaalin.
vault-picker-intro = Dooro astaantaada. Shahaadooyinka qof kasta waxaa lagu xiray eray-sirtiisa; dadka kale waxay arkaan oo keliya magaca iyo sawirka aad dooratay.
vault-list-label = Astaamaha kombiyuutarkan ku jira
vault-list-empty = Weli astaan kuma jirto kombiyuutarkan. Mid samee si aad u bilowdo.
vault-new = Astaan cusub
vault-kiosk = Fadhi marti
vault-kiosk-help = Hal booqasho oo keliya: marka uu dhammaado waxba lama hayo.
vault-card-anonymous = Arday (magac lama muujin)

## Fur astaan

vault-unlock-title = Fur astaantan
vault-unlock-passphrase-label = Eray-sir
vault-unlock-submit = Fur
vault-back = Ku noqo astaamaha

## Astaan cusub

vault-create-title = Astaan cusub
vault-create-name-label = Magaca lagu arkayo kombiyuutarkan (waad madhan kartaa)
vault-create-name-help = Qof kasta oo isticmaala kombiyuutarkan wuxuu magacan ku arkaa shaashadda astaamaha. Madhan ka dhig si aan waxba loo muujin.
vault-create-avatar-label = Sawir: emoji ama xarfaha hore ee magacaaga (waad madhan kartaa)
vault-create-passphrase-label = Eray-sir
vault-create-passphrase-help = Eray-sirtan oo keliya ayaa furta astaantaada. Qor oo meel ammaan ah ku hay.
vault-create-confirm-label = Mar kale qor eray-sirta
vault-create-submit = Samee astaantayda

## Dejinta: quful iskiis ah

vault-settings-title = Si iskiis ah u xir
vault-settings-help = Kombiyuutar la wadaago, astaantu way iskeed u xirantaa marka qofna isticmaalin. Tani waxay khusaysaa dhammaan astaamaha kombiyuutarkan.
vault-settings-minutes-label = Daqiiqadaha aan la isticmaalin ka hor inta astaantu xirmin
vault-settings-save = Kaydi
vault-settings-saved = { $minutes ->
    [one] Hadda astaamuhu waxay xirmaan { $minutes } daqiiqo oo aan la isticmaalin kadib.
   *[other] Hadda astaamuhu waxay xirmaan { $minutes } daqiiqo oo aan la isticmaalin kadib.
}

## Ku hubi internetka

online-title = Ku hubi internetka
online-help = { -app-name } wuxuu shaqeeyaa internet la'aan. Riix badhanka si aad hadda u weydiiso bixiyeyaasha in shahaadooyin la laabtay, iyo si loo soo qaado furayaashooda iyo liisaska kalsoonida ee cusub. Waxba lama diro ilaa aad riixdo.
online-check-all = Hadda ku hubi internetka
online-check-one = Ku hubi internetka
online-progress = Waxaa lagu hubinayaa internetka: { $done } ka mid ah { $total }
online-done = { $count ->
    [one] { $count } shahaado ayaa internetka lagu hubiyay.
   *[other] { $count } shahaado ayaa internetka lagu hubiyay.
}
online-nothing = Halkan waxba uma baahna internetka: dhammaan hubinta shahaadooyinkan waxay ka dhacdaa kombiyuutarkan.
online-lists-title = Liisaska kalsoonida
online-age-none = Jawaab hore lama hayo.
online-age-now = Jawaab hadda timid.
online-age-minutes = { $n ->
    [one] Jawaab ka timid { $n } daqiiqo ka hor.
   *[other] Jawaab ka timid { $n } daqiiqo ka hor.
}
online-age-hours = { $n ->
    [one] Jawaab ka timid { $n } saac ka hor.
   *[other] Jawaab ka timid { $n } saacadood ka hor.
}
online-age-days = { $n ->
    [one] Jawaab ka timid { $n } maalin ka hor.
   *[other] Jawaab ka timid { $n } maalmood ka hor.
}

## Khaladaad

error-offline = Internet ma jiro: lama gaari karo { $host }. Waxba isma beddelin.
hint-offline = Ku xirnow internetka (Wi-Fi ama fiilo) oo mar kale riix "Ku hubi internetka". Wax kasta oo kale waxay shaqeeyaan la'aantiis.
error-auto-lock-invalid = Dooro tirada daqiiqadaha inta u dhexaysa { $min } iyo { $max }.
hint-auto-lock-invalid = Kombiyuutar la wadaago waa inaanu weligiis astaan u dhaafin furan muddo dheer.

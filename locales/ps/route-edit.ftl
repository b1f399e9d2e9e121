# د لارې په پاڼه کې د لارې یو ګام بدلول: فورمه، او ولې پروګرام یو بدلون ردوي.
# Locale: ps. Reviewed by a native speaker: no.

route-step-edit-title = دا ګام بدل کړئ
route-step-save = ګام خوندي کړئ
route-step-due-help = د بېلګې په توګه ⁦2026-05-31⁩. که نېټه نه وي، خالي یې پرېږدئ.

error-route-step-title-empty = دا ګام سرلیک نه لري.
hint-route-step-title-empty = په څو کلمو کې ولیکئ چې ګام څه دی، د بېلګې په توګه «د کار دفتر ته تګ».
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = «{ $date }» نېټه نه ده.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = نېټه داسې ولیکئ: کال-میاشت-ورځ، د بېلګې په توګه ⁦2026-05-31⁩، یا یې خالي پرېږدئ.
error-route-step-helper-incomplete = ووایاست څوک مرسته کوي: وټاکئ چې څوک دی او نوم یې ولیکئ.
hint-route-step-helper-incomplete = که تر اوسه څوک مرسته نه کوي، «تر اوسه هیڅوک» وټاکئ او نوم خالي پرېږدئ.

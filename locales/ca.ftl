# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = compte
thing-member = membre
thing-project = projecte
thing-kind = tipus
thing-contribution = aportació
thing-revenue = ingrés
thing-distribution = repartiment
thing-payout = pagament
thing-token = fitxa
thing-epoch = ronda de GIVE
thing-stage = etapa
thing-resource = recurs
thing-resource_use = ús d'un recurs

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }': ja existeix
   *[id] { $thing } amb l'identificador '{ $id }': ja existeix
}
refusal-unknown = { $thing } { $id }: no existeix{ $hinted ->
    [yes] {" "}— volíeu dir '{ $hint }'?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' és un fons; només els membres poden { $action }
refusal-no_rate_on_date = el tipus '{ $kind }' no té cap tarifa vigent el { $date } (la seva primera versió és del { $first })
refusal-version_exists = el tipus '{ $kind }' ja té una versió { $date ->
    [none] des del principi
   *[other] vigent des del { $date }
}; les versions no es reescriuen mai: trieu una altra data d'entrada en vigor
refusal-void = l'aportació { $contribution } està anul·lada
refusal-self_review = { $member } no pot { $verdict ->
    [approve] aprovar
   *[other] rebutjar
} la seva pròpia aportació { $contribution }; l'ha de revisar un altre membre
refusal-already_reviewed = { $member } ja { $verdict ->
    [approve] va aprovar
   *[other] va rebutjar
} l'aportació { $contribution } després de la seva última correcció
refusal-measure_change = el tipus '{ $kind }' es mesura en { $measure ->
    [hours] hores
    [money] diners
    [quantity] quantitat
   *[other] { $measure }
}, però l'aportació { $contribution } es mesura en { $old_measure ->
    [hours] hores
    [money] diners
    [quantity] quantitat
   *[other] { $old_measure }
}; anul·leu-la i registreu-ne una de nova
refusal-already_distributed = l'ingrés '{ $revenue }' ja està repartit per { $distribution }; anul·leu abans aquest repartiment
refusal-already_reversed = el repartiment { $distribution } ja està anul·lat
refusal-distribution_mismatch = el repartiment { $distribution } no quadra amb l'ingrés '{ $revenue }': { $detail }
refusal-claim_overpaid = l'aportació { $contribution } rebria { $paying } més, però del seu crèdit pendent de { $claim } només en queden { $open } per pagar
refusal-out_of_bounds = { $field }: { $detail }
refusal-stage_kind = l'etapa '{ $stage }' no pot escalar el tipus '{ $kind }': és { $why }; una etapa només escala tipus que guanyen parts dels criteris
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = l'aportació { $contribution } no és un crèdit pendent reemborsable ni diferit
refusal-differs = { $named ->
    [named] { $thing } '{ $id }': ja existeix
   *[id] { $thing } amb l'identificador '{ $id }': ja existeix
} amb altres dades ({ $detail })
refusal-changed_since = l'aportació { $id } ha canviat: això corregeix la revisió { $revision }, però la vigent és la { $current }
refusal-depends_on = depèn de l'entrada { $entry }, que està en conflicte (porta '{ $id }')
refusal-epoch_closed = la ronda de GIVE { $epoch } està tancada
refusal-not_peer_valued = l'aportació { $contribution } és del tipus '{ $kind }', que es valora per la seva tarifa, no entre iguals
refusal-self_valuation = { $member } no pot valorar l'aportació { $contribution }: és seva; la valoren els altres membres
refusal-give_to_self = { $member } no es pot donar GIVE a si mateix/a
refusal-give_budget = { $member } pot donar com a màxim { $budget } GIVE a la ronda { $epoch }: ja n'ha donat { $others } a altres, així que { $amount } més és massa
refusal-epoch_open = la ronda de GIVE { $epoch } del projecte '{ $project }' ha acabat però continua oberta; tanqueu-la abans de repartir amb una partida entre iguals
refusal-token_to_self = { $member } no es pot enviar fitxes a si mateix/a
refusal-token_overdraw = { $member } té { $balance } { $token }, no n'hi ha prou per enviar-ne { $amount }
refusal-needs_sign_in = l'inici de sessió està activat: cada canvi indica el membre que el fa
refusal-role_needed = { $member } té el rol de { $role }; { $action } requereix el rol de { $needed }
refusal-not_in_own_name = { $author } ha iniciat sessió i no pot { $what } en nom de { $by }
refusal-member_signature = la revisió de { $member } de l'aportació { $contribution } no porta cap signatura vàlida de la clau de { $member } (falsificada, o feta sense iniciar sessió)
refusal-last_admin = { $member } és qui queda amb el rol d'administració; doneu abans aquest rol a un altre membre
refusal-not_own_passphrase = només { $member } o l'administració poden canviar la frase de contrasenya de { $member }
refusal-device_state = el dispositiu { $device } { $state }
refusal-already_void = { $thing } '{ $id }': està anul·lat/da
refusal-revenue_distributed = l'ingrés '{ $revenue }' té un repartiment actiu, { $distribution }; anul·leu abans aquest repartiment i després corregiu o anul·leu l'ingrés
refusal-revenue_changed_since = l'ingrés '{ $id }' ha canviat: aquesta entrada es va fer per a la seva revisió { $revision }, però la vigent és la { $current }
refusal-device_revoked = el dispositiu { $device } es va revocar després de la seva entrada { $last_seq }; aquesta és la seva entrada { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = aportar
refusal-fund-review = revisar aportacions
refusal-fund-account = tenir compte de membre
refusal-fund-tokens = tenir fitxes
refusal-fund-give = donar o rebre GIVE
refusal-fund-value = valorar aportacions
refusal-fund-sign_in = iniciar sessió
refusal-fund-leave = donar-se de baixa o tornar
refusal-fund-stage = tenir una etapa
refusal-fund-use = usar un recurs
refusal-fund-passphrase = tenir frase de contrasenya
refusal-fund-role = tenir un rol
refusal-stage-gift = una donació
refusal-stage-reimbursable = reemborsable
refusal-stage-deferred = diferit
refusal-stage-credits = el tipus propi dels crèdits dels propietaris de recursos, que cap etapa escala
refusal-status-left = ja s'ha donat de baixa
refusal-status-active = ja està actiu/va
refusal-status-reason = torna sense motiu de baixa
refusal-device-admitted = ja està admès
refusal-device-revoked = ja està revocat
refusal-device-unknown = no és conegut en aquest llibre de comptes
refusal-device-this = és aquest portàtil; revoqueu-lo des d'un altre portàtil
refusal-device-not_an_id = no és un identificador de dispositiu: copieu el que va mostrar el portàtil nou (36 caràcters com 6f1c2a3b-…)
refusal-differs-figures = un altre portàtil el va definir amb altres xifres
refusal-differs-values = un altre portàtil el va registrar amb altres valors
refusal-own_name-review = revisar
refusal-own_name-value = valorar feina
refusal-role-member = membre
refusal-role-coordinator = coordinació
refusal-role-treasurer = tresoreria
refusal-role-admin = administració
refusal-action-log_own = registrar aportacions
refusal-action-log_for_others = registrar aportacions d'altres
refusal-action-correct_own = corregir una aportació
refusal-action-correct_others = corregir l'aportació d'un altre membre
refusal-action-review = revisar
refusal-action-set_own_passphrase = posar una frase de contrasenya
refusal-action-add_projects = afegir projectes
refusal-action-record_revenue = registrar ingressos
refusal-action-distribute = repartir ingressos
refusal-action-reverse = anul·lar un repartiment
refusal-action-pay_out = fer pagaments
refusal-action-change_members = canviar membres
refusal-action-change_kinds = canviar tipus i tarifes
refusal-action-set_equations = fixar equacions de valor
refusal-action-change_settings = canviar la configuració
refusal-action-change_roles = canviar rols
refusal-action-reset_passphrase = restablir la frase de contrasenya d'un altre membre
refusal-action-change_devices = canviar dispositius
refusal-action-define_tokens = definir fitxes
refusal-action-epochs = obrir i tancar rondes de GIVE
refusal-action-give_own = donar GIVE
refusal-action-give_for_others = donar en nom d'un altre membre
refusal-action-send_own_tokens = enviar fitxes
refusal-action-send_others_tokens = enviar fitxes d'un altre membre
refusal-action-import = importar aportacions i ingressos
refusal-action-export = exportar informes
refusal-action-backup = fer una còpia de seguretat
refusal-action-sync = sincronitzar
refusal-action-event_mode = entrar al mode esdeveniment o sortir-ne
refusal-action-change_stages = canviar etapes
refusal-action-void_payout = anul·lar un pagament
refusal-action-correct_revenue = corregir ingressos
refusal-action-void_revenue = anul·lar ingressos
refusal-action-rename_members = canviar el nom de membres
refusal-action-rename_projects = canviar el nom de projectes
refusal-action-rename_kinds = canviar el nom de tipus
refusal-action-change_resources = definir recursos
refusal-action-use_own = registrar un ús d'un recurs
refusal-action-use_for_others = registrar un ús d'un recurs en nom d'un altre membre
refusal-action-value_others = valorar la feina d'altres

## The core's errors (err-*)

thing-fund = fons
err-io = { $path }: { $detail }
err-export = l'exportació ha fallat: { $detail }
err-chart = el gràfic ha fallat: { $detail }
err-os-not_found = no existeix aquest fitxer o carpeta
err-os-permission = permís denegat
err-os-exists = el fitxer ja existeix
err-os-full = el disc és ple
err-os-read_only = el sistema de fitxers és de només lectura
err-os-directory = és una carpeta
err-file-folder = una carpeta, no un fitxer
err-file-fifo = una canonada amb nom (FIFO), no un fitxer
err-file-device = un dispositiu, no un fitxer
err-file-special = un sòcol o un altre fitxer especial, no un fitxer
err-file-directory = una carpeta
err-file-pipe = una canonada amb nom (FIFO)
err-file-char_device = un dispositiu de caràcters
err-file-block_device = un dispositiu de blocs
err-file-socket = un sòcol
err-file-neither = ni un fitxer ni una carpeta
err-store-missing = { $path }: no existeix aquest llibre de comptes; creeu-ne un primer o reviseu el camí
err-store-not_a_file = { $path }: això és { $what }; un llibre de comptes és un fitxer; no s'ha obert res
err-store-hard_linked = { $path }: aquest llibre de comptes té { $names } noms (enllaços durs); SQLite porta un registre a part per a cada nom, de manera que dos programes amb dos noms el malmetrien. Deixeu-li un sol nom: copieu-lo a un fitxer nou i obriu la còpia, o traieu els altres noms; no s'ha obert res
err-store-protected = { $path }: { $why }; no s'ha escrit res: trieu un altre nom de fitxer
err-store-unreadable = { $path }: el llibre de comptes és de només lectura i no es pot llegir tal com és ({ $why }); copieu-lo (amb el seu fitxer -wal) a una carpeta on pugueu escriure, o obriu-lo on es va escriure
err-store-exists = { $path }: ja hi ha un fitxer aquí; trieu un altre camí
err-store-not_a_ledger = { $path }: no és un llibre de comptes d'OpenValue ({ $why }); el fitxer no s'ha modificat
err-store-newer_schema = { $path }: l'ha escrit un OpenValue més recent (esquema { $found }; aquesta versió llegeix fins al { $supported }); actualitzeu OpenValue per obrir-lo; el fitxer no s'ha modificat
err-store-damaged = { $path }: el llibre de comptes està malmès: { $why }. Restaureu-lo des d'una còpia de seguretat; el fitxer no s'ha modificat
err-store-busy = el llibre de comptes està ocupat: una altra finestra o ordre d'OpenValue hi està escrivint; torneu-ho a provar d'aquí a un moment
err-store-disk_full = el disc és ple; no s'ha escrit res: allibereu espai i torneu-ho a provar
err-store-read_only = { $path }: el llibre de comptes és de només lectura; no s'ha escrit res
err-store-corrupt = el fitxer del llibre de comptes està malmès ({ $why }); no s'ha escrit res: restaureu-lo des d'una còpia de seguretat
err-store-sqlite = el llibre de comptes no es pot llegir ni escriure tal com és ({ $why }); si s'ha modificat fora d'OpenValue, restaureu-lo des d'una còpia de seguretat
err-store-payload = error en el contingut del diari: { $why }
err-store-too_large = { $what } supera el que OpenValue pot mostrar ({ $minor } unitats menors)
err-store-no_device_key = { $path }: aquest ordinador no té la clau del dispositiu { $device } d'aquest llibre de comptes (un fitxer copiat, o una còpia de seguretat restaurada en un altre ordinador), així que s'obre en només lectura: llegir, verificar i exportar funcionen. Per continuar escrivint amb aquesta còpia, convertiu-la en un dispositiu nou, que els altres portàtils de la cooperativa hauran d'admetre; no s'ha escrit res
err-store-revoked = aquest portàtil (dispositiu { $device }) l'ha revocat la cooperativa (un portàtil perdut?); les seves entrades posteriors a la número { $last_seq } no s'apliquen enlloc, així que no s'hi escriu res més: demaneu a l'administració que torni a convidar aquest portàtil
err-store-bundle_refused = { $path }: { $why }; no s'ha canviat res
err-key-damaged = { $path }: aquest fitxer de clau del dispositiu està malmès ({ $why })
err-key-random = no es pot crear una clau nova: ha fallat la font aleatòria del sistema ({ $why })
err-import-not_a_file = { $file }: això és { $what }, no un fitxer CSV
err-import-read = { $file }: no es pot llegir el fitxer: { $detail }
err-import-more = … i { $count } { $count ->
    [one] problema més
   *[other] problemes més
}
err-import-rows = { $count ->
    [one] s'ha trobat { $count } problema
   *[other] s'han trobat { $count } problemes
}; no s'ha importat res
err-equation-missing = el projecte '{ $project }' no té cap equació de valor vigent el { $date }: fixeu una equació per al projecte, o una per defecte del llibre de comptes per a tots els projectes
err-distribute-cannot_place = la partida '{ $bucket }' no pot col·locar { $amount }: { $reason }. No s'ha repartit res
err-distribute-overflow = els imports són massa grans per repartir-los exactament
err-distribute-negative = el llibre de comptes conté una quantitat, tarifa o multiplicador negatius, que OpenValue no registra mai: s'ha modificat d'amagat d'OpenValue; verifiqueu el llibre de comptes
err-distribute-above_maximum = l'ingrés '{ $revenue }' és de { $amount }, per sobre de l'import més gran que OpenValue reparteix ({ $max }); registreu-lo com a diversos ingressos
err-event-damaged = { $path }: el fitxer del mode esdeveniment està malmès ({ $detail }); esborreu-lo per començar el mode esdeveniment de zero (després es tornen a posar els PIN)
err-event-pin_shape = un PIN té de 4 a 12 xifres
err-event-no_pin = { $member } encara no té PIN en aquest portàtil: poseu-n'hi un primer
err-event-wrong_pin = PIN incorrecte per a { $member }; { $left ->
    [one] un error més
   *[other] { $left } errors més
} i { $member } queda bloquejat/da durant un minut
err-event-locked = { $member } està bloquejat/da després de { $count } PIN incorrectes; torneu-ho a provar d'aquí a { $seconds } s
err-event-timer_running = { $member } ja té un temporitzador de torn en marxa (des de { $since })
err-event-no_timer = { $member } no té cap temporitzador de torn en marxa
err-event-forgotten_timer = el temporitzador de { $member } està en marxa des de { $since }, més d'un dia: es va oblidar; descarteu-lo i registreu les hores a mà
err-event-hash = no s'ha pogut comprovar el PIN ({ $why })
err-sign_in-wrong = frase de contrasenya incorrecta per a { $handle }; no s'ha escrit res
err-sign_in-key = { $handle }: { $detail }
err-sign_in-fund = { $handle } és un fons; només els membres inicien sessió
err-sign_in-no_member = no hi ha cap membre { $handle } en aquest llibre de comptes
err-sign_in-give = { $handle } té frase de contrasenya: doneu-la per iniciar sessió
err-sign_in-none_yet = { $handle } encara no té frase de contrasenya; l'administració n'hi posa una primer
err-sign_in-needs = { $handle } no té frase de contrasenya; { $action } requereix el rol de { $needed } amb frase de contrasenya
err-sign_in-needs_admin = activar l'inici de sessió requereix una persona d'administració que hagi iniciat sessió amb frase de contrasenya, perquè algú pugui continuar iniciant sessió després
err-unknown = { $thing } { $word }: no existeix{ $hinted ->
    [yes] {" "}— volíeu dir { $hint }?
   *[no] {""}
}
err-not_found-id = { $thing } { $id }: no existeix
err-not_found-epoch = no existeix la ronda de GIVE { $epoch }
err-not_found-balance = no hi ha saldo de { $account }
err-not_found-revenue_or_distribution = no hi ha cap ingrés ni repartiment amb l'identificador { $id }; la llista d'ingressos els mostra amb els seus repartiments
err-not_found-file = { $path }: no existeix aquest fitxer
err-not_found-token = no existeix la fitxa { $token }
err-kind-differs = el tipus '{ $kind }' ja existeix amb un altre valor a { $what }; entre versions només canvien la tarifa i el multiplicador
err-nothing_to_correct-contribution = res a corregir: indiqueu una quantitat, data, tipus o nota nous, o anul·leu-la
err-nothing_to_correct-revenue = res a corregir: indiqueu un import, data o nota nous, o anul·leu-lo
err-unchanged-contribution = l'aportació { $id } ja té aquests valors; no s'ha canviat res i les seves aprovacions es mantenen
err-unchanged-revenue = l'ingrés { $id } ja té aquests valors; no s'ha canviat res
err-renamed-same = { $thing } { $code } ja es diu { $name }; no s'ha canviat res
err-no_token = aquest llibre de comptes no defineix cap fitxa
err-epoch-not_ended = la ronda de GIVE { $epoch } dura fins al { $to }; es pot tancar a partir de l'endemà
err-bundle-not_a_file = { $path }: això és { $what }; un paquet és un fitxer
err-protected = { $path }: { $why }; no s'ha escrit res: trieu un altre nom de fitxer
err-sync-not_a_folder = { $path }: no és una carpeta; sincronitzar necessita la carpeta compartida (creeu-la primer)
err-sync-ledger_folder = { $path }: aquesta carpeta conté el mateix fitxer del llibre de comptes; sincronitzeu a través d'una carpeta a part on només hi vagin els paquets

## The command line: errors of its own

cli-equation-default_and_project = amb --default indiqueu només el fitxer de l'equació, no un projecte
cli-equation-arguments = indiqueu un codi de projecte i un fitxer d'equació, o --default i un fitxer
cli-device-new-confirm = això converteix aquesta còpia del llibre de comptes en un dispositiu nou, que els altres portàtils de la cooperativa han d'admetre abans d'acceptar-ne les entrades; confirmeu-ho amb --yes
cli-verify-missing = { $count ->
    [one] aquí falta { $count } entrada
   *[other] aquí falten { $count } entrades
} de { $file }: aquest llibre de comptes s'ha truncat o ha tornat enrere (o encara no ha fusionat aquest fitxer)
cli-verify-problems = verify ha trobat { $count } { $count ->
    [one] problema
   *[other] problemes
}
cli-passphrase-empty = { $var } està definida però buida; poseu-hi la frase de contrasenya, o elimineu-la perquè se us pregunti
cli-passphrase-not_utf8 = { $var } no és text UTF-8 vàlid
cli-passphrase-no_terminal = cal una frase de contrasenya i no hi ha cap terminal on demanar-la; doneu-la a { $var }
cli-passphrase-differ = les dues frases de contrasenya no coincideixen; no s'ha canviat res

## The command line: errors, hints, confirmations and reports

cli-error = error: { $message }
cli-hint = suggeriment: { $hint }
cli-hint-init = creeu-lo amb `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, o `openvalue equation set --default FILE.toml` per a tots els projectes
cli-hint-device_new = `openvalue device new --yes` converteix aquesta còpia en un dispositiu nou; després, en un portàtil admès, `openvalue device admit ID`
cli-hint-revoked = en un portàtil admès, `openvalue device invite --out FILE`; aquí, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = si aquest portàtil és de la cooperativa, admeteu-lo aquí primer: `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` indica què ha canviat
cli-hint-scale = indiqueu-ne els decimals amb `--scale N`
cli-hint-locale = `--locale es` (o ca, fr, de, it, pt, nl) llegeix `;`, comes decimals i les dates de l'idioma
cli-hint-no_locale = traieu `--locale` (o poseu `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` omet les columnes que el format no coneix
cli-hint-member_list = `openvalue member list` mostra els membres i fons que hi ha
cli-hint-sign_in = afegiu `--as MEMBER` (la frase de contrasenya es demana en pantalla, o es pren d'OPENVALUE_PASSPHRASE)
cli-hint-role = l'administració pot donar el rol a { $member }: `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = primer `openvalue reverse { $distribution }`, i després torneu a repartir
cli-hint-reverse_correct = primer `openvalue reverse { $distribution }`, i després corregiu o anul·leu l'ingrés
cli-merged-added = { $count } { $count ->
    [one] entrada nova
   *[other] entrades noves
} de { $offered }
cli-merged-conflicts = { $count ->
    [0] sense conflictes
    [one] { $count } conflicte als comptes ({ $new } nou/s) — vegeu la llista de conflictes
   *[other] { $count } conflictes als comptes ({ $new } nou/s) — vegeu la llista de conflictes
}
cli-merged = fusionat { $file }: { $report }
cli-warn-future = avís: { $count ->
    [one] { $count } entrada té
   *[other] { $count } entrades tenen
} una marca de temps més d'una hora per davant del rellotge d'aquest ordinador; reviseu els rellotges dels portàtils
cli-col-device = dispositiu
cli-col-label = etiqueta
cli-col-admitted_by = admès per
cli-col-entries = entrades
cli-col-last_seen = vist per última vegada
cli-device-short = dispositiu { $device }
cli-device-short_label = dispositiu { $device } ({ $label })
cli-device-this = {" "}(aquest portàtil)
cli-device-revoked_after = {" "}(revocat després de l'entrada { $last })
cli-device-never = mai
cli-device-no_label = sense etiqueta
cli-device-invited = dispositiu { $device } convidat ({ $label }); invitació escrita a { $file }
cli-device-invited-key = conté la clau del portàtil nou: porteu-la només a aquest portàtil i esborreu-la quan el portàtil hagi arrencat amb ella
cli-device-revoked = dispositiu { $device } revocat: les seves entrades posteriors a la número { $last } es conservaran però no s'aplicaran, a cada portàtil que fusioni això
cli-device-new = aquest llibre de comptes escriu ara com a dispositiu { $device }
cli-device-new-admit = en un portàtil admès, executeu: openvalue device admit { $device }
cli-device-admitted = dispositiu { $device } admès
cli-clone-created = creat { $path } com a dispositiu { $device } de { $name }: { $count } entrades fusionades
cli-warn-synced_clone = avís: aquest llibre de comptes és en una carpeta que { $tool } sincronitza; deseu-lo fora i sincronitzeu a través d'una carpeta a part
cli-warn-synced_ledger = avís: el mateix fitxer del llibre de comptes és en una carpeta que { $tool } sincronitza; traieu-lo d'allà (només s'ha de compartir la carpeta de sincronització)
cli-bundle-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escrites { $count } entrades
} a { $file }
cli-sync-skipped = omès { $file }: { $why }
cli-sync-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escrites { $count } entrades
} a { $file }; { $conflicts } { $conflicts ->
    [one] conflicte
   *[other] conflictes
} als comptes
cli-conflicts-none = no hi ha conflictes
cli-conflict = { $entry } { $kind } [{ $concerns }] de { $device }: { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflicte: es conserva
   *[other] conflictes: es conserven
} al diari sense aplicar-se; resoleu-los amb entrades noves (anul·leu i torneu a repartir, torneu a corregir)
cli-verify-against-ok = OK: aquest llibre de comptes conté totes les entrades de { $file }
cli-verify-against-missing = falta: l'entrada { $entry } ({ $kind }) del dispositiu { $device }, número { $seq }
cli-wrote-rows = escrit { $file } ({ $count } { $count ->
    [one] fila
   *[other] files
})
cli-wrote-transactions = escrit { $file } ({ $count } { $count ->
    [one] transacció
   *[other] transaccions
})
cli-wrote-events = escrit { $file } ({ $count } { $count ->
    [one] esdeveniment
   *[other] esdeveniments
})
cli-wrote-chart = escrit { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = escrit { $file } (extracte de { $account }, { $period }: guanyat { $earned }, pagat { $paid }, pendent { $owed } { $currency })
cli-table-none = (cap)
cli-col-handle = identificador
cli-col-name = nom
cli-col-type = tipus
cli-col-status = estat
cli-col-joined = alta
cli-col-code = codi
cli-col-parent = projecte pare
cli-col-id = id
cli-col-date = data
cli-col-project = projecte
cli-col-amount = import
cli-col-distribution = repartiment
cli-col-note = nota
cli-col-from = des de
cli-col-bucket = partida
cli-col-contribution = aportació
cli-col-kind = tipus
cli-col-quantity = quantitat
cli-col-rate = tarifa
cli-col-multiplier = multiplicador
cli-col-value = valor
cli-col-decay_factor = factor de decaïment
cli-col-stage = etapa
cli-col-left = baixa
cli-col-recipient = destinatari
cli-col-weight = pes
cli-col-share = part
cli-col-account = compte
cli-col-earned = guanyat
cli-col-paid = pagat
cli-col-owed = pendent
cli-col-method = mètode
cli-col-resource = recurs
cli-col-unit = unitat
cli-col-owners = propietaris
cli-col-use = ús
cli-col-by = per
cli-col-credits = crèdits
cli-col-percent = percentatge
cli-col-kinds = tipus
cli-col-members_today = membres avui
cli-col-member = membre
cli-col-measure = mesura
cli-col-flags = marques
cli-distribute-committed = {"\u000A"}registrat com a repartiment { $id }
cli-distribute-dry_run = {"\u000A"}simulació: no s'ha escrit res
cli-explain-behind = {"\u000A"}aportacions darrere del pes de { $member }:
cli-explain-credits = {"\u000A"}crèdits per recursos (quantitat d'ús × tarifa, la part del propietari):
cli-plan-revenue = ingrés { $id } — { $amount } { $currency } el { $date } per a { $project } — equació de valor '{ $equation }'
cli-plan-note = partida '{ $bucket }': { $note }
cli-plan-totals = {"\u000A"}totals:
cli-reversed = repartiment { $distribution } anul·lat; l'ingrés { $revenue } es pot tornar a repartir
cli-balances-project_note = (els pagaments es fan a un compte, no per a un projecte: el que s'ha pagat i el pendent són a `openvalue balances`)
cli-status-void = anul·lat
cli-status-paid = pagat
cli-payout-voided = pagament { $id } anul·lat
cli-init-created = creat { $path } ({ $name }, { $currency }, { $count ->
    [one] { $count } aprovació necessària
   *[other] { $count } aprovacions necessàries
})
cli-demo-created = creat el llibre de comptes de demostració { $path }
cli-settings-sign_in_on = inici de sessió: activat (cada escriptura necessita --as MEMBER)
cli-settings-sign_in_off = inici de sessió: desactivat
cli-settings = { $name }: { $currency }, { $count ->
    [one] { $count } aprovació necessària
   *[other] { $count } aprovacions necessàries
}
cli-verify-ok = OK: { $entries } entrades de { $devices } { $devices ->
    [one] dispositiu
   *[other] dispositius
}, { $contributions } aportacions; cada cadena de hashos, signatura i taula derivada coincideix amb el diari
cli-verify-head = capçalera del dispositiu { $device }{ $this }: entrada { $seq }, hash { $hash }
cli-verify-before_signatures = { $count ->
    [one] { $count } entrada es va escriure
   *[other] { $count } entrades es van escriure
} abans de les signatures (pel dispositiu que va crear el llibre de comptes)
cli-verify-conflicts = { $count } { $count ->
    [one] conflicte
   *[other] conflictes
}: entrades que les regles van rebutjar al seu lloc de l'ordre en fusionar la feina dels portàtils; es conserven sense aplicar-se
cli-backup = còpia de seguretat a { $path }
cli-resource-defined = recurs { $code }: tarifa { $rate } per unitat d'ús ({ $unit }), propietat de { $owners }
cli-resources-none = no hi ha recursos
cli-resources-uses = {"\u000A"}usos (els crèdits són valors, aportacions del tipus resource-use):
cli-stage-defined = etapa { $code }: { $percent } % del valor de { $kinds }
cli-stage-set = { $member } és a l'etapa { $stage } des del { $from }
cli-stage-none = { $member } no té etapa des del { $from }
cli-stages-none = no hi ha etapes
cli-stages-history = {"\u000A"}historial:
cli-left-good = { $member } es va donar de baixa el { $date } amb causa justificada: tot el que va aportar conserva el seu valor
cli-left-bad = { $member } es va donar de baixa el { $date } sense causa justificada: per als ingressos des del { $date }, només compten les seves aportacions en diners, amb multiplicador 1
cli-rejoined = { $member } torna a estar actiu/va des del { $date }
cli-token-defined = fitxa { $code }: { $per_value } per unitat de valor comptat, { $scale } decimals
cli-epoch-show = ronda de GIVE { $id } de { $project }: del { $from } al { $to }, { $give } GIVE per membre, { $closed ->
    [closed] tancada
   *[open] oberta
}
cli-epoch-gave = {"  "}{ $from } va donar a { $to } { $amount }{ $note }
cli-epoch-received = rebut: { $member } { $amount }
cli-give = { $from } dona a { $to } { $amount } GIVE a { $epoch }
cli-value = { $by } valora { $id } en { $amount }; val { $worth }
cli-passphrase-set = frase de contrasenya posada per a { $member }
cli-role-now = { $member } té ara el rol de { $role }
cli-role-list-passphrase = amb frase de contrasenya
cli-role-list-no_passphrase = sense frase de contrasenya
cli-added-member = membre { $handle } afegit
cli-added-fund = fons { $handle } afegit
cli-added-project = projecte { $code } afegit
cli-renamed = { $thing } { $code } reanomenat a { $name }
cli-kind-added = tipus { $code }: { $peers ->
    [yes] valorat entre iguals
   *[no] tarifa { $rate }
}{ $dated ->
    [yes] {" "}des del { $from }
   *[no] {""}
}
cli-revenue-voided = ingrés { $id } anul·lat
cli-revenue-corrected = ingrés { $id } corregit
cli-equation-set = equació de valor '{ $name }' ({ $count } { $count ->
    [one] partida
   *[other] partides
}) fixada per a { $default ->
    [yes] tot el llibre de comptes (per defecte)
   *[no] { $project }
}{ $dated ->
    [yes] {" "}des del { $from }
   *[no] {""}
}
cli-list-latest = (les { $shown } més recents de { $total }; vegeu --limit)
cli-approved = { $by } ha aprovat { $id }
cli-rejected = { $by } ha rebutjat { $id }
cli-contribution-voided = { $id } anul·lada
cli-contribution-corrected = { $id } corregida

## Charts: titles, legends and axes (chart-*)

chart-project = projecte { $project }
chart-all_projects = tots els projectes
chart-others = { $count ->
    [one] { $count } més
   *[other] { $count } més
}
chart-more_buckets = … { $count ->
    [one] { $count } partida més
   *[other] { $count } partides més
}
chart-state-preview = previsualització, sense registrar
chart-state-committed = registrat
chart-state-reversed = ANUL·LAT
chart-distribution-title = Repartiment de { $amount } { $currency } — ingrés { $revenue }
chart-distribution-subtitle = projecte { $project } · { $date } · equació de valor '{ $equation }' · { $state }
chart-distribution-empty = No s'ha assignat res.
chart-axis-amount = Import ({ $currency })
chart-other_kinds = { $count ->
    [one] { $count } tipus més
   *[other] { $count } tipus més
}: { $value } { $currency }
chart-contributions-title = Aportacions per tipus i mes — { $project }
chart-contributions-subtitle = valor = quantitat × tarifa × multiplicador, en { $currency } · total { $total } { $currency } · sense les aportacions anul·lades ni rebutjades
chart-contributions-empty = Encara no hi ha aportacions per mostrar.
chart-axis-value = Valor ({ $currency })
chart-axis-month = Mes
chart-other_members = { $count ->
    [one] { $count } membre més
   *[other] { $count } membres més
}
chart-together = { $value } { $currency } · { $percent } en conjunt
chart-shares-title = Valor acumulat i part — { $project }
chart-shares-subtitle = aportacions que compten, sense donacions ni despeses reemborsables · total { $total } { $currency } · a final de cada mes
chart-shares-empty = Encara no hi ha aportacions que guanyin una part.
chart-axis-cumulative = Valor acumulat ({ $currency })
chart-axis-share = Part del valor total
chart-give-title = GIVE rebut per ronda — { $project }
chart-give-subtitle = GIVE que cada membre ha rebut dels altres · total { $total } GIVE en { $count } { $count ->
    [one] ronda
   *[other] rondes
}{ $open ->
    [0] {""}
    [one] {" "}· { $open } continua oberta (marcada amb *): els seus GIVE poden canviar
   *[other] {" "}· { $open } continuen obertes (marcades amb *): els seus GIVE poden canviar
}
chart-give-others = { $count } més: { $total } GIVE
chart-give-empty = Encara no s'ha donat GIVE.
chart-axis-give = GIVE rebut
chart-axis-epoch = Ronda
chart-tokens-title = Saldos de fitxes al llarg del temps — { $name } ({ $token })
chart-tokens-subtitle = guanyades en aportar, més rebudes, menys enviades · { $amount } { $token } en total · a final de cada mes
chart-tokens-others = { $count } més: { $amount } { $token }
chart-tokens-empty = Encara no s'han guanyat ni enviat fitxes.
chart-axis-balance = Saldo ({ $token })

err-field = { $field }: { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } no és un nombre: escriviu xifres amb un '.' i decimals opcionals, com 12.5
err-decimal-places = { $text } té { $places ->
    [one] { $places } decimal
   *[other] { $places } decimals
}; aquí se n'admeten com a màxim { $max }
err-decimal-too_large = { $text } és massa gran
err-decimal-above = { $text } supera el màxim de { $max } que s'admet aquí
err-decimal-not_positive = { $text } ha de ser més gran que zero
err-project-own_parent = el projecte { $code } no pot ser el seu propi projecte pare
err-kind-valued_by = { $text } no indica qui valora un tipus: deixeu-lo buit (es valora per la seva tarifa) o escriviu peers
err-kind-unit_measure = la unitat { $unit } només s'aplica a la mesura quantity, no a { $measure }
err-kind-unit_needed = un tipus mesurat en quantitat necessita una unitat, com paraules
err-kind-peers_rate = un tipus valorat entre iguals no té tarifa: els altres membres valoren cada aportació; deixeu la tarifa buida
err-kind-reimbursable_money = només un tipus amb mesura money pot ser reemborsable
err-kind-gift_reimbursable = un tipus no pot ser alhora donació i reemborsable: una donació es dona a la cooperativa, una despesa reemborsable es retorna; poseu-ne un dels dos a false
err-kind-deferred_one = un tipus és com a màxim un de donació, reemborsable o diferit: una aportació diferida és un crèdit pendent que es paga més endavant amb els ingressos; poseu els altres a false
err-kind-peers_one = un tipus és com a màxim un de donació, reemborsable, diferit o valorat entre iguals; poseu els altres a false
err-text-too_long = { $what } { $text } té més de { $max } caràcters
err-text-control = { $what } { $text } conté el caràcter de control { $char }; { $newline ->
    [yes] només s'admeten el tabulador i el salt de línia
   *[no] només s'admet el tabulador
}
err-text-empty = { $what } és buit
cli-revenue-not_distributed = sense repartir
cli-explain-peers = { $id } valorada entre iguals: { $working }
cli-device-created_ledger = va crear el llibre de comptes
cli-device-not_admitted = no admès
cli-prompt-passphrase = frase de contrasenya de { $member }:{" "}
cli-prompt-new = nova frase de contrasenya de { $member }:{" "}
cli-prompt-again = repetiu la nova frase de contrasenya de { $member }:{" "}
cli-the_terminal = el terminal
err-stage-no_kind = encara cap tipus no guanya parts dels criteris, així que l'etapa no escalaria res: afegiu primer un tipus
err-reject-reason = un rebuig necessita un motiu
err-token-which = aquest llibre de comptes té més d'una fitxa: indiqueu la fitxa { $purpose ->
    [send] que s'envia
    [chart] del gràfic
   *[other] per a { $purpose }
}
err-too_large = massa gran
err-owner-share = { $owner }: la part { $share } no és un nombre enter d'1 a { $max }
err-not_found-account = no existeix el compte { $account }
err-chart-format = { $path }: format d'imatge desconegut { $ext }; acabeu el nom del fitxer en .svg o .png
err-chart-no_extension = { $path }: el nom del fitxer no té extensió; acabeu-lo en .svg o .png
cli-out-no_folder = { $file }: la carpeta { $dir } no existeix
cli-statement-extension = { $file }: un extracte s'escriu com a .html o .pdf
err-handle = { $text } no és un identificador o codi vàlid: useu d'1 a 32 minúscules, xifres, '_' o '-'
err-id = { $text } no és un identificador vàlid: useu d'1 a 64 lletres, xifres, '.', '_' o '-'
err-date-range = { $text } és fora de l'interval: les dates van dels anys { $min } a { $max }
err-date = { $text } no és una data: useu AAAA-MM-DD, com 2026-03-31

# OpenValue's catalogue (fr). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Français

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
thing-project = projet
thing-kind = type
thing-contribution = contribution
thing-revenue = recette
thing-distribution = répartition
thing-payout = versement
thing-token = jeton
thing-epoch = cycle de GIVE
thing-stage = étape
thing-resource = ressource
thing-resource_use = utilisation d'une ressource

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }' : existe déjà
   *[id] { $thing } d'identifiant '{ $id }' : existe déjà
}
refusal-unknown = { $thing } { $id } : introuvable{ $hinted ->
    [yes] {" "}— vouliez-vous dire '{ $hint }' ?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' est un fonds ; seuls les membres peuvent { $action }
refusal-no_rate_on_date = le type '{ $kind }' n'a aucun taux en vigueur le { $date } (sa première version date du { $first })
refusal-version_exists = le type '{ $kind }' a déjà une version { $date ->
    [none] depuis le début
   *[other] en vigueur depuis le { $date }
} ; les versions ne sont jamais réécrites : choisissez une autre date d'effet
refusal-void = la contribution { $contribution } est annulée
refusal-self_review = { $member } ne peut pas { $verdict ->
    [approve] approuver
   *[other] rejeter
} sa propre contribution { $contribution } ; un autre membre doit l'examiner
refusal-already_reviewed = { $member } a déjà { $verdict ->
    [approve] approuvé
   *[other] rejeté
} la contribution { $contribution } depuis sa dernière correction
refusal-measure_change = le type '{ $kind }' se mesure en { $measure ->
    [hours] heures
    [money] argent
    [quantity] quantité
   *[other] { $measure }
}, mais la contribution { $contribution } se mesure en { $old_measure ->
    [hours] heures
    [money] argent
    [quantity] quantité
   *[other] { $old_measure }
} ; annulez-la et enregistrez-en une nouvelle
refusal-already_distributed = la recette '{ $revenue }' est déjà répartie par { $distribution } ; annulez d'abord cette répartition
refusal-already_reversed = la répartition { $distribution } est déjà annulée
refusal-distribution_mismatch = la répartition { $distribution } ne correspond pas à la recette '{ $revenue }' : { $detail }
refusal-claim_overpaid = la contribution { $contribution } recevrait { $paying } de plus, mais il ne reste que { $open } à verser sur sa créance de { $claim }
refusal-out_of_bounds = { $field } : { $detail }
refusal-stage_kind = l'étape '{ $stage }' ne peut pas pondérer le type '{ $kind }' : c'est { $why } ; une étape ne pondère que les types qui reçoivent des parts selon les critères
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = la contribution { $contribution } n'est pas une créance ouverte remboursable ou différée
refusal-differs = { $named ->
    [named] { $thing } '{ $id }' : existe déjà
   *[id] { $thing } d'identifiant '{ $id }' : existe déjà
} avec d'autres données ({ $detail })
refusal-changed_since = la contribution { $id } a changé : ceci corrige la révision { $revision }, mais la révision en vigueur est la { $current }
refusal-depends_on = dépend de l'entrée { $entry }, qui est en conflit (elle apporte '{ $id }')
refusal-epoch_closed = le cycle de GIVE { $epoch } est clos
refusal-not_peer_valued = la contribution { $contribution } est du type '{ $kind }', valorisé par son taux et non par les pairs
refusal-self_valuation = { $member } ne peut pas évaluer la contribution { $contribution } : c'est la sienne ; les autres membres l'évaluent
refusal-give_to_self = { $member } ne peut pas se donner de GIVE
refusal-give_budget = { $member } peut donner au plus { $budget } GIVE dans le cycle { $epoch } : { $others } déjà donnés à d'autres, donc { $amount } de plus, c'est trop
refusal-epoch_open = le cycle de GIVE { $epoch } du projet '{ $project }' est terminé mais encore ouvert ; clôturez-le avant de répartir avec un poste entre pairs
refusal-token_to_self = { $member } ne peut pas s'envoyer de jetons
refusal-token_overdraw = { $member } a { $balance } { $token }, pas assez pour en envoyer { $amount }
refusal-needs_sign_in = la connexion est activée : chaque modification nomme le membre qui la fait
refusal-role_needed = { $member } a le rôle { $role } ; { $action } demande le rôle { $needed }
refusal-not_in_own_name = { $author } est connecté·e et ne peut pas { $what } au nom de { $by }
refusal-member_signature = l'examen par { $member } de la contribution { $contribution } ne porte aucune signature valide de la clé de { $member } (falsifié, ou fait sans connexion)
refusal-last_admin = { $member } est le dernier membre ayant le rôle administration ; donnez d'abord ce rôle à un autre membre
refusal-not_own_passphrase = seul·e { $member } ou l'administration peut définir la phrase secrète de { $member }
refusal-device_state = l'appareil { $device } { $state }
refusal-already_void = { $thing } '{ $id }' : annulé(e)
refusal-revenue_distributed = la recette '{ $revenue }' a une répartition active, { $distribution } ; annulez d'abord cette répartition, puis corrigez ou annulez la recette
refusal-revenue_changed_since = la recette '{ $id }' a changé : cette entrée a été faite pour sa révision { $revision }, mais la révision en vigueur est la { $current }
refusal-device_revoked = l'appareil { $device } a été révoqué après son entrée { $last_seq } ; ceci est son entrée { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = contribuer
refusal-fund-review = examiner des contributions
refusal-fund-account = avoir un compte de membre
refusal-fund-tokens = détenir des jetons
refusal-fund-give = donner ou recevoir des GIVE
refusal-fund-value = évaluer des contributions
refusal-fund-sign_in = se connecter
refusal-fund-leave = quitter la coopérative ou y revenir
refusal-fund-stage = avoir une étape
refusal-fund-use = utiliser une ressource
refusal-fund-passphrase = avoir une phrase secrète
refusal-fund-role = avoir un rôle
refusal-stage-gift = un don
refusal-stage-reimbursable = remboursable
refusal-stage-deferred = différé
refusal-stage-credits = le type intégré des crédits des propriétaires de ressources, qu'aucune étape ne pondère
refusal-status-left = a déjà quitté la coopérative
refusal-status-active = est déjà actif/active
refusal-status-reason = revient sans motif de départ
refusal-device-admitted = est déjà admis
refusal-device-revoked = est déjà révoqué
refusal-device-unknown = est inconnu de ce registre
refusal-device-this = est cet ordinateur ; révoquez-le depuis un autre ordinateur
refusal-device-not_an_id = n'est pas un identifiant d'appareil : copiez celui qu'a affiché le nouvel ordinateur (36 caractères comme 6f1c2a3b-…)
refusal-differs-figures = un autre ordinateur l'a défini avec d'autres chiffres
refusal-differs-values = un autre ordinateur l'a saisi avec d'autres valeurs
refusal-own_name-review = examiner
refusal-own_name-value = évaluer le travail
refusal-role-member = membre
refusal-role-coordinator = coordination
refusal-role-treasurer = trésorerie
refusal-role-admin = administration
refusal-action-log_own = enregistrer des contributions
refusal-action-log_for_others = enregistrer des contributions pour d'autres
refusal-action-correct_own = corriger une contribution
refusal-action-correct_others = corriger la contribution d'un autre membre
refusal-action-review = examiner
refusal-action-set_own_passphrase = définir une phrase secrète
refusal-action-add_projects = ajouter des projets
refusal-action-record_revenue = enregistrer des recettes
refusal-action-distribute = répartir des recettes
refusal-action-reverse = annuler une répartition
refusal-action-pay_out = faire des versements
refusal-action-change_members = modifier les membres
refusal-action-change_kinds = modifier les types et les taux
refusal-action-set_equations = définir les équations de valeur
refusal-action-change_settings = modifier les réglages
refusal-action-change_roles = modifier les rôles
refusal-action-reset_passphrase = réinitialiser la phrase secrète d'un autre membre
refusal-action-change_devices = modifier les appareils
refusal-action-define_tokens = définir des jetons
refusal-action-epochs = ouvrir et clore des cycles de GIVE
refusal-action-give_own = donner des GIVE
refusal-action-give_for_others = donner au nom d'un autre membre
refusal-action-send_own_tokens = envoyer des jetons
refusal-action-send_others_tokens = envoyer les jetons d'un autre membre
refusal-action-import = importer des contributions et des recettes
refusal-action-export = exporter des rapports
refusal-action-backup = faire une sauvegarde
refusal-action-sync = synchroniser
refusal-action-event_mode = entrer en mode événement ou en sortir
refusal-action-change_stages = modifier les étapes
refusal-action-void_payout = annuler un versement
refusal-action-correct_revenue = corriger des recettes
refusal-action-void_revenue = annuler des recettes
refusal-action-rename_members = renommer des membres
refusal-action-rename_projects = renommer des projets
refusal-action-rename_kinds = renommer des types
refusal-action-change_resources = définir des ressources
refusal-action-use_own = enregistrer une utilisation d'une ressource
refusal-action-use_for_others = enregistrer une utilisation d'une ressource au nom d'un autre membre
refusal-action-value_others = évaluer le travail des autres

## The core's errors (err-*)

thing-fund = fonds
err-io = { $path } : { $detail }
err-export = l'exportation a échoué : { $detail }
err-chart = le graphique a échoué : { $detail }
err-os-not_found = fichier ou dossier introuvable
err-os-permission = permission refusée
err-os-exists = le fichier existe déjà
err-os-full = le disque est plein
err-os-read_only = le système de fichiers est en lecture seule
err-os-directory = c'est un dossier
err-file-folder = un dossier, pas un fichier
err-file-fifo = un tube nommé (FIFO), pas un fichier
err-file-device = un périphérique, pas un fichier
err-file-special = un socket ou un autre fichier spécial, pas un fichier
err-file-directory = un dossier
err-file-pipe = un tube nommé (FIFO)
err-file-char_device = un périphérique caractère
err-file-block_device = un périphérique bloc
err-file-socket = un socket
err-file-neither = ni un fichier ni un dossier
err-store-missing = { $path } : ce registre n'existe pas ; créez-en un d'abord, ou vérifiez le chemin
err-store-not_a_file = { $path } : c'est { $what } ; un registre est un fichier — rien n'a été ouvert
err-store-hard_linked = { $path } : ce registre a { $names } noms (liens physiques) ; SQLite tient un journal séparé pour chaque nom, donc deux programmes utilisant deux noms l'abîmeraient. Donnez-lui un seul nom : copiez-le dans un nouveau fichier et ouvrez la copie, ou supprimez les autres noms — rien n'a été ouvert
err-store-protected = { $path } : { $why } ; rien n'a été écrit — choisissez un autre nom de fichier
err-store-unreadable = { $path } : le registre est en lecture seule et ne peut pas être lu tel quel ({ $why }) ; copiez-le (avec son fichier -wal) dans un dossier où vous pouvez écrire, ou ouvrez-le là où il a été écrit
err-store-exists = { $path } : un fichier existe déjà à cet endroit ; choisissez un autre chemin
err-store-not_a_ledger = { $path } : ce n'est pas un registre OpenValue ({ $why }) ; le fichier n'a pas été modifié
err-store-newer_schema = { $path } : écrit par un OpenValue plus récent (schéma { $found } ; cette version lit jusqu'au { $supported }) ; mettez OpenValue à jour pour l'ouvrir — le fichier n'a pas été modifié
err-store-damaged = { $path } : le registre est endommagé : { $why }. Restaurez-le depuis une sauvegarde ; le fichier n'a pas été modifié
err-store-busy = le registre est occupé : une autre fenêtre ou commande OpenValue y écrit ; réessayez dans un instant
err-store-disk_full = le disque est plein ; rien n'a été écrit — libérez de l'espace et réessayez
err-store-read_only = { $path } : le registre est en lecture seule ; rien n'a été écrit
err-store-corrupt = le fichier du registre est endommagé ({ $why }) ; rien n'a été écrit — restaurez-le depuis une sauvegarde
err-store-sqlite = le registre ne peut être ni lu ni écrit tel quel ({ $why }) ; s'il a été modifié hors d'OpenValue, restaurez-le depuis une sauvegarde
err-store-payload = erreur dans le contenu du journal : { $why }
err-store-too_large = { $what } dépasse ce qu'OpenValue peut afficher ({ $minor } unités mineures)
err-store-no_device_key = { $path } : cet ordinateur ne détient pas la clé de l'appareil { $device } de ce registre (un fichier copié, ou une sauvegarde restaurée sur un autre ordinateur), il s'ouvre donc en lecture seule : la lecture, la vérification et les exports fonctionnent. Pour continuer à écrire avec cette copie, faites-en un nouvel appareil, que les autres ordinateurs de la coopérative devront admettre ; rien n'a été écrit
err-store-revoked = cet ordinateur (appareil { $device }) a été révoqué par la coopérative (un ordinateur perdu ?) ; ses entrées après le numéro { $last_seq } ne sont appliquées nulle part, donc plus rien n'est écrit depuis lui — demandez à l'administration d'inviter de nouveau cet ordinateur
err-store-bundle_refused = { $path } : { $why } ; rien n'a été modifié
err-key-damaged = { $path } : ce fichier de clé d'appareil est endommagé ({ $why })
err-key-random = impossible de créer une nouvelle clé : la source aléatoire du système a échoué ({ $why })
err-import-not_a_file = { $file } : c'est { $what }, pas un fichier CSV
err-import-read = { $file } : impossible de lire le fichier : { $detail }
err-import-more = … et { $count } { $count ->
    [one] autre problème
   *[other] autres problèmes
}
err-import-rows = { $count } { $count ->
    [one] problème trouvé
   *[other] problèmes trouvés
} ; rien n'a été importé
err-equation-missing = le projet '{ $project }' n'a aucune équation de valeur en vigueur le { $date } : définissez une équation pour le projet, ou une équation par défaut du registre pour tous les projets
err-distribute-cannot_place = le poste '{ $bucket }' ne peut pas placer { $amount } : { $reason }. Rien n'a été réparti
err-distribute-overflow = les montants sont trop grands pour être répartis exactement
err-distribute-negative = le registre contient une quantité, un taux ou un multiplicateur négatif, qu'OpenValue n'enregistre jamais : il a été modifié à l'insu d'OpenValue ; vérifiez le registre
err-distribute-above_maximum = la recette '{ $revenue }' est de { $amount }, au-dessus du plus grand montant qu'OpenValue répartit ({ $max }) ; enregistrez-la en plusieurs recettes
err-event-damaged = { $path } : le fichier du mode événement est endommagé ({ $detail }) ; supprimez-le pour repartir de zéro en mode événement (les codes PIN sont alors redéfinis)
err-event-pin_shape = un code PIN compte de 4 à 12 chiffres
err-event-no_pin = { $member } n'a pas encore de code PIN sur cet ordinateur : définissez-en un d'abord
err-event-wrong_pin = code PIN erroné pour { $member } ; encore { $left ->
    [one] une erreur
   *[other] { $left } erreurs
} et { $member } est bloqué(e) pendant une minute
err-event-locked = { $member } est bloqué(e) après { $count } codes PIN erronés ; réessayez dans { $seconds } s
err-event-timer_running = { $member } a déjà un minuteur de service en cours (depuis { $since })
err-event-no_timer = { $member } n'a aucun minuteur de service en cours
err-event-forgotten_timer = le minuteur de { $member } tourne depuis { $since }, plus d'un jour : il a été oublié ; abandonnez-le et saisissez les heures à la main
err-event-hash = le code PIN n'a pas pu être vérifié ({ $why })
err-sign_in-wrong = phrase secrète erronée pour { $handle } ; rien n'a été écrit
err-sign_in-key = { $handle } : { $detail }
err-sign_in-fund = { $handle } est un fonds ; seuls les membres se connectent
err-sign_in-no_member = aucun membre { $handle } dans ce registre
err-sign_in-give = { $handle } a une phrase secrète : donnez-la pour vous connecter
err-sign_in-none_yet = { $handle } n'a pas encore de phrase secrète ; l'administration en définit une d'abord
err-sign_in-needs = { $handle } n'a pas de phrase secrète ; { $action } demande le rôle { $needed } avec une phrase secrète
err-sign_in-needs_admin = activer la connexion demande une personne de l'administration connectée avec une phrase secrète, pour que quelqu'un puisse encore se connecter ensuite
err-unknown = { $thing } { $word } : introuvable{ $hinted ->
    [yes] {" "}— vouliez-vous dire { $hint } ?
   *[no] {""}
}
err-not_found-id = { $thing } { $id } : introuvable
err-not_found-epoch = aucun cycle de GIVE { $epoch }
err-not_found-balance = aucun solde pour { $account }
err-not_found-revenue_or_distribution = aucune recette ni répartition d'identifiant { $id } ; la liste des recettes les montre avec leurs répartitions
err-not_found-file = { $path } : fichier introuvable
err-not_found-token = aucun jeton { $token }
err-kind-differs = le type '{ $kind }' existe avec une autre valeur pour { $what } ; entre deux versions, seuls le taux et le multiplicateur changent
err-nothing_to_correct-contribution = rien à corriger : donnez une nouvelle quantité, date, un nouveau type ou une nouvelle note, ou annulez-la
err-nothing_to_correct-revenue = rien à corriger : donnez un nouveau montant, une nouvelle date ou note, ou annulez-la
err-unchanged-contribution = la contribution { $id } a déjà ces valeurs ; rien n'a été modifié et ses approbations restent
err-unchanged-revenue = la recette { $id } a déjà ces valeurs ; rien n'a été modifié
err-renamed-same = { $thing } { $code } s'appelle déjà { $name } ; rien n'a été modifié
err-no_token = aucun jeton n'est défini dans ce registre
err-epoch-not_ended = le cycle de GIVE { $epoch } dure jusqu'au { $to } ; il peut être clos à partir du lendemain
err-bundle-not_a_file = { $path } : c'est { $what } ; un paquet est un fichier
err-protected = { $path } : { $why } ; rien n'a été écrit — choisissez un autre nom de fichier
err-sync-not_a_folder = { $path } : ce n'est pas un dossier ; la synchronisation a besoin du dossier partagé (créez-le d'abord)
err-sync-ledger_folder = { $path } : ce dossier contient le fichier du registre lui-même ; synchronisez par un dossier séparé où n'entrent que les paquets

## The command line: errors of its own

cli-equation-default_and_project = avec --default, donnez seulement le fichier de l'équation, pas de projet
cli-equation-arguments = donnez un code de projet et un fichier d'équation, ou --default et un fichier
cli-device-new-confirm = ceci fait de cette copie du registre un nouvel appareil, que les autres ordinateurs de la coopérative doivent admettre avant d'accepter ses entrées ; confirmez avec --yes
cli-verify-missing = { $count } { $count ->
    [one] entrée
   *[other] entrées
} de { $file } { $count ->
    [one] manque
   *[other] manquent
} ici : ce registre a été tronqué ou ramené en arrière (ou n'a pas encore fusionné ce fichier)
cli-verify-problems = verify a trouvé { $count } { $count ->
    [one] problème
   *[other] problèmes
}
cli-passphrase-empty = { $var } est définie mais vide ; mettez-y la phrase secrète, ou supprimez-la pour qu'elle soit demandée
cli-passphrase-not_utf8 = { $var } n'est pas du texte UTF-8 valide
cli-passphrase-no_terminal = une phrase secrète est nécessaire et il n'y a aucun terminal pour la demander ; donnez-la dans { $var }
cli-passphrase-differ = les deux phrases secrètes diffèrent ; rien n'a été modifié

## The command line: errors, hints, confirmations and reports

cli-error = erreur : { $message }
cli-hint = conseil : { $hint }
cli-hint-init = créez-le avec `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, ou `openvalue equation set --default FILE.toml` pour tous les projets
cli-hint-device_new = `openvalue device new --yes` fait de cette copie un nouvel appareil ; ensuite, sur un ordinateur admis, `openvalue device admit ID`
cli-hint-revoked = sur un ordinateur admis, `openvalue device invite --out FILE` ; ici, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = si cet ordinateur est celui de la coopérative, admettez-le d'abord ici : `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` indique ce qui a changé
cli-hint-scale = donnez ses décimales avec `--scale N`
cli-hint-locale = `--locale es` (ou ca, fr, de, it, pt, nl) lit `;`, les virgules décimales et les dates de la langue
cli-hint-no_locale = retirez `--locale` (ou donnez `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` ignore les colonnes que le format ne connaît pas
cli-hint-member_list = `openvalue member list` montre les membres et les fonds existants
cli-hint-sign_in = ajoutez `--as MEMBER` (la phrase secrète est demandée à l'écran, ou lue dans OPENVALUE_PASSPHRASE)
cli-hint-role = l'administration peut donner le rôle à { $member } : `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = d'abord `openvalue reverse { $distribution }`, puis répartissez de nouveau
cli-hint-reverse_correct = d'abord `openvalue reverse { $distribution }`, puis corrigez ou annulez la recette
cli-merged-added = { $count } { $count ->
    [one] nouvelle entrée
   *[other] nouvelles entrées
} sur { $offered }
cli-merged-conflicts = { $count ->
    [0] aucun conflit
    [one] { $count } conflit dans les comptes ({ $new } nouveau(x)) — voir la liste des conflits
   *[other] { $count } conflits dans les comptes ({ $new } nouveau(x)) — voir la liste des conflits
}
cli-merged = fusionné { $file } : { $report }
cli-warn-future = attention : { $count } { $count ->
    [one] entrée est horodatée
   *[other] entrées sont horodatées
} plus d'une heure en avance sur l'horloge de cet ordinateur ; vérifiez les horloges des ordinateurs
cli-col-device = appareil
cli-col-label = libellé
cli-col-admitted_by = admis par
cli-col-entries = entrées
cli-col-last_seen = vu pour la dernière fois
cli-device-short = appareil { $device }
cli-device-short_label = appareil { $device } ({ $label })
cli-device-this = {" "}(cet ordinateur)
cli-device-revoked_after = {" "}(révoqué après l'entrée { $last })
cli-device-never = jamais
cli-device-no_label = sans libellé
cli-device-invited = appareil { $device } invité ({ $label }) ; invitation écrite dans { $file }
cli-device-invited-key = elle contient la clé du nouvel ordinateur : portez-la uniquement à cet ordinateur, et supprimez-la une fois qu'il a démarré avec
cli-device-revoked = appareil { $device } révoqué : ses entrées après le numéro { $last } seront gardées mais pas appliquées, sur chaque ordinateur qui fusionne ceci
cli-device-new = ce registre écrit désormais comme appareil { $device }
cli-device-new-admit = sur un ordinateur admis, lancez : openvalue device admit { $device }
cli-device-admitted = appareil { $device } admis
cli-clone-created = créé { $path } comme appareil { $device } de { $name } : { $count } entrées fusionnées
cli-warn-synced_clone = attention : ce registre est dans un dossier que { $tool } synchronise ; gardez le registre en dehors et synchronisez par un dossier séparé
cli-warn-synced_ledger = attention : le fichier du registre lui-même est dans un dossier que { $tool } synchronise ; sortez-le de là (seul le dossier de synchronisation doit être partagé)
cli-bundle-wrote = { $count } { $count ->
    [one] entrée écrite
   *[other] entrées écrites
} dans { $file }
cli-sync-skipped = ignoré { $file } : { $why }
cli-sync-wrote = { $count } { $count ->
    [one] entrée écrite
   *[other] entrées écrites
} dans { $file } ; { $conflicts } { $conflicts ->
    [one] conflit
   *[other] conflits
} dans les comptes
cli-conflicts-none = aucun conflit
cli-conflict = { $entry } { $kind } [{ $concerns }] de { $device } : { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflit : gardé
   *[other] conflits : gardés
} dans le journal, non appliqués ; résolvez chacun par de nouvelles entrées (annuler et répartir de nouveau, corriger de nouveau)
cli-verify-against-ok = OK : ce registre contient toutes les entrées de { $file }
cli-verify-against-missing = manquante : entrée { $entry } ({ $kind }) de l'appareil { $device }, numéro { $seq }
cli-wrote-rows = écrit { $file } ({ $count } { $count ->
    [one] ligne
   *[other] lignes
})
cli-wrote-transactions = écrit { $file } ({ $count } { $count ->
    [one] transaction
   *[other] transactions
})
cli-wrote-events = écrit { $file } ({ $count } { $count ->
    [one] événement
   *[other] événements
})
cli-wrote-chart = écrit { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = écrit { $file } (relevé de { $account }, { $period } : acquis { $earned }, versé { $paid }, dû { $owed } { $currency })
cli-table-none = (aucun)
cli-col-handle = identifiant
cli-col-name = nom
cli-col-type = type
cli-col-status = statut
cli-col-joined = entrée
cli-col-code = code
cli-col-parent = projet parent
cli-col-id = id
cli-col-date = date
cli-col-project = projet
cli-col-amount = montant
cli-col-distribution = répartition
cli-col-note = note
cli-col-from = depuis
cli-col-bucket = poste
cli-col-contribution = contribution
cli-col-kind = type
cli-col-quantity = quantité
cli-col-rate = taux
cli-col-multiplier = multiplicateur
cli-col-value = valeur
cli-col-decay_factor = facteur de décroissance
cli-col-stage = étape
cli-col-left = départ
cli-col-recipient = bénéficiaire
cli-col-weight = poids
cli-col-share = part
cli-col-account = compte
cli-col-earned = acquis
cli-col-paid = versé
cli-col-owed = dû
cli-col-method = moyen
cli-col-resource = ressource
cli-col-unit = unité
cli-col-owners = propriétaires
cli-col-use = utilisation
cli-col-by = par
cli-col-credits = crédits
cli-col-percent = pourcentage
cli-col-kinds = types
cli-col-members_today = membres aujourd'hui
cli-col-member = membre
cli-col-measure = mesure
cli-col-flags = options
cli-distribute-committed = {"\u000A"}enregistrée comme répartition { $id }
cli-distribute-dry_run = {"\u000A"}simulation : rien n'a été écrit
cli-explain-behind = {"\u000A"}contributions derrière le poids de { $member } :
cli-explain-credits = {"\u000A"}crédits de ressources (quantité utilisée × taux, la part du propriétaire) :
cli-plan-revenue = recette { $id } — { $amount } { $currency } le { $date } pour { $project } — équation de valeur '{ $equation }'
cli-plan-note = poste '{ $bucket }' : { $note }
cli-plan-totals = {"\u000A"}totaux :
cli-reversed = répartition { $distribution } annulée ; la recette { $revenue } peut être répartie de nouveau
cli-balances-project_note = (les versements sont faits à un compte, pas pour un projet : le versé et le dû sont dans `openvalue balances`)
cli-status-void = annulé
cli-status-paid = versé
cli-payout-voided = versement { $id } annulé
cli-init-created = créé { $path } ({ $name }, { $currency }, { $count } { $count ->
    [one] approbation requise
   *[other] approbations requises
})
cli-demo-created = registre de démonstration créé : { $path }
cli-settings-sign_in_on = connexion : activée (chaque écriture demande --as MEMBER)
cli-settings-sign_in_off = connexion : désactivée
cli-settings = { $name } : { $currency }, { $count } { $count ->
    [one] approbation requise
   *[other] approbations requises
}
cli-verify-ok = OK : { $entries } entrées de { $devices } { $devices ->
    [one] appareil
   *[other] appareils
}, { $contributions } contributions ; chaque chaîne de hachage, signature et table dérivée correspond au journal
cli-verify-head = tête de l'appareil { $device }{ $this } : entrée { $seq }, hachage { $hash }
cli-verify-before_signatures = { $count } { $count ->
    [one] entrée a été écrite
   *[other] entrées ont été écrites
} avant les signatures (par l'appareil qui a créé le registre)
cli-verify-conflicts = { $count } { $count ->
    [one] conflit
   *[other] conflits
} : des entrées que les règles ont refusées à leur place dans l'ordre une fois le travail des ordinateurs fusionné ; elles sont gardées, non appliquées
cli-backup = sauvegarde écrite dans { $path }
cli-resource-defined = ressource { $code } : taux { $rate } par unité d'utilisation ({ $unit }), propriété de { $owners }
cli-resources-none = aucune ressource
cli-resources-uses = {"\u000A"}utilisations (les crédits sont des valeurs, contributions du type resource-use) :
cli-stage-defined = étape { $code } : { $percent } % de la valeur de { $kinds }
cli-stage-set = { $member } est à l'étape { $stage } depuis le { $from }
cli-stage-none = { $member } n'a pas d'étape depuis le { $from }
cli-stages-none = aucune étape
cli-stages-history = {"\u000A"}historique :
cli-left-good = { $member } a quitté la coopérative le { $date } pour un motif légitime : tout ce qu'il ou elle a apporté garde sa valeur
cli-left-bad = { $member } a quitté la coopérative le { $date } sans motif légitime : pour les recettes à partir du { $date }, seules ses contributions en argent comptent, au multiplicateur 1
cli-rejoined = { $member } est de nouveau actif/active depuis le { $date }
cli-token-defined = jeton { $code } : { $per_value } par unité de valeur comptée, { $scale } décimales
cli-epoch-show = cycle de GIVE { $id } de { $project } : du { $from } au { $to }, { $give } GIVE par membre, { $closed ->
    [closed] clos
   *[open] ouvert
}
cli-epoch-gave = {"  "}{ $from } a donné à { $to } { $amount }{ $note }
cli-epoch-received = reçu : { $member } { $amount }
cli-give = { $from } donne à { $to } { $amount } GIVE dans { $epoch }
cli-value = { $by } évalue { $id } à { $amount } ; elle vaut { $worth }
cli-passphrase-set = phrase secrète définie pour { $member }
cli-role-now = { $member } a désormais le rôle { $role }
cli-role-list-passphrase = phrase secrète définie
cli-role-list-no_passphrase = sans phrase secrète
cli-added-member = membre { $handle } ajouté
cli-added-fund = fonds { $handle } ajouté
cli-added-project = projet { $code } ajouté
cli-renamed = { $thing } { $code } renommé en { $name }
cli-kind-added = type { $code } : { $peers ->
    [yes] évalué par les pairs
   *[no] taux { $rate }
}{ $dated ->
    [yes] {" "}depuis le { $from }
   *[no] {""}
}
cli-revenue-voided = recette { $id } annulée
cli-revenue-corrected = recette { $id } corrigée
cli-equation-set = équation de valeur '{ $name }' ({ $count } { $count ->
    [one] poste
   *[other] postes
}) définie pour { $default ->
    [yes] tout le registre (par défaut)
   *[no] { $project }
}{ $dated ->
    [yes] {" "}depuis le { $from }
   *[no] {""}
}
cli-list-latest = (les { $shown } plus récentes sur { $total } ; voir --limit)
cli-approved = { $by } a approuvé { $id }
cli-rejected = { $by } a rejeté { $id }
cli-contribution-voided = { $id } annulée
cli-contribution-corrected = { $id } corrigée

## Charts: titles, legends and axes (chart-*)

chart-project = projet { $project }
chart-all_projects = tous les projets
chart-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
chart-more_buckets = … { $count ->
    [one] { $count } autre poste
   *[other] { $count } autres postes
}
chart-state-preview = aperçu, non enregistré
chart-state-committed = enregistrée
chart-state-reversed = ANNULÉE
chart-distribution-title = Répartition de { $amount } { $currency } — recette { $revenue }
chart-distribution-subtitle = projet { $project } · { $date } · équation de valeur '{ $equation }' · { $state }
chart-distribution-empty = Rien n'a été attribué.
chart-axis-amount = Montant ({ $currency })
chart-other_kinds = { $count ->
    [one] { $count } autre type
   *[other] { $count } autres types
} : { $value } { $currency }
chart-contributions-title = Contributions par type et par mois — { $project }
chart-contributions-subtitle = valeur = quantité × taux × multiplicateur, en { $currency } · total { $total } { $currency } · hors contributions annulées et rejetées
chart-contributions-empty = Aucune contribution à montrer pour l'instant.
chart-axis-value = Valeur ({ $currency })
chart-axis-month = Mois
chart-other_members = { $count ->
    [one] { $count } autre membre
   *[other] { $count } autres membres
}
chart-together = { $value } { $currency } · { $percent } ensemble
chart-shares-title = Valeur cumulée et part — { $project }
chart-shares-subtitle = contributions qui comptent, hors dons et dépenses remboursables · total { $total } { $currency } · fin de chaque mois
chart-shares-empty = Aucune contribution ouvrant droit à une part pour l'instant.
chart-axis-cumulative = Valeur cumulée ({ $currency })
chart-axis-share = Part de la valeur totale
chart-give-title = GIVE reçus par cycle — { $project }
chart-give-subtitle = GIVE que chaque membre a reçus des autres · total { $total } GIVE en { $count } { $count ->
    [one] cycle
   *[other] cycles
}{ $open ->
    [0] {""}
    [one] {" "}· { $open } encore ouvert (marqué *) : ses dons peuvent changer
   *[other] {" "}· { $open } encore ouverts (marqués *) : leurs dons peuvent changer
}
chart-give-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} : { $total } GIVE
chart-give-empty = Aucun GIVE donné pour l'instant.
chart-axis-give = GIVE reçus
chart-axis-epoch = Cycle
chart-tokens-title = Soldes de jetons dans le temps — { $name } ({ $token })
chart-tokens-subtitle = acquis en contribuant, plus reçus, moins envoyés · { $amount } { $token } détenus au total · fin de chaque mois
chart-tokens-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} : { $amount } { $token }
chart-tokens-empty = Aucun jeton acquis ni envoyé pour l'instant.
chart-axis-balance = Solde ({ $token })

err-field = { $field } : { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } n'est pas un nombre : écrivez des chiffres avec un '.' et une partie décimale facultatifs, comme 12.5
err-decimal-places = { $text } a { $places ->
    [one] { $places } décimale
   *[other] { $places } décimales
} ; { $max } au plus sont admises ici
err-decimal-too_large = { $text } est trop grand
err-decimal-above = { $text } dépasse le maximum de { $max } admis ici
err-decimal-not_positive = { $text } doit être supérieur à zéro
err-project-own_parent = le projet { $code } ne peut pas être son propre projet parent
err-kind-valued_by = { $text } n'indique pas qui évalue un type : laissez vide (évalué par son taux) ou écrivez peers
err-kind-unit_measure = l'unité { $unit } ne s'applique qu'à la mesure quantity, pas à { $measure }
err-kind-unit_needed = un type mesuré en quantité a besoin d'une unité, comme mots
err-kind-peers_rate = un type évalué par les pairs n'a pas de taux : les autres membres évaluent chaque contribution ; laissez le taux vide
err-kind-reimbursable_money = seul un type de mesure money peut être remboursable
err-kind-gift_reimbursable = un type ne peut pas être à la fois un don et remboursable : un don est fait à la coopérative, une dépense remboursable est rendue ; mettez l'un des deux à false
err-kind-deferred_one = un type est au plus l'un de don, remboursable ou différé : une contribution différée est une créance payée plus tard sur les recettes ; mettez les autres à false
err-kind-peers_one = un type est au plus l'un de don, remboursable, différé ou évalué par les pairs ; mettez les autres à false
err-text-too_long = { $what } { $text } dépasse { $max } caractères
err-text-control = { $what } { $text } contient le caractère de contrôle { $char } ; { $newline ->
    [yes] seuls la tabulation et le saut de ligne sont admis
   *[no] seule la tabulation est admise
}
err-text-empty = { $what } est vide
cli-revenue-not_distributed = non répartie
cli-explain-peers = { $id } évaluée par les pairs : { $working }
cli-device-created_ledger = a créé le registre
cli-device-not_admitted = non admis
cli-prompt-passphrase = phrase secrète de { $member } :{" "}
cli-prompt-new = nouvelle phrase secrète de { $member } :{" "}
cli-prompt-again = nouvelle phrase secrète de { $member }, encore une fois :{" "}
cli-the_terminal = le terminal
err-stage-no_kind = aucun type ne reçoit encore de parts selon les critères, l'étape ne pondérerait donc rien : ajoutez d'abord un type
err-reject-reason = un rejet demande un motif
err-token-which = ce registre a plus d'un jeton : nommez le jeton { $purpose ->
    [send] à envoyer
    [chart] du graphique
   *[other] pour { $purpose }
}
err-too_large = trop grand
err-owner-share = { $owner } : la part { $share } n'est pas un nombre entier de 1 à { $max }
err-not_found-account = aucun compte { $account }
err-chart-format = { $path } : format d'image inconnu { $ext } ; terminez le nom du fichier par .svg ou .png
err-chart-no_extension = { $path } : le nom du fichier n'a pas d'extension ; terminez-le par .svg ou .png
cli-out-no_folder = { $file } : le dossier { $dir } n'existe pas
cli-statement-extension = { $file } : un relevé s'écrit en .html ou .pdf
err-handle = { $text } n'est pas un identifiant ou code valide : utilisez de 1 à 32 minuscules, chiffres, '_' ou '-'
err-id = { $text } n'est pas un identifiant valide : utilisez de 1 à 64 lettres, chiffres, '.', '_' ou '-'
err-date-range = { $text } est hors limites : les dates vont des années { $min } à { $max }
err-date = { $text } n'est pas une date : utilisez AAAA-MM-JJ, comme 2026-03-31

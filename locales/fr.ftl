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

# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = account
thing-member = member
thing-project = project
thing-kind = kind
thing-contribution = contribution
thing-revenue = revenue
thing-distribution = distribution
thing-payout = payout
thing-token = token
thing-epoch = epoch
thing-stage = stage
thing-resource = resource
thing-resource_use = use of a resource

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }' already exists
   *[id] a { $thing } with id '{ $id }' already exists
}
refusal-unknown = unknown { $thing } { $id }{ $hinted ->
    [yes] {" "}— did you mean '{ $hint }'?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' is a fund; only members { $action }
refusal-no_rate_on_date = kind '{ $kind }' has no rate in force on { $date } (its first version is from { $first })
refusal-version_exists = kind '{ $kind }' already has a version { $date ->
    [none] from the beginning
   *[other] effective from { $date }
}; versions are never rewritten — choose another effective date
refusal-void = contribution { $contribution } is void
refusal-self_review = { $member } cannot { $verdict } their own contribution { $contribution }; another member must review it
refusal-already_reviewed = { $member } already gave '{ $verdict }' to contribution { $contribution } since its latest correction
refusal-measure_change = kind '{ $kind }' is measured in { $measure }, but contribution { $contribution } is in { $old_measure }; void it and log a new one
refusal-already_distributed = revenue '{ $revenue }' is already distributed by { $distribution }; reverse that distribution first
refusal-already_reversed = distribution { $distribution } is already reversed
refusal-distribution_mismatch = distribution { $distribution } does not fit revenue '{ $revenue }': { $detail }
refusal-claim_overpaid = contribution { $contribution } would be paid { $paying } more, but only { $open } of its claim of { $claim } is still open
refusal-out_of_bounds = { $field }: { $detail }
refusal-stage_kind = stage '{ $stage }' cannot scale kind '{ $kind }': it is { $why }; a stage scales only kinds that earn policy shares
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = contribution { $contribution } is not an open reimbursable or deferred claim
refusal-differs = { $named ->
    [named] { $thing } '{ $id }' already exists
   *[id] a { $thing } with id '{ $id }' already exists
} with other details ({ $detail })
refusal-changed_since = contribution { $id } changed since: this corrects revision { $revision }, but revision { $current } is current
refusal-depends_on = depends on entry { $entry }, which is in conflict (it brings '{ $id }')
refusal-epoch_closed = epoch { $epoch } is closed
refusal-not_peer_valued = contribution { $contribution } is of kind '{ $kind }', which is valued by its rate, not by peers
refusal-self_valuation = { $member } cannot value contribution { $contribution }: it is their own; other members value it
refusal-give_to_self = { $member } cannot give GIVE to themselves
refusal-give_budget = { $member } can give at most { $budget } GIVE in epoch { $epoch }: { $others } already given to others, so { $amount } more is too much
refusal-epoch_open = epoch { $epoch } of project '{ $project }' ended but is still open; close it before distributing with a peer bucket
refusal-token_to_self = { $member } cannot send tokens to themselves
refusal-token_overdraw = { $member } has { $balance } { $token }, not enough to send { $amount }
refusal-needs_sign_in = sign-in is on: every change names the member who makes it
refusal-role_needed = { $member } is { $role }; { $action } needs { $needed }
refusal-not_in_own_name = { $author } is signed in and cannot { $what } in { $by }'s name
refusal-member_signature = the review by { $member } of contribution { $contribution } carries no valid signature of { $member }'s key (forged, or made without signing in)
refusal-last_admin = { $member } is the last admin; make another member admin first
refusal-not_own_passphrase = only { $member } or an admin can set { $member }'s passphrase
refusal-device_state = device { $device } { $state }
refusal-already_void = { $thing } '{ $id }' is void
refusal-revenue_distributed = revenue '{ $revenue }' has an active distribution, { $distribution }; reverse that distribution first, then correct or void the revenue
refusal-revenue_changed_since = revenue '{ $id }' changed since: this entry was made for its revision { $revision }, but revision { $current } is current
refusal-device_revoked = device { $device } was revoked after its entry { $last_seq }; this is its entry { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = contribute
refusal-fund-review = review
refusal-fund-account = have a member's account
refusal-fund-tokens = hold tokens
refusal-fund-give = give or receive GIVE
refusal-fund-value = value contributions
refusal-fund-sign_in = sign in
refusal-fund-leave = leave or rejoin
refusal-fund-stage = have a stage
refusal-fund-use = use a resource
refusal-fund-passphrase = have a passphrase
refusal-fund-role = hold a role
refusal-stage-gift = a gift
refusal-stage-reimbursable = reimbursable
refusal-stage-deferred = deferred
refusal-stage-credits = the built-in kind of resource owners' credits, which no stage scales
refusal-status-left = has already left
refusal-status-active = is already active
refusal-status-reason = rejoins without a reason for leaving
refusal-device-admitted = is already admitted
refusal-device-revoked = is already revoked
refusal-device-unknown = is not known to this ledger
refusal-device-this = is this laptop; revoke it from another laptop
refusal-device-not_an_id = is not a device id: copy the id the new laptop printed (36 characters such as 6f1c2a3b-…)
refusal-differs-figures = another laptop defined it with other figures
refusal-differs-values = another laptop entered it with other values
refusal-own_name-review = review
refusal-own_name-value = value work
refusal-role-member = a member
refusal-role-coordinator = a coordinator
refusal-role-treasurer = a treasurer
refusal-role-admin = an admin
refusal-action-log_own = logging contributions
refusal-action-log_for_others = logging contributions for others
refusal-action-correct_own = correcting a contribution
refusal-action-correct_others = correcting another member's contribution
refusal-action-review = reviewing
refusal-action-set_own_passphrase = setting a passphrase
refusal-action-add_projects = adding projects
refusal-action-record_revenue = recording revenue
refusal-action-distribute = distributing revenue
refusal-action-reverse = reversing a distribution
refusal-action-pay_out = paying out
refusal-action-change_members = changing members
refusal-action-change_kinds = changing kinds and rates
refusal-action-set_equations = setting equations
refusal-action-change_settings = changing settings
refusal-action-change_roles = changing roles
refusal-action-reset_passphrase = resetting another member's passphrase
refusal-action-change_devices = changing devices
refusal-action-define_tokens = defining tokens
refusal-action-epochs = opening and closing epochs
refusal-action-give_own = giving GIVE
refusal-action-give_for_others = giving in another member's name
refusal-action-send_own_tokens = sending tokens
refusal-action-send_others_tokens = sending another member's tokens
refusal-action-import = importing contributions and revenues
refusal-action-export = exporting reports
refusal-action-backup = making a backup
refusal-action-sync = syncing
refusal-action-event_mode = starting or leaving event mode
refusal-action-change_stages = changing stages
refusal-action-void_payout = voiding a payout
refusal-action-correct_revenue = correcting revenue
refusal-action-void_revenue = voiding revenue
refusal-action-rename_members = renaming members
refusal-action-rename_projects = renaming projects
refusal-action-rename_kinds = renaming kinds
refusal-action-change_resources = defining resources
refusal-action-use_own = recording a use of a resource
refusal-action-use_for_others = recording a use of a resource in another member's name
refusal-action-value_others = valuing others' work

## The core's errors (err-*)

thing-fund = fund
err-io = { $path }: { $detail }
err-export = export failed: { $detail }
err-chart = chart failed: { $detail }
err-os-not_found = no such file or folder
err-os-permission = permission denied
err-os-exists = the file already exists
err-os-full = the disk is full
err-os-read_only = the file system is read-only
err-os-directory = this is a folder
err-file-folder = a folder, not a file
err-file-fifo = a named pipe (FIFO), not a file
err-file-device = a device, not a file
err-file-special = a socket or other special file, not a file
err-file-directory = a directory
err-file-pipe = a named pipe (FIFO)
err-file-char_device = a character device
err-file-block_device = a block device
err-file-socket = a socket
err-file-neither = neither a file nor a directory
err-store-missing = { $path }: no such ledger; create one first, or check the path
err-store-not_a_file = { $path }: this is { $what }; a ledger is a file — nothing was opened
err-store-hard_linked = { $path }: this ledger file has { $names } names (hard links); SQLite keeps a separate log for each name, so two programs using two names would damage it. Give it one name: copy it to a new file and open the copy, or remove the other names — nothing was opened
err-store-protected = { $path }: { $why }; nothing was written — choose another file name
err-store-unreadable = { $path }: the ledger is read-only and cannot be read as it is ({ $why }); copy it (with its -wal file) to a folder you can write, or open it where it was written
err-store-exists = { $path }: a file already exists there; choose another path
err-store-not_a_ledger = { $path }: not an OpenValue ledger ({ $why }); the file was not changed
err-store-newer_schema = { $path }: written by a newer OpenValue (schema { $found }; this version reads up to { $supported }); update OpenValue to open it — the file was not changed
err-store-damaged = { $path }: the ledger is damaged: { $why }. Restore it from a backup; the file was not changed
err-store-busy = the ledger is busy: another OpenValue window or command is writing to it; try again in a moment
err-store-disk_full = the disk is full; nothing was written — free some space and try again
err-store-read_only = { $path }: the ledger is read-only; nothing was written
err-store-corrupt = the ledger file is damaged ({ $why }); nothing was written — restore it from a backup
err-store-sqlite = the ledger cannot be read or written as it is ({ $why }); if it was changed outside OpenValue, restore it from a backup
err-store-payload = journal payload error: { $why }
err-store-too_large = { $what } is beyond what OpenValue can show ({ $minor } minor units)
err-store-no_device_key = { $path }: this computer does not hold the key of this ledger's device { $device } (a copied file, or a backup restored on another computer), so the ledger opens read-only: reading, verifying and exports work. To go on writing with this copy, make it a new device, which the cooperative's other laptops must then admit; nothing was written
err-store-revoked = this laptop (device { $device }) was revoked by the cooperative (a lost laptop?); its entries after number { $last_seq } are not applied anywhere, so nothing more is written from it — ask an admin to invite this laptop again
err-store-bundle_refused = { $path }: { $why }; nothing was changed
err-key-damaged = { $path }: this device key file is damaged ({ $why })
err-key-random = cannot make a new key: the system's random source failed ({ $why })
err-import-not_a_file = { $file }: this is { $what }, not a CSV file
err-import-read = { $file }: cannot read the file: { $detail }
err-import-more = … and { $count } more { $count ->
    [one] problem
   *[other] problems
}
err-import-rows = { $count } { $count ->
    [one] problem
   *[other] problems
} found; nothing was imported
err-equation-missing = project '{ $project }' has no equation in force on { $date }: set an equation for the project, or a ledger default for every project
err-distribute-cannot_place = bucket '{ $bucket }' cannot place { $amount }: { $reason }. Nothing was distributed
err-distribute-overflow = the amounts are too large to split exactly
err-distribute-negative = the ledger holds a negative quantity, rate or multiplier, which OpenValue never records: it was changed behind OpenValue's back; verify the ledger
err-distribute-above_maximum = revenue '{ $revenue }' is { $amount }, above the largest amount OpenValue distributes ({ $max }); record it as several revenues
err-event-damaged = { $path }: the event-mode file is damaged ({ $detail }); delete it to start event mode afresh (PINs are then set again)
err-event-pin_shape = a PIN is 4 to 12 digits
err-event-no_pin = { $member } has no PIN on this laptop yet: set one first
err-event-wrong_pin = wrong PIN for { $member }; { $left } more wrong and { $member } is locked for a minute
err-event-locked = { $member } is locked after { $count } wrong PINs; try again in { $seconds } s
err-event-timer_running = { $member } already has a shift timer running (since { $since })
err-event-no_timer = { $member } has no shift timer running
err-event-forgotten_timer = { $member }'s timer has run since { $since }, more than a day: it was forgotten; discard it and log the hours by hand
err-event-hash = the PIN could not be checked ({ $why })
err-sign_in-wrong = wrong passphrase for { $handle }; nothing was written
err-sign_in-key = { $handle }: { $detail }
err-sign_in-fund = { $handle } is a fund; only members sign in
err-sign_in-no_member = no member { $handle } in this ledger
err-sign_in-give = { $handle } has a passphrase: give it to sign in
err-sign_in-none_yet = { $handle } has no passphrase yet; an admin sets one first
err-sign_in-needs = { $handle } has no passphrase; { $action } needs { $needed } with a passphrase
err-sign_in-needs_admin = turning sign-in on needs an admin who is signed in with a passphrase, so that someone can still sign in afterwards
err-unknown = unknown { $thing } { $word }{ $hinted ->
    [yes] {" "}— did you mean { $hint }?
   *[no] {""}
}
err-not_found-id = no { $thing } with id { $id }
err-not_found-epoch = no epoch { $epoch }
err-not_found-balance = no balance of { $account }
err-not_found-revenue_or_distribution = no revenue or distribution with id { $id }; the list of revenues shows them and their distributions
err-not_found-file = { $path }: no such file
err-not_found-token = no token { $token }
err-kind-differs = kind '{ $kind }' exists with another { $what }; only the rate and multiplier change between versions
err-nothing_to_correct-contribution = nothing to correct: give a new quantity, date, kind or note, or void it
err-nothing_to_correct-revenue = nothing to correct: give a new amount, date or note, or void it
err-unchanged-contribution = contribution { $id } already has these values; nothing was changed and its approvals stay
err-unchanged-revenue = revenue { $id } already has these values; nothing was changed
err-renamed-same = { $thing } { $code } is already called { $name }; nothing was changed
err-no_token = no token is defined in this ledger
err-epoch-not_ended = epoch { $epoch } runs until { $to }; it can be closed from the day after
err-bundle-not_a_file = { $path }: this is { $what }; a bundle is a file
err-protected = { $path }: { $why }; nothing was written — choose another file name
err-sync-not_a_folder = { $path }: not a folder; sync needs the shared folder (create it first)
err-sync-ledger_folder = { $path }: this folder holds the ledger file itself; sync through a separate folder that only the bundles go in

## The command line: errors of its own

cli-equation-default_and_project = with --default give only the equation file, not a project
cli-equation-arguments = give a project code and an equation file, or --default and a file
cli-device-new-confirm = this makes this copy of the ledger a new device, which the cooperative's other laptops must admit before they take its entries; confirm with --yes
cli-verify-missing = { $count } { $count ->
    [one] entry
   *[other] entries
} of { $file } { $count ->
    [one] is
   *[other] are
} missing here: this ledger was truncated or rolled back (or has not merged that file yet)
cli-verify-problems = verify found { $count } { $count ->
    [one] problem
   *[other] problems
}
cli-passphrase-empty = { $var } is set but empty; put the passphrase in it, or unset it to be asked
cli-passphrase-not_utf8 = { $var } is not valid UTF-8 text
cli-passphrase-no_terminal = a passphrase is needed and there is no terminal to ask it on; give it in { $var }
cli-passphrase-differ = the two passphrases differ; nothing was changed

## The command line: errors, hints, confirmations and reports

cli-error = error: { $message }
cli-hint = hint: { $hint }
cli-hint-init = create it with `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, or `openvalue equation set --default FILE.toml` for every project
cli-hint-device_new = `openvalue device new --yes` makes this copy a new device; then, on an admitted laptop, `openvalue device admit ID`
cli-hint-revoked = on an admitted laptop, `openvalue device invite --out FILE`; here, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = if that laptop is the cooperative's, admit it here first: `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` names what changed
cli-hint-scale = give its decimal places with `--scale N`
cli-hint-locale = `--locale es` (or ca, fr, de, it, pt, nl) reads `;`, decimal commas and the locale's dates
cli-hint-no_locale = leave out `--locale` (or give `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` skips the columns the format does not know
cli-hint-member_list = `openvalue member list` shows the members and funds there are
cli-hint-sign_in = add `--as MEMBER` (the passphrase comes from a prompt, or OPENVALUE_PASSPHRASE)
cli-hint-role = an admin can give { $member } the role: `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = `openvalue reverse { $distribution }` first, then distribute again
cli-hint-reverse_correct = `openvalue reverse { $distribution }` first, then correct or void the revenue
cli-merged-added = { $count } new { $count ->
    [one] entry
   *[other] entries
} of { $offered }
cli-merged-conflicts = { $count ->
    [0] no conflicts
    [one] { $count } conflict in the books ({ $new } new) — see the conflicts list
   *[other] { $count } conflicts in the books ({ $new } new) — see the conflicts list
}
cli-merged = merged { $file }: { $report }
cli-warn-future = warning: { $count } { $count ->
    [one] entry is
   *[other] entries are
} stamped more than an hour ahead of this computer's clock; check the clocks of the laptops
cli-col-device = device
cli-col-label = label
cli-col-admitted_by = admitted by
cli-col-entries = entries
cli-col-last_seen = last seen
cli-device-short = device { $device }
cli-device-short_label = device { $device } ({ $label })
cli-device-this = {" "}(this laptop)
cli-device-revoked_after = {" "}(revoked after entry { $last })
cli-device-never = never
cli-device-no_label = no label
cli-device-invited = invited device { $device } ({ $label }); invitation written to { $file }
cli-device-invited-key = it holds the new laptop's key: carry it to that laptop only, and delete it once the laptop has started from it
cli-device-revoked = revoked device { $device }: its entries after number { $last } will be kept but not applied, on every laptop that merges this
cli-device-new = this ledger now writes as device { $device }
cli-device-new-admit = on an admitted laptop, run: openvalue device admit { $device }
cli-device-admitted = admitted device { $device }
cli-clone-created = created { $path } as device { $device } of { $name }: { $count } entries merged
cli-warn-synced_clone = warning: this ledger file is in a folder { $tool } synchronises; keep the ledger outside it and sync through a separate folder
cli-warn-synced_ledger = warning: the ledger file itself is in a folder { $tool } synchronises; move it out (only the sync folder should be shared)
cli-bundle-wrote = wrote { $count } { $count ->
    [one] entry
   *[other] entries
} to { $file }
cli-sync-skipped = skipped { $file }: { $why }
cli-sync-wrote = wrote { $count } { $count ->
    [one] entry
   *[other] entries
} to { $file }; { $conflicts } { $conflicts ->
    [one] conflict
   *[other] conflicts
} in the books
cli-conflicts-none = no conflicts
cli-conflict = { $entry } { $kind } [{ $concerns }] from { $device }: { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}: kept in the journal, not applied; resolve each by new entries (reverse and distribute again, correct again)
cli-verify-against-ok = OK: this ledger holds every entry of { $file }
cli-verify-against-missing = missing: entry { $entry } ({ $kind }) of device { $device }, number { $seq }
cli-wrote-rows = wrote { $file } ({ $count } { $count ->
    [one] row
   *[other] rows
})
cli-wrote-transactions = wrote { $file } ({ $count } { $count ->
    [one] transaction
   *[other] transactions
})
cli-wrote-events = wrote { $file } ({ $count } { $count ->
    [one] event
   *[other] events
})
cli-wrote-chart = wrote { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = wrote { $file } (statement of { $account }, { $period }: earned { $earned }, paid { $paid }, owed { $owed } { $currency })

cli-table-none = (none)
cli-col-handle = handle
cli-col-name = name
cli-col-type = type
cli-col-status = status
cli-col-joined = joined
cli-col-code = code
cli-col-parent = parent
cli-col-id = id
cli-col-date = date
cli-col-project = project
cli-col-amount = amount
cli-col-distribution = distribution
cli-col-note = note
cli-col-from = from
cli-col-bucket = bucket
cli-col-contribution = contribution
cli-col-kind = kind
cli-col-quantity = quantity
cli-col-rate = rate
cli-col-multiplier = multiplier
cli-col-value = value
cli-col-decay_factor = decay factor
cli-col-stage = stage
cli-col-left = left
cli-col-recipient = recipient
cli-col-weight = weight
cli-col-share = share
cli-col-account = account
cli-col-earned = earned
cli-col-paid = paid
cli-col-owed = owed
cli-col-method = method
cli-col-resource = resource
cli-col-unit = unit
cli-col-owners = owners
cli-col-use = use
cli-col-by = by
cli-col-credits = credits
cli-col-percent = percent
cli-col-kinds = kinds
cli-col-members_today = members today
cli-col-member = member
cli-col-measure = measure
cli-col-flags = flags
cli-distribute-committed = {"\u000A"}committed as distribution { $id }
cli-distribute-dry_run = {"\u000A"}dry run: nothing was written
cli-explain-behind = {"\u000A"}contributions behind { $member }'s weight:
cli-explain-credits = {"\u000A"}resource credits (use quantity × rate, the owner's share):
cli-plan-revenue = revenue { $id } — { $amount } { $currency } on { $date } for { $project } — equation '{ $equation }'
cli-plan-note = bucket '{ $bucket }': { $note }
cli-plan-totals = {"\u000A"}totals:
cli-reversed = reversed { $distribution }; revenue { $revenue } can be distributed again
cli-balances-project_note = (payouts are made to an account, not for a project: paid and owed are in `openvalue balances`)
cli-status-void = void
cli-status-paid = paid
cli-payout-voided = voided payout { $id }
cli-init-created = created { $path } ({ $name }, { $currency }, { $count } { $count ->
    [one] approval
   *[other] approvals
} required)
cli-demo-created = created demo ledger { $path }
cli-settings-sign_in_on = sign-in: on (every write needs --as MEMBER)
cli-settings-sign_in_off = sign-in: off
cli-settings = { $name }: { $currency }, { $count } approvals required
cli-verify-ok = OK: { $entries } entries from { $devices } { $devices ->
    [one] device
   *[other] devices
}, { $contributions } contributions; every hash chain, signature and derived table matches the journal
cli-verify-head = head of device { $device }{ $this }: entry { $seq }, hash { $hash }
cli-verify-before_signatures = { $count } { $count ->
    [one] entry was
   *[other] entries were
} written before signatures (by the device that created the ledger)
cli-verify-conflicts = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}: entries that the rules refused at their place in the order once the laptops' work was merged; they are kept, not applied
cli-backup = backed up to { $path }
cli-resource-defined = resource { $code }: rate { $rate } per unit of use ({ $unit }), owned by { $owners }
cli-resources-none = no resources
cli-resources-uses = {"\u000A"}uses (credits are values, contributions of kind resource-use):
cli-stage-defined = stage { $code }: { $percent }% of the value of { $kinds }
cli-stage-set = { $member } is in stage { $stage } from { $from }
cli-stage-none = { $member } has no stage from { $from }
cli-stages-none = no stages
cli-stages-history = {"\u000A"}history:
cli-left-good = { $member } left on { $date } with good reason: everything they contributed keeps its value
cli-left-bad = { $member } left on { $date } without good reason: for revenues from { $date } on, only their money contributions count, at multiplier 1
cli-rejoined = { $member } is active again from { $date }
cli-token-defined = token { $code }: { $per_value } per unit of counted value, { $scale } decimal places
cli-epoch-show = epoch { $id } of { $project }: { $from } to { $to }, { $give } GIVE each, { $closed ->
    [closed] closed
   *[open] open
}
cli-epoch-gave = {"  "}{ $from } gave { $to } { $amount }{ $note }
cli-epoch-received = received: { $member } { $amount }
cli-give = { $from } gives { $to } { $amount } GIVE in { $epoch }
cli-value = { $by } values { $id } at { $amount }; it is worth { $worth }
cli-passphrase-set = passphrase set for { $member }
cli-role-now = { $member } is now { $role }
cli-role-list-passphrase = passphrase set
cli-role-list-no_passphrase = no passphrase
cli-added-member = added member { $handle }
cli-added-fund = added fund { $handle }
cli-added-project = added project { $code }
cli-renamed = renamed { $thing } { $code } to { $name }
cli-kind-added = kind { $code }: { $peers ->
    [yes] valued by peers
   *[no] rate { $rate }
}{ $dated ->
    [yes] {" "}from { $from }
   *[no] {""}
}
cli-revenue-voided = voided revenue { $id }
cli-revenue-corrected = corrected revenue { $id }
cli-equation-set = equation '{ $name }' ({ $count } { $count ->
    [one] bucket
   *[other] buckets
}) set for { $default ->
    [yes] the ledger default
   *[no] { $project }
}{ $dated ->
    [yes] {" "}from { $from }
   *[no] {""}
}
cli-list-latest = (the latest { $shown } of { $total }; see --limit)
cli-approved = { $by } approved { $id }
cli-rejected = { $by } rejected { $id }
cli-contribution-voided = voided { $id }
cli-contribution-corrected = corrected { $id }

## Charts: titles, legends and axes (chart-*)

chart-project = project { $project }
chart-all_projects = all projects
chart-others = { $count } others
chart-more_buckets = … { $count } more buckets
chart-state-preview = preview, not committed
chart-state-committed = committed
chart-state-reversed = REVERSED
chart-distribution-title = Distribution of { $amount } { $currency } — revenue { $revenue }
chart-distribution-subtitle = project { $project } · { $date } · equation '{ $equation }' · { $state }
chart-distribution-empty = Nothing was allocated.
chart-axis-amount = Amount ({ $currency })
chart-other_kinds = { $count } other kinds: { $value } { $currency }
chart-contributions-title = Contributions by kind, per month — { $project }
chart-contributions-subtitle = value = quantity × rate × multiplier, in { $currency } · total { $total } { $currency } · void and rejected contributions left out
chart-contributions-empty = No contributions to show yet.
chart-axis-value = Value ({ $currency })
chart-axis-month = Month
chart-other_members = { $count } other members
chart-together = { $value } { $currency } · { $percent } together
chart-shares-title = Cumulative value and share — { $project }
chart-shares-subtitle = contributions that count, excluding gifts and reimbursable expenses · total { $total } { $currency } · end of each month
chart-shares-empty = No contributions that earn a share yet.
chart-axis-cumulative = Cumulative value ({ $currency })
chart-axis-share = Share of total value
chart-give-title = GIVE received per epoch — { $project }
chart-give-subtitle = GIVE each member received from the others · total { $total } GIVE in { $count } { $count ->
    [one] epoch
   *[other] epochs
}{ $open ->
    [0] {""}
   *[other] {" "}· { $open } still open (marked *): their gives can change
}
chart-give-others = { $count } others: { $total } GIVE
chart-give-empty = No GIVE given yet.
chart-axis-give = GIVE received
chart-axis-epoch = Epoch
chart-tokens-title = Token balances over time — { $name } ({ $token })
chart-tokens-subtitle = earned by contributing, plus received, minus sent · { $amount } { $token } held in all · end of each month
chart-tokens-others = { $count } others: { $amount } { $token }
chart-tokens-empty = No tokens earned or sent yet.
chart-axis-balance = Balance ({ $token })

err-field = { $field }: { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } is not a number: write digits with an optional '.' and fraction, such as 12.5
err-decimal-places = { $text } has { $places } decimal places; at most { $max } are allowed here
err-decimal-too_large = { $text } is too large
err-decimal-above = { $text } is above the maximum of { $max } allowed here
err-decimal-not_positive = { $text } must be greater than zero
err-project-own_parent = project { $code } cannot be its own parent
err-kind-valued_by = { $text } is not who values a kind: leave it empty (valued by its rate) or write peers
err-kind-unit_measure = unit { $unit } applies only to measure quantity, not { $measure }
err-kind-unit_needed = a quantity kind needs a unit label, such as words
err-kind-peers_rate = a kind valued by peers has no rate: other members value each contribution; leave the rate empty
err-kind-reimbursable_money = only a kind with measure money can be reimbursable
err-kind-gift_reimbursable = a kind cannot be both a gift and reimbursable: a gift is given to the cooperative, a reimbursable expense is paid back; set one of them to false
err-kind-deferred_one = a kind is at most one of gift, reimbursable or deferred: a deferred contribution is a claim paid back later from revenue; set the others to false
err-kind-peers_one = a kind is at most one of gift, reimbursable, deferred or valued by peers; set the others to false
err-text-too_long = { $what } { $text } is longer than { $max } characters
err-text-control = { $what } { $text } contains the control character { $char }; { $newline ->
    [yes] only tab and newline are allowed
   *[no] only tab is allowed
}
err-text-empty = { $what } is empty
cli-revenue-not_distributed = not distributed
cli-explain-peers = { $id } valued by peers: { $working }
cli-device-created_ledger = created the ledger
cli-device-not_admitted = not admitted
cli-prompt-passphrase = passphrase for { $member }:{" "}
cli-prompt-new = new passphrase for { $member }:{" "}
cli-prompt-again = new passphrase for { $member } again:{" "}
cli-the_terminal = the terminal
err-stage-no_kind = no kind earns policy shares yet, so the stage would scale nothing: add a kind first
err-reject-reason = a rejection needs a reason
err-token-which = this ledger has more than one token: name the token to { $purpose }
err-too_large = too large
err-owner-share = { $owner }: the share { $share } is not a whole number from 1 to { $max }
err-not_found-account = no account { $account }
err-chart-format = { $path }: unknown image format { $ext }; end the file name in .svg or .png
err-chart-no_extension = { $path }: the file name has no extension; end it in .svg or .png
cli-out-no_folder = { $file }: the folder { $dir } does not exist
cli-statement-extension = { $file }: a statement is written as .html or .pdf
err-handle = { $text } is not a valid handle or code: use 1 to 32 lowercase letters, digits, '_' or '-'
err-id = { $text } is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'
err-date-range = { $text } is out of range: dates are years { $min } to { $max }
err-date = { $text } is not a date: use YYYY-MM-DD, such as 2026-03-31

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

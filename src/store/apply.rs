//! Applies one journal entry to the derived tables.
//!
//! Deterministic: replaying the journal in order into an empty schema gives
//! the same tables, which is what `verify` checks. Every entry is checked
//! against the books by the rules of [`super::rules`] here, inside the
//! transaction that appends it, before anything is recorded: a refused
//! entry changes nothing. `ops` and `import` parse and report problems
//! with their input; the rules of the books are only here.

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::rules::{self, from_day};
use super::{read_settings, StoreError};
use crate::journal::Payload;
use crate::model::{day_number, ContributionRecord, RevenueRecord, Status, Verdict};
use crate::refusal::Thing;
use crate::standards::LeaveReason;
use crate::store::query::Catalog;
use rules::RecordKind;

/// The next place in the order contributions and resource uses were first
/// entered (one order for both: claims are paid oldest first, then in
/// entry order, SPEC §4.4, §14).
fn next_entered(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT max(coalesce((SELECT max(entered) FROM contributions), 0),
                    coalesce((SELECT max(entered) FROM resource_uses), 0)) + 1",
        [],
        |r| r.get(0),
    )?)
}

/// Digest of a record as first entered, to recognise re-imports.
pub(crate) fn record_digest<T: serde::Serialize>(record: &T) -> Result<String, StoreError> {
    let json = serde_json::to_vec(record)?;
    Ok(hex::encode(Sha256::digest(&json)))
}

pub(crate) fn contribution_digest(c: &ContributionRecord) -> Result<String, StoreError> {
    record_digest(c)
}

pub(crate) fn revenue_digest(r: &RevenueRecord) -> Result<String, StoreError> {
    record_digest(r)
}

/// The catalog as this transaction sees it, for checking many records.
fn catalog(conn: &Connection) -> Result<Catalog, StoreError> {
    let settings = read_settings(conn).map_err(StoreError::Corrupt)?;
    Catalog::load(conn, &settings.currency, settings.approvals_required)
}

/// The catalog read by the entries of one transaction, loaded once and
/// kept until an entry that may change it.
///
/// Why: loading the catalog reads every account (10,000 at the benchmark's
/// size, a few milliseconds), and an import of a million contributions
/// applies 200 entries that all check against the same catalog. The cache
/// lives in one write transaction (or one replay), which no other writer
/// can change; an entry that changes accounts, projects, kinds, versions or
/// the settings drops it whether or not it is accepted, so a refused entry
/// (rolled back to its savepoint) cannot leave a stale copy behind.
#[derive(Default)]
pub(super) struct CatalogCache {
    catalog: Option<Catalog>,
}

impl CatalogCache {
    fn get(&mut self, conn: &Connection) -> Result<&Catalog, StoreError> {
        let loaded = match self.catalog.take() {
            Some(loaded) => loaded,
            None => catalog(conn)?,
        };
        Ok(self.catalog.insert(loaded))
    }
}

/// Whether applying `payload` may change what [`Catalog::load`] reads.
fn changes_catalog(payload: &Payload) -> bool {
    matches!(
        payload,
        Payload::LedgerCreated { .. }
            | Payload::ApprovalsRequiredSet { .. }
            | Payload::AccountsAdded { .. }
            | Payload::AccountStatusSet { .. }
            | Payload::ProjectsAdded { .. }
            | Payload::KindsAdded { .. }
            | Payload::KindVersionsAdded { .. }
            | Payload::SignInSet { .. }
            | Payload::Renamed { .. }
    )
}

/// How an entry reaches the books.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A command typed on this laptop: an effect already there is refused.
    Local,
    /// An entry merged from another laptop, or replayed: a row already
    /// there with the same details is a no-op (SPEC §12).
    Merged,
}

/// The journal entry being applied.
#[derive(Debug, Clone, Copy)]
pub(super) struct EntryRef<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its device.
    pub device: &'a str,
    /// Its sequence number.
    pub seq: i64,
    /// The member who made it, if one was signed in.
    pub author: Option<&'a str>,
}

/// Checks an entry against the rules of the books and records it.
///
/// Device entries change no table of the books: who may write is read
/// from the journal itself (`crate::devices`), except that a revoked
/// device's later entries are refused here.
pub(super) fn apply(
    conn: &Connection,
    cache: &mut CatalogCache,
    entry: EntryRef<'_>,
    payload: &Payload,
    mode: Mode,
    revoked_after: Option<i64>,
) -> Result<(), StoreError> {
    if let Some(last_seq) = revoked_after {
        rules::device_not_revoked(entry.device, entry.seq, last_seq)?;
    }
    // Who may do what (SPEC §13): with sign-in on, the author's role.
    rules::role_allows(conn, entry.author, payload)?;
    if payload.is_device() {
        return Ok(());
    }
    let id = entry.id;
    let result = match payload {
        // The first entry carries the currency the bounds depend on, and
        // there is no catalog yet.
        Payload::LedgerCreated {
            currency, scale, ..
        } => match crate::money::Currency::new(currency, Some(*scale)) {
            Ok(currency) => {
                let empty = Catalog {
                    currency,
                    approvals_required: 0,
                    accounts: Default::default(),
                    projects: Default::default(),
                    kinds: Default::default(),
                    versions: Default::default(),
                };
                within_bounds(&empty, payload)
                    .and_then(|()| record(conn, &empty, id, payload, mode))
            }
            Err(e) => Err(StoreError::Refused(crate::refusal::Refusal::OutOfBounds {
                field: "currency".into(),
                message: e.to_string(),
            })),
        },
        _ => {
            let catalog = cache.get(conn)?;
            within_bounds(catalog, payload).and_then(|()| record(conn, catalog, id, payload, mode))
        }
    };
    if changes_catalog(payload) {
        cache.catalog = None;
    }
    result
}

/// Rule: every field of the entry is within its bound (SPEC §11), whoever
/// wrote it — forms and files check the same bounds with their own
/// messages, but an entry arriving whole (a merge) is checked only here.
fn within_bounds(catalog: &Catalog, payload: &Payload) -> Result<(), StoreError> {
    match crate::validate::entry_bounds(catalog, payload)
        .into_iter()
        .next()
    {
        None => Ok(()),
        Some(problem) => Err(StoreError::Refused(crate::refusal::Refusal::OutOfBounds {
            field: problem.field.to_string(),
            message: problem.message,
        })),
    }
}

/// Records an entry the rules accepted, checking the rules that depend on
/// the books as it goes.
fn record(
    conn: &Connection,
    catalog: &Catalog,
    entry: &str,
    payload: &Payload,
    mode: Mode,
) -> Result<(), StoreError> {
    let merged = mode == Mode::Merged;
    match payload {
        Payload::LedgerCreated {
            name,
            currency,
            scale,
            approvals_required,
        } => {
            conn.execute(
                "INSERT INTO settings (id, name, currency, scale, approvals_required, entry)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![name, currency, scale, approvals_required, entry],
            )?;
        }
        Payload::ApprovalsRequiredSet { approvals_required } => {
            conn.execute(
                "UPDATE settings SET approvals_required = ?1, entry = ?2 WHERE id = 1",
                params![approvals_required, entry],
            )?;
        }
        Payload::AccountsAdded { accounts } => {
            let mut stmt = conn.prepare_cached(
                "INSERT INTO accounts (handle, name, type, status, joined_day, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for a in accounts {
                if merged && rules::account_is_same(conn, a)? {
                    continue;
                }
                rules::account_is_new(conn, a)?;
                stmt.execute(params![
                    a.handle,
                    a.name,
                    a.account_type.as_str(),
                    a.status.as_str(),
                    a.joined_on.map(day_number),
                    entry
                ])?;
                conn.prepare_cached(
                    "INSERT INTO account_totals (account, earned_minor, paid_minor) VALUES (?1, 0, 0)",
                )?
                .execute([&a.handle])?;
            }
        }
        Payload::AccountStatusSet {
            handle,
            status,
            from,
            reason,
        } => {
            rules::status_change_fits(conn, handle, *status, *from, *reason)?;
            conn.execute(
                "UPDATE accounts SET status = ?1, entry = ?2 WHERE handle = ?3",
                params![status.as_str(), entry, handle],
            )?;
            let event = match (status, reason) {
                (Status::Active, _) => "rejoined",
                (Status::Left, Some(LeaveReason::Bad)) => "left_bad",
                (Status::Left, _) => "left_good",
            };
            conn.execute(
                "INSERT INTO memberships (member, day, event, entry) VALUES (?1, ?2, ?3, ?4)",
                params![handle, from.map(day_number), event, entry],
            )?;
        }
        Payload::StageDefined {
            code,
            percent_e2,
            kinds,
        } => {
            if merged && rules::stage_is_same(conn, code, *percent_e2, kinds)? {
                return Ok(());
            }
            rules::stage_fits(conn, code, *percent_e2, kinds)?;
            conn.execute(
                "INSERT INTO stages (code, percent_e2, kinds, entry) VALUES (?1, ?2, ?3, ?4)",
                params![
                    code,
                    percent_e2,
                    serde_json::Value::from(kinds.clone()).to_string(),
                    entry
                ],
            )?;
        }
        Payload::StageSet {
            member,
            stage,
            from,
        } => {
            rules::stage_set_fits(conn, member, stage.as_deref(), *from)?;
            conn.execute(
                "INSERT OR REPLACE INTO stage_spans (member, from_day, stage, entry)
                 VALUES (?1, ?2, ?3, ?4)",
                params![member, day_number(*from), stage, entry],
            )?;
        }
        Payload::ProjectsAdded { projects } => {
            let mut stmt = conn.prepare_cached(
                "INSERT INTO projects (code, name, parent, entry) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for p in projects {
                if merged && rules::project_is_same(conn, p)? {
                    continue;
                }
                rules::project_is_new(conn, &p.code, p.parent.as_deref())?;
                stmt.execute(params![p.code, p.name, p.parent, entry])?;
            }
        }
        Payload::KindsAdded { kinds } => {
            let mut stmt = conn.prepare_cached(
                "INSERT INTO kinds (code, name, measure, unit, gift, reimbursable, deferred, peers, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for k in kinds {
                if merged && rules::kind_is_same(conn, k)? {
                    continue;
                }
                rules::kind_is_new(conn, &k.code)?;
                stmt.execute(params![
                    k.code,
                    k.name,
                    k.measure.as_str(),
                    k.unit,
                    k.gift,
                    k.reimbursable,
                    k.deferred,
                    k.peers,
                    entry
                ])?;
            }
        }
        Payload::KindVersionsAdded { versions } => {
            let mut stmt = conn.prepare_cached(
                "INSERT INTO kind_versions (kind, from_day, rate_e4, multiplier_e3, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for v in versions {
                if merged && rules::version_is_same(conn, v)? {
                    continue;
                }
                rules::version_is_new(conn, &v.kind, from_day(v.effective_from))?;
                stmt.execute(params![
                    v.kind,
                    from_day(v.effective_from),
                    v.rate_e4,
                    v.multiplier_e3,
                    entry
                ])?;
            }
        }
        Payload::ResourceAdded(r) => {
            if merged && rules::resource_is_same(conn, r)? {
                return Ok(());
            }
            rules::resource_fits(conn, r)?;
            conn.execute(
                "INSERT INTO resources (code, name, unit, rate_e4, entry) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![r.code, r.name, r.unit, r.rate_e4, entry],
            )?;
            let mut owners = conn.prepare_cached(
                "INSERT INTO resource_owners (resource, owner, share) VALUES (?1, ?2, ?3)",
            )?;
            for o in &r.owners {
                owners.execute(params![r.code, o.handle, o.share])?;
            }
        }
        Payload::ResourceUsed(u) => {
            rules::use_fits(conn, u)?;
            let inserted = conn.execute(
                "INSERT INTO resource_uses (id, entered, resource, project, day, quantity_e4, by_member, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    u.id,
                    next_entered(conn)?,
                    u.resource,
                    u.project,
                    day_number(u.date),
                    u.quantity_e4,
                    u.by,
                    entry
                ],
            );
            if let Err(e) = inserted {
                let clash = rules::id_is_new(e, Thing::ResourceUse, &u.id);
                if !(merged && rules::use_is_same(conn, u)?) {
                    return Err(clash);
                }
            }
        }
        Payload::ContributionsAdded { contributions } => {
            let mut next: i64 = next_entered(conn)?;
            let mut stmt = conn.prepare_cached(
                "INSERT INTO contributions (id, entered, member, project, kind, day, quantity_e4, note,
                    void, revision, approvals, rejections, digest, entry, last_entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, 0, 0, ?9, ?10, ?10)",
            )?;
            for c in contributions {
                let digest = contribution_digest(c)?;
                rules::contribution_fits(catalog, c)?;
                let inserted = stmt.execute(params![
                    c.id,
                    next,
                    c.member,
                    c.project,
                    c.kind,
                    day_number(c.date),
                    c.quantity_e4,
                    c.note,
                    digest,
                    entry
                ]);
                match inserted {
                    Ok(_) => next += 1,
                    // Only when the id is taken does a merge ask whether
                    // the row is the same one (a no-op): the common case
                    // costs no extra lookup.
                    Err(e) => {
                        let clash = rules::id_is_new(e, Thing::Contribution, &c.id);
                        let taken = matches!(
                            clash,
                            StoreError::Refused(crate::refusal::Refusal::AlreadyExists { .. })
                        );
                        if !(merged
                            && taken
                            && rules::record_is_same(
                                conn,
                                RecordKind::Contribution,
                                &c.id,
                                &digest,
                            )?)
                        {
                            return Err(clash);
                        }
                    }
                }
            }
        }
        Payload::Corrected(c) => {
            rules::correction_fits(conn, catalog, c)?;
            rules::correction_is_current(conn, c)?;
            let revision: i64 = conn.query_row(
                "SELECT revision + 1 FROM contributions WHERE id = ?1",
                [&c.contribution],
                |r| r.get(0),
            )?;
            conn.execute(
                "INSERT INTO corrections (entry, contribution, revision, quantity_e4, day, kind, note, void)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    entry,
                    c.contribution,
                    revision,
                    c.quantity_e4,
                    c.date.map(day_number),
                    c.kind,
                    c.note,
                    c.void
                ],
            )?;
            conn.execute(
                "UPDATE contributions SET
                    quantity_e4 = coalesce(?2, quantity_e4),
                    day = coalesce(?3, day),
                    kind = coalesce(?4, kind),
                    note = coalesce(?5, note),
                    void = max(void, ?6),
                    revision = ?7, approvals = 0, rejections = 0, last_entry = ?8
                 WHERE id = ?1",
                params![
                    c.contribution,
                    c.quantity_e4,
                    c.date.map(day_number),
                    c.kind,
                    c.note,
                    c.void,
                    revision,
                    entry
                ],
            )?;
        }
        Payload::Reviewed(review) => {
            let revision = match rules::review_fits(conn, review, mode)? {
                rules::ReviewOutcome::Counts(revision) => revision,
                rules::ReviewOutcome::Kept(revision) => {
                    // Of an earlier revision (merged): kept, not counted.
                    conn.execute(
                        "INSERT INTO reviews (entry, contribution, revision, by_member, verdict, reason)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            entry,
                            review.contribution,
                            revision,
                            review.by,
                            review.verdict.as_str(),
                            review.reason
                        ],
                    )?;
                    return Ok(());
                }
                rules::ReviewOutcome::AlreadyThere => return Ok(()),
            };
            conn.execute(
                "INSERT INTO reviews (entry, contribution, revision, by_member, verdict, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    entry,
                    review.contribution,
                    revision,
                    review.by,
                    review.verdict.as_str(),
                    review.reason
                ],
            )?;
            let column = match review.verdict {
                Verdict::Approve => "approvals",
                Verdict::Reject => "rejections",
            };
            conn.execute(
                &format!(
                    "UPDATE contributions SET {column} = (
                        SELECT count(DISTINCT by_member) FROM reviews
                        WHERE contribution = ?1 AND revision = ?2 AND verdict = ?3),
                        last_entry = ?4
                     WHERE id = ?1"
                ),
                params![
                    review.contribution,
                    revision,
                    review.verdict.as_str(),
                    entry
                ],
            )?;
        }
        Payload::RevenuesAdded { revenues } => {
            let mut stmt = conn.prepare_cached(
                "INSERT INTO revenues (id, project, day, amount_minor, note, digest, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for r in revenues {
                if merged
                    && rules::record_is_same(conn, RecordKind::Revenue, &r.id, &revenue_digest(r)?)?
                {
                    continue;
                }
                rules::project_exists_opt(conn, Some(&r.project))?;
                stmt.execute(params![
                    r.id,
                    r.project,
                    day_number(r.date),
                    r.amount_minor,
                    r.note,
                    revenue_digest(r)?,
                    entry
                ])
                .map_err(|e| rules::id_is_new(e, Thing::Revenue, &r.id))?;
            }
        }
        Payload::EquationSet {
            project,
            from,
            source,
        } => {
            rules::project_exists_opt(conn, project.as_deref())?;
            // The name is read back from the source; an unreadable one
            // cannot have been accepted when the entry was written.
            let name = crate::equation::name_of(source);
            conn.execute(
                "INSERT INTO equations (project, from_day, name, source, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (project, from_day) DO UPDATE SET
                    name = excluded.name, source = excluded.source, entry = excluded.entry",
                params![
                    project.clone().unwrap_or_default(),
                    from_day(*from),
                    name,
                    source,
                    entry
                ],
            )?;
        }
        Payload::DistributionCommitted(d) => {
            let revenue = rules::distribution_fits(conn, d)?;
            conn.execute(
                "INSERT INTO distributions (id, revenue, project, revenue_day, amount_minor, equation, reversed, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)",
                params![d.id, d.revenue, revenue.project, revenue.day, revenue.amount_minor, d.equation, entry],
            )
            .map_err(|e| rules::id_is_new(e, Thing::Distribution, &d.id))?;
            let mut lines = conn.prepare_cached(
                "INSERT INTO allocations (distribution, bucket_index, bucket, bucket_type, recipient, amount_minor, weight, stage, cap_minor, capped)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for l in &d.lines {
                lines.execute(params![
                    d.id,
                    l.bucket_index,
                    l.bucket,
                    l.bucket_type.as_str(),
                    l.recipient,
                    l.amount_minor,
                    l.weight,
                    l.stage,
                    l.cap_minor,
                    l.capped
                ])?;
            }
            let mut claims = conn.prepare_cached(
                "INSERT INTO claims_paid (distribution, contribution, amount_minor) VALUES (?1, ?2, ?3)
                 ON CONFLICT (distribution, contribution) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor",
            )?;
            for c in &d.claims {
                claims.execute(params![d.id, c.contribution, c.amount_minor])?;
            }
            for l in &d.lines {
                add_to_total(
                    conn,
                    &l.recipient,
                    Total::Earned,
                    i128::from(l.amount_minor),
                )?;
            }
        }
        Payload::DistributionReversed { distribution } => {
            rules::distribution_is_live(conn, distribution)?;
            conn.execute(
                "UPDATE distributions SET reversed = 1, reversal_entry = ?2 WHERE id = ?1",
                params![distribution, entry],
            )?;
            let lines: Vec<(String, i64)> = conn
                .prepare_cached(
                    "SELECT recipient, amount_minor FROM allocations WHERE distribution = ?1",
                )?
                .query_map([distribution], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            for (recipient, amount) in lines {
                add_to_total(conn, &recipient, Total::Earned, -i128::from(amount))?;
            }
        }
        Payload::PayoutRecorded(p) => {
            if merged && rules::payout_is_same(conn, p)? {
                return Ok(());
            }
            rules::payout_fits(conn, &p.account)?;
            conn.execute(
                "INSERT INTO payouts (id, account, day, amount_minor, method, note, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    p.id,
                    p.account,
                    day_number(p.date),
                    p.amount_minor,
                    p.method,
                    p.note,
                    entry
                ],
            )
            .map_err(|e| rules::id_is_new(e, Thing::Payout, &p.id))?;
            add_to_total(conn, &p.account, Total::Paid, i128::from(p.amount_minor))?;
        }
        Payload::DeviceKey { .. }
        | Payload::DeviceInvited { .. }
        | Payload::DeviceAdmitted { .. }
        | Payload::DeviceRevoked { .. } => {}
        Payload::SignInSet { on } => {
            conn.execute(
                "UPDATE settings SET sign_in = ?1, entry = ?2 WHERE id = 1",
                params![on, entry],
            )?;
        }
        Payload::MemberKeySet {
            handle,
            public_key,
            sealed,
        } => {
            rules::member_key_fits(conn, handle)?;
            conn.execute(
                "INSERT INTO member_keys (handle, public_key, sealed, entry) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (handle) DO UPDATE SET public_key = excluded.public_key, sealed = excluded.sealed, entry = excluded.entry",
                params![handle, public_key, serde_json::to_string(sealed)?, entry],
            )?;
        }
        Payload::TokenDefined(t) => {
            if super::tokens::token_is_new(conn, t, merged)? {
                conn.execute(
                    "INSERT INTO tokens (code, name, scale, per_value_e4, entry) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![t.code, t.name, t.scale, t.per_value_e4, entry],
                )?;
            }
        }
        Payload::EpochOpened(e) => {
            super::epochs::epoch_is_new(conn, e)?;
            conn.execute(
                "INSERT INTO epochs (id, project, from_day, to_day, give, closed, entry) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)",
                params![e.id, e.project, day_number(e.from), day_number(e.to), e.give, entry],
            )?;
        }
        Payload::GiveSet(g) => {
            super::epochs::give_fits(conn, g)?;
            conn.execute(
                "INSERT INTO gives (epoch, from_member, to_member, amount, note, entry) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (epoch, from_member, to_member) DO UPDATE SET amount = excluded.amount, note = excluded.note, entry = excluded.entry",
                params![g.epoch, g.from, g.to, g.amount, g.note, entry],
            )?;
        }
        Payload::EpochClosed { epoch } => {
            super::epochs::close_fits(conn, epoch)?;
            conn.execute("UPDATE epochs SET closed = 1 WHERE id = ?1", [epoch])?;
        }
        Payload::TokenSent(t) => {
            super::tokens::send_fits(conn, t)?;
            conn.execute(
                "INSERT INTO token_transfers (id, token, from_member, to_member, amount_minor, day, note, entry)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![t.id, t.token, t.from, t.to, t.amount_minor, day_number(t.date), t.note, entry],
            )
            .map_err(|e| rules::id_is_new(e, Thing::Token, &t.id))?;
        }
        Payload::PayoutVoided { payout } => {
            if let Some(voided) = rules::payout_voidable(conn, payout, mode)? {
                conn.execute(
                    "UPDATE payouts SET void_entry = ?2 WHERE id = ?1",
                    params![payout, entry],
                )?;
                add_to_total(
                    conn,
                    &voided.account,
                    Total::Paid,
                    -i128::from(voided.amount_minor),
                )?;
            }
        }
        Payload::RevenueCorrected(c) => {
            if let Some(revision) = rules::revenue_correction_fits(conn, c, mode)? {
                conn.execute(
                    "INSERT INTO revenue_corrections (entry, revenue, revision, day, amount_minor, note, void)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        entry,
                        c.revenue,
                        revision,
                        c.date.map(day_number),
                        c.amount_minor,
                        c.note,
                        c.void
                    ],
                )?;
                conn.execute(
                    "UPDATE revenues SET
                        day = coalesce(?2, day),
                        amount_minor = coalesce(?3, amount_minor),
                        note = coalesce(?4, note),
                        void_entry = CASE WHEN ?5 THEN ?6 ELSE void_entry END,
                        revision = ?7, last_entry = ?6
                     WHERE id = ?1",
                    params![
                        c.revenue,
                        c.date.map(day_number),
                        c.amount_minor,
                        c.note,
                        c.void,
                        entry,
                        revision
                    ],
                )?;
            }
        }
        Payload::Valued(v) => {
            super::peers::valuation_fits(conn, v)?;
            conn.execute(
                "INSERT INTO valuations (contribution, by_member, amount_minor, entry) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (contribution, by_member) DO UPDATE SET amount_minor = excluded.amount_minor, entry = excluded.entry",
                params![v.contribution, v.by, v.amount_minor, entry],
            )?;
        }
        Payload::Renamed { what, code, name } => {
            let (table, column) = rules::rename_fits(conn, *what, code)?;
            // The name only: handles and codes never change, and the row
            // keeps the entry that created it.
            conn.execute(
                &format!("UPDATE {table} SET name = ?2 WHERE {column} = ?1"),
                params![code, name],
            )?;
            conn.execute(
                "INSERT INTO renames (entry, what, code, name) VALUES (?1, ?2, ?3, ?4)",
                params![entry, what.as_str(), code, name],
            )?;
        }
        Payload::RoleSet { handle, role } => {
            rules::role_change_fits(conn, handle, *role)?;
            conn.execute(
                "INSERT INTO roles (handle, role, entry) VALUES (?1, ?2, ?3)
                 ON CONFLICT (handle) DO UPDATE SET role = excluded.role, entry = excluded.entry",
                params![handle, role.as_str(), entry],
            )?;
        }
    }
    Ok(())
}

/// Which running total of an account.
#[derive(Clone, Copy)]
enum Total {
    Earned,
    Paid,
}

/// Adds `delta` to an account's running total; the rule that every total
/// (and so every balance) stays within what the books hold is
/// `rules::total_fits`.
fn add_to_total(
    conn: &Connection,
    account: &str,
    total: Total,
    delta: i128,
) -> Result<(), StoreError> {
    let (earned, paid): (i64, i64) = conn
        .prepare_cached("SELECT earned_minor, paid_minor FROM account_totals WHERE account = ?1")?
        .query_row([account], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let (earned, paid) = match total {
        Total::Earned => (
            rules::total_fits(account, i128::from(earned) + delta, paid)?,
            paid,
        ),
        Total::Paid => (
            earned,
            rules::total_fits(account, i128::from(paid) + delta, earned)?,
        ),
    };
    conn.prepare_cached(
        "UPDATE account_totals SET earned_minor = ?2, paid_minor = ?3 WHERE account = ?1",
    )?
    .execute(params![account, earned, paid])?;
    Ok(())
}

/// Whether a record id exists, and its original digest.
pub(crate) fn existing_digest(
    conn: &Connection,
    table: &str,
    id: &str,
) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT digest FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

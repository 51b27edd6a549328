//! Peer valuation and reputation (SPEC §15, issue 14 items 2 and 3): a
//! kind valued by peers has no rate; each contribution is worth the
//! reputation-weighted lower median of the other members' valuations.

mod common;

use common::Coop;

/// ana, ben, cai and dan; a fund; project p; `work` at 20 an hour and
/// `design` valued by peers; everything by lifetime.
fn coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [
        ("ana", "Ana"),
        ("ben", "Ben"),
        ("cai", "Cai"),
        ("dan", "Dan"),
    ] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["member", "add", "commons", "Commons", "--fund"]);
    coop.ok(&["project", "add", "p", "P"]);
    coop.ok(&[
        "kind",
        "add",
        "work",
        "Work",
        "--measure",
        "hours",
        "--rate",
        "20",
    ]);
    let out = coop.ok(&[
        "kind",
        "add",
        "design",
        "Design",
        "--measure",
        "hours",
        "--valued-by",
        "peers",
    ]);
    assert!(out.contains("valued by peers"), "{out}");
    let eq = coop.file(
        "eq.toml",
        b"name = \"All\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop.ok(&["equation", "set", "--default", eq.to_str().unwrap()]);
    coop
}

/// The worked example: reputations 11 (ben), 41 (cai), 11 (dan) on
/// 2026-04-01, and ana's design work P1 of that day valued 50, 120, 80.
fn worked_example() -> Coop {
    let coop = coop();
    // ben: 0.5 h × 20 = 10 → reputation 1 + 10 = 11.
    coop.ok(&[
        "log",
        "ben",
        "p",
        "work",
        "0.5",
        "--date",
        "2026-03-01",
        "--id",
        "W1",
    ]);
    // dan: 0.5 h × 20 = 10 → 11.
    coop.ok(&[
        "log",
        "dan",
        "p",
        "work",
        "0.5",
        "--date",
        "2026-03-01",
        "--id",
        "W2",
    ]);
    // cai: 2 h × 20 = 40 → 41.
    coop.ok(&[
        "log",
        "cai",
        "p",
        "work",
        "2",
        "--date",
        "2026-03-01",
        "--id",
        "W3",
    ]);
    // ben's later work (100) does not count on 2026-04-01.
    coop.ok(&[
        "log",
        "ben",
        "p",
        "work",
        "5",
        "--date",
        "2026-05-01",
        "--id",
        "W4",
    ]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "1",
        "--date",
        "2026-04-01",
        "--id",
        "P1",
    ]);
    coop.ok(&["value", "P1", "--by", "ben", "50"]);
    coop.ok(&["value", "P1", "--by", "dan", "80"]);
    coop.ok(&["value", "P1", "--by", "cai", "120"]);
    coop
}

fn list_value(coop: &Coop, id: &str) -> String {
    let out = coop.ok(&["list", "--all"]);
    let header: Vec<&str> = out.lines().next().unwrap().split_whitespace().collect();
    let column = header
        .iter()
        .position(|h| *h == "value")
        .expect("value column");
    let row = out
        .lines()
        .find(|l| l.starts_with(&format!("{id} ")))
        .unwrap_or_else(|| panic!("{id} not listed:\n{out}"));
    row.split_whitespace()
        .nth(column)
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_weighted_lower_median_follows_reputation_not_heads() {
    let coop = worked_example();
    // Weighers of ana's P1 (everyone but ana): ben 11, cai 41, dan 11;
    // Σ r = 63. From the lowest valuation up:
    //   50 (ben 11):  2 × 11 = 22 < 63
    //   80 (dan 11):  2 × 22 = 44 < 63
    //  120 (cai 41):  2 × 63 = 126 ≥ 63  → the value is 120.00
    // (The unweighted median of the three would be 80.)
    assert_eq!(list_value(&coop, "P1"), "120.00");
    // Ordinary contributions show no peer value.
    assert_eq!(list_value(&coop, "W1"), "counts");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_contribution_valued_by_at_most_half_of_the_reputation_is_worth_nothing() {
    let coop = coop();
    // Reputations: ben 1 + 10 = 11, cai 1, dan 1 (ben 0.5 h at 20).
    coop.ok(&["log", "ben", "p", "work", "0.5", "--date", "2026-03-01"]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "1",
        "--date",
        "2026-04-01",
        "--id",
        "P1",
    ]);
    // Only cai values it: Σ r = 13; at 0 (ben 11, dan 1): 2 × 12 ≥ 13.
    let out = coop.ok(&["value", "P1", "--by", "cai", "500"]);
    assert!(out.contains("worth 0.00"), "{out}");
    assert_eq!(list_value(&coop, "P1"), "0.00");
    // ben alone holds 11 of 13, more than half: at 0 only dan (1):
    // 2 × 1 < 13; at 40 (ben 11): 2 × 12 = 24 ≥ 13 → 40.00.
    let out = coop.ok(&["value", "P1", "--by", "ben", "40"]);
    assert!(out.contains("worth 40.00"), "{out}");
}

#[test]
fn exactly_half_of_the_reputation_is_still_worth_nothing() {
    let coop = coop();
    // Nobody worked: ben, cai and dan all have reputation 1 (Σ 3); ana
    // is the contributor. Add a fourth weigher, eve, so Σ r = 4.
    coop.ok(&["member", "add", "eve", "Eve"]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "2",
        "--date",
        "2026-04-01",
        "--id",
        "P1",
    ]);
    coop.ok(&["value", "P1", "--by", "ben", "100"]);
    coop.ok(&["value", "P1", "--by", "cai", "100"]);
    // At 0 (dan 1, eve 1): 2 × 2 = 4 ≥ 4 → 0.00.
    assert_eq!(list_value(&coop, "P1"), "0.00");
    coop.ok(&["value", "P1", "--by", "dan", "70"]);
    // At 0 (eve 1): 2 < 4; at 70 (dan): 2 × 2 = 4 ≥ 4 → 70.00.
    assert_eq!(list_value(&coop, "P1"), "70.00");
}

#[test]
fn a_later_valuation_by_the_same_member_replaces_the_earlier() {
    let coop = worked_example();
    // cai (41 of 63) lowers their valuation to 60: from the lowest up,
    // 50 (ben 11): 22 < 63; 60 (cai 41): 2 × 52 = 104 ≥ 63 → 60.00.
    coop.ok(&["value", "P1", "--by", "cai", "60"]);
    assert_eq!(list_value(&coop, "P1"), "60.00");
}

#[test]
fn the_contributor_a_fund_and_rated_kinds_cannot_be_valued() {
    let coop = worked_example();
    let err = coop.fails(&["value", "P1", "--by", "ana", "10"]);
    assert!(
        err.contains("ana cannot value contribution P1: it is their own"),
        "{err}"
    );
    let err = coop.fails(&["value", "W1", "--by", "ana", "10"]);
    assert!(
        err.contains("kind 'work', which is valued by its rate"),
        "{err}"
    );
    let err = coop.fails(&["value", "P1", "--by", "commons", "10"]);
    assert!(err.contains("'commons' is a fund"), "{err}");
    let err = coop.fails(&["value", "NOPE", "--by", "ben", "10"]);
    assert!(err.contains("unknown contribution 'NOPE'"), "{err}");
    let err = coop.fails(&["value", "P1", "--by", "zed", "10"]);
    assert!(err.contains("unknown member 'zed'"), "{err}");
    let err = coop.fails(&["value", "P1", "--by", "ben", "1.234"]);
    assert!(err.contains("amount"), "{err}");
    let err = coop.fails(&["value", "P1", "--by", "ben", "10000000000000"]);
    assert!(err.contains("amount"), "{err}");
    // A void contribution is valued no more.
    coop.ok(&["correct", "P1", "--void"]);
    let err = coop.fails(&["value", "P1", "--by", "ben", "10"]);
    assert!(err.contains("contribution P1 is void"), "{err}");
    // A peer-valued kind has no rate and is nothing else.
    let err = coop.fails(&[
        "kind",
        "add",
        "x",
        "X",
        "--measure",
        "hours",
        "--valued-by",
        "peers",
        "--rate",
        "3",
    ]);
    assert!(err.contains("a kind valued by peers has no rate"), "{err}");
    let err = coop.fails(&[
        "kind",
        "add",
        "x",
        "X",
        "--measure",
        "hours",
        "--valued-by",
        "peers",
        "--gift",
    ]);
    assert!(
        err.contains("at most one of gift, reimbursable, deferred or valued by peers"),
        "{err}"
    );
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn reputation_counts_rated_work_dated_up_to_the_day() {
    let coop = worked_example();
    // On 2026-04-01: ana's only work is peer-valued (not counted) → 1.
    assert_eq!(
        coop.ok(&["reputation", "--date", "2026-04-01"]),
        "ana 1\nben 11\ncai 41\ndan 11\n"
    );
    // From 2026-05-01 ben's 5 h × 20 = 100 more: 1 + ⌊10 + 100⌋ = 111.
    assert_eq!(
        coop.ok(&["reputation", "--date", "2026-05-01"]),
        "ana 1\nben 111\ncai 41\ndan 11\n"
    );
    // Before any work everyone has 1.
    assert_eq!(
        coop.ok(&["reputation", "--date", "2026-01-01"]),
        "ana 1\nben 1\ncai 1\ndan 1\n"
    );
}

#[test]
fn the_peer_value_flows_into_a_lifetime_split_and_its_explanation() {
    let coop = worked_example();
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "1000",
        "--date",
        "2026-04-15",
        "--id",
        "R1",
    ]);
    let out = coop.ok(&["distribute", "R1", "--dry-run", "--explain", "ana"]);
    // Lifetime values on 2026-04-15: ana 120 (P1), ben 10, cai 40, dan 10
    // (W4 is later); Σ 180: ana 1000 × 120/180 = 666.67.
    let ana = out.lines().find(|l| l.contains(" ana ")).expect("ana line");
    assert!(ana.contains("666.67") && ana.contains("120"), "{out}");
    assert!(
        out.contains("P1 valued by peers: ben 50.00 (reputation 11), dan 80.00 (reputation 11), cai 120.00 (reputation 41); total reputation 63; 2 × 63 ≥ 63 first at 120.00"),
        "{out}"
    );
    let p1 = out
        .lines()
        .find(|l| l.contains("P1 ") && l.contains("design"))
        .expect("P1 row");
    assert!(p1.contains("by peers"), "{out}");
}

#[test]
fn a_bad_leavers_peer_valued_work_is_not_eligible() {
    let coop = worked_example();
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "1000",
        "--date",
        "2026-04-15",
        "--id",
        "R1",
    ]);
    coop.ok(&[
        "member",
        "leave",
        "ana",
        "--date",
        "2026-04-10",
        "--reason",
        "bad",
    ]);
    let out = coop.ok(&["distribute", "R1", "--dry-run"]);
    assert!(!out.lines().any(|l| l.contains(" ana ")), "{out}");
}

#[test]
fn kinds_csv_has_a_valued_by_column() {
    let coop = coop();
    let file = coop.file(
        "kinds.csv",
        b"code,name,measure,rate,valued_by\nreview,Review,hours,,peers\ntalk,Talk,hours,15,\n",
    );
    coop.ok(&["import", "kinds", file.to_str().unwrap()]);
    let kinds = coop.ok(&["kind", "list"]);
    let review = kinds
        .lines()
        .find(|l| l.starts_with("review"))
        .expect("review");
    assert!(review.contains("valued by peers"), "{kinds}");
    let talk = kinds.lines().find(|l| l.starts_with("talk")).expect("talk");
    assert!(!talk.contains("peers"), "{kinds}");
    let bad = coop.file(
        "bad.csv",
        b"code,name,measure,rate,valued_by\nr2,R2,hours,10,peers\nr3,R3,hours,,everyone\n",
    );
    let err = coop.fails(&["import", "kinds", bad.to_str().unwrap()]);
    assert!(
        err.contains("bad.csv:2:") && err.contains("has no rate"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:3:") && err.contains("'everyone' is not who values a kind"),
        "{err}"
    );
}

#[test]
fn valuations_from_two_laptops_merge_to_the_same_books_both_ways() {
    let a = worked_example();
    let invitation = a.dir.path().join("b.ovinvite");
    a.ok(&[
        "device",
        "invite",
        "--out",
        invitation.to_str().unwrap(),
        "--label",
        "b",
    ]);
    let b = Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: a.dir.path().join("b.openvalue"),
    };
    b.ok(&["clone", invitation.to_str().unwrap()]);
    let send = |from: &Coop, to: &Coop, name: &str| {
        let file = a.dir.path().join(name);
        from.ok(&["bundle", "export", "--out", file.to_str().unwrap()]);
        to.ok(&["bundle", "import", file.to_str().unwrap()]);
    };
    send(&a, &b, "1.ovbundle");
    send(&b, &a, "2.ovbundle");
    // Offline, each laptop changes valuations of P1: cai twice on a, cai
    // and dan on b.
    a.ok(&["value", "P1", "--by", "cai", "60"]);
    a.ok(&["value", "P1", "--by", "cai", "90"]);
    b.ok(&["value", "P1", "--by", "cai", "30"]);
    b.ok(&["value", "P1", "--by", "dan", "200"]);
    // Merged both ways, in opposite orders.
    send(&a, &b, "3.ovbundle");
    send(&b, &a, "4.ovbundle");
    let (va, vb) = (list_value(&a, "P1"), list_value(&b, "P1"));
    assert_eq!(va, vb);
    for l in [&a, &b] {
        assert!(l.ok(&["conflicts"]).contains("no conflicts"));
        assert!(l.ok(&["verify"]).starts_with("OK"));
    }
    let export = |c: &Coop, name: &str| {
        let file = a.dir.path().join(name);
        c.ok(&["export", "journal", "--out", file.to_str().unwrap()]);
        std::fs::read_to_string(file).unwrap()
    };
    assert_eq!(export(&a, "ja.csv"), export(&b, "jb.csv"));
    assert_eq!(
        a.ok(&["reputation", "--date", "2026-04-01"]),
        b.ok(&["reputation", "--date", "2026-04-01"])
    );
}

#[test]
fn with_sign_in_on_a_member_values_only_in_their_own_name() {
    let coop = worked_example();
    let run = |member: &str, args: &[&str]| {
        common::openvalue()
            .arg("--ledger")
            .arg(&coop.ledger)
            .arg("--as")
            .arg(member)
            .env(
                "OPENVALUE_PASSPHRASE",
                format!("{member}'s long passphrase"),
            )
            .args(args)
            .output()
            .expect("run openvalue")
    };
    for member in ["ana", "ben", "cai"] {
        let out = common::openvalue()
            .arg("--ledger")
            .arg(&coop.ledger)
            .args(["member", "passphrase", member])
            .env(
                "OPENVALUE_NEW_PASSPHRASE",
                format!("{member}'s long passphrase"),
            )
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(run("ana", &["settings", "--sign-in", "on"])
        .status
        .success());
    // ben (a plain member) values ana's work in his own name.
    let out = run("ben", &["value", "P1", "--by", "ben", "130"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Not in cai's name.
    let out = run("ben", &["value", "P1", "--by", "cai", "1"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("ben is signed in and cannot value work in cai's name"),
        "{err}"
    );
    // Nor ana her own work, signed in or not.
    let out = run("ana", &["value", "P1", "--by", "ana", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("it is their own"));
    // ben moved from 50 to 130: 80 (dan 11): 2 × 11 = 22 < 63;
    // 120 (cai 41): 2 × 52 = 104 ≥ 63 → still 120.00.
    assert_eq!(list_value(&coop, "P1"), "120.00");
}

/// Regression (found by the reference model): `value … 0` was refused
/// ("must be greater than zero") though the journal's bounds allow 0, so a
/// member who had valued a contribution could never take it back.
#[test]
fn a_member_takes_back_a_valuation_by_valuing_at_zero() {
    let coop = worked_example();
    assert_eq!(list_value(&coop, "P1"), "120.00");
    // cai (41 of 63) withdraws: 0 (cai 41): 2 × 41 = 82 ≥ 63 → 0.00.
    let out = coop.ok(&["value", "P1", "--by", "cai", "0"]);
    assert!(out.contains("worth 0.00"), "{out}");
    assert_eq!(list_value(&coop, "P1"), "0.00");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

/// A `peer` bucket splits only what was received: a giver who gives
/// nothing burns their budget — it goes neither back to them nor to
/// anyone else.
#[test]
fn a_giver_who_gives_nothing_burns_their_budget() {
    let coop = coop();
    coop.ok(&[
        "epoch",
        "open",
        "p",
        "--from",
        "2026-06-01",
        "--to",
        "2026-06-30",
        "--give",
        "100",
        "--id",
        "E1",
    ]);
    // ana gives nothing; ben 30 to cai; cai 10 to ben and 50 to dan; dan
    // gives 20 to cai and withdraws it.
    coop.ok(&["give", "E1", "--from", "ben", "--to", "cai", "30"]);
    coop.ok(&["give", "E1", "--from", "cai", "--to", "ben", "10"]);
    coop.ok(&["give", "E1", "--from", "cai", "--to", "dan", "50"]);
    coop.ok(&["give", "E1", "--from", "dan", "--to", "cai", "20"]);
    coop.ok(&["give", "E1", "--from", "dan", "--to", "cai", "0"]);
    coop.ok(&["epoch", "close", "E1"]);
    let eq = coop.file(
        "peer.toml",
        b"name = \"GIVE\"\n[[bucket]]\nname = \"peers\"\nshare = \"100%\"\npolicy = \"peer\"\n",
    );
    coop.ok(&["equation", "set", "p", eq.to_str().unwrap()]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "900",
        "--date",
        "2026-07-01",
        "--id",
        "R1",
    ]);
    // Received: ben 10, cai 30, dan 50 (Σ 90 of the 400 budgeted): 900
    // splits 100, 300, 500; ana, who received nothing, gets nothing.
    let plan = coop.ok(&["distribute", "R1", "--dry-run"]);
    let line = |who: &str| {
        plan.lines()
            .find(|l| l.split_whitespace().any(|w| w == who))
            .map(|l| l.to_string())
    };
    assert!(line("ben").is_some_and(|l| l.contains("100.00")), "{plan}");
    assert!(line("cai").is_some_and(|l| l.contains("300.00")), "{plan}");
    assert!(line("dan").is_some_and(|l| l.contains("500.00")), "{plan}");
    assert!(line("ana").is_none(), "{plan}");
}

/// A member's valuation keeps weighing the contributions dated while they
/// were a member after they leave; contributions dated after they left
/// are weighed without them, whatever they say.
#[test]
fn a_leavers_valuation_weighs_only_what_was_dated_while_they_were_a_member() {
    let coop = worked_example();
    coop.ok(&["member", "leave", "cai", "--date", "2026-04-10"]);
    // P1 (2026-04-01): cai (41 of 63) still weighs → 120.00, not the 50.00
    // of ben (11) and dan (11) alone.
    assert_eq!(list_value(&coop, "P1"), "120.00");
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "1",
        "--date",
        "2026-04-20",
        "--id",
        "P2",
    ]);
    coop.ok(&["value", "P2", "--by", "cai", "500"]);
    coop.ok(&["value", "P2", "--by", "ben", "40"]);
    // P2: weighers ben 11 and dan 11 (no valuation, 0): 2 × 11 ≥ 22 at 0.
    // (Had cai weighed, Σ 63: 0 → 22, 40 → 44, 500 → 126 ≥ 63: 500.00.)
    assert_eq!(list_value(&coop, "P2"), "0.00");
}

/// Weighers valuing the same amount count at once: the working says so.
#[test]
fn tied_valuations_count_together_in_the_median() {
    let coop = coop();
    coop.ok(&["member", "add", "eve", "Eve"]);
    // Reputations on 2026-04-01: ben and cai 11 (0.5 h × 20), dan and eve
    // 1; Σ 24.
    for who in ["ben", "cai"] {
        coop.ok(&["log", who, "p", "work", "0.5", "--date", "2026-03-01"]);
    }
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "1",
        "--date",
        "2026-04-01",
        "--id",
        "P1",
    ]);
    // ben alone at 30: at 0, cai, dan and eve, 13: 2 × 13 ≥ 24 → 0.00.
    coop.ok(&["value", "P1", "--by", "ben", "30"]);
    assert_eq!(list_value(&coop, "P1"), "0.00");
    // cai too: at 0 only dan and eve, 2: 4 < 24; at 30 ben and cai at
    // once, 2 + 22 = 24: 2 × 24 ≥ 24 → 30.00. (Counting them one by one
    // would stop at 2 × 13 and say so in the working.)
    coop.ok(&["value", "P1", "--by", "cai", "30"]);
    assert_eq!(list_value(&coop, "P1"), "30.00");
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "10",
        "--date",
        "2026-04-15",
        "--id",
        "R1",
    ]);
    let out = coop.ok(&["distribute", "R1", "--dry-run", "--explain", "ana"]);
    assert!(
        out.contains("total reputation 24; 2 × 24 ≥ 24 first at 30.00"),
        "{out}"
    );
}

/// A contribution nobody valued is worth 0: listed at 0.00 and earning no
/// share, though it counts.
#[test]
fn a_contribution_nobody_valued_is_worth_nothing() {
    let coop = coop();
    coop.ok(&[
        "log",
        "ana",
        "p",
        "design",
        "3",
        "--date",
        "2026-04-01",
        "--id",
        "P1",
    ]);
    coop.ok(&[
        "log",
        "ben",
        "p",
        "work",
        "1",
        "--date",
        "2026-04-01",
        "--id",
        "W1",
    ]);
    assert_eq!(list_value(&coop, "P1"), "0.00");
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "50",
        "--date",
        "2026-04-15",
        "--id",
        "R1",
    ]);
    let plan = coop.ok(&["distribute", "R1", "--dry-run"]);
    assert!(
        !plan
            .lines()
            .any(|l| l.split_whitespace().any(|w| w == "ana") && l.contains("50.00")),
        "{plan}"
    );
    assert!(
        plan.lines()
            .any(|l| l.split_whitespace().any(|w| w == "ben") && l.contains("50.00")),
        "{plan}"
    );
}

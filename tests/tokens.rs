//! Community tokens (SPEC §15, issue 14 part): minting follows counting,
//! sends never overdraw, funds hold none, tokens never mix with money.

mod common;

use common::Coop;

fn coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
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
    coop.ok(&[
        "kind",
        "add",
        "words",
        "Words",
        "--measure",
        "quantity",
        "--unit",
        "words",
        "--rate",
        "0.07",
    ]);
    coop.ok(&[
        "token",
        "define",
        "eco",
        "--name",
        "Ecos",
        "--scale",
        "2",
        "--per-value",
        "0.333",
    ]);
    coop
}

fn balance(coop: &Coop, member: &str) -> String {
    let out = coop.ok(&["token", "balances", "eco"]);
    out.lines()
        .find(|l| l.starts_with(&format!("{member} ")))
        .and_then(|l| l.split(' ').nth(2))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn minting_follows_counting_exactly_per_contribution() {
    let coop = coop();
    coop.ok(&["log", "ana", "p", "work", "1.5", "--id", "C1"]); // value 30 → 9.99
    coop.ok(&["log", "ana", "p", "words", "1001", "--id", "C2"]); // value 70.07 → 23.33331 → 23.33
    assert_eq!(balance(&coop, "ana"), "33.32");
    // Pending contributions mint nothing once approvals are required.
    coop.ok(&["settings", "--approvals", "1"]);
    assert_eq!(balance(&coop, "ana"), "0.00");
    coop.ok(&["approve", "C1", "--by", "ben"]);
    assert_eq!(balance(&coop, "ana"), "9.99");
    coop.ok(&["settings", "--approvals", "0"]);
    // A void undoes what it minted, even below zero after a send.
    // Said in words, never by the transfer's internal UUID (issue 16 item 7).
    let said = coop.ok(&["token", "send", "ana", "ben", "30"]);
    assert!(
        said.contains("ana sent 30 ") && said.contains(" to ben"),
        "{said}"
    );
    assert!(!said.contains('-'), "no UUID: {said}");
    coop.ok(&["correct", "C2", "--void"]);
    assert_eq!(balance(&coop, "ana"), "-20.01");
    assert_eq!(balance(&coop, "ben"), "30.00");
    // Money is untouched.
    assert!(!coop.ok(&["balances"]).contains("eco"));
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn sends_are_refused_when_they_would_overdraw_or_make_no_sense() {
    let coop = coop();
    coop.ok(&["log", "ana", "p", "work", "1", "--id", "C1"]); // 20 → 6.66
    let err = coop.fails(&["token", "send", "ana", "ben", "6.67"]);
    assert!(
        err.contains("ana has 6.66 eco, not enough to send 6.67"),
        "{err}"
    );
    let err = coop.fails(&["token", "send", "ana", "ana", "1"]);
    assert!(err.contains("cannot send tokens to themselves"), "{err}");
    let err = coop.fails(&["token", "send", "ana", "commons", "1"]);
    assert!(err.contains("only members hold tokens"), "{err}");
    let err = coop.fails(&["token", "send", "ana", "ben", "1.001"]);
    assert!(err.contains("amount"), "{err}");
    let first = coop.ok(&[
        "token",
        "send",
        "ana",
        "ben",
        "6.66",
        "--note",
        "bike repair",
    ]);
    assert_eq!(first.lines().count(), 1, "the id alone: {first}");
    coop.ok(&[
        "token",
        "define",
        "hour",
        "--name",
        "Time",
        "--scale",
        "0",
        "--per-value",
        "1",
    ]);
    let err = coop.fails(&["token", "send", "ben", "cai", "1"]);
    assert!(err.contains("more than one token"), "{err}");
    coop.ok(&["token", "send", "ben", "cai", "1", "--token", "eco"]);
    let err = coop.fails(&[
        "token",
        "define",
        "eco",
        "--name",
        "Again",
        "--per-value",
        "1",
    ]);
    assert!(err.contains("token 'eco' already exists"), "{err}");
    let file = coop.dir.path().join("tokens.csv");
    coop.ok(&["export", "tokens", "--out", file.to_str().expect("path")]);
    let csv = std::fs::read_to_string(&file).expect("csv");
    assert_eq!(
        csv.lines().next(),
        Some("date,kind,id,token,from,to,amount,note")
    );
    assert!(csv.contains(",mint,C1,eco,,ana,6.66,"), "{csv}");
    assert!(
        csv.contains(",transfer,") && csv.contains("bike repair"),
        "{csv}"
    );
    assert!(csv.contains(",mint,C1,hour,,ana,20,"), "{csv}");
}

#[test]
fn give_epochs_feed_a_peer_bucket_once_closed() {
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
    coop.ok(&["give", "E1", "--from", "ana", "--to", "ben", "60"]);
    // A later give between the same two replaces the earlier one.
    coop.ok(&["give", "E1", "--from", "ana", "--to", "ben", "30"]);
    coop.ok(&["give", "E1", "--from", "ana", "--to", "cai", "70"]);
    let err = coop.fails(&["give", "E1", "--from", "ana", "--to", "cai", "71"]);
    assert!(err.contains("at most 100 GIVE"), "{err}");
    let err = coop.fails(&["give", "E1", "--from", "ben", "--to", "ben", "1"]);
    assert!(err.contains("to themselves"), "{err}");
    let err = coop.fails(&["give", "E1", "--from", "ben", "--to", "commons", "1"]);
    assert!(err.contains("is a fund"), "{err}");
    coop.ok(&["give", "E1", "--from", "ben", "--to", "cai", "90"]);
    coop.ok(&["give", "E1", "--from", "ben", "--to", "cai", "0"]); // withdrawn
    let shown = coop.ok(&["epoch", "show", "E1"]);
    assert!(
        shown.contains("received: ben 30") && shown.contains("received: cai 70"),
        "{shown}"
    );
    let eq = coop.dir.path().join("peer.toml");
    std::fs::write(
        &eq,
        "name = \"p\"\n[[bucket]]\nname = \"peers\"\nshare = \"100%\"\npolicy = \"peer\"\n",
    )
    .expect("eq");
    coop.ok(&["equation", "set", "p", eq.to_str().expect("path")]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "100",
        "--id",
        "R1",
        "--date",
        "2026-07-01",
    ]);
    let err = coop.fails(&["distribute", "R1", "--dry-run"]);
    assert!(
        err.contains("epoch E1 of project 'p' ended but is still open"),
        "{err}"
    );
    let err = coop.fails(&["epoch", "close", "E9"]);
    assert!(err.contains("no epoch 'E9'"), "{err}");
    coop.ok(&["epoch", "close", "E1"]);
    let err = coop.fails(&["give", "E1", "--from", "cai", "--to", "ana", "5"]);
    assert!(err.contains("epoch E1 is closed"), "{err}");
    let plan = coop.ok(&["distribute", "R1"]);
    assert!(
        plan.contains("ben        30.00") && plan.contains("cai        70.00"),
        "{plan}"
    );
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn an_epoch_is_closed_only_after_its_last_day() {
    let coop = coop();
    coop.ok(&[
        "epoch",
        "open",
        "p",
        "--from",
        "2026-01-01",
        "--to",
        "2999-12-31",
        "--give",
        "10",
        "--id",
        "Long",
    ]);
    let err = coop.fails(&["epoch", "close", "Long"]);
    assert!(err.contains("runs until 2999-12-31"), "{err}");
}

fn open_epoch(coop: &Coop, id: &str, to: &str) {
    coop.ok(&[
        "epoch",
        "open",
        "p",
        "--from",
        "2026-05-01",
        "--to",
        to,
        "--give",
        "100",
        "--id",
        id,
    ]);
}

#[test]
fn a_give_carries_a_word_of_thanks_that_a_later_give_replaces() {
    let coop = coop();
    open_epoch(&coop, "E1", "2026-05-31");
    coop.ok(&[
        "give",
        "E1",
        "--from",
        "ana",
        "--to",
        "ben",
        "40",
        "--note",
        "for the night shifts",
    ]);
    let shown = coop.ok(&["epoch", "show", "E1"]);
    assert!(
        shown.contains("ana gave ben 40 (for the night shifts)"),
        "{shown}"
    );
    coop.ok(&["give", "E1", "--from", "ana", "--to", "ben", "50"]);
    let shown = coop.ok(&["epoch", "show", "E1"]);
    assert!(shown.contains("ana gave ben 50\n"), "{shown}");
    let long = "x".repeat(70_000);
    let err = coop.fails(&[
        "give", "E1", "--from", "ana", "--to", "cai", "1", "--note", &long,
    ]);
    assert!(err.contains("note"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

/// Moving GIVE from one member to another at the budget's edge: the
/// lowered give goes first, and a batch that cannot hold writes nothing.
#[test]
fn a_members_gives_are_set_all_at_once_or_not_at_all() {
    let coop = coop();
    open_epoch(&coop, "E1", "2026-05-31");
    coop.ok(&["give", "E1", "--from", "ana", "--to", "ben", "70"]);
    coop.ok(&["give", "E1", "--from", "ana", "--to", "cai", "30"]);
    let mut ledger = coop.open();
    // ben 70 → 20 and cai 30 → 80: total 100 throughout if ben goes first.
    ledger
        .give_all(
            "E1",
            "ana",
            &[
                ("cai".into(), 80, "thanks".into()),
                ("ben".into(), 20, String::new()),
            ],
        )
        .expect("within the budget");
    let view = ledger.epoch("E1").expect("read").expect("epoch");
    assert_eq!(view.received.get("ben"), Some(&20));
    assert_eq!(view.received.get("cai"), Some(&80));
    // A batch over the budget: nothing of it is written.
    let err = ledger
        .give_all(
            "E1",
            "ana",
            &[
                ("ben".into(), 10, String::new()),
                ("cai".into(), 95, String::new()),
            ],
        )
        .expect_err("105 > 100");
    assert!(err.to_string().contains("at most 100 GIVE"), "{err}");
    let view = ledger.epoch("E1").expect("read").expect("epoch");
    assert_eq!(view.received.get("ben"), Some(&20), "unchanged");
    assert_eq!(view.received.get("cai"), Some(&80), "unchanged");
    let listed = ledger.epochs(Some("p")).expect("epochs");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0]
            .gives
            .iter()
            .find(|g| g.to == "cai")
            .map(|g| g.note.as_str()),
        Some("thanks")
    );
}

/// Issue 14, charts: GIVE received per epoch and token balances over time
/// carry the same figures as `epoch show` and `token balances`.
#[test]
fn give_and_token_charts_show_the_books_figures() {
    let coop = coop();
    open_epoch(&coop, "E-may", "2026-05-31");
    coop.ok(&["give", "E-may", "--from", "ana", "--to", "ben", "60"]);
    coop.ok(&["give", "E-may", "--from", "cai", "--to", "ben", "25"]);
    coop.ok(&["give", "E-may", "--from", "ben", "--to", "ana", "100"]);
    let out = coop.dir.path().join("give.svg");
    coop.ok(&["chart", "give", "p", "--out", out.to_str().expect("path")]);
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(
        svg.contains("ben: 85 GIVE") && svg.contains("ana: 100 GIVE"),
        "{svg}"
    );
    assert!(svg.contains("E-may *"), "an open epoch is marked");

    coop.ok(&[
        "log",
        "ana",
        "p",
        "work",
        "3",
        "--date",
        "2026-05-03",
        "--id",
        "C1",
    ]);
    coop.ok(&[
        "token",
        "send",
        "ana",
        "ben",
        "5.00",
        "--date",
        "2026-06-02",
    ]);
    let out = coop.dir.path().join("eco.svg");
    coop.ok(&["chart", "tokens", "--out", out.to_str().expect("path")]);
    let svg = std::fs::read_to_string(&out).expect("svg");
    // 3 h × 20 = 60 value × 0.333 = 19.98 minted; 5.00 sent to ben.
    assert!(
        svg.contains("ana: 14.98 eco") && svg.contains("ben: 5.00 eco"),
        "{svg}"
    );
    let err = coop.fails(&["chart", "give", "nope", "--out", "x.svg"]);
    assert!(err.contains("nope"), "{err}");
}

/// Regression: a contribution of a kind valued by peers minted nothing
/// (its kind's rate is 0); it mints ⌊its lower median × X⌋ like any
/// counted value (SPEC §15), and follows later valuations.
#[test]
fn peer_valued_work_mints_by_its_lower_median() {
    let coop = coop();
    coop.ok(&[
        "kind",
        "add",
        "design",
        "Design",
        "--measure",
        "hours",
        "--valued-by",
        "peers",
    ]);
    coop.ok(&["log", "ana", "p", "design", "2", "--id", "P1"]);
    assert_eq!(balance(&coop, "ana"), "0.00", "nobody has valued it yet");
    // Weighers ben and cai, reputation 1 each: ben alone is half → 0.
    coop.ok(&["value", "P1", "--by", "ben", "30"]);
    assert_eq!(balance(&coop, "ana"), "0.00");
    // Both: 30 (ben) then 50 (cai); 2 × 1 ≥ 2 at 30 → 30 × 0.333 = 9.99.
    coop.ok(&["value", "P1", "--by", "cai", "50"]);
    assert_eq!(balance(&coop, "ana"), "9.99");
    let file = coop.dir.path().join("tokens.csv");
    coop.ok(&["export", "tokens", "--out", file.to_str().expect("path")]);
    let csv = std::fs::read_to_string(&file).expect("csv");
    assert!(csv.contains(",mint,P1,eco,,ana,9.99,"), "{csv}");
    // ben lowers to 0: at 0 (ben 1) 2 × 1 ≥ 2 → worth 0, nothing minted.
    coop.ok(&["value", "P1", "--by", "ben", "0"]);
    assert_eq!(balance(&coop, "ana"), "0.00");
}

/// A send of a whole balance leaves exactly 0.00, and the next cent is
/// refused; minting again (a new contribution) makes it spendable.
#[test]
fn a_send_of_the_whole_balance_leaves_zero_and_nothing_more_goes() {
    let coop = coop();
    coop.ok(&["log", "ana", "p", "work", "1", "--id", "C1"]); // 20 → 6.66
    coop.ok(&["token", "send", "ana", "ben", "6.66"]);
    assert_eq!(balance(&coop, "ana"), "0.00");
    assert_eq!(balance(&coop, "ben"), "6.66");
    let err = coop.fails(&["token", "send", "ana", "ben", "0.01"]);
    assert!(
        err.contains("ana has 0.00 eco, not enough to send 0.01"),
        "{err}"
    );
    assert_eq!(
        balance(&coop, "ana"),
        "0.00",
        "the refused send wrote nothing"
    );
    coop.ok(&["log", "ana", "p", "work", "0.1"]); // 2 → 0.666 → 0.66
    coop.ok(&["token", "send", "ana", "cai", "0.66"]);
    assert_eq!(balance(&coop, "ana"), "0.00");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

/// A void after the tokens were spent: the minted tokens go, the sent ones
/// stay with the receiver, the sender is left below zero and can send no
/// more; the supply is still Σ mints.
#[test]
fn a_void_after_spending_leaves_the_sender_negative_and_the_supply_exact() {
    let coop = coop();
    coop.ok(&["log", "ana", "p", "work", "1", "--id", "C1"]); // 6.66
    coop.ok(&["log", "ben", "p", "work", "2", "--id", "C2"]); // 40 → 13.32
    coop.ok(&["token", "send", "ana", "cai", "6.66"]);
    coop.ok(&["correct", "C1", "--void"]);
    assert_eq!(balance(&coop, "ana"), "-6.66");
    assert_eq!(balance(&coop, "cai"), "6.66");
    assert_eq!(balance(&coop, "ben"), "13.32");
    // Supply: -6.66 + 13.32 + 6.66 = 13.32 = the one counted mint (C2).
    let err = coop.fails(&["token", "send", "ana", "ben", "0.01"]);
    assert!(err.contains("ana has -6.66 eco"), "{err}");
}

//! The cooperative's own rules (SPEC §14, issue 13): caps so far.
//! Each command runs the real binary.

mod common;

use common::Coop;

/// ana 8 hours, ben 1, cai 1 on project p, approved without reviews;
/// revenue R1 of 100.00 and the fund `pot`.
fn coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["member", "add", "pot", "Common pot", "--fund"]);
    coop.ok(&["project", "add", "p", "Project"]);
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
    for (h, q) in [("ana", "8"), ("ben", "1"), ("cai", "1")] {
        coop.ok(&["log", h, "p", "work", q, "--date", "2026-03-01"]);
    }
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "100",
        "--id",
        "R1",
        "--date",
        "2026-04-01",
    ]);
    coop
}

fn set_equation(coop: &Coop, toml: &str) -> String {
    let file = coop.file("eq.toml", toml.as_bytes());
    let out = coop.run(&["equation", "set", "--default", file.to_str().expect("path")]);
    if out.status.success() {
        String::new()
    } else {
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

/// `(recipient, amount)` per line of bucket `bucket` in the preview of R1.
fn lines(coop: &Coop, bucket: &str) -> Vec<(String, String)> {
    lines_of(coop, "R1", bucket)
}

#[test]
fn a_cap_holds_the_largest_contributor_and_the_explanation_says_where_the_excess_went() {
    let coop = coop();
    assert_eq!(
        set_equation(
            &coop,
            "name = \"capped\"\n[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\ncap = \"50%\"\n",
        ),
        ""
    );
    // Without the cap ana takes 80.00; held at 50.00, the 30.00 above it
    // goes to ben and cai by their weights.
    assert_eq!(
        lines(&coop, "work"),
        vec![
            ("ana".to_string(), "50.00".to_string()),
            ("ben".to_string(), "25.00".to_string()),
            ("cai".to_string(), "25.00".to_string()),
        ]
    );
    let text = coop.ok(&["distribute", "R1", "--dry-run"]);
    assert!(
        text.contains("bucket 'work': cap 50.00: ana held at the cap; 30.00 above it went to the others by their weights"),
        "{text}"
    );
    coop.ok(&["distribute", "R1"]);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_cap_met_exactly_is_not_over_it_and_an_amount_cap_works() {
    let coop = coop();
    // 80.00 is ana's share without a cap: a cap of 80.00 changes nothing.
    set_equation(
        &coop,
        "[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\ncap = \"80\"\n",
    );
    assert_eq!(
        lines(&coop, "work"),
        vec![
            ("ana".to_string(), "80.00".to_string()),
            ("ben".to_string(), "10.00".to_string()),
            ("cai".to_string(), "10.00".to_string()),
        ]
    );
    let text = coop.ok(&["distribute", "R1", "--dry-run"]);
    assert!(text.contains("cap 80.00: nobody reached it"), "{text}");
    set_equation(
        &coop,
        "[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\ncap = \"79.99\"\n",
    );
    assert_eq!(
        lines(&coop, "work")[0],
        ("ana".to_string(), "79.99".to_string())
    );
}

#[test]
fn when_everyone_is_capped_the_money_moves_to_rest_or_the_distribution_is_refused() {
    let coop = coop();
    // 50 % of 100.00 among three, each capped at 10.00: 30.00 placed, the
    // other 20.00 moves to the rest bucket (the fund).
    set_equation(
        &coop,
        "[[bucket]]\nname = \"equal\"\nshare = \"50%\"\npolicy = \"equal\"\ncap = \"10\"\n[[bucket]]\nname = \"pot\"\nshare = \"rest\"\nfund = \"pot\"\n",
    );
    assert_eq!(
        lines(&coop, "equal"),
        vec![
            ("ana".to_string(), "10.00".to_string()),
            ("ben".to_string(), "10.00".to_string()),
            ("cai".to_string(), "10.00".to_string()),
        ]
    );
    assert_eq!(
        lines(&coop, "pot"),
        vec![("pot".to_string(), "70.00".to_string())]
    );
    // Without a rest bucket nobody can take it: refused, naming the bucket.
    set_equation(
        &coop,
        "[[bucket]]\nname = \"equal\"\nshare = \"100%\"\npolicy = \"equal\"\ncap = \"10\"\n",
    );
    let err = coop.fails(&["distribute", "R1"]);
    assert!(
        err.contains("bucket 'equal' cannot place 70.00")
            && err.contains("every member with a weight is capped at 10.00"),
        "{err}"
    );
}

#[test]
fn a_bad_cap_is_refused_at_its_line_and_column() {
    let coop = coop();
    for (toml, expect) in [
        (
            "[[bucket]]\nshare = \"rest\"\nfund = \"pot\"\ncap = \"10%\"\n",
            "eq.toml:4:7: cap applies only to policy buckets",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\ncap = \"0%\"\n",
            "eq.toml:4:7: cap '0%' is not a percentage above 0%",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\ncap = \"150%\"\n",
            "cap '150%' is not a percentage above 0% and at most 100%",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\ncap = \"12.345\"\n",
            "cap '12.345' is not a percentage such as \"25%\" nor an amount above zero in EUR with at most 2 decimals",
        ),
    ] {
        let err = set_equation(&coop, toml);
        assert!(err.contains(expect), "{toml}: {err}");
    }
}

/// The JSON preview of `revenue`.
fn preview(coop: &Coop, revenue: &str) -> serde_json::Value {
    serde_json::from_str(&coop.ok(&["distribute", revenue, "--dry-run", "--json"])).expect("json")
}

fn claims(plan: &serde_json::Value) -> Vec<(String, String)> {
    plan["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .flat_map(|b| b["claims"].as_array().cloned().unwrap_or_default())
        .map(|c| {
            (
                c["contribution"].as_str().unwrap_or_default().to_string(),
                c["amount"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// ana 10 hours of `love` (deferred, 30 an hour: 300.00) on 10 January, ben
/// 2 hours (60.00) on 1 February, cai 5 hours of paid `work`; 20 % of each
/// revenue repays deferred claims, the rest is shared by lifetime value.
fn deferred_coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["project", "add", "p", "Project"]);
    coop.ok(&[
        "kind",
        "add",
        "love",
        "Love",
        "--measure",
        "hours",
        "--rate",
        "30",
        "--deferred",
    ]);
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
        "log",
        "ana",
        "p",
        "love",
        "10",
        "--date",
        "2026-01-10",
        "--id",
        "L1",
    ]);
    coop.ok(&[
        "log",
        "ben",
        "p",
        "love",
        "2",
        "--date",
        "2026-02-01",
        "--id",
        "L2",
    ]);
    coop.ok(&["log", "cai", "p", "work", "5", "--date", "2026-02-01"]);
    assert_eq!(
        set_equation(
            &coop,
            "name = \"love later\"\n[[bucket]]\nname = \"repay\"\nshare = \"20%\"\nrepay = true\n[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
        ),
        ""
    );
    for (id, amount, date) in [
        ("R1", "500", "2026-03-01"),
        ("R2", "500", "2026-03-15"),
        ("R3", "1500", "2026-04-01"),
    ] {
        coop.ok(&["revenue", "add", "p", amount, "--id", id, "--date", date]);
    }
    coop
}

fn bucket_lines(plan: &serde_json::Value, bucket: &str) -> Vec<(String, String)> {
    plan["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .filter(|b| b["name"] == bucket)
        .flat_map(|b| b["lines"].as_array().cloned().unwrap_or_default())
        .map(|l| {
            (
                l["recipient"].as_str().unwrap_or_default().to_string(),
                l["amount"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn a_deferred_claim_is_repaid_oldest_first_across_three_distributions_and_reopened_by_a_reversal() {
    let coop = deferred_coop();
    // R1: 100.00 repays ana's claim (the oldest) in part; love earns no
    // share of the rest, so cai alone takes the 400.00.
    let r1 = preview(&coop, "R1");
    assert_eq!(bucket_lines(&r1, "repay"), vec![pair("ana", "100.00")]);
    assert_eq!(claims(&r1), vec![pair("L1", "100.00")]);
    assert_eq!(bucket_lines(&r1, "work"), vec![pair("cai", "400.00")]);
    let text = coop.ok(&["distribute", "R1", "--dry-run"]);
    assert!(
        text.contains("bucket 'repay': pays claims L1 100.00"),
        "{text}"
    );
    coop.ok(&["distribute", "R1"]);
    // R2: another 100.00 to ana, remembered across distributions.
    assert_eq!(claims(&preview(&coop, "R2")), vec![pair("L1", "100.00")]);
    coop.ok(&["distribute", "R2"]);
    let r2 = coop
        .open()
        .revenue("R2")
        .expect("read")
        .expect("R2")
        .distribution
        .expect("distributed");
    // Reversing R2 reopens what it repaid: ana is owed 200.00 again.
    coop.ok(&["reverse", &r2]);
    // R3: 300.00 repays ana's 200.00, then ben's 60.00 (the next oldest);
    // the 40.00 nobody claims goes to the rest bucket.
    let r3 = preview(&coop, "R3");
    assert_eq!(claims(&r3), vec![pair("L1", "200.00"), pair("L2", "60.00")]);
    assert_eq!(
        bucket_lines(&r3, "repay"),
        vec![pair("ana", "200.00"), pair("ben", "60.00")]
    );
    assert_eq!(bucket_lines(&r3, "work"), vec![pair("cai", "1240.00")]);
    // Issue 16 item 9: the preview says where the unclaimed part went.
    let text = coop.ok(&["distribute", "R3", "--dry-run"]);
    assert!(
        text.contains(
            "bucket 'repay': 40.00 of its 300.00 found no one to take it and went to 'work'"
        ),
        "{text}"
    );
    coop.ok(&["distribute", "R3"]);
    // Every claim paid: R2 again repays nothing and shares all of it.
    let again = preview(&coop, "R2");
    assert!(claims(&again).is_empty(), "{again}");
    assert_eq!(bucket_lines(&again, "work"), vec![pair("cai", "500.00")]);
    coop.ok(&["distribute", "R2"]);
    let balances = coop.ok(&["balances"]);
    for (who, amount) in [("ana", "300.00"), ("ben", "60.00"), ("cai", "2,140.00")] {
        assert!(
            balances
                .lines()
                .any(|l| l.starts_with(who) && l.contains(amount)),
            "{who} {amount}: {balances}"
        );
    }
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_deferred_claim_is_its_value_floored_and_without_a_repay_bucket_it_waits() {
    let coop = Coop::new(0);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["member", "add", "pot", "Pot", "--fund"]);
    coop.ok(&["project", "add", "p", "Project"]);
    // 1.5 hours at 10.005 × 1.5 = 22.51125: a claim of 22.51.
    coop.ok(&[
        "kind",
        "add",
        "love",
        "Love",
        "--measure",
        "hours",
        "--rate",
        "10.005",
        "--multiplier",
        "1.5",
        "--deferred",
    ]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "love",
        "1.5",
        "--date",
        "2026-01-10",
        "--id",
        "L1",
    ]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "100",
        "--id",
        "R1",
        "--date",
        "2026-02-01",
    ]);
    set_equation(
        &coop,
        "[[bucket]]\nname = \"repay\"\nshare = \"50%\"\nrepay = true\n[[bucket]]\nname = \"pot\"\nshare = \"rest\"\nfund = \"pot\"\n",
    );
    assert_eq!(claims(&preview(&coop, "R1")), vec![pair("L1", "22.51")]);
    // A policy bucket alone: love earns no share, so nobody can take it.
    set_equation(
        &coop,
        "[[bucket]]\nname = \"all\"\nshare = \"100%\"\npolicy = \"lifetime\"\n",
    );
    let err = coop.fails(&["distribute", "R1"]);
    assert!(err.contains("bucket 'all' cannot place 100.00"), "{err}");
}

#[test]
fn deferred_kinds_and_repay_buckets_refuse_what_does_not_fit() {
    let coop = deferred_coop();
    let err = coop.fails(&[
        "kind",
        "add",
        "odd",
        "Odd",
        "--measure",
        "money",
        "--rate",
        "1",
        "--deferred",
        "--reimbursable",
    ]);
    assert!(
        err.contains("at most one of gift, reimbursable or deferred"),
        "{err}"
    );
    for (toml, expect) in [
        (
            "[[bucket]]\nshare = \"rest\"\nrepay = true\nkinds = [\"work\"]\n",
            "kind 'work' is not deferred; a repay bucket pays only deferred kinds",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\nkinds = [\"love\"]\n",
            "kind 'love' is deferred: it is paid back by a repay bucket, not shared by a policy",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\nrepay = false\n",
            "repay can only be true",
        ),
        (
            "[[bucket]]\nshare = \"rest\"\nrepay = true\npolicy = \"equal\"\n",
            "needs exactly one of fund = \"HANDLE\", reimburse = true, repay = true or policy",
        ),
    ] {
        let err = set_equation(&coop, toml);
        assert!(err.contains(expect), "{toml}: {err}");
    }
}

#[test]
fn kinds_csv_takes_a_deferred_column() {
    let coop = Coop::new(0);
    let file = coop.file(
        "kinds.csv",
        b"code,name,measure,rate,deferred\nlove,Love,hours,30,true\nwork,Work,hours,20,\nbad,Bad,hours,20,maybe\n",
    );
    let err = coop.fails(&["import", "kinds", file.to_str().expect("path")]);
    assert!(
        err.contains("kinds.csv:4") && err.contains("deferred"),
        "{err}"
    );
    let file = coop.file(
        "kinds.csv",
        b"code,name,measure,rate,deferred\nlove,Love,hours,30,true\nwork,Work,hours,20,\n",
    );
    coop.ok(&["import", "kinds", file.to_str().expect("path")]);
    let list = coop.ok(&["kind", "list"]);
    let love = list.lines().find(|l| l.starts_with("love")).expect("love");
    assert!(love.contains("deferred"), "{list}");
    let work = list.lines().find(|l| l.starts_with("work")).expect("work");
    assert!(!work.contains("deferred"), "{list}");
}

/// `(recipient, amount)` of bucket `bucket` in the preview of `revenue`.
fn lines_of(coop: &Coop, revenue: &str, bucket: &str) -> Vec<(String, String)> {
    bucket_lines(&preview(coop, revenue), bucket)
}

/// Members ana, ben, cai; kinds `work` (hours at 20) and `care` (hours at
/// 10); one lifetime equation for project p.
fn stage_coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["project", "add", "p", "Project"]);
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
        "care",
        "Care",
        "--measure",
        "hours",
        "--rate",
        "10",
    ]);
    set_equation(
        &coop,
        "[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop
}

#[test]
fn stages_scale_work_by_the_stage_in_force_on_its_date_and_the_explanation_shows_it() {
    let coop = stage_coop();
    // The Guerrilla Media Collective's dating phase: 50 %, then 75 %,
    // then full pay; only livelihood work (`work`) is scaled.
    let out = coop.ok(&[
        "stage",
        "define",
        "dating",
        "--percent",
        "50",
        "--kinds",
        "work",
    ]);
    assert!(
        out.contains("stage dating: 50% of the value of work"),
        "{out}"
    );
    coop.ok(&[
        "stage",
        "define",
        "dating2",
        "--percent",
        "75",
        "--kinds",
        "work",
    ]);
    coop.ok(&["stage", "set", "ana", "dating", "--from", "2026-01-01"]);
    coop.ok(&["stage", "set", "ana", "dating2", "--from", "2026-03-01"]);
    // The stage ends mid-period.
    coop.ok(&["stage", "set", "ana", "none", "--from", "2026-05-01"]);
    for (date, id) in [
        ("2026-02-01", "A1"),
        ("2026-04-01", "A2"),
        ("2026-06-01", "A3"),
    ] {
        coop.ok(&["log", "ana", "p", "work", "10", "--date", date, "--id", id]);
    }
    coop.ok(&[
        "log",
        "ana",
        "p",
        "care",
        "10",
        "--date",
        "2026-02-01",
        "--id",
        "A4",
    ]);
    coop.ok(&["log", "ben", "p", "work", "30", "--date", "2026-02-01"]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "1150",
        "--id",
        "R1",
        "--date",
        "2026-07-01",
    ]);
    // ana: 200 × 50 % + 200 × 75 % + 200 + care 100 (not scaled) = 550;
    // ben: 600.
    assert_eq!(
        lines_of(&coop, "R1", "work"),
        vec![pair("ana", "550.00"), pair("ben", "600.00")]
    );
    let text = coop.ok(&["distribute", "R1", "--dry-run", "--explain", "ana"]);
    let row = |id: &str| {
        text.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("{id}: {text}"))
            .to_string()
    };
    assert!(
        row("A1").contains("50% (dating)") && row("A1").contains(" 100 "),
        "{text}"
    );
    assert!(
        row("A2").contains("75% (dating2)") && row("A2").contains(" 150 "),
        "{text}"
    );
    assert!(
        !row("A3").contains('%') && row("A3").trim_end().ends_with(" 200"),
        "{text}"
    );
    assert!(!row("A4").contains('%'), "{text}");
    let list = coop.ok(&["stage", "list"]);
    assert!(list.contains("dating") && list.contains("50%"), "{list}");
    assert!(
        list.contains("2026-05-01") && list.contains("none"),
        "{list}"
    );
    coop.ok(&["distribute", "R1"]);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_stage_of_100_percent_or_none_changes_nothing_and_bad_stages_are_refused() {
    let coop = stage_coop();
    coop.ok(&["log", "ana", "p", "work", "10", "--date", "2026-02-01"]);
    coop.ok(&["log", "ben", "p", "work", "5", "--date", "2026-02-01"]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "90",
        "--id",
        "R1",
        "--date",
        "2026-07-01",
    ]);
    let before = lines_of(&coop, "R1", "work");
    assert_eq!(before, vec![pair("ana", "60.00"), pair("ben", "30.00")]);
    coop.ok(&["stage", "define", "full", "--percent", "100"]);
    coop.ok(&["stage", "set", "ana", "full", "--from", "2026-01-01"]);
    assert_eq!(lines_of(&coop, "R1", "work"), before);
    for (args, expect) in [
        (vec!["stage", "define", "x", "--percent", "101"], "percent"),
        (
            vec!["stage", "define", "x", "--percent", "12.345"],
            "percent",
        ),
        (
            vec!["stage", "define", "full", "--percent", "50"],
            "stage 'full' already exists",
        ),
        (
            vec!["stage", "define", "y", "--percent", "50", "--kinds", "nope"],
            "unknown kind 'nope'",
        ),
        (vec!["stage", "set", "ana", "nope"], "unknown stage 'nope'"),
        (vec!["stage", "set", "zed", "full"], "unknown member 'zed'"),
    ] {
        let err = coop.fails(&args);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    coop.ok(&[
        "kind",
        "add",
        "gift",
        "Gift",
        "--measure",
        "hours",
        "--rate",
        "1",
        "--gift",
    ]);
    let err = coop.fails(&["stage", "define", "z", "--percent", "50", "--kinds", "gift"]);
    assert!(
        err.contains("stage 'z' cannot scale kind 'gift': it is a gift"),
        "{err}"
    );
    let err = coop.fails(&[
        "stage",
        "define",
        "z",
        "--percent",
        "50",
        "--kinds",
        "resource-use",
    ]);
    assert!(
        err.contains(
            "cannot scale kind 'resource-use': it is the built-in kind of resource owners' credits"
        ),
        "{err}"
    );
    assert_eq!(lines_of(&coop, "R1", "work"), before);
}

/// ana: 10 hours of work (200) and 50.00 cash at multiplier 2 (100);
/// ben 10 hours (200); cai 5 hours (100). Revenues R1 (30 April), R2
/// (1 May), R3 (1 July) of 600 each.
fn leaver_coop() -> Coop {
    let coop = stage_coop();
    coop.ok(&[
        "kind",
        "add",
        "cash",
        "Cash",
        "--measure",
        "money",
        "--rate",
        "1",
        "--multiplier",
        "2",
    ]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "work",
        "10",
        "--date",
        "2026-02-01",
        "--id",
        "W1",
    ]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "cash",
        "50",
        "--date",
        "2026-02-01",
        "--id",
        "C1",
    ]);
    coop.ok(&["log", "ben", "p", "work", "10", "--date", "2026-02-01"]);
    coop.ok(&["log", "cai", "p", "work", "5", "--date", "2026-02-01"]);
    for (id, date) in [
        ("R1", "2026-04-30"),
        ("R2", "2026-05-01"),
        ("R3", "2026-07-01"),
    ] {
        coop.ok(&["revenue", "add", "p", "600", "--id", id, "--date", date]);
    }
    coop
}

#[test]
fn a_bad_leaver_keeps_only_money_at_multiplier_1_for_revenues_from_the_leave_on() {
    let coop = leaver_coop();
    let out = coop.ok(&[
        "member",
        "leave",
        "ana",
        "--date",
        "2026-05-01",
        "--reason",
        "bad",
    ]);
    assert!(out.contains("without good reason"), "{out}");
    // Before the leave: ana 300, ben 200, cai 100.
    assert_eq!(
        lines_of(&coop, "R1", "work"),
        vec![
            pair("ana", "300.00"),
            pair("ben", "200.00"),
            pair("cai", "100.00")
        ]
    );
    // From the leave on: ana's work does not count, her cash counts at
    // multiplier 1 (50): 50 + 200 + 100 = 350.
    let text = coop.ok(&["distribute", "R2", "--dry-run", "--explain", "ana"]);
    assert_eq!(
        lines_of(&coop, "R2", "work"),
        vec![
            pair("ana", "85.71"),
            pair("ben", "342.86"),
            pair("cai", "171.43")
        ]
    );
    let w1 = text.lines().find(|l| l.contains("W1")).expect("W1");
    assert!(
        w1.contains("left 2026-05-01 without good reason: not counted"),
        "{text}"
    );
    let c1 = text.lines().find(|l| l.contains("C1")).expect("C1");
    assert!(c1.contains("multiplier 1") && c1.contains(" 50 "), "{text}");
    // equal among members: ana has left by R2's date.
    set_equation(
        &coop,
        "[[bucket]]\nname = \"all\"\nshare = \"rest\"\npolicy = \"equal\"\namong = \"members\"\n",
    );
    assert_eq!(
        lines_of(&coop, "R1", "all"),
        vec![
            pair("ana", "200.00"),
            pair("ben", "200.00"),
            pair("cai", "200.00")
        ]
    );
    assert_eq!(
        lines_of(&coop, "R2", "all"),
        vec![pair("ben", "300.00"), pair("cai", "300.00")]
    );
    // Rejoining: work after it counts, the re-rating before it stays.
    set_equation(
        &coop,
        "[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop.ok(&["member", "rejoin", "ana", "--date", "2026-06-01"]);
    coop.ok(&["log", "ana", "p", "work", "5", "--date", "2026-06-15"]);
    // ana: 50 (cash at 1) + 100 (new work); ben 200; cai 100: 450.
    assert_eq!(
        lines_of(&coop, "R3", "work"),
        vec![
            pair("ana", "200.00"),
            pair("ben", "266.67"),
            pair("cai", "133.33")
        ]
    );
    coop.ok(&["distribute", "R2"]);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_good_leaver_keeps_everything_and_a_leaver_with_only_cash_keeps_it() {
    let coop = leaver_coop();
    let before = lines_of(&coop, "R2", "work");
    coop.ok(&[
        "member",
        "leave",
        "ben",
        "--date",
        "2026-05-01",
        "--reason",
        "good",
    ]);
    assert_eq!(lines_of(&coop, "R2", "work"), before);
    // cai gives only cash and leaves without good reason: it still counts
    // (at multiplier 1).
    let coop = stage_coop();
    coop.ok(&[
        "kind",
        "add",
        "cash",
        "Cash",
        "--measure",
        "money",
        "--rate",
        "1",
        "--multiplier",
        "2",
    ]);
    coop.ok(&["log", "cai", "p", "cash", "100", "--date", "2026-02-01"]);
    coop.ok(&["log", "ben", "p", "work", "10", "--date", "2026-02-01"]);
    coop.ok(&[
        "revenue",
        "add",
        "p",
        "300",
        "--id",
        "R1",
        "--date",
        "2026-06-01",
    ]);
    coop.ok(&[
        "member",
        "leave",
        "cai",
        "--date",
        "2026-05-01",
        "--reason",
        "bad",
    ]);
    assert_eq!(
        lines_of(&coop, "R1", "work"),
        vec![pair("ben", "200.00"), pair("cai", "100.00")]
    );
    let err = coop.fails(&["member", "leave", "cai", "--reason", "bad"]);
    assert!(err.contains("'cai' has already left"), "{err}");
    let out = coop.run(&["member", "leave", "ben", "--reason", "maybe"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("'maybe' is not a reason for leaving: use good or bad"),
        "{err}"
    );
}

/// Issue 13 item 7: the allocations export says, per line, the stage
/// percents behind the weight and the bucket's cap (and who was held at
/// it), and a committed split tells who was capped as its preview did.
#[test]
fn allocations_say_the_stage_factor_and_the_cap() {
    let coop = coop();
    coop.ok(&[
        "stage",
        "define",
        "dating",
        "--percent",
        "50",
        "--kinds",
        "work",
    ]);
    coop.ok(&["stage", "set", "ben", "dating", "--from", "2026-01-01"]);
    assert_eq!(
        set_equation(
            &coop,
            "name = \"capped\"\n[[bucket]]\nname = \"work\"\nshare = \"rest\"\npolicy = \"lifetime\"\ncap = \"50%\"\n",
        ),
        ""
    );
    let committed = coop.ok(&["distribute", "R1"]);
    assert!(committed.contains("ana held at the cap"), "{committed}");
    let out = coop.dir.path().join("allocations.csv");
    coop.ok(&[
        "export",
        "allocations",
        "--out",
        out.to_str().expect("path"),
    ]);
    let csv = std::fs::read_to_string(&out).expect("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("distribution,revenue,date,project,bucket,recipient,amount,currency,weight,stage,cap,capped")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let row = |who: &str| {
        rows.iter()
            .find(|r| r[5] == who)
            .unwrap_or_else(|| panic!("no line for {who} in {csv}"))
            .clone()
    };
    // ana (8 h) held at 50.00; ben's hour counted at 50 %.
    assert_eq!(
        &row("ana")[6..],
        ["50.00", "EUR", "160", "", "50.00", "true"]
    );
    assert_eq!(&row("ben")[9..], ["50%", "50.00", "false"]);
    assert_eq!(&row("cai")[9..], ["", "50.00", "false"]);
    // The committed split, shown again (the app's revenue screen), still
    // says who was capped and each line's stage.
    let (plan, _) = coop
        .open()
        .distribution(rows[0][0])
        .expect("read")
        .expect("committed");
    let bucket = &plan.buckets[0];
    let note = bucket.cap.as_ref().expect("a capped bucket");
    assert_eq!(note.capped, ["ana"]);
    let eur = openvalue::money::Currency::new("EUR", None).expect("EUR");
    assert_eq!(note.describe(&eur), "cap 50.00: ana held at the cap");
    assert!(bucket
        .lines
        .iter()
        .any(|l| l.recipient == "ben" && l.stage == "50%" && !l.capped));
}

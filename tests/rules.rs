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

/// `(recipient, amount)` per line of bucket `bucket` in the JSON preview.
fn lines(coop: &Coop, bucket: &str) -> Vec<(String, String)> {
    let json: serde_json::Value =
        serde_json::from_str(&coop.ok(&["distribute", "R1", "--dry-run", "--json"])).expect("json");
    json["buckets"]
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

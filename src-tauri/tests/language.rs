//! The window's language (SPEC §16): `set_language` makes the core's
//! messages come in it. A test binary of its own, because the language is
//! the whole process's and the other tests read English messages.

mod common;

use common::Window;
use serde_json::json;

#[test]
fn errors_come_in_the_language_the_window_sets() {
    let w = Window::new();
    let err = w.call("catalog", json!({})).expect_err("nothing open yet");
    assert_eq!(
        err["message"],
        "no ledger is open: create or open one first"
    );

    assert_eq!(w.ok("set_language", json!({"lang": "es-ES"})), "es");
    let err = w.call("catalog", json!({})).expect_err("nothing open yet");
    assert_eq!(err["kind"], "no_ledger");
    assert_eq!(
        err["message"],
        "no hay ningún libro de cuentas abierto: crea o abre uno primero"
    );

    assert_eq!(w.ok("set_language", json!({"lang": "fr"})), "fr");
    let err = w.call("catalog", json!({})).expect_err("nothing open yet");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("aucun registre"),
        "{err}"
    );

    let err = w
        .call("set_language", json!({"lang": "de"}))
        .expect_err("not ours");
    assert_eq!(err["kind"], "invalid");
    assert_eq!(err["problems"][0]["field"], "lang");
    // A refused language leaves the one set before.
    let err = w.call("catalog", json!({})).expect_err("nothing open yet");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("aucun registre"),
        "{err}"
    );

    w.ok("set_language", json!({"lang": "en"}));
}

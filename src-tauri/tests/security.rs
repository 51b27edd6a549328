//! The window may call exactly the app's own commands (no dialog plugin),
//! under a strict content security policy. These tests fail when a command
//! is added without being declared, or a capability or the CSP loosens.

use std::collections::BTreeSet;

const BUILD_RS: &str = include_str!("../build.rs");
const COMMANDS_RS: &str = include_str!("../src/commands.rs");
const PEOPLE_RS: &str = include_str!("../src/people.rs");
const PEERS_RS: &str = include_str!("../src/peers.rs");
const LIB_RS: &str = include_str!("../src/lib.rs");
const CAPABILITY: &str = include_str!("../capabilities/default.json");
const CONF: &str = include_str!("../tauri.conf.json");

fn declared() -> BTreeSet<String> {
    let list = BUILD_RS
        .split("const COMMANDS: &[&str] = &[")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("build.rs lists COMMANDS");
    list.split(',')
        .map(|c| c.trim().trim_matches('"').to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

#[test]
fn every_command_is_declared_registered_and_allowed_and_nothing_else() {
    let declared = declared();
    // (module, its source): the commands of each module of the shell.
    let modules = [
        ("commands", COMMANDS_RS),
        ("people", PEOPLE_RS),
        ("peers", PEERS_RS),
    ];
    let mut defined = BTreeSet::new();
    for (module, source) in modules {
        for rest in source.split("#[tauri::command]\npub async fn ").skip(1) {
            let c = rest.split('(').next().unwrap_or_default().to_string();
            assert!(
                LIB_RS.contains(&format!("{module}::{c}")),
                "{module}::{c} is not in generate_handler!"
            );
            defined.insert(c);
        }
    }
    assert_eq!(
        declared, defined,
        "build.rs COMMANDS and the commands of src/commands.rs, src/people.rs and src/peers.rs differ"
    );
    let capability: serde_json::Value = serde_json::from_str(CAPABILITY).expect("capability JSON");
    let allowed: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions list")
        .iter()
        .map(|p| p.as_str().expect("plain permission names").to_string())
        .collect();
    let expected: BTreeSet<String> = declared
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(allowed, expected);
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
}

#[test]
fn the_csp_is_strict_and_loads_nothing_remote() {
    let conf: serde_json::Value = serde_json::from_str(CONF).expect("tauri.conf.json");
    let csp = &conf["app"]["security"]["csp"];
    let text = csp.to_string();
    assert!(!text.contains("unsafe-eval"), "{text}");
    assert!(!text.contains("unsafe-inline"), "{text}");
    assert!(
        !text.contains("https:") && !text.contains("http://*") && !text.contains('*'),
        "{text}"
    );
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert!(
        conf["build"]["devUrl"].is_null(),
        "the app loads only its bundled files"
    );
}

//! The shared harness of the shell's tests: a window of the real app on
//! Tauri's mock runtime, called as the UI calls it.
#![allow(dead_code)]

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

pub struct Window(tauri::WebviewWindow<tauri::test::MockRuntime>);

impl Window {
    pub fn new() -> Window {
        Window::build(openvalue_app::app(mock_builder()))
    }

    /// A window on a computer of its own: device keys and the app's
    /// preferences kept under `home`, as on another laptop.
    pub fn on_computer(home: &std::path::Path) -> Window {
        let state = openvalue_app::commands::AppState::new(
            openvalue::keys::Keystore::at(&home.join("keys")),
            openvalue_app::prefs::Prefs::at(&home.join("config").join("app.json")),
        )
        .with_data_dir(&home.join("data"));
        Window::build(openvalue_app::app_with(mock_builder(), state))
    }

    fn build(builder: tauri::Builder<tauri::test::MockRuntime>) -> Window {
        let app = builder
            .build(mock_context(noop_assets()))
            .expect("mock app");
        let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("mock window");
        // The app outlives the test's use of the window.
        std::mem::forget(app);
        Window(webview)
    }

    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.0,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("url"),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("JSON response"))
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }
}

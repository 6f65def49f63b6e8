//! A merchant's notification endpoint: Pooul's notifications verified with the merchant's key
//! and applied once to a SQLite journal, mounted in the merchant's own axum app beside its other
//! routes.
//!
//! ```sh
//! PAYSPEC_POOUL_MERCHANT_ID=M1 PAYSPEC_POOUL_KEY=secret \
//!     cargo run -p payspec-notify --example merchant -- journal.db
//! ```
//! Pooul then posts to `http://<host>:8700/pooul/notify/pooul` (the `notify_url` sent with each
//! unified order).

use std::collections::BTreeMap;
use std::sync::Arc;

use payspec_core::Redacted;
use payspec_generated::pooul;
use payspec_journal::sqlite::SqliteJournal;
use payspec_notify::{NotifySettings, SharedCredentials};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let journal_path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "journal.db".into());
    let env = |name: &str| std::env::var(name).map_err(|_| format!("set {name}"));
    let config = pooul::Config {
        merchant_id: env("PAYSPEC_POOUL_MERCHANT_ID")?,
        key: Redacted::new(env("PAYSPEC_POOUL_KEY")?),
    };
    let creds: BTreeMap<String, SharedCredentials> =
        BTreeMap::from([("pooul".to_string(), Arc::new(config) as SharedCredentials)]);
    let journal = Arc::new(SqliteJournal::open(&journal_path)?);

    let app = axum::Router::new()
        .route("/health", axum::routing::get(|| async { "ok" }))
        .merge(payspec_notify::router(
            &[&pooul::MODULE],
            creds,
            journal,
            NotifySettings::default(),
        ));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8700").await?;
    println!(
        "notifications at http://{}/pooul/notify/pooul",
        listener.local_addr()?
    );
    axum::serve(listener, app).await?;
    Ok(())
}

//! `payspec`: take barcode payments through any spec'd provider, or against the built-in
//! simulator, each step recorded in a journal first. Exit codes ([`cli::EXIT_CODES_HELP`]): 0
//! paid, 1 not paid or reversed, 2 usage or configuration error (nothing sent), 3 needs
//! attention (money may be held and the trade could not be reversed), 4 paid but the journal
//! could not record it, 5 not paid or reversed but the journal could not record it.
//!
//! Logs go to stderr, filtered by `PAYSPEC_LOG` (else `RUST_LOG`), `warn` by default: quiet for
//! a cashier, but a journal write that fails is an error and always shows.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use payspec::cli::journal::Create;
use payspec::cli::recover::{self, Gateways};
use payspec::cli::{self, demo, exit, pay};
use payspec::sandbox::{self, Sandbox};
use payspec_client::Gateway;
use payspec_generated::MODULES;
use payspec_journal::recording::saga_lease;
use payspec_journal::JournalError;

/// Barcode payments (付款码) through spec-generated provider clients.
#[derive(Parser)]
#[command(name = "payspec", version, about, long_about = None, after_help = cli::EXIT_CODES_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the providers compiled in, their operations and configuration keys, and the
    /// operations that present the merchant's client certificate (mutual TLS) with the keys
    /// the certificate and key come from.
    Providers,
    /// Run the provider simulator on 127.0.0.1: every provider's wire protocol, one path prefix
    /// each, scenarios chosen by the auth code (see the README's table).
    ///
    /// A provider with an operation that requires the merchant's client certificate (mutual
    /// TLS) is served over HTTPS on the same port, with a test CA, server certificate and client
    /// certificate made at start; such an operation is refused (HTTP 403) without the client
    /// certificate. Keys are never printed: the simulator then writes each provider's client
    /// configuration (`<provider>.toml`: base_url and credentials, the client certificate and key
    /// included) and the test CA (`ca.pem`) to a directory it prints, for `payspec pay --config
    /// DIR/<provider>.toml --ca-certificate DIR/ca.pem`.
    Sandbox {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 8600)]
        port: u16,
        /// Write the client configuration files here (created if missing). Default: only when a
        /// provider is served over HTTPS, to `payspec-sandbox-<port>` in the temp directory.
        #[arg(long, value_name = "DIR")]
        config_dir: Option<PathBuf>,
    },
    /// Take a payment and wait for its final state (pay → query → reverse by the provider's policy).
    Pay {
        #[command(flatten)]
        target: Target,
        /// Amount in major units, exactly: 0.01 is one fen.
        #[arg(long)]
        amount: String,
        /// ISO currency of the amount.
        #[arg(long, default_value = "CNY")]
        currency: String,
        /// The customer's payment code, as scanned.
        #[arg(long)]
        auth_code: String,
        /// The merchant order id (generated and printed when absent; query and reverse need it).
        #[arg(long)]
        order_id: Option<String>,
        /// Order title.
        #[arg(long, default_value = "payspec")]
        subject: String,
        /// Terminal id.
        #[arg(long, default_value = "payspec-cli")]
        device_id: String,
        /// The journal: a SQLite file (created if missing) or a postgres:// URL. Every step is
        /// recorded in it before it is sent, and unfinished payments of this provider found in
        /// it are finished first.
        #[arg(long, default_value = cli::journal::DEFAULT_JOURNAL)]
        journal: String,
    },
    /// Finish every payment the journal holds open (its process died mid-payment): query on
    /// what is left of the provider's schedule, then reverse. The pay call is never repeated.
    Recover {
        /// The journal (a SQLite file or a postgres:// URL).
        #[arg(long, default_value = cli::journal::DEFAULT_JOURNAL)]
        journal: String,
        /// PROVIDER=FILE: that provider's TOML configuration (repeatable); otherwise its
        /// `PAYSPEC_<PROVIDER>_*` variables. Payments of unconfigured providers are skipped.
        #[arg(long = "config", value_name = "PROVIDER=FILE")]
        configs: Vec<String>,
        #[command(flatten)]
        tls: Trust,
    },
    /// Read the journal: recent payments, or one payment's steps.
    Journal {
        #[command(subcommand)]
        command: JournalCommand,
    },
    /// Ask the provider for a trade's state.
    Query {
        #[command(flatten)]
        target: Target,
        #[arg(long)]
        order_id: String,
    },
    /// Reverse (撤销) a trade.
    Reverse {
        #[command(flatten)]
        target: Target,
        #[arg(long)]
        order_id: String,
    },
    /// Start the simulator in-process and take one payment per provider per scenario; print a
    /// table of outcomes. Exit 0 when every payment ends as its scenario calls for.
    Demo {
        /// Use the providers' real poll schedules (slow) instead of ten times faster.
        #[arg(long)]
        real_time: bool,
    },
    /// Chaos: N random payments through the journaled saga against the simulator with faults
    /// injected (by the seed), some drivers abandoned mid-flight, then recovery, then the journal
    /// reconciled against the simulator's ledger. Prints a summary ending `discrepancies: K`;
    /// exit 1 if K > 0.
    Chaos {
        #[arg(long, default_value_t = 1000)]
        payments: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// SQLite file or postgres:// URL (default: a temporary SQLite file).
        #[arg(long)]
        journal: Option<String>,
        /// Payments driven at once.
        #[arg(long, default_value_t = 64)]
        concurrency: usize,
        /// Leave out the money faults (failing journal writes, wrong-provider and
        /// other-amount answers, second trade ids, a second till): network and reply faults only.
        #[arg(long)]
        without_money_faults: bool,
    },
}

#[derive(Subcommand)]
enum JournalCommand {
    /// The most recent payments, newest first, with their outcome (`open` while unfinished;
    /// `!conflict` when the provider contradicted it later).
    List {
        #[arg(long, default_value = cli::journal::DEFAULT_JOURNAL)]
        journal: String,
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// One payment: what it is, how it ended, and every step with its time, classification and
    /// detail.
    Show {
        order_id: String,
        #[arg(long, default_value = cli::journal::DEFAULT_JOURNAL)]
        journal: String,
    },
}

#[derive(clap::Args)]
struct Target {
    /// Provider name (see `payspec providers`).
    #[arg(long)]
    provider: String,
    /// TOML file with `base_url` and the provider's config keys; `PAYSPEC_<PROVIDER>_<KEY>`
    /// environment variables override it.
    #[arg(long)]
    config: Option<PathBuf>,
    #[command(flatten)]
    tls: Trust,
}

#[derive(clap::Args)]
struct Trust {
    /// PEM bundle of certificate authorities to trust for the provider's HTTPS besides the
    /// bundled web roots: a private gateway's CA, or the simulator's test CA (`payspec sandbox`
    /// prints where it wrote it). Every server is still verified (chain and host name).
    #[arg(long, value_name = "FILE")]
    ca_certificate: Option<PathBuf>,
}

fn usage(error: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::from(exit::USAGE)
}

/// Logs to stderr (stdout carries the outcome): `PAYSPEC_LOG`, else `RUST_LOG`, else `warn`.
/// A filter that does not parse falls back to `warn` rather than to silence.
///
/// `payspec chaos` is the exception: every failure it causes is injected on purpose and counted
/// in its summary, so a thousand payments would print thousands of expected warnings; its
/// default is `off` (set `PAYSPEC_LOG=warn` to see them).
fn install_logging(command: &Command) {
    use tracing_subscriber::filter::LevelFilter;
    use tracing_subscriber::EnvFilter;
    let directives = std::env::var("PAYSPEC_LOG")
        .or_else(|_| std::env::var("RUST_LOG"))
        .unwrap_or_default();
    let default = match command {
        Command::Chaos { .. } => LevelFilter::OFF,
        _ => LevelFilter::WARN,
    };
    let filter = EnvFilter::builder()
        .with_default_directive(default.into())
        .parse(&directives)
        .unwrap_or_else(|e| {
            eprintln!("warning: log filter `{directives}` ignored ({e}); logging warnings");
            EnvFilter::new("warn")
        });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    install_logging(&cli.command);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return usage(format!("cannot start the async runtime: {e}")),
    };
    runtime.block_on(run(cli.command))
}

async fn run(command: Command) -> ExitCode {
    match command {
        Command::Providers => {
            print!("{}", cli::providers::listing(MODULES));
            ExitCode::SUCCESS
        }
        Command::Sandbox { port, config_dir } => {
            let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
                Ok(l) => l,
                Err(e) => return usage(format!("cannot listen on 127.0.0.1:{port}: {e}")),
            };
            let addr = match listener.local_addr() {
                Ok(addr) => addr,
                Err(e) => return usage(format!("cannot listen on 127.0.0.1:{port}: {e}")),
            };
            let sandbox = Sandbox::new(MODULES);
            let dir = config_dir.or_else(|| {
                cli::sandbox::needs_client_files(&sandbox).then(|| cli::sandbox::default_dir(addr))
            });
            let files = match dir {
                Some(dir) => match cli::sandbox::write_client_files(&dir, &sandbox, addr) {
                    Ok(files) => Some(files),
                    Err(e) => {
                        return usage(format!(
                            "cannot write the client files to {}: {e}",
                            dir.display()
                        ))
                    }
                },
                None => None,
            };
            // The banner goes to whoever started us; a reader that closed the pipe early (a
            // test reading only the address line) must not take the server down.
            let banner = cli::sandbox::banner(&sandbox, addr, files.as_ref());
            {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(banner.as_bytes()).and_then(|()| out.flush());
            }
            let stop = async {
                let _ = tokio::signal::ctrl_c().await;
            };
            match sandbox::serve_with_shutdown(listener, sandbox, stop).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: sandbox: {e}");
                    ExitCode::from(exit::NOT_PAID)
                }
            }
        }
        Command::Pay {
            target,
            amount,
            currency,
            auth_code,
            order_id,
            subject,
            device_id,
            journal,
        } => {
            let module = match pay::find_module(MODULES, &target.provider) {
                Ok(m) => m,
                Err(e) => return usage(e),
            };
            let intent = match pay::intent(pay::PayArgs {
                amount,
                currency,
                auth_code,
                order_id,
                subject,
                device_id,
            }) {
                Ok(i) => i,
                Err(e) => return usage(e),
            };
            let gateway = pay::tls_config(target.tls.ca_certificate.as_deref())
                .and_then(|tls| pay::gateway(module, target.config.as_ref(), &tls));
            let gateway: Arc<dyn Gateway> = match gateway {
                Ok(g) => Arc::new(g),
                Err(e) => return usage(e),
            };
            let journal = match cli::journal::open_journal(&journal, Create::Yes).await {
                Ok(j) => j,
                Err(e) => return usage(e),
            };
            // What an earlier run left unfinished is settled before a new payment is taken.
            let earlier = Gateways::one(module, Arc::clone(&gateway));
            match earlier.recover(Arc::clone(&journal)).await {
                Ok(report) if report.total() + report.skipped.len() > 0 => {
                    eprint!("{}", recover::describe(&report, &earlier.missing));
                }
                Ok(_) => {}
                Err(e) => return usage(format!("recovering earlier payments: {e}")),
            }
            match pay::pay(gateway, journal, &intent).await {
                Ok(journaled) => {
                    println!("{}", cli::describe(&journaled.outcome));
                    if let Some(why) = &journaled.journal_behind {
                        let hold = saga_lease(&module.provider.poll);
                        let held_for = (!journaled.outcome_recorded).then_some(hold);
                        eprintln!("{}", cli::journal_behind_note(why, held_for));
                    }
                    let behind = !journaled.outcome_recorded;
                    ExitCode::from(cli::exit_code(&journaled.outcome, behind))
                }
                Err(JournalError::Duplicate(id)) => usage(format!(
                    "order `{id}` is already in the journal; not paying it again \
                     (`payspec journal show {id}`)"
                )),
                Err(e) => usage(format!("{e}; nothing was sent")),
            }
        }
        Command::Recover {
            journal,
            configs,
            tls,
        } => {
            let tls = match pay::tls_config(tls.ca_certificate.as_deref()) {
                Ok(tls) => tls,
                Err(e) => return usage(e),
            };
            let mut by_provider = BTreeMap::new();
            for text in &configs {
                match recover::parse_config(text) {
                    Ok((provider, path)) => {
                        by_provider.insert(provider, path);
                    }
                    Err(e) => return usage(e),
                }
            }
            let journal = match cli::journal::open_journal(&journal, Create::No).await {
                Ok(j) => j,
                Err(e) => return usage(e),
            };
            let gateways = Gateways::configured(MODULES, &by_provider, &tls);
            match gateways.recover(journal).await {
                Ok(report) => {
                    print!("{}", recover::describe(&report, &gateways.missing));
                    ExitCode::from(if report.needs_attention > 0 {
                        exit::NEEDS_ATTENTION
                    } else if !report.skipped.is_empty() {
                        exit::NOT_PAID
                    } else {
                        exit::PAID
                    })
                }
                Err(e) => usage(format!("recover: {e}")),
            }
        }
        Command::Journal { command } => journal_command(command).await,
        Command::Query { target, order_id } => single(target, order_id, false).await,
        Command::Reverse { target, order_id } => single(target, order_id, true).await,
        Command::Chaos {
            payments,
            seed,
            journal,
            concurrency,
            without_money_faults,
        } => {
            let mut config = payspec::chaos::ChaosConfig::new(payments, seed);
            config.journal = journal;
            config.concurrency = concurrency;
            if without_money_faults {
                config.faults = config.faults.without_money_faults();
            }
            match payspec::chaos::run(MODULES, &config).await {
                Ok(report) => {
                    println!("{report}");
                    if report.discrepancies() == 0 {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(exit::NOT_PAID)
                    }
                }
                Err(e) => usage(format!("chaos: {e}")),
            }
        }
        Command::Demo { real_time } => {
            let divisor = if real_time { 1 } else { 10 };
            eprintln!(
                "starting the simulator and paying {} providers × {} scenarios{}…",
                MODULES.len(),
                sandbox::Scenario::ALL.len(),
                if real_time {
                    " at the providers' real schedules"
                } else {
                    " (schedules 10× faster)"
                }
            );
            let (path, journal) = match demo::temp_journal() {
                Ok(j) => j,
                Err(e) => return usage(format!("demo: {e}")),
            };
            eprintln!(
                "journal: {} (read it with `payspec journal list --journal {}`)",
                path.display(),
                path.display()
            );
            match demo::run(MODULES, demo::DemoSpeed { divisor }, journal).await {
                Ok(rows) => {
                    print!("{}", demo::table(&rows));
                    if rows.iter().all(demo::DemoRow::as_expected) {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(exit::NOT_PAID)
                    }
                }
                Err(e) => usage(format!("demo: {e}")),
            }
        }
    }
}

/// `journal list` or `journal show`.
async fn journal_command(command: JournalCommand) -> ExitCode {
    let path = match &command {
        JournalCommand::List { journal, .. } | JournalCommand::Show { journal, .. } => journal,
    };
    let journal = match cli::journal::open_journal(path, Create::No).await {
        Ok(j) => j,
        Err(e) => return usage(e),
    };
    match command {
        JournalCommand::List { limit, .. } => match journal.list(limit).await {
            Ok(records) => {
                print!("{}", cli::journal::list_table(&records));
                ExitCode::SUCCESS
            }
            Err(e) => usage(e),
        },
        JournalCommand::Show { order_id, .. } => match journal.get(&order_id).await {
            Ok(Some((record, steps))) => {
                print!("{}", cli::journal::show(&record, &steps));
                ExitCode::SUCCESS
            }
            Ok(None) => usage(format!("no payment `{order_id}` in the journal")),
            Err(e) => usage(e),
        },
    }
}

/// `query` or `reverse`: one call, its answer printed.
async fn single(target: Target, order_id: String, reverse: bool) -> ExitCode {
    let module = match pay::find_module(MODULES, &target.provider) {
        Ok(m) => m,
        Err(e) => return usage(e),
    };
    let gateway = pay::tls_config(target.tls.ca_certificate.as_deref())
        .and_then(|tls| pay::gateway(module, target.config.as_ref(), &tls));
    let gateway = match gateway {
        Ok(g) => g,
        Err(e) => return usage(e),
    };
    let answer = if reverse {
        gateway.reverse(&order_id).await
    } else {
        gateway.query(&order_id).await
    };
    match answer {
        Ok(view) => {
            println!("{}", pay::describe_view(&view));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(exit::NOT_PAID)
        }
    }
}

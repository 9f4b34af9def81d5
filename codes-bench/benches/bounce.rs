//! `smtp-codes bounce --count` over a generated Maildir of 10,000 bounces, beside sisimai
//! (Debian's libsisimai-perl, `Sisimai->make`) when it is installed, in one run. Before
//! timing, it checks that both find a result for every message. At the end:
//! `ratio sisimai <x>`, sisimai's mean time divided by ours.

use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::Criterion;

const MESSAGES: usize = 10_000;

/// sisimai's count of results for a folder of messages.
const SISIMAI: &str =
    "use Sisimai; my $v = Sisimai->make($ARGV[0]); print scalar(@{$v || []}), \"\\n\";";

fn sisimai_installed() -> bool {
    Command::new("perl")
        .args(["-MSisimai", "-e", "1"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().expect("runs");
    assert!(out.status.success(), "{program} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn main() {
    let binary = codes_bench::release_smtp_codes(env!("CARGO_TARGET_TMPDIR"));
    let target = codes_bench::target_dir(env!("CARGO_TARGET_TMPDIR"));
    let maildir = target.join("bench-data").join("bounces");
    if !maildir.join("new").is_dir() {
        codes_bench::bounce_maildir(&maildir, MESSAGES).expect("maildir written");
    }
    let (dir, new) = (
        maildir.to_string_lossy().into_owned(),
        maildir.join("new").to_string_lossy().into_owned(),
    );
    let tally: serde_json::Value =
        serde_json::from_str(&output(&binary, &["bounce", "--count", "--json", &dir]))
            .expect("JSON");
    let ours: u64 = tally
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["count"].as_u64())
        .sum();
    assert_eq!(ours, MESSAGES as u64, "one result per bounce");
    println!("counts agree: smtp-codes bounce reads {ours} recipients");
    let sisimai = sisimai_installed();
    if sisimai {
        let theirs: u64 = output("perl", &["-e", SISIMAI, &new])
            .trim()
            .parse()
            .expect("a count");
        println!("sisimai reads {theirs} results of {MESSAGES} messages");
    } else {
        println!(
            "sisimai is not installed (apt-get install libsisimai-perl): its ratio is left out"
        );
    }
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    let mut group = c.benchmark_group("bounce");
    group.bench_function("smtp-codes", |b| {
        b.iter(|| output(&binary, &["bounce", "--count", &dir]));
    });
    if sisimai {
        group.measurement_time(Duration::from_secs(120));
        group.bench_function("sisimai", |b| {
            b.iter(|| output("perl", &["-e", SISIMAI, &new]));
        });
    }
    group.finish();
    c.final_summary();
    let ours = codes_bench::mean_ns(&target, "bounce", "smtp-codes");
    if let Some(mean) = ours {
        println!("seconds smtp-codes {:.3}", mean / 1e9);
    }
    match (
        ours,
        codes_bench::mean_ns(&target, "bounce", "sisimai").filter(|_| sisimai),
    ) {
        (Some(ours), Some(theirs)) => println!("ratio sisimai {:.1}", theirs / ours),
        _ => println!("ratio sisimai not measured"),
    }
}

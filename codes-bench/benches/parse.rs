//! The reply parser side by side with smtp-proto 0.2 (`ResponseReceiver`) and lettre 0.11
//! (`Response: FromStr`) on the same corpus, in one run.
//!
//! Each peer parses every reply of a category per iteration; throughput is in bytes (MB/s).
//! Before measuring, each peer's accepted and rejected counts are printed per category. The
//! ratios at the end compare throughput on the inputs every peer accepts, as
//! `ratio <peer> <ours / peer>`.

// Throughput arithmetic on byte counts: precision far beyond what timing noise allows.
#![allow(clippy::cast_precision_loss)]

use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use codes_bench::{Category, corpus};
use criterion::{Criterion, Throughput};

fn ours(reply: &[u8]) -> bool {
    codes_core::Reply::parse(reply).is_ok()
}

fn smtp_proto(reply: &[u8]) -> bool {
    let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
    receiver.parse(&mut reply.iter()).is_ok()
}

fn lettre(reply: &[u8]) -> bool {
    std::str::from_utf8(reply)
        .is_ok_and(|text| lettre::transport::smtp::response::Response::from_str(text).is_ok())
}

type Parser = fn(&[u8]) -> bool;

const PEERS: [(&str, Parser); 3] = [
    ("codes-core", ours),
    ("smtp-proto", smtp_proto),
    ("lettre", lettre),
];

fn run(c: &mut Criterion, name: &str, replies: &[Vec<u8>]) {
    let bytes: usize = replies.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    for (peer, parse) in PEERS {
        group.bench_function(peer, |b| {
            b.iter(|| {
                let mut accepted = 0usize;
                for reply in replies {
                    accepted += usize::from(parse(black_box(reply)));
                }
                accepted
            });
        });
    }
    group.finish();
}

/// Per category and peer: how many replies it accepts and rejects.
fn print_acceptance(categories: &[Category]) {
    println!(
        "{:<16} {:>12} {:>12} {:>12}",
        "accepted/total", PEERS[0].0, PEERS[1].0, PEERS[2].0
    );
    for category in categories {
        let counts: Vec<String> = PEERS
            .iter()
            .map(|(_, parse)| {
                let accepted = category.replies.iter().filter(|r| parse(r)).count();
                format!("{accepted}/{}", category.replies.len())
            })
            .collect();
        println!(
            "{:<16} {:>12} {:>12} {:>12}",
            category.name, counts[0], counts[1], counts[2]
        );
    }
}

/// The mean time of a benchmark, read from criterion's estimates.
fn mean_ns(group: &str, peer: &str) -> Option<f64> {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()?
        .join("criterion")
        .join(group)
        .join(peer)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value["mean"]["point_estimate"].as_f64()
}

fn main() {
    let categories = corpus();
    print_acceptance(&categories);
    // Only what every peer accepts counts towards the ratios.
    let common: Vec<Vec<u8>> = categories
        .iter()
        .filter(|c| c.name != "quirks")
        .flat_map(|c| c.replies.iter())
        .filter(|r| PEERS.iter().all(|(_, parse)| parse(r)))
        .cloned()
        .collect();
    let common_bytes: usize = common.iter().map(Vec::len).sum();
    println!(
        "common input: {} replies, {common_bytes} bytes",
        common.len()
    );

    let mut c = Criterion::default()
        .configure_from_args()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for category in &categories {
        run(
            &mut c,
            &format!("parse/{}", category.name),
            &category.replies,
        );
    }
    run(&mut c, "parse/common", &common);
    c.final_summary();

    let replies = common.len() as f64;
    let Some(ours_ns) = mean_ns("parse_common", "codes-core") else {
        println!("no estimates found (run with `cargo bench`)");
        return;
    };
    for (peer, _) in PEERS {
        if let Some(ns) = mean_ns("parse_common", peer) {
            let mb_s = common_bytes as f64 / ns * 1e3;
            let replies_s = replies / ns * 1e9;
            println!("throughput {peer:<11} {mb_s:8.1} MB/s {replies_s:12.0} replies/s");
        }
    }
    for (peer, _) in &PEERS[1..] {
        if let Some(ns) = mean_ns("parse_common", peer) {
            println!("ratio {peer} {:.2}", ns / ours_ns);
        }
    }
}

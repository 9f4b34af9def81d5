//! The command-line interface, as clap sees it. The completions and the man page are generated
//! from this definition too, so it is the one place that says what the tool accepts.

use clap::{Args, Parser, Subcommand};

use crate::style::ColorChoice;

const EXAMPLES: &str = "\
Examples:
  smtp-codes 550                  the card of 550: meaning, causes, fix, references
  smtp-codes 5.7.1                an enhanced status code (X.7.1 for the class-independent entry)
  smtp-codes compare 220 250      two codes side by side, with their key differences
  smtp-codes compare 550 5.1.1    a basic code against an enhanced one
  smtp-codes compare 550          the codes people often confuse with 550
  smtp-codes list 4xx             every catalogued 4xx code (also 55x, 5.7.x, X.1.x)
  smtp-codes list --after RCPT    the replies the RFCs allow after RCPT
  smtp-codes search mailbox full  codes whose text mentions all the words, best match first
  smtp-codes explain < bounce.txt find and explain every reply in a bounce, a log or a paste
  smtp-codes explain --count /var/log/mail.log   tally a log by (basic, enhanced) pair
  smtp-codes bounce ~/Maildir/.Bounces    what happened to each recipient of each bounce
  smtp-codes 250 --json           machine-readable output
  smtp-codes 550 --lang vi        the card in Vietnamese (LANG=vi_VN.UTF-8 does the same)

Exit status: 0 when everything asked for was found, 1 when a well-formed code is not in the
catalogue or nothing matched (or explain found no reply), 2 on bad input or an unreadable file.";

/// Look up, compare and list SMTP reply codes and enhanced status codes: what a server's
/// reply means, why you got it, and what to do now.
#[derive(Debug, Parser)]
#[command(
    name = "smtp-codes",
    version,
    about,
    long_about = None,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_value_name = "COMMAND",
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Codes to show (same as `show`): 250, 5.7.1, X.7.1, or a pattern such as 4xx
    #[arg(value_name = "CODE")]
    pub codes: Vec<String>,

    #[command(flatten)]
    pub global: Global,
}

/// Flags every command takes.
#[derive(Debug, Args)]
#[allow(clippy::doc_markdown)] // the doc comments are --help text, not Markdown
pub struct Global {
    /// Print machine-readable JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,

    /// When to colour the output: auto colours only a terminal, and not when NO_COLOR is set
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// The language of the output, by tag: en, vi. Default: the locale's (LC_ALL,
    /// LC_MESSAGES, LANG) when there is a translation for it, else English
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the full card of each code: meaning, when you see it, how to fix it, references
    Show {
        /// Codes or patterns: 250, 5.7.1, X.7.1, 4xx, 5.7.x
        #[arg(value_name = "CODE", required = true)]
        codes: Vec<String>,
    },
    /// Compare two codes: both cards, their key differences and when to use which; given one
    /// code, list the codes people often confuse with it
    Compare {
        /// The first code: 220, 5.1.1, X.1.1
        #[arg(value_name = "A")]
        a: String,
        /// The second code; without it, the codes often confused with A
        #[arg(value_name = "B")]
        b: Option<String>,
    },
    /// List catalogued codes, all of them or those matching a pattern
    List {
        /// A pattern with x for any digit (4xx, 55x, 5.7.x, X.1.x) or a code
        #[arg(value_name = "PATTERN")]
        pattern: Option<String>,
        /// Keep the codes the RFCs allow after this command (RCPT, DATA-END, CONNECT...)
        #[arg(long, value_name = "COMMAND")]
        after: Option<String>,
    },
    /// Search the catalogue's text: codes that mention all the words, best match first
    Search {
        /// Words to look for ("greylisting", "mailbox full", "starttls")
        #[arg(value_name = "WORDS", required = true)]
        words: Vec<String>,
    },
    /// Find every reply in pasted text, MTA logs or a bounce, and explain each one
    #[command(
        long_about = "Find every SMTP reply in pasted text, MTA log lines (Postfix, Exim, Sendmail, \
                      Courier, qmail), DSN fields (Diagnostic-Code:, Status:) or Exchange NDR text, \
                      and explain each: its basic and enhanced code, whether their classes agree, \
                      and how the reply departs from RFC 5321 / RFC 2034. A multi-line reply is \
                      one finding. Reads standard input when no TEXT is given or TEXT is \"-\"."
    )]
    Explain {
        /// The text to search (words are joined with spaces); with --count, files to read.
        /// Standard input when none is given or "-"
        #[arg(value_name = "TEXT")]
        text: Vec<String>,
        /// Tally the replies: one row per (basic, enhanced) pair, most frequent first; reads
        /// inputs of any size in bounded memory
        #[arg(long)]
        count: bool,
        /// With --count: the number of threads that count (default: one per core); the
        /// result is the same whatever the number
        #[arg(long, value_name = "N", requires = "count", value_parser = clap::value_parser!(u16).range(1..=256))]
        threads: Option<u16>,
    },
    /// Read bounce messages (.eml files, mbox files, Maildir folders) and say, per failed or
    /// delayed recipient, what happened, why (the reason) and what to do
    #[command(
        long_about = "Read bounce messages (.eml files, mbox files, Maildir folders; standard \
                      input when no PATH is given or PATH is \"-\") and print, per failed or \
                      delayed recipient: the address, the action, the reply code and enhanced \
                      code, the remote MTA, the server's words, the reason (sisimai's names: \
                      userunknown, mailboxfull...), whether it is a hard bounce, and what to do. \
                      Automatic replies and feedback reports are recognised and are not bounces."
    )]
    Bounce {
        /// Files or folders to read; standard input when none is given or "-"
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
        /// Tally the recipients by (reason, basic, enhanced), most frequent first
        #[arg(long)]
        count: bool,
    },
    /// Write the reference as a static web site into DIR: a page per code and per pair of
    /// codes people confuse, in every language, with search; works from file:// too
    #[command(after_help = "Example: smtp-codes site out && open out/index.html")]
    Site {
        /// The folder to write into (created if missing; files of the same name are replaced)
        #[arg(value_name = "DIR")]
        dir: std::path::PathBuf,
        /// The address the site will be served from (such as `https://codes.example.org/`),
        /// for absolute addresses in sitemap.xml; without it they are relative to the site's
        /// root
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Example: smtp-codes completions bash > ~/.local/share/bash-completion/completions/smtp-codes"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output
    #[command(after_help = "Example: smtp-codes man > smtp-codes.1 && man ./smtp-codes.1")]
    Man,
}

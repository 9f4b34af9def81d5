use codes_core::{reply_code, ReplyCode};

const NOT_A_CODE: ReplyCode = reply_code!(299);

fn main() {
    let _ = NOT_A_CODE;
}

use codes_core::{enhanced_code, EnhancedCode};

const NOT_REGISTERED: EnhancedCode = enhanced_code!(X.7.99);

fn main() {
    let _ = NOT_REGISTERED;
}

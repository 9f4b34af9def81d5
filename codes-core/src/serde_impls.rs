//! serde support (feature `serde`): basic codes as numbers, enhanced codes as strings, each
//! read back through the same checks as `FromStr`.

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{AnyEnhancedCode, AnyReplyCode, EnhancedCode, ReplyCode};

/// Accepts a number or a string of digits.
struct NumberVisitor<T>(core::marker::PhantomData<T>);

impl<T> Visitor<'_> for NumberVisitor<T>
where
    T: TryFrom<u16> + core::str::FromStr,
    <T as TryFrom<u16>>::Error: fmt::Display,
    <T as core::str::FromStr>::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a three-digit SMTP reply code")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        let number = u16::try_from(v).map_err(|_| E::custom("a reply code is three digits"))?;
        T::try_from(number).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        let number = u16::try_from(v).map_err(|_| E::custom("a reply code is three digits"))?;
        T::try_from(number).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// Accepts a string in the form `FromStr` takes.
struct TextVisitor<T>(core::marker::PhantomData<T>);

impl<T> Visitor<'_> for TextVisitor<T>
where
    T: core::str::FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enhanced status code such as \"5.1.1\" or \"X.1.1\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

macro_rules! as_number {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u16(self.as_u16())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(NumberVisitor(core::marker::PhantomData))
            }
        }
    };
}

macro_rules! as_text {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(TextVisitor(core::marker::PhantomData))
            }
        }
    };
}

as_number!(ReplyCode);
as_number!(AnyReplyCode);
as_text!(EnhancedCode);
as_text!(AnyEnhancedCode);

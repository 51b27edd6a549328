//! Exact decimal numbers, currencies and money.
//!
//! Money is an integer count of the currency's minor units; quantities,
//! rates, multipliers and percentages are integers scaled by a fixed power
//! of ten. Text is parsed exactly and never rounded: more decimal places
//! than a field allows is an error. No floating point is used here.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::validate::quote_value;

/// Decimal places kept for every quantity (hours, words, money quantities).
///
/// Why 4: quantities allow 3 places and money quantities the currency's
/// scale, which ISO 4217 caps at 4 (CLF); one fixed scale keeps every value
/// comparable across kinds.
pub const QUANTITY_SCALE: u32 = 4;
/// Decimal places a rate may have.
pub const RATE_SCALE: u32 = 4;
/// Decimal places a multiplier may have.
pub const MULTIPLIER_SCALE: u32 = 3;
/// Decimal places a percentage (share, decay) may have.
pub const PERCENT_SCALE: u32 = 2;
/// Decimal places a non-money quantity may have when entered.
pub const QUANTITY_INPUT_PLACES: u32 = 3;
/// The scale of a contribution's value: quantity × rate × multiplier.
pub const VALUE_SCALE: u32 = QUANTITY_SCALE + RATE_SCALE + MULTIPLIER_SCALE;

// Bounds (SPEC §11, docs/adr/0006-bounds.md). Why these: no cooperative
// comes near them, and within them every value, weight, sum and balance is
// computed exactly (the ADR carries the proof).

/// The largest quantity of an hours or quantity kind: 10⁹ units.
pub const MAX_QUANTITY_UNITS: i64 = 1_000_000_000;
/// The largest rate: 10⁹ per unit.
pub const MAX_RATE_UNITS: i64 = 1_000_000_000;
/// The largest multiplier: 1,000.
pub const MAX_MULTIPLIER_UNITS: i64 = 1_000;
/// The largest amount of money — a revenue, a payout, a money quantity:
/// 10¹² currency units, whatever the currency's scale.
pub const MAX_AMOUNT_UNITS: i64 = 1_000_000_000_000;
/// [`MAX_QUANTITY_UNITS`] at [`QUANTITY_SCALE`]: 10¹³.
pub const MAX_QUANTITY_E4: i64 = MAX_QUANTITY_UNITS * 10_000;
/// [`MAX_AMOUNT_UNITS`] as a money quantity at [`QUANTITY_SCALE`]: 10¹⁶.
pub const MAX_MONEY_QUANTITY_E4: i64 = MAX_AMOUNT_UNITS * 10_000;
/// [`MAX_RATE_UNITS`] at [`RATE_SCALE`]: 10¹³.
pub const MAX_RATE_E4: i64 = MAX_RATE_UNITS * 10_000;
/// [`MAX_MULTIPLIER_UNITS`] at [`MULTIPLIER_SCALE`]: 10⁶.
pub const MAX_MULTIPLIER_E3: i64 = MAX_MULTIPLIER_UNITS * 1_000;

/// A problem with a piece of decimal text.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DecimalError {
    /// Not of the form `digits[.digits]`.
    #[error(
        "{} is not a number: write digits with an optional '.' and fraction, such as 12.5",
        quote_value(text)
    )]
    Malformed {
        /// The offending text.
        text: String,
    },
    /// More decimal places than the field allows.
    #[error(
        "{} has {places} decimal places; at most {max} are allowed here",
        quote_value(text)
    )]
    TooManyPlaces {
        /// The offending text.
        text: String,
        /// Places found.
        places: u32,
        /// Places allowed.
        max: u32,
    },
    /// Too large to be represented.
    #[error("{} is too large", quote_value(text))]
    TooLarge {
        /// The offending text.
        text: String,
    },
    /// Above the field's documented maximum (SPEC §11 bounds).
    #[error("{} is above the maximum of {max} allowed here", quote_value(text))]
    AboveMaximum {
        /// The offending text.
        text: String,
        /// The maximum, as decimal text.
        max: String,
    },
    /// Zero where a positive number is required.
    #[error("{} must be greater than zero", quote_value(text))]
    NotPositive {
        /// The offending text.
        text: String,
    },
}

/// Parses canonical decimal text (`12`, `12.5`, `0.0125`; no sign, no
/// exponent, no separators) into an integer scaled by `10^max_places`.
///
/// ```
/// use openvalue::money::parse_scaled;
/// assert_eq!(parse_scaled("12.5", 2).unwrap(), 1250);
/// assert!(parse_scaled("12.555", 2).is_err());
/// assert!(parse_scaled("-1", 2).is_err());
/// ```
pub fn parse_scaled(text: &str, max_places: u32) -> Result<i128, DecimalError> {
    let malformed = || DecimalError::Malformed {
        text: text.to_string(),
    };
    // rust_decimal accepts signs, underscores and exponents; the canonical
    // grammar does not, so only digits and one inner '.' may reach it.
    let dots = text.bytes().filter(|b| *b == b'.').count();
    if text.is_empty()
        || dots > 1
        || text.starts_with('.')
        || text.ends_with('.')
        || !text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return Err(malformed());
    }
    let decimal = Decimal::from_str_exact(text).map_err(|_| DecimalError::TooLarge {
        text: text.to_string(),
    })?;
    let places = decimal.scale();
    if places > max_places {
        return Err(DecimalError::TooManyPlaces {
            text: text.to_string(),
            places,
            max: max_places,
        });
    }
    let factor = 10i128.pow(max_places - places);
    decimal
        .mantissa()
        .checked_mul(factor)
        .ok_or_else(|| DecimalError::TooLarge {
            text: text.to_string(),
        })
}

/// Like [`parse_scaled`] but requires a value above zero that fits in i64.
pub fn parse_positive(text: &str, max_places: u32, scale: u32) -> Result<i64, DecimalError> {
    debug_assert!(max_places <= scale);
    let at_places = parse_scaled(text, max_places)?;
    let scaled = at_places
        .checked_mul(10i128.pow(scale - max_places))
        .and_then(|v| i64::try_from(v).ok())
        .ok_or_else(|| DecimalError::TooLarge {
            text: text.to_string(),
        })?;
    if scaled <= 0 {
        return Err(DecimalError::NotPositive {
            text: text.to_string(),
        });
    }
    Ok(scaled)
}

/// Like [`parse_scaled`] but refuses a value above `max_units` whole units.
///
/// ```
/// use openvalue::money::parse_at_most;
/// assert_eq!(parse_at_most("1000", 3, 1000), Ok(1_000_000));
/// assert!(parse_at_most("1000.001", 3, 1000).is_err());
/// ```
pub fn parse_at_most(text: &str, max_places: u32, max_units: i64) -> Result<i64, DecimalError> {
    let value = parse_scaled(text, max_places)?;
    let max = i128::from(max_units) * 10i128.pow(max_places);
    if value > max {
        return Err(DecimalError::AboveMaximum {
            text: text.to_string(),
            max: max_units.to_string(),
        });
    }
    // Fits: max_units·10^max_places ≤ 10¹²·10⁴ for every bound used.
    i64::try_from(value).map_err(|_| DecimalError::TooLarge {
        text: text.to_string(),
    })
}

/// Like [`parse_positive`] but refuses a value above `max_units` whole units.
pub fn parse_positive_at_most(
    text: &str,
    max_places: u32,
    scale: u32,
    max_units: i64,
) -> Result<i64, DecimalError> {
    // The bound first, so a huge number is "above the maximum", not "too large".
    parse_at_most(text, max_places, max_units)?;
    parse_positive(text, max_places, scale)
}

/// Formats an integer scaled by `10^scale` as canonical decimal text with
/// exactly `scale` places (`1230`, 2 → `12.30`).
pub fn format_scaled(value: i128, scale: u32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let magnitude = value.unsigned_abs();
    if scale == 0 {
        return format!("{sign}{magnitude}");
    }
    let factor = 10u128.pow(scale);
    format!(
        "{sign}{}.{:0width$}",
        magnitude / factor,
        magnitude % factor,
        width = scale as usize
    )
}

/// Formats a scaled integer without trailing zeros in the fraction
/// (`12500`, 3 → `12.5`), for quantities and rates shown to people.
pub fn format_trimmed(value: i128, scale: u32) -> String {
    let full = format_scaled(value, scale);
    if full.contains('.') {
        full.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        full
    }
}

impl DecimalError {
    /// The problem as a message to render in the user's language; its
    /// English is this error's `Display`.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            DecimalError::Malformed { text } => {
                Message::new("err-decimal-malformed").arg("text", quote_value(text))
            }
            DecimalError::TooManyPlaces { text, places, max } => Message::new("err-decimal-places")
                .arg("text", quote_value(text))
                .arg("places", i64::from(*places))
                .arg("max", i64::from(*max)),
            DecimalError::TooLarge { text } => {
                Message::new("err-decimal-too_large").arg("text", quote_value(text))
            }
            DecimalError::AboveMaximum { text, max } => Message::new("err-decimal-above")
                .arg("text", quote_value(text))
                .arg("max", max),
            DecimalError::NotPositive { text } => {
                Message::new("err-decimal-not_positive").arg("text", quote_value(text))
            }
        }
    }
}

/// A problem with a currency code.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CurrencyError {
    /// Not 3 to 10 uppercase letters.
    #[error("{} is not a currency code: use 3 to 10 capital letters such as EUR", crate::text::quote(.code))]
    BadCode {
        /// The offending code.
        code: String,
    },
    /// Not in ISO 4217 and no scale given.
    #[error("'{code}' is not an ISO 4217 currency; give its number of decimal places")]
    UnknownScale {
        /// The offending code.
        code: String,
    },
    /// A scale disagreeing with ISO 4217.
    #[error("currency {code}: ISO 4217 gives it {iso} decimal places, not {given}")]
    IsoScale {
        /// The code.
        code: String,
        /// ISO 4217's decimal places.
        iso: u32,
        /// The decimal places given.
        given: u32,
    },
    /// A scale above [`MAX_CURRENCY_SCALE`].
    #[error("currency {code}: at most {MAX_CURRENCY_SCALE} decimal places are supported")]
    ScaleTooLarge {
        /// The code.
        code: String,
    },
}

impl CurrencyError {
    /// The problem as a message to render in the user's language; its
    /// English is this error's `Display`.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            CurrencyError::BadCode { code } => {
                Message::new("err-currency-code").arg("code", crate::text::quote(code))
            }
            CurrencyError::UnknownScale { code } => {
                Message::new("err-currency-unknown_scale").arg("code", code)
            }
            CurrencyError::IsoScale { code, iso, given } => Message::new("err-currency-iso_scale")
                .arg("code", code)
                .arg("iso", i64::from(*iso))
                .arg("given", i64::from(*given)),
            CurrencyError::ScaleTooLarge { code } => Message::new("err-currency-scale")
                .arg("code", code)
                .arg("max", i64::from(MAX_CURRENCY_SCALE)),
        }
    }
}

/// A currency: its code and the number of decimal places of its minor unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Currency {
    /// `EUR`, `JPY`, or a declared unit such as `ECO`.
    pub code: String,
    /// Decimal places of the minor unit (EUR 2, JPY 0).
    pub scale: u32,
}

/// The largest scale a currency may declare (ISO 4217's largest is 4).
pub const MAX_CURRENCY_SCALE: u32 = 4;

impl Currency {
    /// Looks up `code` in ISO 4217, or declares it with `scale`.
    ///
    /// ```
    /// use openvalue::money::Currency;
    /// assert_eq!(Currency::new("JPY", None).unwrap().scale, 0);
    /// assert_eq!(Currency::new("ECO", Some(2)).unwrap().scale, 2);
    /// assert!(Currency::new("ECO", None).is_err());
    /// ```
    pub fn new(code: &str, scale: Option<u32>) -> Result<Currency, CurrencyError> {
        if !(3..=10).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(CurrencyError::BadCode {
                code: code.to_string(),
            });
        }
        let iso = iso_currency::Currency::from_code(code).and_then(|c| c.exponent());
        let scale = match (iso, scale) {
            (Some(iso), Some(given)) if u32::from(iso) != given => {
                return Err(CurrencyError::IsoScale {
                    code: code.to_string(),
                    iso: u32::from(iso),
                    given,
                })
            }
            (Some(iso), _) => u32::from(iso),
            (None, Some(given)) => given,
            (None, None) => {
                return Err(CurrencyError::UnknownScale {
                    code: code.to_string(),
                })
            }
        };
        if scale > MAX_CURRENCY_SCALE {
            return Err(CurrencyError::ScaleTooLarge {
                code: code.to_string(),
            });
        }
        Ok(Currency {
            code: code.to_string(),
            scale,
        })
    }

    /// Parses an amount of this currency into minor units: above zero and
    /// at most [`MAX_AMOUNT_UNITS`] currency units.
    ///
    /// ```
    /// use openvalue::money::Currency;
    /// let yen = Currency::new("JPY", None).unwrap();
    /// assert_eq!(yen.parse_amount("1000000000000"), Ok(1_000_000_000_000));
    /// assert!(yen.parse_amount("1000000000001").is_err());
    /// ```
    pub fn parse_amount(&self, text: &str) -> Result<i64, DecimalError> {
        parse_positive_at_most(text, self.scale, self.scale, MAX_AMOUNT_UNITS)
    }

    /// The largest amount in minor units: [`MAX_AMOUNT_UNITS`] · 10^scale.
    pub fn max_amount_minor(&self) -> i64 {
        MAX_AMOUNT_UNITS * 10i64.pow(self.scale.min(MAX_CURRENCY_SCALE))
    }

    /// Formats minor units as canonical decimal text (`1230` → `12.30`).
    pub fn format(&self, minor: i64) -> String {
        format_scaled(i128::from(minor), self.scale)
    }

    /// Converts minor units into the fixed quantity scale.
    pub fn minor_to_quantity(&self, minor: i64) -> i64 {
        minor * 10i64.pow(QUANTITY_SCALE - self.scale)
    }

    /// Converts a money quantity (fixed quantity scale) into minor units.
    /// Exact, because money quantities are entered at the currency's scale.
    pub fn quantity_to_minor(&self, quantity: i64) -> i64 {
        quantity / 10i64.pow(QUANTITY_SCALE - self.scale)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)
    }
}

/// A share of a revenue in an equation: a percentage or the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Share {
    /// Hundredths of a percent (`"12.5%"` → 1250).
    Percent(i64),
    /// Whatever the percentage buckets did not place.
    Rest,
}

/// Parses a percentage such as `"10%"` or `"12.5%"` into hundredths of a percent.
pub fn parse_percent(text: &str) -> Result<i64, DecimalError> {
    let digits = text
        .strip_suffix('%')
        .ok_or_else(|| DecimalError::Malformed {
            text: text.to_string(),
        })?;
    // No trimming: "10 %" is refused, so every percentage has one spelling.
    let value = parse_scaled(digits, PERCENT_SCALE).map_err(|e| match e {
        DecimalError::Malformed { .. } => DecimalError::Malformed {
            text: text.to_string(),
        },
        other => other,
    })?;
    i64::try_from(value).map_err(|_| DecimalError::TooLarge {
        text: text.to_string(),
    })
}

impl FromStr for Share {
    type Err = DecimalError;
    fn from_str(text: &str) -> Result<Share, DecimalError> {
        if text == "rest" {
            Ok(Share::Rest)
        } else {
            parse_percent(text).map(Share::Percent)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_exact_decimals() {
        assert_eq!(parse_scaled("12", 2), Ok(1200));
        assert_eq!(parse_scaled("12.5", 2), Ok(1250));
        assert_eq!(parse_scaled("0.0125", 4), Ok(125));
        assert_eq!(parse_scaled("007.10", 2), Ok(710));
    }

    #[test]
    fn refuses_non_canonical_text() {
        for bad in [
            "", "-1", "+1", "1e3", "1,5", "1_000", ".5", "5.", "1.2.3", " 1", "abc", "1 000",
        ] {
            assert!(
                matches!(parse_scaled(bad, 3), Err(DecimalError::Malformed { .. })),
                "{bad:?} was accepted"
            );
        }
    }

    #[test]
    fn too_many_places_is_an_error_not_rounding() {
        assert_eq!(
            parse_scaled("1.005", 2),
            Err(DecimalError::TooManyPlaces {
                text: "1.005".into(),
                places: 3,
                max: 2
            })
        );
        let yen = Currency::new("JPY", None).unwrap();
        assert!(yen.parse_amount("10.5").is_err());
        assert_eq!(yen.parse_amount("105"), Ok(105));
    }

    #[test]
    fn zero_is_not_positive() {
        assert!(matches!(
            parse_positive("0.00", 2, 2),
            Err(DecimalError::NotPositive { .. })
        ));
    }

    #[test]
    fn currency_scales_follow_iso_4217() {
        assert_eq!(Currency::new("EUR", None).unwrap().scale, 2);
        assert_eq!(Currency::new("JPY", None).unwrap().scale, 0);
        assert_eq!(Currency::new("BHD", None).unwrap().scale, 3);
        assert!(Currency::new("EUR", Some(3)).is_err());
        assert!(Currency::new("eur", None).is_err());
        assert!(Currency::new("HOUR", None).is_err());
        assert_eq!(Currency::new("HOUR", Some(0)).unwrap().scale, 0);
        assert!(Currency::new("ECO", Some(5)).is_err());
    }

    #[test]
    fn formats_with_the_currency_scale() {
        let eur = Currency::new("EUR", None).unwrap();
        assert_eq!(eur.format(1230), "12.30");
        assert_eq!(eur.format(5), "0.05");
        assert_eq!(eur.format(-5), "-0.05");
        assert_eq!(Currency::new("JPY", None).unwrap().format(1230), "1230");
        assert_eq!(format_trimmed(125_000, 4), "12.5");
        assert_eq!(format_trimmed(120_000, 4), "12");
    }

    #[test]
    fn percentages() {
        assert_eq!("10%".parse::<Share>(), Ok(Share::Percent(1000)));
        assert_eq!("12.5%".parse::<Share>(), Ok(Share::Percent(1250)));
        assert_eq!("rest".parse::<Share>(), Ok(Share::Rest));
        assert!("10".parse::<Share>().is_err());
        assert!("-10%".parse::<Share>().is_err());
        assert!("10.125%".parse::<Share>().is_err());
    }

    #[test]
    fn regression_percent_with_a_space_is_refused() {
        assert!(parse_percent("10 %").is_err());
        assert!(parse_percent(" 10%").is_err());
    }

    #[test]
    fn regression_amount_near_the_i64_limit_is_refused() {
        let eur = Currency::new("EUR", None).unwrap();
        assert!(matches!(
            eur.parse_amount("92233720368547758.07"),
            Err(DecimalError::AboveMaximum { .. })
        ));
        assert_eq!(eur.parse_amount("1000000000000"), Ok(100_000_000_000_000));
        assert!(eur.parse_amount("1000000000000.01").is_err());
        let yen = Currency::new("JPY", None).unwrap();
        assert_eq!(yen.parse_amount("1000000000000"), Ok(1_000_000_000_000));
        assert!(yen.parse_amount("1000000000001").is_err());
        let bhd = Currency::new("BHD", None).unwrap();
        assert_eq!(
            bhd.parse_amount("1000000000000.000"),
            Ok(1_000_000_000_000_000)
        );
        assert!(bhd.parse_amount("1000000000000.001").is_err());
        assert_eq!(bhd.max_amount_minor(), 1_000_000_000_000_000);
    }

    #[test]
    fn messages_quote_at_most_80_characters() {
        let huge = "9".repeat(10_000_000);
        let message = parse_scaled(&format!("{huge}x"), 2)
            .unwrap_err()
            .to_string();
        assert!(message.len() < 200, "{}", message.len());
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips(minor in 0i64..=i64::MAX / 10_000, scale in 0u32..=4) {
            let text = format_scaled(i128::from(minor), scale);
            prop_assert_eq!(parse_scaled(&text, scale), Ok(i128::from(minor)));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,20}") {
            let _ = parse_scaled(&text, 3);
            let _ = parse_percent(&text);
        }

        #[test]
        fn fewer_places_scale_up_exactly(int in 0u64..1_000_000, frac in 0u32..100) {
            let text = format!("{int}.{frac:02}");
            let value = parse_scaled(&text, 4).unwrap();
            prop_assert_eq!(value, i128::from(int) * 10_000 + i128::from(frac) * 100);
        }
    }
}

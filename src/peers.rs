//! Peer valuation and reputation (SPEC §15, Backfeed): the two rules, in
//! one place. Pure: the store gathers the facts (who may weigh, each
//! weigher's reputation, each valuation) and these functions decide.
//!
//! ```
//! use openvalue::peers::{lower_median, Weigher};
//! // Reputations 1, 2 and 4 (total 7); valuations 0 (none given), 100, 50.
//! let w = [
//!     Weigher { member: "ana".into(), reputation: 1, valuation_minor: None },
//!     Weigher { member: "ben".into(), reputation: 2, valuation_minor: Some(100) },
//!     Weigher { member: "cai".into(), reputation: 4, valuation_minor: Some(50) },
//! ];
//! // Sorted: 0 (1), 50 (4), 100 (2); 2·(1+4) = 10 ≥ 7 first at 50.
//! assert_eq!(lower_median(&w).value_minor, 50);
//! ```

use crate::money::{Currency, VALUE_SCALE};

/// One member who weighs a peer-valued contribution: every member other
/// than the contributor who had joined on or before its date and had not
/// left by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weigher {
    /// The member.
    pub member: String,
    /// Their reputation on the contribution's date ([`reputation`]).
    pub reputation: i128,
    /// Their valuation in minor units; `None`: none given, counted as 0.
    pub valuation_minor: Option<i64>,
}

/// The reputation-weighted lower median and its working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Median {
    /// The value in minor units: the smallest v such that
    /// 2·Σ{rⱼ : vⱼ ≤ v} ≥ Σ rⱼ (0 when nobody weighs).
    pub value_minor: i64,
    /// Σ rⱼ over every weigher.
    pub total_reputation: i128,
    /// Σ{rⱼ : vⱼ ≤ value}: at least half of the total.
    pub reputation_at_or_below: i128,
}

/// The value of a peer-valued contribution (SPEC §15): the
/// reputation-weighted lower median of the weighers' valuations, a missing
/// valuation counting as 0. So a contribution valued by at most half of
/// the reputation is worth 0.
pub fn lower_median(weighers: &[Weigher]) -> Median {
    let total: i128 = weighers.iter().map(|w| w.reputation).sum();
    let mut by_value: Vec<(i64, i128)> = weighers
        .iter()
        .map(|w| (w.valuation_minor.unwrap_or(0).max(0), w.reputation))
        .collect();
    by_value.sort_unstable();
    let mut at_or_below = 0i128;
    let mut i = 0;
    while i < by_value.len() {
        let v = by_value[i].0;
        // Every weigher valuing exactly v counts at once: the condition is
        // on Σ{rⱼ : vⱼ ≤ v}.
        while i < by_value.len() && by_value[i].0 == v {
            at_or_below += by_value[i].1;
            i += 1;
        }
        if 2 * at_or_below >= total {
            return Median {
                value_minor: v,
                total_reputation: total,
                reputation_at_or_below: at_or_below,
            };
        }
    }
    // Nobody weighs (or only zero reputations): 2·0 ≥ 0 holds at v = 0.
    Median {
        value_minor: 0,
        total_reputation: total,
        reputation_at_or_below: 0,
    }
}

/// A member's reputation from the exact values (scaled by
/// 10^[`VALUE_SCALE`]) of their counted contributions dated on or before
/// the day, of kinds that are not peer-valued, gift or reimbursable:
/// 1 + ⌊Σ value⌋ in whole currency units.
pub fn reputation(values: impl IntoIterator<Item = i128>) -> i128 {
    let sum: i128 = values
        .into_iter()
        .fold(0i128, |acc, v| acc.saturating_add(v));
    1 + sum.div_euclid(10i128.pow(VALUE_SCALE))
}

/// The median's working in words, for an explanation: each weigher from
/// the lowest valuation up, then the rule applied — "cai 0 (no
/// valuation; reputation 1), … ; total reputation 7; 2 × 5 ≥ 7 first at
/// 50.00".
pub fn working(weighers: &[Weigher], median: &Median, currency: &Currency) -> String {
    let mut sorted: Vec<&Weigher> = weighers.iter().collect();
    sorted.sort_by_key(|w| (w.valuation_minor.unwrap_or(0), w.member.clone()));
    let each: Vec<String> = sorted
        .iter()
        .map(|w| match w.valuation_minor {
            Some(v) => format!(
                "{} {} (reputation {})",
                w.member,
                currency.format(v),
                w.reputation
            ),
            None => format!(
                "{} {} (no valuation; reputation {})",
                w.member,
                currency.format(0),
                w.reputation
            ),
        })
        .collect();
    let each = if each.is_empty() {
        "no member weighs it".to_string()
    } else {
        each.join(", ")
    };
    format!(
        "{each}; total reputation {}; 2 × {} ≥ {} first at {}",
        median.total_reputation,
        median.reputation_at_or_below,
        median.total_reputation,
        currency.format(median.value_minor)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(member: &str, reputation: i128, valuation_minor: Option<i64>) -> Weigher {
        Weigher {
            member: member.into(),
            reputation,
            valuation_minor,
        }
    }

    #[test]
    fn at_most_half_of_the_reputation_is_worth_nothing() {
        // 3 of 6 value it at 100; the other 3 give nothing: 2·3 ≥ 6 at 0.
        let m = lower_median(&[w("a", 3, Some(100)), w("b", 3, None)]);
        assert_eq!(m.value_minor, 0);
        assert_eq!((m.total_reputation, m.reputation_at_or_below), (6, 3));
        // One more reputation point valuing it tips it.
        let m = lower_median(&[w("a", 4, Some(100)), w("b", 3, None)]);
        assert_eq!(m.value_minor, 100);
    }

    #[test]
    fn the_lower_median_is_the_smaller_of_two_halves() {
        // 50 (2) and 80 (2): 2·2 ≥ 4 already at 50.
        let m = lower_median(&[w("a", 2, Some(80)), w("b", 2, Some(50))]);
        assert_eq!(m.value_minor, 50);
        assert_eq!(lower_median(&[]).value_minor, 0);
    }

    /// Weighers with reputations 1..40 and valuations from a few amounts
    /// (so equal ones are common) or none.
    fn weighers() -> impl proptest::strategy::Strategy<Value = Vec<Weigher>> {
        use proptest::prelude::*;
        proptest::collection::vec(
            (
                1i128..40,
                proptest::option::weighted(
                    0.8,
                    prop_oneof![(0i64..5).prop_map(|i| i * 2500), 0i64..100_000],
                ),
            ),
            0..9,
        )
        .prop_map(|ws| {
            ws.into_iter()
                .enumerate()
                .map(|(i, (r, v))| w(&format!("m{i}"), r, v))
                .collect()
        })
    }

    proptest::proptest! {
        /// The value is one of the valuations (a missing one being 0), so
        /// between the lowest and the highest; 0 when nobody weighs.
        #[test]
        fn the_median_lies_between_the_lowest_and_highest_valuation(ws in weighers()) {
            let m = lower_median(&ws);
            let values: Vec<i64> = ws.iter().map(|w| w.valuation_minor.unwrap_or(0)).collect();
            match (values.iter().min(), values.iter().max()) {
                (Some(lo), Some(hi)) => {
                    proptest::prop_assert!(*lo <= m.value_minor && m.value_minor <= *hi);
                    proptest::prop_assert!(values.contains(&m.value_minor));
                }
                _ => proptest::prop_assert_eq!(m.value_minor, 0),
            }
        }

        /// SPEC §15's definition, checked directly: at the value, the
        /// reputation at or below it is at least half of the total; at
        /// every smaller valuation it is less (so the lower median, not the
        /// upper, and every weigher valuing the same amount counts at once).
        #[test]
        fn the_value_is_the_smallest_reaching_half_of_the_reputation(ws in weighers()) {
            let m = lower_median(&ws);
            let total: i128 = ws.iter().map(|w| w.reputation).sum();
            let at_or_below = |v: i64| -> i128 {
                ws.iter().filter(|w| w.valuation_minor.unwrap_or(0) <= v).map(|w| w.reputation).sum()
            };
            proptest::prop_assert_eq!(m.total_reputation, total);
            proptest::prop_assert!(2 * at_or_below(m.value_minor) >= total);
            for w in &ws {
                let v = w.valuation_minor.unwrap_or(0);
                if v < m.value_minor {
                    proptest::prop_assert!(2 * at_or_below(v) < total, "{} < {} already reaches half", v, m.value_minor);
                }
            }
            if !ws.is_empty() {
                proptest::prop_assert_eq!(m.reputation_at_or_below, at_or_below(m.value_minor));
            }
        }

        /// The order the weighers come in changes nothing.
        #[test]
        fn the_order_of_valuations_changes_nothing(ws in weighers(), seed in 0usize..1000) {
            let m = lower_median(&ws);
            let mut reversed = ws.clone();
            reversed.reverse();
            proptest::prop_assert_eq!(&lower_median(&reversed), &m);
            let mut rotated = ws.clone();
            if !rotated.is_empty() {
                let n = rotated.len();
                rotated.rotate_left(seed % n);
                rotated.swap(0, (seed / 7) % n);
            }
            proptest::prop_assert_eq!(&lower_median(&rotated), &m);
        }

        /// Reputation is 1 + ⌊Σ⌋ in whole units, and more counted value
        /// never lowers it.
        #[test]
        fn reputation_is_one_plus_the_floored_sum(values in proptest::collection::vec(0i128..10i128.pow(VALUE_SCALE + 3), 0..8), more in 0i128..10i128.pow(VALUE_SCALE + 2)) {
            let sum: i128 = values.iter().sum();
            let r = reputation(values.clone());
            proptest::prop_assert_eq!(r, 1 + sum / 10i128.pow(VALUE_SCALE));
            let mut with_more = values;
            with_more.push(more);
            proptest::prop_assert!(reputation(with_more) >= r);
        }
    }

    #[test]
    fn reputation_floors_the_sum_not_each_value() {
        let half = 10i128.pow(VALUE_SCALE) / 2;
        assert_eq!(reputation([half, half]), 2);
        assert_eq!(reputation([half]), 1);
        assert_eq!(reputation([]), 1);
    }
}

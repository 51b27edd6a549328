//! The allocation rule: split an amount of minor units by weights, exactly.
//!
//! Largest remainder (Hamilton's method). Each recipient gets
//! ⌊A·wᵢ/W⌋; the units left over go one each to the largest remainders
//! A·wᵢ mod W; ties go to the recipient whose key sorts first. So the sum is
//! exact, each share is within one unit of its quota, the result does not
//! depend on input order, and a zero weight gets zero. Weights are
//! arbitrary-precision integers because value × decay factors or balanced
//! weights can exceed 128 bits.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};
use thiserror::Error;

/// Why an amount could not be split.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// Every weight is zero (or there are no recipients) and the amount is not.
    #[error("no recipient has a weight above zero")]
    NoWeight,
    /// The same key appears twice.
    #[error("a recipient appears twice")]
    DuplicateKey,
}

impl SplitError {
    /// The problem as a message to render in the user's language; its
    /// English is this error's `Display`.
    pub fn message(&self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            SplitError::NoWeight => "err-split-no_weight",
            SplitError::DuplicateKey => "err-split-duplicate",
        })
    }
}

/// Splits `amount` minor units among `weights` by largest remainder.
///
/// Returns one amount per input, in input order. Ties between equal
/// remainders go to the smaller key (for handles: byte order).
///
/// ```
/// use num_bigint::BigUint;
/// use openvalue::split::allocate;
/// let w = |n: u32| BigUint::from(n);
/// let shares = allocate(5, &[("ana", w(30)), ("ben", w(70))]).unwrap();
/// assert_eq!(shares, vec![2, 3]); // 0.05 split 30:70, the tied cent to ana
/// ```
pub fn allocate<K: Ord>(amount: u64, weights: &[(K, BigUint)]) -> Result<Vec<u64>, SplitError> {
    let total: BigUint = weights.iter().map(|(_, w)| w).sum();
    if amount == 0 {
        return Ok(vec![0; weights.len()]);
    }
    if total.is_zero() {
        return Err(SplitError::NoWeight);
    }
    let big_amount = BigUint::from(amount);
    let mut shares = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let mut placed: u64 = 0;
    for (index, (_, weight)) in weights.iter().enumerate() {
        let product = &big_amount * weight;
        let floor = (&product / &total).to_u64().unwrap_or(0);
        placed += floor;
        shares.push(floor);
        remainders.push((product % &total, index));
    }
    // Largest remainder first; equal remainders to the smaller key.
    remainders
        .sort_by(|(ra, ia), (rb, ib)| rb.cmp(ra).then_with(|| weights[*ia].0.cmp(&weights[*ib].0)));
    for window in remainders.windows(2) {
        if weights[window[0].1].0 == weights[window[1].1].0 {
            return Err(SplitError::DuplicateKey);
        }
    }
    let leftover = amount - placed;
    // leftover < number of recipients with a non-zero remainder, so only
    // those receive a unit; a zero weight has a zero remainder.
    for (_, index) in remainders.iter().take(leftover as usize) {
        shares[*index] += 1;
    }
    debug_assert_eq!(
        shares.iter().map(|s| u128::from(*s)).sum::<u128>(),
        u128::from(amount),
        "allocate: the shares do not sum to the amount"
    );
    Ok(shares)
}

/// What a capped split did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capped {
    /// One amount per input, in input order; never above the cap.
    pub shares: Vec<u64>,
    /// Which inputs were capped (they get exactly the cap).
    pub capped: Vec<bool>,
    /// What nobody could take: everyone with a weight was capped.
    pub unplaced: u64,
}

/// Splits `amount` among `weights` with no share above `cap` (SPEC §14,
/// water-filling). Let C be the capped set, initially empty; repeat until
/// C stops growing: with R′ = amount − |C|·cap, add to C every i ∉ C with
/// wᵢ > 0 and R′·wᵢ > cap·Σⱼ∉C wⱼ. Each member of C gets the cap; R′ is
/// split among the others by [`allocate`] (each share then stays within
/// the cap: R′·wᵢ ≤ cap·Σ gives a quota of at most the cap). If everyone
/// with a weight is capped, R′ is `unplaced`.
///
/// ```
/// use num_bigint::BigUint;
/// use openvalue::split::allocate_capped;
/// let w = |n: u32| BigUint::from(n);
/// // 100 split 8:1:1 with a cap of 50: ana is capped, 50 goes 1:1.
/// let c = allocate_capped(100, &[("ana", w(8)), ("ben", w(1)), ("cai", w(1))], 50).unwrap();
/// assert_eq!(c.shares, vec![50, 25, 25]);
/// assert_eq!(c.capped, vec![true, false, false]);
/// ```
pub fn allocate_capped<K: Ord>(
    amount: u64,
    weights: &[(K, BigUint)],
    cap: u64,
) -> Result<Capped, SplitError> {
    let mut capped = vec![false; weights.len()];
    loop {
        let count = capped.iter().filter(|c| **c).count() as u64;
        // R′ > |C|·cap holds by construction, so this never saturates.
        let rest = amount.saturating_sub(count.saturating_mul(cap));
        let others: BigUint = weights
            .iter()
            .zip(&capped)
            .filter(|(_, c)| !**c)
            .map(|((_, w), _)| w)
            .sum();
        let bound = BigUint::from(cap) * &others;
        let mut grew = false;
        for ((_, w), c) in weights.iter().zip(capped.iter_mut()) {
            if !*c && !w.is_zero() && BigUint::from(rest) * w > bound {
                *c = true;
                grew = true;
            }
        }
        if grew {
            continue;
        }
        let free: Vec<(&K, BigUint)> = weights
            .iter()
            .zip(&capped)
            .filter(|(_, c)| !**c)
            .map(|((k, w), _)| (k, w.clone()))
            .collect();
        let (placed_free, unplaced) = if free.iter().all(|(_, w)| w.is_zero()) {
            (vec![0; free.len()], rest)
        } else {
            (allocate(rest, &free)?, 0)
        };
        let mut free_shares = placed_free.into_iter();
        let shares = capped
            .iter()
            .map(|c| {
                if *c {
                    cap
                } else {
                    free_shares.next().unwrap_or(0)
                }
            })
            .collect();
        return Ok(Capped {
            shares,
            capped,
            unplaced,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn w(n: u64) -> BigUint {
        BigUint::from(n)
    }

    #[test]
    fn foemmels_conundrum() {
        assert_eq!(
            allocate(500, &[("ana", w(30)), ("ben", w(70))]).unwrap(),
            vec![150, 350]
        );
        assert_eq!(
            allocate(5, &[("ana", w(30)), ("ben", w(70))]).unwrap(),
            vec![2, 3]
        );
        // Input order does not matter.
        assert_eq!(
            allocate(5, &[("ben", w(70)), ("ana", w(30))]).unwrap(),
            vec![3, 2]
        );
    }

    #[test]
    fn equal_thirds_spare_cent_to_first_handle() {
        let shares = allocate(10_000, &[("cat", w(1)), ("ana", w(1)), ("ben", w(1))]).unwrap();
        assert_eq!(shares, vec![3333, 3334, 3333]);
    }

    #[test]
    fn coordinape_give_weights() {
        let shares = allocate(500_000_000, &[("a", w(10)), ("b", w(20)), ("c", w(30))]).unwrap();
        assert_eq!(shares, vec![83_333_333, 166_666_667, 250_000_000]);
    }

    #[test]
    fn zero_weights() {
        assert_eq!(allocate(0, &[("a", w(0))]).unwrap(), vec![0]);
        assert_eq!(
            allocate(7, &[("a", w(0)), ("b", w(0))]),
            Err(SplitError::NoWeight)
        );
        let empty: [(&str, BigUint); 0] = [];
        assert_eq!(allocate(7, &empty), Err(SplitError::NoWeight));
        assert_eq!(
            allocate(7, &[("a", w(0)), ("b", w(3))]).unwrap(),
            vec![0, 7]
        );
    }

    #[test]
    fn duplicate_keys_are_refused() {
        assert_eq!(
            allocate(7, &[("a", w(1)), ("a", w(1))]),
            Err(SplitError::DuplicateKey)
        );
    }

    fn weights_strategy() -> impl Strategy<Value = Vec<(String, u64)>> {
        proptest::collection::btree_map("[a-z]{1,6}", 0u64..1_000_000, 1..12)
            .prop_map(|m| m.into_iter().collect())
    }

    proptest! {
        #[test]
        fn sum_is_exact_and_quota_rule_holds(amount in 0u64..10_000_000_000, ws in weights_strategy()) {
            let weights: Vec<(String, BigUint)> = ws.iter().map(|(k, v)| (k.clone(), w(*v))).collect();
            let total: u64 = ws.iter().map(|(_, v)| v).sum();
            match allocate(amount, &weights) {
                Err(SplitError::NoWeight) => prop_assert!(total == 0 && amount > 0),
                Err(e) => prop_assert!(false, "unexpected {e}"),
                Ok(shares) => {
                    prop_assert_eq!(shares.iter().sum::<u64>(), amount);
                    for (share, (_, weight)) in shares.iter().zip(&ws) {
                        if *weight == 0 {
                            prop_assert_eq!(*share, 0);
                            continue;
                        }
                        // |share − A·w/W| < 1  ⇔  floor ≤ share ≤ floor + 1
                        let floor = (u128::from(amount) * u128::from(*weight) / u128::from(total)) as u64;
                        prop_assert!(*share == floor || *share == floor + 1);
                    }
                }
            }
        }

        #[test]
        fn input_order_does_not_matter(amount in 0u64..1_000_000, ws in weights_strategy(), seed in any::<u64>()) {
            let weights: Vec<(String, BigUint)> = ws.iter().map(|(k, v)| (k.clone(), w(*v))).collect();
            let mut shuffled = weights.clone();
            // A deterministic shuffle from the seed.
            let n = shuffled.len();
            for i in 0..n {
                let j = (seed.wrapping_mul(i as u64 + 7) % n as u64) as usize;
                shuffled.swap(i, j);
            }
            let a = allocate(amount, &weights);
            let b = allocate(amount, &shuffled);
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    let by_key = |ws: &[(String, BigUint)], s: &[u64]| {
                        let mut v: Vec<(String, u64)> = ws.iter().map(|(k, _)| k.clone()).zip(s.iter().copied()).collect();
                        v.sort();
                        v
                    };
                    prop_assert_eq!(by_key(&weights, &a), by_key(&shuffled, &b));
                }
                (a, b) => prop_assert_eq!(a.is_err(), b.is_err()),
            }
        }

        #[test]
        fn deterministic(amount in 0u64..1_000_000, ws in weights_strategy()) {
            let weights: Vec<(String, BigUint)> = ws.iter().map(|(k, v)| (k.clone(), w(*v))).collect();
            prop_assert_eq!(allocate(amount, &weights), allocate(amount, &weights));
        }
    }

    fn capped(amount: u64, weights: &[u32], cap: u64) -> Capped {
        let keyed: Vec<(usize, BigUint)> = weights
            .iter()
            .enumerate()
            .map(|(i, w)| (i, BigUint::from(*w)))
            .collect();
        allocate_capped(amount, &keyed, cap).unwrap()
    }

    #[test]
    fn a_cap_met_exactly_is_not_over_it() {
        // 100 split 1:1 gives 50 each: exactly the cap, nobody is capped.
        let c = capped(100, &[1, 1], 50);
        assert_eq!(c.shares, vec![50, 50]);
        assert_eq!(c.capped, vec![false, false]);
        assert_eq!(c.unplaced, 0);
    }

    #[test]
    fn capping_one_can_cap_the_next() {
        // 100 split 6:3:1 with a cap of 35: the first is capped (60 > 35),
        // then 65 split 3:1 gives 48.75 to the second: capped too; the
        // third takes the remaining 30.
        let c = capped(100, &[6, 3, 1], 35);
        assert_eq!(c.shares, vec![35, 35, 30]);
        assert_eq!(c.capped, vec![true, true, false]);
        assert_eq!(c.unplaced, 0);
    }

    #[test]
    fn when_everyone_is_capped_the_rest_is_unplaced() {
        let c = capped(100, &[1, 1], 40);
        assert_eq!(c.shares, vec![40, 40]);
        assert_eq!(c.unplaced, 20);
        let zero = capped(7, &[3, 4], 0);
        assert_eq!(zero.shares, vec![0, 0]);
        assert_eq!(zero.unplaced, 7);
    }

    proptest::proptest! {
        #[test]
        fn capped_shares_sum_exactly_and_never_pass_the_cap(
            amount in 0u64..1_000_000,
            weights in proptest::collection::vec(0u32..1000, 1..8),
            cap in 0u64..1_000_000,
        ) {
            let c = capped(amount, &weights, cap);
            proptest::prop_assert_eq!(c.shares.iter().sum::<u64>() + c.unplaced, amount);
            proptest::prop_assert!(c.shares.iter().all(|s| *s <= cap));
            if c.capped.iter().all(|x| !x) && weights.iter().any(|w| *w > 0) {
                let keyed: Vec<(usize, BigUint)> = weights.iter().enumerate().map(|(i, w)| (i, BigUint::from(*w))).collect();
                proptest::prop_assert_eq!(c.shares, allocate(amount, &keyed).unwrap());
            }
        }
    }
}
